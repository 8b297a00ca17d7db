/// Rebuilds an expression bottom-up, letting `f` replace any sub-expression (`f` returns nil
/// to keep it). Used to read ORDER BY / WHERE after aggregation in terms of projected columns.
func rewrite(_ e: Expression, _ f: (Expression) -> Expression?) -> Expression {
    if let r = f(e) { return r }
    var out = e
    func r(_ x: Expression) -> Expression { rewrite(x, f) }
    switch e.kind {
    case .literal, .parameter, .variable, .countStar, .pattern: break
    case .property(let b, let k): out.kind = .property(r(b), k)
    case .hasLabels(let b, let l): out.kind = .hasLabels(r(b), l)
    case .unary(let op, let b): out.kind = .unary(op, r(b))
    case .isNull(let b, let n): out.kind = .isNull(r(b), negated: n)
    case .list(let l): out.kind = .list(l.map(r))
    case .comparisonChain(let l, let ops): out.kind = .comparisonChain(l.map(r), ops)
    case .call(let n, let d, let a): out.kind = .call(name: n, distinct: d, args: a.map(r))
    case .map(let m): out.kind = .map(m.map { ($0.0, r($0.1)) })
    case .binary(let op, let a, let b): out.kind = .binary(op, r(a), r(b))
    case .subscript(let a, let b): out.kind = .subscript(r(a), r(b))
    case .caseExpr(let s, let w, let o): out.kind = .caseExpr(subject: s.map(r), whens: w.map { (r($0.0), r($0.1)) }, otherwise: o.map(r))
    case .listComprehension(let v, let s, let fl, let m): out.kind = .listComprehension(variable: v, source: r(s), filter: fl, map: m)
    case .quantifier(let q, let v, let s, let p): out.kind = .quantifier(q, variable: v, source: r(s), predicate: p)
    }
    return out
}

extension ProjectionItem {
    /// `e` with every sub-expression written like one of `items` replaced by that item's column.
    static func inTermsOf(_ items: [ProjectionItem], _ e: Expression) -> Expression {
        rewrite(e) { x in
            // only names, properties and aggregates are read as columns: `a + b + count(*)` stays ambiguous
            switch x.kind {
            case .variable, .property, .call, .countStar: break
            default: return nil
            }
            guard let item = items.first(where: { $0.expression.text == x.text }) else { return nil }
            if case .variable(let v) = x.kind, v == item.name { return nil }
            return Expression(kind: .variable(item.name), position: x.position, text: item.name)
        }
    }
}
