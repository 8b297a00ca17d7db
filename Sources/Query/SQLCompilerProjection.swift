import CSQLFunctions
import GRDB

/// WITH, RETURN and UNWIND. A projection is one SELECT over the current stage: GROUP BY
/// the non-aggregate items when any item aggregates, ORDER BY Cypher's sort keys, and
/// SKIP/LIMIT pushed into SQL so SQLite can stop early.
extension SQLCompiler {
    func compileUnwind(_ e: Expression, alias: String, on stage: Stage, at pos: SourcePosition) throws -> Stage {
        if stage.bindings[alias] != nil {
            throw QueryError(.syntax, "variable `\(alias)` is already bound", at: pos, code: "VariableAlreadyBound")
        }
        if case .list(let items) = e.kind, !items.isEmpty, SQLCompiler.constant(e) == nil {
            return try unwindListLiteral(items, alias: alias, on: stage)
        }
        let list = asValue(try compile(e, ExpressionScope(bindings: stage.bindings)))
        var bindings = stage.bindings
        bindings[alias] = Binding(sql: SQLCompiler.jsonEachItem("j"), kind: .value)
        return self.stage(selecting: stage.order + [alias], bindings,
                          body: "FROM \(stage.table) s, json_each(cy_aslist(\(list))) j")
    }

    /// `UNWIND [a, b] AS n`: one row per element from a small table of positions, each
    /// element compiled on its own, so nodes stay node ids (no list built and taken apart in
    /// JSON per row). CROSS JOIN keeps each input row's elements together and in order.
    private func unwindListLiteral(_ items: [Expression], alias: String, on stage: Stage) throws -> Stage {
        let scope = ExpressionScope(bindings: stage.bindings)
        let compiled = try items.map { try compile($0, scope) }
        let kinds = Set(compiled.map(\.kind))
        let kind: SQLKind = kinds.count == 1 && (kinds.first == .node || kinds.first == .relationship) ? kinds.first! : .value
        let types = Set(compiled.map(\.staticType))
        let u = fresh("u")
        let positions = items.indices.map { "SELECT \($0) AS i" }.joined(separator: " UNION ALL ")
        let cases = compiled.enumerated().map { "WHEN \($0.offset) THEN \(kind == .value ? asValue($0.element) : $0.element.sql)" }
        var bindings = stage.bindings
        bindings[alias] = Binding(sql: "(CASE \(u).i \(cases.joined(separator: " ")) END)", kind: kind,
                                  staticType: types.count == 1 ? types.first! : nil)
        return self.stage(selecting: stage.order + [alias], bindings,
                          body: "FROM \(stage.table) s CROSS JOIN (\(positions)) \(u)")
    }

    func compileWith(_ p: Projection, where whereExpr: Expression?, on stage: Stage) throws -> Stage {
        let (items, _) = try expandItems(p, stage, requireAliases: true)
        let grouped = items.contains { containsAggregate($0.expression) }
        // WHERE sees the variables the WITH drops too, unless DISTINCT, aggregation or paging came first
        if let w = whereExpr, !grouped, !p.distinct, p.skip == nil, p.limit == nil {
            return try project(p, items, on: stage, where: w)
        }
        var out = try project(p, items, on: stage)
        if let whereExpr {
            let w = ProjectionItem.inTermsOf(items, whereExpr)
            let c = try compile(w, ExpressionScope(bindings: out.bindings))
            out = self.stage(selecting: out.order, out.bindings, body: "FROM \(out.table) s WHERE (\(try asPredicate(c, at: w))) = 1")
        }
        return out
    }

    /// The final SELECT (run by the engine, so that a compiled plan can be run again).
    func compileReturn(_ p: Projection, on stage: Stage) throws -> (columns: [String], sql: String?) {
        let (items, names) = try expandItems(p, stage, requireAliases: false)
        let out = try project(p, items, on: stage)
        let cols = out.order.map { asValue(Compiled(sql: out.bindings[$0]!.sql, kind: out.bindings[$0]!.kind)) }
        return (names, ctePrefix + "SELECT \(cols.isEmpty ? "1" : cols.joined(separator: ", ")) FROM \(out.table) s")
    }

