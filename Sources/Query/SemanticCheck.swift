/// Checks made before any SQL is generated: aggregates only where Cypher allows them, and no
/// clause combination that the compiler would otherwise have to guess at. Variable scoping
/// and kinds are checked while compiling, where the scope is known.
struct SemanticCheck {
    let statement: Statement

    init(_ statement: Statement) { self.statement = statement }

    func run() throws {
        for clause in statement.clauses {
            switch clause {
            case .match(_, let w, _, _):
                if let w { try noAggregate(w, "WHERE") }
            case .with(let p, let w):
                if let w { try noAggregate(w, "WHERE") }
                try checkProjection(p)
            case .returning(let p):
                try checkProjection(p)
            case .unwind(let e, _, _):
                try noAggregate(e, "UNWIND")
            case .set(let items, _):
                for case .property(_, _, let v) in items { try noAggregate(v, "SET") }
            default: break
            }
        }
    }

    private func checkProjection(_ p: Projection) throws {
        let aggregating = p.items.contains { aggregateCount($0.expression) > 0 }
        for s in p.orderBy where aggregateCount(s.expression) > 0 && !aggregating {
            throw QueryError(.syntax, "ORDER BY cannot aggregate when the projection does not", at: s.expression.position, code: "InvalidAggregation")
        }
        for item in p.items where aggregateCount(item.expression) > 0 {
            try ambiguity(item.expression, grouping: p.items.filter { aggregateCount($0.expression) == 0 }.map(\.expression))
        }
    }

    /// `count(*) + n.x` is ambiguous unless `n.x` (or `n`) is itself a grouping key.
    private func ambiguity(_ e: Expression, grouping: [Expression]) throws {
        if aggregateCount(e) > 0 {
            if case .call(let n, _, _) = e.kind, Expr.aggregates.contains(n.lowercased()) { return }
            if case .countStar = e.kind { return }
            for child in children(e) { try ambiguity(child, grouping: grouping) }
            return
        }
        switch e.kind {
        case .variable(let v):
            if !grouping.contains(where: { g in if case .variable(let w) = g.kind { return w == v }; return false }) {
                throw QueryError(.syntax, "`\(v)` must be a grouping key to appear next to an aggregate", at: e.position, code: "AmbiguousAggregationExpression")
            }
        case .property:
            if grouping.contains(where: { $0.text == e.text }) { return }
            for child in children(e) { try ambiguity(child, grouping: grouping) }
        default:
            for child in children(e) { try ambiguity(child, grouping: grouping) }
        }
    }

    private func noAggregate(_ e: Expression, _ clause: String) throws {
        if aggregateCount(e) > 0 {
            throw QueryError(.syntax, "aggregates are not allowed in \(clause)", at: e.position, code: "InvalidAggregation")
        }
    }

    private func aggregateCount(_ e: Expression) -> Int {
        var n = 0
        if case .countStar = e.kind { n += 1 }
        if case .call(let name, _, _) = e.kind, Expr.aggregates.contains(name.lowercased()) { n += 1 }
        for c in children(e) { n += aggregateCount(c) }
        return n
    }

    private func children(_ e: Expression) -> [Expression] {
        switch e.kind {
        case .literal, .parameter, .variable, .countStar, .pattern: return []
        case .property(let b, _), .hasLabels(let b, _), .unary(_, let b), .isNull(let b, _): return [b]
        case .list(let l), .comparisonChain(let l, _): return l
        case .call(_, _, let a): return a
        case .map(let m): return m.map(\.1)
        case .binary(_, let a, let b), .subscript(let a, let b): return [a, b]
        case .caseExpr(let s, let w, let o): return (s.map { [$0] } ?? []) + w.flatMap { [$0.0, $0.1] } + (o.map { [$0] } ?? [])
        case .listComprehension(_, let s, let f, let m): return [s] + (f.map { [$0] } ?? []) + (m.map { [$0] } ?? [])
        case .quantifier(_, _, let s, let p): return [s, p]
        }
    }
}
