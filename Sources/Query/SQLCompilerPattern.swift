import Store

/// MATCH patterns to joins over nodes / node_labels / edges. Each pattern is walked from
/// its most selective node (already bound > property map > label), so the plan starts from
/// an index and follows edges_out / edges_in; a node reached over a relationship is just
/// that edge's other end, with no join on `nodes` unless its properties are read.
extension SQLCompiler {
    func compileMatch(_ patterns: [PatternPart], where whereExpr: Expression?, optional: Bool, on stage: Stage, at pos: SourcePosition) throws -> Stage {
        var base = stage
        if optional && !base.numbered {
            base = self.stage(selecting: stage.order, stage.bindings, body: "FROM \(stage.table) s")
            let numbered = addCTE("SELECT row_number() OVER () AS _r, * FROM \(base.table)")
            base = Stage(table: numbered, bindings: base.bindings, order: base.order, numbered: true)
        }
        let from = base.isUnit && !optional ? [] : ["\(base.table) s"]
        var sb = SelectBuilder(from: from, conditions: [], live: base.bindings, order: base.order, canSplit: true)
        sb.keepsWalkOrder = partitionDriver?.variable != nil && currentClause == 0
        if optional {
            sb.live["#r"] = Binding(sql: "s._r", kind: .value)
            sb.order.append("#r")
        }
        for (i, part) in patterns.enumerated() {
            if part.shortest != .none {
                try compileShortest(part, index: i, &sb)
            } else {
                try walk(part, index: i, &sb)
            }
        }
        if let w = whereExpr {
            let c = try compile(w, ExpressionScope(bindings: userBindings(sb.live)))
            sb.conditions.append("(\(try asPredicate(c, at: w))) = 1")
        }
        let matched = self.stage(selecting: sb.order, sb.live, body: sb.body)
        if !optional, let e = sb.firstEdge, let filter = rowShareFilter(edge: e) {
            var filtered = sb
            filtered.conditions.append(filter)
            recordPartition(matched.table, body: sb.body, filteredBody: filtered.body, columns: sb.order.count)
        }
        if !optional, let filter = inputShareFilter(base) {
            var filtered = sb
            filtered.conditions.append(filter)
            recordPartition(matched.table, body: sb.body, filteredBody: filtered.body, columns: sb.order.count)
        }
        guard optional else { return matched }
        // OPTIONAL MATCH: every input row survives, with nulls where nothing matched.
        let rIndex = sb.order.firstIndex(of: "#r")!
        var bindings = base.bindings
        var order = base.order
        for v in sb.order where base.bindings[v] == nil && v != "#r" {
            let mb = matched.bindings[v]!
            bindings[v] = Binding(sql: mb.sql.replacingOccurrences(of: "s.", with: "m."), kind: mb.kind, staticType: mb.staticType)
            order.append(v)
        }
        return self.stage(selecting: order, bindings, body: "FROM \(base.table) s LEFT JOIN \(matched.table) m ON m.c\(rIndex) = s._r")
    }

    func userBindings(_ live: [String: Binding]) -> [String: Binding] {
        live.filter { !$0.key.hasPrefix("#") }
    }

    /// Adds one pattern part's joins and conditions to `sb`.
    func walk(_ part: PatternPart, index: Int, _ sb: inout SelectBuilder) throws {
        let anchor = chooseAnchor(part, sb)
        let key = { (kind: String, i: Int) in "#\(kind)\(index).\(i)" }
        try bindNode(part.nodes[anchor], key: key("n", anchor), reachedBy: nil, &sb)
        var reversedSegments: Set<Int> = []
        if anchor < part.relationships.count {
            for i in anchor..<part.relationships.count {
                let from = sb.live[key("n", i)]!.sql
                let other = try expand(part.relationships[i], key: key("r", i), from: from, forward: true, &sb)
                try bindNode(part.nodes[i + 1], key: key("n", i + 1), reachedBy: other, &sb)
            }
        }
        for i in stride(from: anchor - 1, through: 0, by: -1) {
            let from = sb.live[key("n", i + 1)]!.sql
            let other = try expand(part.relationships[i], key: key("r", i), from: from, forward: false, &sb)
            if part.relationships[i].length != nil { reversedSegments.insert(i) }
            try bindNode(part.nodes[i], key: key("n", i), reachedBy: other, &sb)
        }
        if let p = part.pathVariable {
            if sb.live[p] != nil { throw QueryError(.syntax, "variable `\(p)` is already bound", at: part.position, code: "VariableAlreadyBound") }
            var shape = "", args: [String] = []
            for (i, _) in part.nodes.enumerated() {
                shape += "n"; args.append(sb.live[key("n", i)]!.sql)
                guard i < part.relationships.count else { break }
                if part.relationships[i].length == nil { shape += "r" } else { shape += reversedSegments.contains(i) ? "V" : "v" }
                args.append(sb.live[key("r", i)]!.sql)
            }
            sb.live[p] = Binding(sql: "cy_path(\(bindText(shape)), \(args.joined(separator: ", ")))", kind: .value, staticType: "Path")
            sb.order.append(p)
        }
    }

