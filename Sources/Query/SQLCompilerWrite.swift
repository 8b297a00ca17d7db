import GRDB

/// CREATE, MERGE, SET, REMOVE and DELETE: the rows so far are materialised into a numbered
/// temporary table, then each write is one set-based statement over it. New ids are the
/// table's maximum id plus the row number, so a CREATE of N rows is one INSERT … SELECT.
extension SQLCompiler {
    func compileCreate(_ parts: [PatternPart], on stage: Stage, at pos: SourcePosition, forMerge: Bool = false) throws -> Stage {
        var st = try materialize(stage)
        for part in parts {
            if part.shortest != .none { throw QueryError(.syntax, "shortestPath cannot be created", at: part.position, code: "UnexpectedSyntax") }
            var ids: [String] = []
            for np in part.nodes {
                ids.append(try createNode(np, alone: part.nodes.count == 1, &st))
            }
            var relIDs: [String] = []
            for (i, rp) in part.relationships.enumerated() {
                relIDs.append(try createRelationship(rp, from: ids[i], to: ids[i + 1], forMerge: forMerge, &st))
            }
            if let p = part.pathVariable {
                if st.bindings[p] != nil { throw QueryError(.syntax, "variable `\(p)` is already bound", at: part.position, code: "VariableAlreadyBound") }
                var shape = "", args: [String] = []
                for (i, id) in ids.enumerated() {
                    shape += "n"; args.append(id)
                    if i < relIDs.count { shape += "r"; args.append(relIDs[i]) }
                }
                st.bindings[p] = Binding(sql: "cy_path(\(bindText(shape)), \(args.joined(separator: ", ")))", kind: .value)
                st.order.append(p)
            }
        }
        return st
    }

    /// The base for new ids: above every id the table holds or held earlier in this query, so a
    /// node deleted by this query is never confused with one it creates.
    private func nextID(_ table: String) throws -> String {
        let current = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM \(table)") ?? 0
        return bind(.int(max(current, highWater[table] ?? 0)))
    }

    private func createNode(_ np: NodePattern, alone: Bool, _ st: inout Stage) throws -> String {
        if let v = np.variable, let b = st.bindings[v] {
            guard b.kind == .node || b.kind == .value else {
                throw QueryError(.syntax, "`\(v)` is not a node", at: np.position, code: "VariableTypeConflict")
            }
            if alone || !np.labels.isEmpty || np.properties != nil {
                throw QueryError(.syntax, "variable `\(v)` is already bound", at: np.position, code: "VariableAlreadyBound")
            }
            return b.kind == .node ? b.sql : "cy_nodeid(\(b.sql))"
        }
        let scope = ExpressionScope(bindings: st.bindings)
        let props = try np.properties.map { asValue(try compile($0, scope)) } ?? "NULL"
        let id = "(\(try nextID("nodes")) + s._r)"
        try execute("INSERT INTO nodes(id, props) SELECT \(id), cy_storeprops(\(props)) FROM \(st.table) s")
        for label in np.labels {
            try execute("INSERT OR IGNORE INTO node_labels(label, node_id) SELECT \(bindText(label)), \(id) FROM \(st.table) s")
        }
        if let v = np.variable {
            st.bindings[v] = Binding(sql: id, kind: .node)
            st.order.append(v)
        }
        return id
    }

    private func createRelationship(_ rp: RelationshipPattern, from: String, to: String, forMerge: Bool, _ st: inout Stage) throws -> String {
        try checkCreatable(rp, forMerge: forMerge)
        if let v = rp.variable, st.bindings[v] != nil {
            throw QueryError(.syntax, "variable `\(v)` is already bound", at: rp.position, code: "VariableAlreadyBound")
        }
        let scope = ExpressionScope(bindings: st.bindings)
        let props = try rp.properties.map { asValue(try compile($0, scope)) } ?? "NULL"
        let (src, dst) = rp.direction == .left ? (to, from) : (from, to)
        let id = "(\(try nextID("edges")) + s._r)"
        try execute("""
            INSERT INTO edges(id, type, src, dst, props) SELECT \(id), \(bindText(rp.types[0])), \(src), \(dst), cy_storeprops(\(props))
            FROM \(st.table) s WHERE \(src) IS NOT NULL AND \(dst) IS NOT NULL
            """)
        if let v = rp.variable {
            st.bindings[v] = Binding(sql: id, kind: .relationship)
            st.order.append(v)
        }
        return id
    }

