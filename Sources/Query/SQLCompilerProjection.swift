import GRDB

/// WITH, RETURN and UNWIND. A projection is one SELECT over the current stage: GROUP BY
/// the non-aggregate items when any item aggregates, ORDER BY Cypher's sort keys, and
/// SKIP/LIMIT pushed into SQL so SQLite can stop early.
extension SQLCompiler {
    func compileUnwind(_ e: Expression, alias: String, on stage: Stage, at pos: SourcePosition) throws -> Stage {
        if stage.bindings[alias] != nil {
            throw QueryError(.syntax, "variable `\(alias)` is already bound", at: pos, code: "VariableAlreadyBound")
        }
        let list = asValue(try compile(e, ExpressionScope(bindings: stage.bindings)))
        var bindings = stage.bindings
        bindings[alias] = Binding(sql: SQLCompiler.jsonEachItem("j"), kind: .value)
        return self.stage(selecting: stage.order + [alias], bindings,
                          body: "FROM \(stage.table) s, json_each(cy_aslist(\(list))) j")
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

    func compileReturn(_ p: Projection, on stage: Stage) throws -> (columns: [String], rows: [[DatabaseValue]]) {
        let (items, names) = try expandItems(p, stage, requireAliases: false)
        let out = try project(p, items, on: stage)
        let cols = out.order.map { asValue(Compiled(sql: out.bindings[$0]!.sql, kind: out.bindings[$0]!.kind)) }
        let sql = ctePrefix + "SELECT \(cols.isEmpty ? "1" : cols.joined(separator: ", ")) FROM \(out.table) s"
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments(for: sql)).map { row in
            (0..<names.count).map { row[$0] as DatabaseValue }
        }
        return (names, rows)
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
    private func project(_ p: Projection, _ items: [ProjectionItem], on stage: Stage, where whereExpr: Expression? = nil) throws -> Stage {
        let scope = ExpressionScope(bindings: stage.bindings, allowAggregates: true, allowPatterns: false)
        var compiled: [Compiled] = []
        var aggregating: [Bool] = []
        for item in items {
            compiled.append(try compile(item.expression, scope))
            aggregating.append(containsAggregate(item.expression))
        }
        let grouped = aggregating.contains(true)
        var bindings: [String: Binding] = [:]
        for (i, item) in items.enumerated() {
            let c = compiled[i]
            bindings[item.name] = Binding(sql: c.sql, kind: c.kind, staticType: c.staticType)
        }
        let order = items.map(\.name)
        var body = "FROM \(stage.table) s"
        if grouped {
            let keys = items.indices.filter { !aggregating[$0] }.map { "\($0 + 1)" }
            if !keys.isEmpty { body += " GROUP BY " + keys.joined(separator: ", ") }
        }
        let page = try pagination(p)
        var mixedScope = ExpressionScope(bindings: stage.bindings, allowAggregates: false)
        for (name, b) in bindings { mixedScope.bindings[name] = b }
        if let w = whereExpr {
            body += " WHERE (\(try asPredicate(try compile(w, mixedScope), at: w))) = 1"
        }
        if p.orderBy.isEmpty {
            return self.stage(selecting: order, bindings, body: body + page, distinct: p.distinct)
        }
        if grouped || p.distinct {
            // ORDER BY sees only the projected columns: sort the projection's own rows.
            let inner = self.stage(selecting: order, bindings, body: body, distinct: p.distinct)
            let keys = try sortKeys(p.orderBy, ExpressionScope(bindings: inner.bindings, allowAggregates: false), items: items, columns: inner)
            return self.stage(selecting: order, inner.bindings, body: "FROM \(inner.table) s ORDER BY \(keys)" + page)
        }
        // ORDER BY may also use variables the projection drops.
        let keys = try sortKeys(p.orderBy, mixedScope, items: items, columns: nil)
        return self.stage(selecting: order, bindings, body: body + " ORDER BY \(keys)" + page)
    }

    private func sortKeys(_ orderBy: [SortItem], _ scope: ExpressionScope, items: [ProjectionItem], columns: Stage?) throws -> String {
        try orderBy.map { s in
            var c: Compiled
            do {
                c = try compile(columns == nil ? s.expression : ProjectionItem.inTermsOf(items, s.expression), scope)
            } catch let e as QueryError where e.detail == "UndefinedVariable" && columns != nil {
                throw QueryError(.syntax, "ORDER BY after DISTINCT or aggregation may only use projected columns", at: e.position, code: "UndefinedVariable")
            }
            let key = c.kind == .node || c.kind == .relationship ? c.sql : "cy_sortkey(\(asValue(c)))"
            return key + (s.descending ? " DESC" : "")
        }.joined(separator: ", ")
    }

    private func pagination(_ p: Projection) throws -> String {
        func count(_ e: Expression) throws -> String {
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
        var out = ""
        if let l = p.limit { out += " LIMIT \(try count(l))" } else if p.skip != nil { out += " LIMIT -1" }
        if let s = p.skip { out += " OFFSET \(try count(s))" }
        return out
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