    private func chooseAnchor(_ part: PatternPart, _ sb: SelectBuilder) -> Int {
        var best = 0, bestScore = -1
        for (i, n) in part.nodes.enumerated() {
            var score = 0
            if let v = n.variable, sb.live[v]?.kind == .node || sb.live[v]?.kind == .value { score = 100 }
            else if n.properties != nil { score = 10 } else if !n.labels.isEmpty { score = 5 }
            if score > bestScore { best = i; bestScore = score }
        }
        return best
    }

    /// Binds a pattern node: from the `nodes` table when it starts the walk (`reachedBy` nil),
    /// else as the other end of the relationship just matched.
    func bindNode(_ np: NodePattern, key: String, reachedBy other: String?, _ sb: inout SelectBuilder) throws {
        var id: String
        var props: String? = nil
        if let v = np.variable, let b = sb.live[v] {
            guard b.kind == .node || (b.kind == .value && (b.staticType == nil || b.staticType == "Node")) else {
                throw QueryError(.syntax, "`\(v)` is not a node", at: np.position, code: "VariableTypeConflict")
            }
            id = b.kind == .node ? b.sql : "cy_nodeid(\(b.sql))"
            props = b.props
            if let other { sb.conditions.append("\(id) = \(other)") }
            else { sb.conditions.append("\(id) IS NOT NULL") }
        } else if let other {
            id = other
        } else {
            if let first = np.labels.first {
                // the label index drives; properties are read by primary key when needed
                let l = fresh("l")
                sb.from.append("node_labels \(l)")
                sb.conditions.append("\(l).label = \(bindText(first))")
                id = "\(l).node_id"
                if np.properties != nil {
                    let n = fresh("n")
                    sb.from.append("nodes \(n)")
                    sb.conditions.append("\(n).id = \(l).node_id")
                    props = "\(n).props"
                }
            } else {
                let n = fresh("n")
                sb.from.append("nodes \(n)")
                id = "\(n).id"
                props = "\(n).props"
            }
        }
        let skipFirstLabel = other == nil && np.variable.map({ sb.live[$0] == nil }) ?? true
        for (i, label) in np.labels.enumerated() where !(i == 0 && skipFirstLabel) {
            if other != nil, let end = sb.lastEnd, endLabelImplied(label, types: end.types, sides: end.sides) { continue }
            sb.conditions.append(hasLabel(id, [label]))
        }
        if let v = np.variable, sb.live[v] == nil {
            sb.live[v] = Binding(sql: id, kind: .node, props: props, nonNull: true)
            sb.order.append(v)
        }
        sb.live[key] = Binding(sql: id, kind: .node, props: props, nonNull: true)
        if let pm = np.properties {
            try addPropertyConstraints(pm, on: Compiled(sql: id, kind: .node), binding: Binding(sql: id, kind: .node, props: props), &sb)
        }
    }