    func checkCreatable(_ rp: RelationshipPattern, forMerge: Bool) throws {
        if rp.length != nil {
            throw QueryError(.syntax, "a variable-length relationship cannot be created", at: rp.position, code: "CreatingVarLength")
        }
        if rp.types.count != 1 {
            throw QueryError(.syntax, "a created relationship needs exactly one type", at: rp.position, code: "NoSingleRelationshipType")
        }
        if rp.direction == .both && !forMerge {
            throw QueryError(.syntax, "a created relationship needs a direction", at: rp.position, code: "RequiresDirectedRelationship")
        }
    }

    // MARK: MERGE

    /// MERGE runs row by row so that a later row sees what an earlier row created.
    func compileMerge(_ part: PatternPart, onCreate: [SetItem], onMatch: [SetItem], on stage: Stage, at pos: SourcePosition) throws -> Stage {
        for rp in part.relationships { try checkCreatable(rp, forMerge: true) }
        if part.nodes.count == 1, let v = part.nodes[0].variable, stage.bindings[v] != nil {
            throw QueryError(.syntax, "variable `\(v)` is already bound", at: part.nodes[0].position, code: "VariableAlreadyBound")
        }
        for rp in part.relationships { if let v = rp.variable, stage.bindings[v] != nil {
            throw QueryError(.syntax, "variable `\(v)` is already bound", at: rp.position, code: "VariableAlreadyBound")
        } }
        try checkMerge(part, onCreate + onMatch, on: stage)
        let st = try materialize(stage)
        let rows = try Int64.fetchAll(db, sql: "SELECT _r FROM \(st.table) ORDER BY _r")
        var out: Stage? = nil
        for r in rows {
            let one = fresh("temp.r")
            try execute("CREATE TEMP TABLE \(one.dropFirst(5)) AS SELECT * FROM \(st.table) WHERE _r = \(bind(.int(r)))")
            tempTables.append(one)
            let single = Stage(table: one, bindings: st.bindings, order: st.order, numbered: true)
            let matched = try materialize(try compileMatch([part], where: nil, optional: false, on: single, at: pos))
            let result: Stage
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM \(matched.table)")! > 0 {
                for item in onMatch { try compileSet(item, on: matched) }
                result = matched
            } else {
                result = try compileCreate([part], on: single, at: pos, forMerge: true)
                for item in onCreate { try compileSet(item, on: result) }
            }
            var cols = result.order.enumerated().map { "\(result.bindings[$0.element]!.sql) AS c\($0.offset)" }.joined(separator: ", ")
            if cols.isEmpty { cols = "1 AS one" }
            if let o = out {
                try execute("INSERT INTO \(o.table) SELECT \(cols) FROM \(result.table) s")
            } else {
                let name = fresh("temp.m")
                try execute("CREATE TEMP TABLE \(name.dropFirst(5)) AS SELECT \(cols) FROM \(result.table) s")
                tempTables.append(name)
                var o = Stage(table: name, bindings: [:], order: result.order)
                for (i, v) in result.order.enumerated() { o.bindings[v] = Binding(sql: "s.c\(i)", kind: result.bindings[v]!.kind) }
                out = o
            }
        }
        if let out { return out }
        // no input rows: nothing merged, and the pattern's variables are null
        var empty = st
        for v in patternVariables(part) where empty.bindings[v] == nil {
            empty.bindings[v] = Binding(sql: "NULL", kind: .value)
            empty.order.append(v)
        }
        return empty
    }

    /// Errors MERGE must report even when no row reaches it.
    private func checkMerge(_ part: PatternPart, _ sets: [SetItem], on stage: Stage) throws {
        var scope = stage.bindings
        for np in part.nodes {
            if let p = np.properties { try checkMergeProperties(p) }
            guard let v = np.variable else { continue }
            if stage.bindings[v] != nil, !np.labels.isEmpty || np.properties != nil {
                throw QueryError(.syntax, "variable `\(v)` is already bound", at: np.position, code: "VariableAlreadyBound")
            }
            if scope[v] == nil { scope[v] = Binding(sql: "NULL", kind: .node) }
        }
        for rp in part.relationships {
            if let p = rp.properties { try checkMergeProperties(p) }
            if let v = rp.variable { scope[v] = Binding(sql: "NULL", kind: .relationship) }
        }
        if let p = part.pathVariable { scope[p] = Binding(sql: "NULL", kind: .value, staticType: "Path") }
        let s = ExpressionScope(bindings: scope)
        for item in sets {
            switch item {
            case .property(let t, _, let v): _ = try compile(t, s); _ = try compile(v, s)
            case .replace(let name, let v, let pos), .merge(let name, let v, let pos):
                _ = try compile(Expression(kind: .variable(name), position: pos, text: name), s); _ = try compile(v, s)
            case .labels(let name, _, let pos): _ = try compile(Expression(kind: .variable(name), position: pos, text: name), s)
            }
        }
    }

    private func checkMergeProperties(_ e: Expression) throws {
        switch e.kind {
        case .parameter:
            throw QueryError(.syntax, "MERGE needs a property map, not a parameter", at: e.position, code: "InvalidParameterUse")
        case .map(let entries):
            for (k, v) in entries {
                if case .literal(.null) = v.kind {
                    throw QueryError(.semantic, "MERGE cannot match on a null property (\(k))", at: v.position, code: "MergeReadOwnWrites")
                }
            }
        default: break
        }
    }

    func patternVariables(_ part: PatternPart) -> [String] {
        var vars = part.nodes.compactMap(\.variable) + part.relationships.compactMap(\.variable)
        if let p = part.pathVariable { vars.append(p) }
        return vars
    }

    // MARK: SET / REMOVE

    /// The tables and id expressions a SET/REMOVE target may refer to.
    private func targets(_ c: Compiled, at e: Expression) throws -> [(table: String, id: String)] {
        switch c.kind {
        case .node: return [("nodes", c.sql)]
        case .relationship: return [("edges", c.sql)]
        case .value: return [("nodes", "cy_nid(\(c.sql))"), ("edges", "cy_rid(\(c.sql))")]
        case .predicate: throw QueryError(.type, "cannot set a property on a boolean", at: e.position, code: "InvalidArgumentType")
        }
    }

    /// Runs `update(props)` (an SQL expression of the old props and `u.val`) on every target row.
    private func updateProps(_ target: Expression, value: String, on stage: Stage, _ update: (String) -> String) throws {
        let c = try compile(target, ExpressionScope(bindings: stage.bindings))
        if c.kind == .value {
            let check = "cy_check_settable(\(c.sql))"
            try execute("SELECT count(\(check)) FROM \(stage.table) s")
        }
        for (table, id) in try targets(c, at: target) {
            let u = fresh("temp.u")
            try execute("CREATE TEMP TABLE \(u.dropFirst(5)) AS SELECT \(id) AS id, \(value) AS val FROM \(stage.table) s WHERE \(id) IS NOT NULL")
            tempTables.append(u)
            try execute("""
                UPDATE \(table) SET props = (SELECT \(update("props")) FROM \(u) u WHERE u.id = \(table).id ORDER BY u.rowid DESC LIMIT 1)
                WHERE id IN (SELECT id FROM \(u))
                """)
        }
    }

    func compileSet(_ item: SetItem, on stage: Stage) throws {
        let scope = ExpressionScope(bindings: stage.bindings)
        switch item {
        case .property(let target, let key, let value):
            let v = asValue(try compile(value, scope))
            let k = bindText(key)
            try updateProps(target, value: v, on: stage) { "cy_setprop(\($0), \(k), u.val)" }
        case .replace(let variable, let value, let pos), .merge(let variable, let value, let pos):
            var replace = 1
            if case .merge = item { replace = 0 }
            let c = try compile(value, scope)
            let map: String
            switch c.kind {
            case .node, .relationship: map = "CAST(\(propsSQL(c)) AS BLOB)"
            case .predicate: throw QueryError(.type, "SET needs a map", at: value.position, code: "InvalidArgumentType")
            case .value: map = "cy_properties(\(c.sql), CAST(\(propsSQL(c)) AS BLOB))"
            }
            let target = Expression(kind: .variable(variable), position: pos, text: variable)
            try updateProps(target, value: map, on: stage) { "cy_setprops(\($0), u.val, \(replace))" }
        case .labels(let variable, let labels, let pos):
            let c = try compile(Expression(kind: .variable(variable), position: pos, text: variable), scope)
            let id = try asNodeID(c, at: Expression(kind: .variable(variable), position: pos, text: variable))
            for l in labels {
                try execute("INSERT OR IGNORE INTO node_labels(label, node_id) SELECT \(bindText(l)), \(id) FROM \(stage.table) s WHERE \(id) IS NOT NULL")
            }
        }
    }

    func compileRemove(_ item: RemoveItem, on stage: Stage) throws {
        switch item {
        case .property(let target, let key):
            let k = bindText(key)
            try updateProps(target, value: "NULL", on: stage) { "cy_setprop(\($0), \(k), NULL)" }
        case .labels(let variable, let labels, let pos):
            let e = Expression(kind: .variable(variable), position: pos, text: variable)
            let id = try asNodeID(try compile(e, ExpressionScope(bindings: stage.bindings)), at: e)
            for l in labels {
                try execute("DELETE FROM node_labels WHERE label = \(bindText(l)) AND node_id IN (SELECT \(id) FROM \(stage.table) s)")
            }
        }
    }

    // MARK: DELETE

    func compileDelete(_ exprs: [Expression], detach: Bool, on stage: Stage, at pos: SourcePosition) throws -> Stage {
        let st = try materialize(stage)
        let dn = fresh("dn"), dr = fresh("dr")
        try execute("CREATE TEMP TABLE \(dn)(id INTEGER PRIMARY KEY); CREATE TEMP TABLE \(dr)(id INTEGER PRIMARY KEY, type TEXT)")
        tempTables += ["temp.\(dn)", "temp.\(dr)"]
        for e in exprs {
            let c = try compile(e, ExpressionScope(bindings: st.bindings))
            switch c.kind {
            case .node: try execute("INSERT OR IGNORE INTO \(dn)(id) SELECT \(c.sql) FROM \(st.table) s WHERE \(c.sql) IS NOT NULL")
            case .relationship: try execute("INSERT OR IGNORE INTO \(dr)(id) SELECT \(c.sql) FROM \(st.table) s WHERE \(c.sql) IS NOT NULL")
            case .predicate: throw QueryError(.syntax, "DELETE needs a node, a relationship or a path", at: e.position, code: "InvalidArgumentType")
            case .value:
                if !containsVariable(e) { throw QueryError(.syntax, "DELETE needs a node, a relationship or a path", at: e.position, code: "InvalidArgumentType") }
                try execute("INSERT OR IGNORE INTO \(dn)(id) SELECT j.value FROM \(st.table) s, json_each(CAST(cy_pathids(\(c.sql), 'n') AS TEXT)) j")
                try execute("INSERT OR IGNORE INTO \(dr)(id) SELECT j.value FROM \(st.table) s, json_each(CAST(cy_pathids(\(c.sql), 'r') AS TEXT)) j")
            }
        }
        if detach {
            try execute("INSERT OR IGNORE INTO \(dr)(id) SELECT id FROM edges WHERE src IN (SELECT id FROM \(dn)) OR dst IN (SELECT id FROM \(dn))")
        } else if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM edges WHERE (src IN (SELECT id FROM \(dn)) OR dst IN (SELECT id FROM \(dn))) AND id NOT IN (SELECT id FROM \(dr)))") == true {
            throw QueryError(.constraint, "cannot delete a node that still has relationships (use DETACH DELETE)", at: pos, code: "DeleteConnectedNode")
        }
        for table in ["nodes", "edges"] {
            highWater[table] = max(highWater[table] ?? 0, try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM \(table)") ?? 0)
        }
        try execute("UPDATE \(dr) SET type = (SELECT type FROM edges WHERE edges.id = \(dr).id)")
        deleted.append((nodes: "temp.\(dn)", relationships: "temp.\(dr)"))
        try execute("DELETE FROM edges WHERE id IN (SELECT id FROM \(dr))")
        try execute("DELETE FROM node_labels WHERE node_id IN (SELECT id FROM \(dn))")
        try execute("DELETE FROM nodes WHERE id IN (SELECT id FROM \(dn))")
        try execute("DELETE FROM search WHERE rowid IN (SELECT id FROM \(dn))")  // a claim's row has its node's id
        return st
    }
}