    /// The items of a projection, with `*` expanded to the variables in scope (sorted by name).
    private func expandItems(_ p: Projection, _ stage: Stage, requireAliases: Bool) throws -> ([ProjectionItem], [String]) {
        var items: [ProjectionItem] = []
        if p.star {
            let vars = stage.order.filter { !$0.hasPrefix("#") }.sorted()
            if vars.isEmpty && p.items.isEmpty && !requireAliases {
                throw QueryError(.syntax, "RETURN * needs variables in scope", at: p.position, code: "NoVariablesInScope")
            }
            for v in vars {
                items.append(ProjectionItem(expression: Expression(kind: .variable(v), position: p.position, text: v), alias: v))
            }
        }
        items += p.items
        var seen: Set<String> = []
        for item in items {
            if requireAliases, item.alias == nil, !isVariable(item.expression) {
                throw QueryError(.syntax, "expression in WITH must be aliased (use AS)", at: item.expression.position, code: "NoExpressionAlias")
            }
            if !seen.insert(item.name).inserted {
                throw QueryError(.syntax, "column `\(item.name)` appears twice", at: item.expression.position, code: "ColumnNameConflict")
            }
        }
        return (items, items.map(\.name))
    }

    private func isVariable(_ e: Expression) -> Bool {
        if case .variable = e.kind { return true }
        return false
    }

    /// The SELECT of a projection as a new stage whose variables are the items' names.
    private func project(_ p: Projection, _ items: [ProjectionItem], on input: Stage, where whereExpr: Expression? = nil) throws -> Stage {
        let aggregates = items.contains { containsAggregate($0.expression) }
        if !p.orderBy.isEmpty, p.limit != nil, !p.distinct, !aggregates, readOnly {
            return try projectTopN(p, items, on: input, where: whereExpr)
        }
        // after DISTINCT or aggregation ORDER BY reads the projected rows, joined there: a join
        // here would look up every input row (SQLite keeps an unused LEFT JOIN under GROUP BY)
        let sortedHere = !(aggregates || p.distinct)
        let read = items.map(\.expression) + (sortedHere ? p.orderBy.map(\.expression) : []) + [whereExpr].compactMap { $0 }
        let (stage, joins) = joiningProps(input, for: read)
        let scope = ExpressionScope(bindings: stage.bindings, allowAggregates: true, allowPatterns: false)
        var compiled: [Compiled] = []
        var aggregating: [Bool] = []
        for item in items {
            compiled.append(try compile(item.expression, scope))
            aggregating.append(containsAggregate(item.expression))
        }
        let grouped = aggregating.contains(true)
        var bindings: [String: Binding] = [:]
        for (i, item) in items.enumerated() { bindings[item.name] = itemBinding(item, compiled[i], stage) }
        let order = items.map(\.name)
        var body = "FROM \(stage.table) s" + joins
        var groupBy = ""
        if grouped {
            let keys = items.indices.filter { !aggregating[$0] }.map { "\($0 + 1)" }
            if !keys.isEmpty { groupBy = " GROUP BY " + keys.joined(separator: ", ") }
        }
        let page = try pagination(p)
        let shareFilter = grouped && (!p.orderBy.isEmpty || page.isEmpty) ? shareFilter(grouping: items, aggregating: aggregating, on: stage) : nil
        let filteredBody = shareFilter.map { body + " WHERE \($0)" + groupBy }
        body += groupBy
        var mixedScope = ExpressionScope(bindings: stage.bindings, allowAggregates: false)
        for (name, b) in bindings { mixedScope.bindings[name] = b }
        if let w = whereExpr {
            body += " WHERE (\(try asPredicate(try compile(w, mixedScope), at: w))) = 1"
        }
        if p.orderBy.isEmpty {
            let out = self.stage(selecting: order, bindings, body: body, distinct: p.distinct, page: page)
            if let filteredBody { recordPartition(out.table, body: body, filteredBody: filteredBody, columns: order.count) }
            if page.isEmpty, whereExpr == nil {
                recordSetSplitOutput(out.table, items: items, columns: order.map { bindings[$0]! }, input: stage, body: body, distinct: p.distinct && !grouped)
            }
            return out
        }
        if grouped || p.distinct {
            // ORDER BY sees only the projected columns: sort the projection's own rows.
            let inner = self.stage(selecting: order, bindings, body: body, distinct: p.distinct)
            if let filteredBody { recordPartition(inner.table, body: body, filteredBody: filteredBody, columns: order.count) }
            let sorted = p.orderBy.map { ProjectionItem.inTermsOf(items, $0.expression) }
            let (columns, joins) = joiningProps(inner, for: sorted)
            let keys = try sortTerms(p.orderBy, ExpressionScope(bindings: columns.bindings, allowAggregates: false), items: items, columns: columns)
            let out = self.stage(selecting: order, columns.bindings, body: "FROM \(inner.table) s\(joins) ORDER BY \(Self.orderBy(keys))" + page)
            // the sorted rows have the groups' columns: with LIMIT and no SKIP a share hands
            // over only its first rows, the only ones that can make the first rows of all
            if filteredBody != nil, p.skip == nil, p.limit != nil { partitionPoint?.output = out.table }
            return out
        }
        // ORDER BY may also use variables the projection drops.
        let keys = try sortTerms(p.orderBy, mixedScope, items: items, columns: nil, itemScope: scope)
        return self.stage(selecting: order, bindings, body: body + " ORDER BY \(Self.orderBy(keys))" + page)
    }