    /// `{k: v, …}` in a pattern: one equality per key (indexable when v is a constant).
    func addPropertyConstraints(_ map: Expression, on entity: Compiled, binding: Binding, _ sb: inout SelectBuilder, scope: [String: Binding]? = nil, allowParameterMaps: Bool = false) throws {
        let scope = ExpressionScope(bindings: scope ?? userBindings(sb.live))
        var entries: [(String, Expression)] = []
        switch map.kind {
        case .map(let e): entries = e
        case .parameter(let p):
            guard allowParameterMaps else {
                throw QueryError(.syntax, "a parameter cannot stand for a property map in a pattern; write {key: $p}", at: map.position, code: "InvalidParameterUse")
            }
            guard case .map(let m)? = parameters[p] else {
                throw QueryError(.type, "parameter $\(p) must be a map", at: map.position, code: "InvalidArgumentType")
            }
            parameterShaped = true
            entries = m.keys.sorted().map { ($0, Expression(kind: .literal(m[$0]!), position: map.position, text: "")) }
        default: throw QueryError(.syntax, "expected a property map", at: map.position)
        }
        for (k, v) in entries {
            var constant: Value? = nil, parameter: String? = nil
            if case .literal(let x) = v.kind { constant = x }
            if case .parameter(let p) = v.kind { constant = parameters[p]; parameter = p }
            if let constant, let test = propertyEquals(k, constant, parameter: parameter) {
                sb.conditions.append(onProps(entity, binding: binding, test))
            } else {
                let value = asValue(try compile(v, scope))
                sb.conditions.append("cy_eq(\(onProps(entity, binding: binding) { propertyValue($0, k) }), \(value)) = 1")
            }
        }
    }

    /// Matches one relationship from the node whose id is `from`; returns the other end's id.
    func expand(_ rp: RelationshipPattern, key: String, from: String, forward: Bool, _ sb: inout SelectBuilder) throws -> String {
        var dir = rp.direction
        if !forward { dir = dir == .right ? .left : (dir == .left ? .right : .both) }
        if let len = rp.length { return try expandVariable(rp, len, key: key, from: from, dir: dir, forward: forward, &sb) }
        let e = fresh("e")
        if sb.firstEdge == nil { sb.firstEdge = e }
        let indexed = dir == .both ? nil : indexedType(rp.types)
        if let t = indexed {
            // The literal is safe: only plain identifiers get indexes (EdgeTypeIndexes.isIndexable).
            // Scanning a whole type's index looks cheap to the planner; that is often right,
            // but not when a split aggregation's share filter needs the first node's scan to drive.
            let table = "edges \(e) INDEXED BY \(EdgeTypeIndexes.name(t, dir == .right ? .out : .in))"
            if sb.keepsWalkOrder { sb.appendAfterAll(table) } else { sb.from.append(table) }
            sb.conditions.append("\(e).type = '\(t)'")
        } else {
            sb.from.append("edges \(e)")
            if let t = typeCondition(rp.types, column: "\(e).type") { sb.conditions.append(t) }
        }
        let other: String
        switch dir {
        case .right: sb.conditions.append("\(e).src = \(from)"); other = "\(e).dst"; sb.lastEnd = (rp.types, [.dst])
        case .left: sb.conditions.append("\(e).dst = \(from)"); other = "\(e).src"; sb.lastEnd = (rp.types, [.src])
        case .both:
            sb.conditions.append("(\(e).src = \(from) OR \(e).dst = \(from))")
            other = "(CASE WHEN \(e).src = \(from) THEN \(e).dst ELSE \(e).src END)"
            sb.lastEnd = (rp.types, [.src, .dst])
        }
        if let v = rp.variable {
            if let b = sb.live[v] {
                guard b.kind == .relationship else {
                    throw QueryError(.syntax, "`\(v)` is not a relationship", at: rp.position, code: "VariableTypeConflict")
                }
                if sb.boundHere.contains(v) {
                    throw QueryError(.syntax, "relationship `\(v)` appears twice in one pattern", at: rp.position, code: "RelationshipUniquenessViolation")
                }
                sb.conditions.append("\(e).id = \(b.sql)")
            } else {
                sb.live[v] = Binding(sql: "\(e).id", kind: .relationship, props: "\(e).props", nonNull: true)
                sb.boundHere.insert(v)
                sb.order.append(v)
            }
        }
        // relationship uniqueness, except against relationships that cannot have the same type
        for prior in sb.edges where !disjoint(rp.types, sb.edgeTypes[prior] ?? []) {
            sb.conditions.append("\(e).id <> \(sb.live[prior]!.sql)")
        }
        sb.edgeTypes[key] = rp.types
        for seg in sb.segments { sb.conditions.append("instr(',' || \(segmentEdges(sb.live[seg]!.sql)) || ',', ',' || \(e).id || ',') = 0") }
        sb.live[key] = Binding(sql: "\(e).id", kind: .relationship)
        sb.edges.append(key)
        if let pm = rp.properties {
            try addPropertyConstraints(pm, on: Compiled(sql: "\(e).id", kind: .relationship), binding: Binding(sql: "\(e).id", kind: .relationship, props: "\(e).props"), &sb)
        }
        return other
    }

