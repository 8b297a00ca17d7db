/// A position in the query text, 1-based, as shown to the user.
public struct SourcePosition: Hashable, Sendable {
    public var offset: Int
    public var line: Int
    public var column: Int
}

/// One lexical unit of a Cypher query.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)      // bare or `quoted`; keywords are identifiers matched case-insensitively
        case quotedIdentifier(String)
        case integer(String)         // digits as written (decimal, 0x.., 0o..)
        case float(String)
        case string(String)
        case parameter(String)
        case symbol(String)
        case end
    }
    var kind: Kind
    var position: SourcePosition
    /// Offset just after the token's last character.
    var endOffset: Int

    /// True when this token is the keyword `word` (case-insensitive, never a quoted identifier).
    func isKeyword(_ word: String) -> Bool {
        if case .identifier(let s) = kind { return s.uppercased() == word }
        return false
    }

    func isSymbol(_ s: String) -> Bool {
        if case .symbol(let t) = kind { return t == s }
        return false
    }
}