    /// ORDER BY … LIMIT without aggregation: sort and page on the keys alone, then compute the
    /// items for the rows kept (reading `c.text` for the 20 newest claims, not for thousands).
    private func projectTopN(_ p: Projection, _ items: [ProjectionItem], on input: Stage, where whereExpr: Expression?) throws -> Stage {
        let (stage, joins) = joiningProps(input, for: items.map(\.expression) + p.orderBy.map(\.expression) + [whereExpr].compactMap { $0 })
        var mixedScope = ExpressionScope(bindings: stage.bindings, allowAggregates: false)
        let itemScope = ExpressionScope(bindings: stage.bindings, allowAggregates: true, allowPatterns: false)
        for item in items {
            mixedScope.bindings[item.name] = itemBinding(item, try compile(item.expression, itemScope), stage)
        }
        var body = "FROM \(stage.table) s" + joins
        if let w = whereExpr { body += " WHERE (\(try asPredicate(try compile(w, mixedScope), at: w))) = 1" }
        let keys = try sortTerms(p.orderBy, mixedScope, items: items, columns: nil, itemScope: itemScope)
        var bindings = stage.bindings, order = stage.order
        for (i, k) in keys.enumerated() {
            bindings["#k\(i)"] = Binding(sql: k.sql, kind: .value)
            order.append("#k\(i)")
        }
        let positions = keys.indices.map { (sql: "\(stage.order.count + $0 + 1)", descending: keys[$0].descending) }
        // one placeholder for the count: a split's merge pages with it too
        let topLimit = p.skip == nil && order.count <= Int(CG_ID_TUPLE_COLUMNS) ? try p.limit.map(pageCount) : nil
        let sortAndPage = " ORDER BY \(Self.orderBy(positions))" + (try topLimit.map { " LIMIT \($0)" } ?? pagination(p))
        let kept = topLimit.map { topRows(order, bindings, keys: keys, limit: $0, body: body) }
            ?? self.stage(selecting: order, bindings, body: body + sortAndPage)
        // a split's shares each keep their first rows; the first rows of all are among them
        recordRowSplitOutput(kept.table, columns: order.count) { "SELECT * FROM \($0)" + sortAndPage }
        let (rows, rowJoins) = joiningProps(kept, for: items.map(\.expression))
        let scope = ExpressionScope(bindings: rows.bindings, allowAggregates: true, allowPatterns: false)
        var out: [String: Binding] = [:]
        for item in items {
            let c = try compile(item.expression, scope)
            out[item.name] = Binding(sql: c.sql, kind: c.kind, staticType: c.staticType)
        }
        let again = keys.indices.map { (sql: rows.bindings["#k\($0)"]!.sql, descending: keys[$0].descending) }
        return self.stage(selecting: items.map(\.name), out, body: "FROM \(kept.table) s\(rowJoins) ORDER BY \(Self.orderBy(again))")
    }

    /// The first `limit` rows by the sort keys (the last `keys.count` names of `order`), kept
    /// in a heap in C (`cy_top` and `cy_top_rows`, Sources/CSQLFunctions): SQLite's ORDER BY …
    /// LIMIT inserts every row that beats the last one kept into a B-tree and deletes that
    /// one, which is most rows when they come in the order they sort.
    private func topRows(_ order: [String], _ bindings: [String: Binding], keys: [(sql: String, descending: Bool)],
                         limit: String, body: String) -> Stage {
        let columns = order.count - keys.count
        let values = order.map { bindings[$0]! }.map { $0.kind == .predicate ? "cy_bool(\($0.sql))" : $0.sql }
        let directions = keys.map { $0.descending ? "D" : "A" }.joined()
        let arguments = ([limit, "'\(directions)'"] + values[columns...] + values[..<columns]).joined(separator: ", ")
        var read: [String: Binding] = [:]
        for (i, name) in order.enumerated() {
            let b = bindings[name]!
            let cell = i < columns ? keys.count + i : i - columns
            read[name] = Binding(sql: "t.c\(cell)", kind: b.kind == .predicate ? .value : b.kind,
                                 staticType: b.staticType ?? (b.kind == .predicate ? "Boolean" : nil), nonNull: b.nonNull)
        }
        return self.stage(selecting: order, read, body: "FROM cy_top_rows((SELECT cy_top(\(arguments)) \(body))) t")
    }