    private func disjoint(_ a: [String], _ b: [String]) -> Bool {
        !a.isEmpty && !b.isEmpty && Set(a).isDisjoint(with: b)
    }

    func typeCondition(_ types: [String], column: String) -> String? {
        switch types.count {
        case 0: return nil
        case 1: return "\(column) = \(bindText(types[0]))"
        default: return "\(column) IN (\(types.map(bindText).joined(separator: ", ")))"
        }
    }

    private func segmentEdges(_ segment: String) -> String { "substr(\(segment), instr(\(segment), '|') + 1)" }

    /// A variable-length relationship: the rows so far become a CTE, a recursive CTE expands
    /// from their distinct start nodes carrying the edge ids already used (a relationship
    /// never repeats within a path), bounded by the pattern's upper bound or the guard's.
    private func expandVariable(_ rp: RelationshipPattern, _ len: (min: Int, max: Int?), key: String, from: String, dir: RelationshipPattern.Direction, forward: Bool, _ sb: inout SelectBuilder) throws -> String {
        guard sb.canSplit || sb.from.isEmpty else {
            throw QueryError(.syntax, "variable-length relationships are not supported inside expressions", at: rp.position, code: "UnsupportedSyntax")
        }
        sb.lastEnd = nil
        if let v = rp.variable, let bound = sb.live[v] {
            return try followBoundList(rp, len, bound, key: key, from: from, dir: dir, forward: forward, &sb)
        }
        let maxHops = len.max ?? limits.maxHops
        if maxHops > limits.maxHops {
            throw QueryError(.limit, "variable-length upper bound \(maxHops) exceeds the limit of \(limits.maxHops) hops", at: rp.position, code: "HopLimit")
        }
        var fromSQL = from
        if sb.canSplit { splitSelect(&sb, tracking: &fromSQL) }
        let cte = fresh("v")
        let e = "e"
        let step: String, other: String
        switch dir {
        case .right: step = "\(e).src = v.cur"; other = "\(e).dst"
        case .left: step = "\(e).dst = v.cur"; other = "\(e).src"
        case .both: step = "(\(e).src = v.cur OR \(e).dst = v.cur)"; other = "(CASE WHEN \(e).src = v.cur THEN \(e).dst ELSE \(e).src END)"
        }
        var conds = [step]
        if let t = typeCondition(rp.types, column: "\(e).type") { conds.append(t) }
        if let pm = rp.properties {
            var inner = SelectBuilder(from: [], conditions: [], live: [:], order: [], canSplit: false)
            try addPropertyConstraints(pm, on: Compiled(sql: "\(e).id", kind: .relationship), binding: Binding(sql: "\(e).id", kind: .relationship, props: "\(e).props"), &inner, scope: [:])
            conds += inner.conditions
        }
        let seedFrom = sb.canSplit ? " FROM \(sb.from[0])" : ""
        let definition = """
            SELECT DISTINCT \(fromSQL) AS seed, \(fromSQL) AS cur, CAST(\(fromSQL) AS TEXT) AS nodes, '' AS edges, 0 AS len\(seedFrom) WHERE \(fromSQL) IS NOT NULL
            UNION ALL
            SELECT v.seed, \(other), v.nodes || ',' || \(other), v.edges || (CASE WHEN v.len = 0 THEN '' ELSE ',' END) || \(e).id, v.len + 1
            FROM \(cte) v JOIN edges \(e) ON \(conds.joined(separator: " AND "))
            WHERE v.len < \(maxHops) AND instr(',' || v.edges || ',', ',' || \(e).id || ',') = 0
            """
        if sb.canSplit { ctes.append((cte, definition)) } else { sb.inlineCTEs.append("\(cte) AS (\(definition))") }
        let vv = fresh("w")
        sb.from.append("\(cte) \(vv)")
        sb.conditions.append("\(vv).seed = \(fromSQL) AND \(vv).len >= \(len.min)")
        let segment = "(\(vv).nodes || '|' || \(vv).edges)"
        for prior in sb.edges { sb.conditions.append("instr(',' || \(vv).edges || ',', ',' || \(sb.live[prior]!.sql) || ',') = 0") }
        sb.live[key] = Binding(sql: segment, kind: .value)
        sb.segments.append(key)
        if let v = rp.variable {
            // the list runs in pattern order even when the walk went the other way
            sb.live[v] = Binding(sql: "cy_rels(\(segment), \(forward ? 0 : 1))", kind: .value, staticType: "List")
            sb.order.append(v)
        }
        return "\(vv).cur"
    }

