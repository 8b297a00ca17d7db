/// A query failure a user can act on: its kind (as the openCypher TCK names it), a one-line
/// message, and where in the query text it happened.
public struct QueryError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case semantic = "SemanticError"
        case type = "TypeError"
        case argument = "ArgumentError"
        case entityNotFound = "EntityNotFound"
        case constraint = "ConstraintVerificationFailed"
        case parameterMissing = "ParameterMissing"
        case limit = "LimitExceeded"
        case database = "DatabaseError"
    }

    public var kind: Kind
    public var message: String
    /// A short machine-readable reason, e.g. `UndefinedVariable` (the TCK's "detail").
    public var detail: String
    public var position: SourcePosition?

    public init(_ kind: Kind, _ message: String, at position: SourcePosition? = nil, code: String? = nil) {
        self.kind = kind
        self.message = message
        self.position = position
        self.detail = code ?? kind.rawValue
    }

    public var line: Int? { position?.line }
    public var column: Int? { position?.column }

    public var description: String { "\(kind.rawValue): \(message)" + (position.map { " (line \($0.line), column \($0.column))" } ?? "") }

    /// The message, the offending line of `query`, and a caret under the column.
    public func rendered(in query: String) -> String {
        guard let p = position else { return description }
        let lines = query.split(separator: "\n", omittingEmptySubsequences: false)
        guard p.line - 1 < lines.count else { return description }
        let text = String(lines[p.line - 1])
        let caret = String(repeating: " ", count: max(0, p.column - 1)) + "^"
        return "\(description)\n  \(text)\n  \(caret)"
    }
}

/// Errors raised inside SQL functions travel through SQLite as text; this prefix marks them.
enum CypherRuntimeError {
    static let marker = "cypher\u{1}"

    static func message(_ kind: QueryError.Kind, _ code: String, _ text: String) -> String {
        "\(marker)\(kind.rawValue)\u{1}\(code)\u{1}\(text)"
    }

    /// Recovers a QueryError from an SQLite error message written by `message`.
    static func parse(_ sqliteMessage: String) -> QueryError? {
        guard let r = sqliteMessage.range(of: marker) else { return nil }
        let parts = sqliteMessage[r.upperBound...].split(separator: "\u{1}", maxSplits: 2).map(String.init)
        guard parts.count == 3, let kind = QueryError.Kind(rawValue: parts[0]) else { return nil }
        return QueryError(kind, parts[2], code: parts[1])
    }
}

/// An error thrown from an SQL function implemented in Swift.
struct CypherFunctionError: Error, CustomStringConvertible {
    let kind: QueryError.Kind
    let code: String
    let text: String
    init(_ kind: QueryError.Kind, _ code: String, _ text: String) { self.kind = kind; self.code = code; self.text = text }
    var description: String { CypherRuntimeError.message(kind, code, text) }
}