    private static func orderBy(_ keys: [(sql: String, descending: Bool)]) -> String {
        keys.map { $0.sql + ($0.descending ? " DESC" : "") }.joined(separator: ", ")
    }

    /// An item's binding; an item that is just a variable keeps the variable's props column,
    /// so ORDER BY and WHERE read its properties through the same join.
    private func itemBinding(_ item: ProjectionItem, _ c: Compiled, _ stage: Stage) -> Binding {
        var props: String? = nil
        if case .variable(let v) = item.expression.kind { props = stage.bindings[v]?.props }
        return Binding(sql: c.sql, kind: c.kind, props: props, staticType: c.staticType, nonNull: c.nonNull)
    }

    /// The SQL sort terms of ORDER BY in Cypher's order of values: nodes and relationships by
    /// id; a stored property by `cy_propkey` (the same bytes as cy_sortkey, read from the
    /// props in C; lists and maps still go through cy_sortkey); a count as itself; anything
    /// else by its cy_sortkey.
    /// `itemScope`: the scope the items were compiled in, so that ORDER BY an item's alias
    /// sorts like ORDER BY the item (a property by its cy_propkey). Consecutive properties of
    /// one variable sorted the same way share one key (`ORDER BY c.date DESC, c.id DESC`: one
    /// scan of c's props, one column to compare), since each property's key is self-delimiting.
    private func sortTerms(_ orderBy: [SortItem], _ scope: ExpressionScope, items: [ProjectionItem], columns: Stage?,
                           itemScope: ExpressionScope? = nil) throws -> [(sql: String, descending: Bool)] {
        var terms: [(sql: String, descending: Bool)] = []
        var run: (props: String, keys: [String], descending: Bool)? = nil
        func endRun() {
            if let r = run { terms.append((Self.propertySortKey(r.props, r.keys), r.descending)) }
            run = nil
        }
        for s in orderBy {
            let e = columns == nil ? s.expression : ProjectionItem.inTermsOf(items, s.expression)
            let c: Compiled
            do {
                c = try compile(e, scope)
            } catch let err as QueryError where err.detail == "UndefinedVariable" && columns != nil {
                throw QueryError(.syntax, "ORDER BY after DISTINCT or aggregation may only use projected columns", at: err.position, code: "UndefinedVariable")
            }
            var property: (props: String, key: String)? = nil
            if case .variable(let v) = e.kind, let itemScope, let item = items.first(where: { $0.name == v }) {
                property = storedProperty(item.expression, itemScope)
            } else if c.kind != .node && c.kind != .relationship {
                property = storedProperty(e, scope)
            }
            if let property {
                if let r = run, r.props == property.props, r.descending == s.descending {
                    run?.keys.append(property.key)
                } else {
                    endRun()
                    run = (property.props, [property.key], s.descending)
                }
                continue
            }
            endRun()
            terms.append((sortTerm(e, c, items), s.descending))
        }
        endRun()
        return terms
    }

    /// The sort term of anything but a stored property.
    private func sortTerm(_ e: Expression, _ c: Compiled, _ items: [ProjectionItem]) -> String {
        if c.kind == .node || c.kind == .relationship { return c.sql }
        if case .variable(let v) = e.kind, let item = items.first(where: { $0.name == v }), isCount(item.expression) { return c.sql }
        if isCount(e) { return c.sql }
        return "cy_sortkey(\(asValue(c)))"
    }

    /// `v.key` when `v`'s props column is at hand: the column and the key; else nil.
    private func storedProperty(_ e: Expression, _ scope: ExpressionScope) -> (props: String, key: String)? {
        guard case .property(let base, let key) = e.kind, case .variable(let v) = base.kind, let b = scope.bindings[v],
              b.kind == .node || b.kind == .relationship, let props = b.props else { return nil }
        return (props, SQLCompiler.sqlText(key))
    }

