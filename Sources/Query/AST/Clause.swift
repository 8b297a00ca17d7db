/// One projection item: `expr [AS alias]`.
struct ProjectionItem: Sendable {
    var expression: Expression
    var alias: String?
    var name: String { alias ?? expression.text }
}

struct SortItem: Sendable {
    var expression: Expression
    var descending: Bool
}

/// The body shared by WITH and RETURN.
struct Projection: Sendable {
    var distinct: Bool
    var star: Bool
    var items: [ProjectionItem]
    var orderBy: [SortItem]
    var skip: Expression?
    var limit: Expression?
    var position: SourcePosition
}

enum SetItem: Sendable {
    case property(target: Expression, key: String, value: Expression)
    case replace(variable: String, value: Expression, position: SourcePosition)
    case merge(variable: String, value: Expression, position: SourcePosition)
    case labels(variable: String, labels: [String], position: SourcePosition)
}

enum RemoveItem: Sendable {
    case property(target: Expression, key: String)
    case labels(variable: String, labels: [String], position: SourcePosition)
}

enum Clause: Sendable {
    case match(patterns: [PatternPart], where: Expression?, optional: Bool, position: SourcePosition)
    case unwind(Expression, alias: String, position: SourcePosition)
    case with(Projection, where: Expression?)
    case returning(Projection)
    case create([PatternPart], position: SourcePosition)
    case merge(PatternPart, onCreate: [SetItem], onMatch: [SetItem], position: SourcePosition)
    case set([SetItem], position: SourcePosition)
    case remove([RemoveItem], position: SourcePosition)
    case delete([Expression], detach: Bool, position: SourcePosition)
    case createIndex(label: String, properties: [String], position: SourcePosition)
}

/// A whole statement: its clauses in order.
struct Statement: Sendable {
    var clauses: [Clause]
}
