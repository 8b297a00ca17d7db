/// The parser is recursive descent: each bracket or prefix operator is a stack frame.
/// Queries nested deeper than any real question are refused before parsing, so hostile
/// input (found by fuzzing: hundreds of `(` and `-`) gets a SyntaxError, not a stack overflow.
enum NestingLimit {
    /// Deepest bracket nesting (`(`, `[`, `{`) and longest run of prefix operators accepted.
    static let maxDepth = 100

    static func check(_ tokens: [Token]) throws {
        var depth = 0, prefixRun = 0
        for token in tokens {
            if token.isSymbol("(") || token.isSymbol("[") || token.isSymbol("{") {
                depth += 1
            } else if token.isSymbol(")") || token.isSymbol("]") || token.isSymbol("}") {
                depth = max(0, depth - 1)
            }
            let prefix = token.isSymbol("-") || token.isSymbol("+") || token.isKeyword("NOT")
            prefixRun = prefix ? prefixRun + 1 : 0
            if depth > maxDepth || prefixRun > maxDepth {
                throw QueryError(.syntax, "the query nests deeper than \(maxDepth) levels", at: token.position, code: "NestingTooDeep")
            }
        }
    }
}
