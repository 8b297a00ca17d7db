/// Checks a query without running it: parse and semantic checks only, no database.
///
/// The fuzz target drives this, and a front end can use it to validate a query as the
/// user types it.
public enum CypherSyntax {
    public static func check(_ text: String) throws {
        try SemanticCheck(Parser.parse(text)).run()
    }
}
