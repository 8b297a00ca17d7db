/// A Cypher expression node. Children are full `Expression`s so every sub-expression keeps
/// its own position for error messages.
indirect enum Expr: Sendable {
    case literal(Value)
    case parameter(String)
    case variable(String)
    case property(Expression, String)
    case hasLabels(Expression, [String])
    case list([Expression])
    case map([(String, Expression)])
    case unary(String, Expression)                  // NOT, -, +
    case binary(String, Expression, Expression)     // AND OR XOR = <> < <= > >= + - * / % ^ IN STARTS WITH ENDS WITH CONTAINS =~
    case comparisonChain([Expression], [String])
    case isNull(Expression, negated: Bool)
    case call(name: String, distinct: Bool, args: [Expression])
    case countStar
    case caseExpr(subject: Expression?, whens: [(Expression, Expression)], otherwise: Expression?)
    case pattern(PatternPart)
    case listComprehension(variable: String, source: Expression, filter: Expression?, map: Expression?)
    /// all / any / none / single (x IN list WHERE predicate)
    case quantifier(String, variable: String, source: Expression, predicate: Expression)
    case `subscript`(Expression, Expression)
}

/// An expression with the position of its first token and the text it was written as
/// (an unaliased RETURN item is named after its text).
struct Expression: Sendable {
    var kind: Expr
    var position: SourcePosition
    var text: String
}

extension Expr {
    /// Aggregate functions recognised in projections.
    static let aggregates: Set<String> = ["count", "collect", "sum", "avg", "min", "max"]
}