    /// `-[rs*]->` with `rs` an already bound list of relationships: the path must be exactly
    /// those relationships, in order, each followed in the pattern's direction.
    private func followBoundList(_ rp: RelationshipPattern, _ len: (min: Int, max: Int?), _ bound: Binding, key: String, from: String, dir: RelationshipPattern.Direction, forward: Bool, _ sb: inout SelectBuilder) throws -> String {
        guard bound.kind == .value, bound.staticType == nil || bound.staticType == "List" else {
            throw QueryError(.syntax, "`\(rp.variable!)` is not a list of relationships", at: rp.position, code: "VariableTypeConflict")
        }
        let ends = "(SELECT json_group_array(json_array(id, src, dst)) FROM edges WHERE id IN (SELECT value FROM json_each(CAST(cy_pathids(\(bound.sql), 'l') AS TEXT))))"
        let code = dir == .right ? 0 : (dir == .left ? 1 : 2)
        let segment = "cy_follow(\(bound.sql), \(from), \(code), \(forward ? 0 : 1), \(ends))"
        sb.conditions.append("\(segment) IS NOT NULL")
        sb.conditions.append("cy_f_size(\(bound.sql)) >= \(len.min)" + (len.max.map { " AND cy_f_size(\(bound.sql)) <= \($0)" } ?? ""))
        sb.live[key] = Binding(sql: segment, kind: .value)
        sb.segments.append(key)
        return "cy_segend(\(segment))"
    }

    /// Turns the SELECT built so far into a CTE and continues from it, rebinding every live
    /// variable (and `tracked`) to the CTE's columns.
    func splitSelect(_ sb: inout SelectBuilder, tracking tracked: inout String) {
        let names = Array(sb.live.keys).sorted()
        var cols: [String] = []
        for (i, n) in names.enumerated() { cols.append("\(sb.live[n]!.sql) AS c\(i)") }
        cols.append("\(tracked) AS ctrack")
        let cte = addCTE("SELECT \(cols.joined(separator: ", ")) \(sb.body)")
        let alias = fresh("x")
        for (i, n) in names.enumerated() { sb.live[n] = Binding(sql: "\(alias).c\(i)", kind: sb.live[n]!.kind, staticType: sb.live[n]!.staticType) }
        tracked = "\(alias).ctrack"
        sb.restart(from: "\(cte) \(alias)")
    }

    /// `(a)-[:T]->(b)` used as a boolean: EXISTS over the same joins, correlated to the row.
    func compilePatternPredicate(_ part: PatternPart, _ scope: ExpressionScope) throws -> String {
        for v in patternVariables(part) where scope.bindings[v] == nil {
            throw QueryError(.syntax, "variable `\(v)` is not defined (a pattern predicate cannot introduce variables)", at: part.position, code: "UndefinedVariable")
        }
        var sb = SelectBuilder(from: [], conditions: [], live: scope.bindings, order: [], canSplit: false)
        try walk(part, index: counter, &sb)
        let with = sb.inlineCTEs.isEmpty ? "" : "WITH RECURSIVE " + sb.inlineCTEs.joined(separator: ", ") + " "
        return "EXISTS (\(with)SELECT 1 \(sb.body))"
    }
}