    /// The sort key of properties of one props column, in C (`cy_propkey`), or through
    /// cy_sortkey when one of them is a list or a map.
    private static func propertySortKey(_ props: String, _ keys: [String]) -> String {
        let values = keys.map { "cy_prop(\(props), \($0))" }.joined(separator: ", ")
        return "coalesce(cy_propkey(\(props), \(keys.joined(separator: ", "))), cy_sortkey(\(values)))"
    }

    /// `count(…)` and `count(*)`: an integer, never null, so SQLite's own order is Cypher's.
    private func isCount(_ e: Expression) -> Bool {
        switch e.kind {
        case .countStar: return true
        case .call(let name, _, _): return name.lowercased() == "count"
        default: return false
        }
    }

    /// Joins `nodes` / `edges` once for each node or relationship variable whose properties
    /// `expressions` read, so that a row looks its entity up once instead of once per
    /// property. Only in read-only statements: there no entity can have been deleted, which
    /// reading through a correlated lookup would report.
    private func joiningProps(_ stage: Stage, for expressions: [Expression]) -> (Stage, String) {
        guard readOnly else { return (stage, "") }
        var names: [String] = []
        for e in expressions {
            visit(e) { x in
                if case .property(let b, _) = x.kind, case .variable(let v) = b.kind, !names.contains(v) { names.append(v) }
            }
        }
        var out = stage
        var joins = ""
        for v in names {
            guard let b = out.bindings[v], b.props == nil, b.kind == .node || b.kind == .relationship else { continue }
            let alias = fresh("pj")
            joins += " LEFT JOIN \(b.kind == .node ? "nodes" : "edges") \(alias) ON \(alias).id = \(b.sql)"
            out.bindings[v]!.props = "\(alias).props"
        }
        return (out, joins)
    }

    private func pagination(_ p: Projection) throws -> String {
        var out = ""
        if let l = p.limit { out += " LIMIT \(try pageCount(l))" } else if p.skip != nil { out += " LIMIT -1" }
        if let s = p.skip { out += " OFFSET \(try pageCount(s))" }
        return out
    }

    /// The SQL of a SKIP or LIMIT count, checked when the query runs (a parameter's value).
    private func pageCount(_ e: Expression) throws -> String {
        if containsVariable(e) {
            throw QueryError(.syntax, "SKIP and LIMIT need a constant expression", at: e.position, code: "NonConstantExpression")
        }
        if case .literal(.int(let n)) = e.kind, n < 0 {
            throw QueryError(.syntax, "SKIP and LIMIT must not be negative", at: e.position, code: "NegativeIntegerArgument")
        }
        if case .literal(let v) = e.kind, !(v.isNull) {
            if case .int = v {} else {
                throw QueryError(.syntax, "SKIP and LIMIT need an integer", at: e.position, code: "InvalidArgumentType")
            }
        }
        return "cy_check_count(\(asValue(try compile(e, ExpressionScope(bindings: [:])))))"
    }

    func containsAggregate(_ e: Expression) -> Bool {
        var found = false
        visit(e) { x in
            if case .countStar = x.kind { found = true }
            if case .call(let n, _, _) = x.kind, Expr.aggregates.contains(n.lowercased()) { found = true }
        }
        return found
    }

    func containsVariable(_ e: Expression) -> Bool {
        var found = false
        visit(e) { x in if case .variable = x.kind { found = true } }
        return found
    }

    /// Calls `f` on `e` and every sub-expression (not into list comprehension bodies' own scope).
    func visit(_ e: Expression, _ f: (Expression) -> Void) {
        f(e)
        switch e.kind {
        case .literal, .parameter, .variable, .countStar, .pattern: break
        case .property(let b, _), .hasLabels(let b, _), .unary(_, let b), .isNull(let b, _): visit(b, f)
        case .list(let l), .comparisonChain(let l, _): l.forEach { visit($0, f) }
        case .call(_, _, let args): args.forEach { visit($0, f) }
        case .map(let m): m.forEach { visit($0.1, f) }
        case .binary(_, let a, let b), .subscript(let a, let b): visit(a, f); visit(b, f)
        case .caseExpr(let s, let w, let o):
            if let s { visit(s, f) }
            for (a, b) in w { visit(a, f); visit(b, f) }
            if let o { visit(o, f) }
        case .listComprehension(_, let s, _, _), .quantifier(_, _, let s, _): visit(s, f)
        }
    }
}
