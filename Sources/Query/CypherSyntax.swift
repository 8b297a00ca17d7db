/// Checks a query without running it: parse and semantic checks only, no database.
///
/// The fuzz target drives this, and front ends use it to validate a query before
/// running it (a drawing command must not change the graph).
public enum CypherSyntax {
    public static func check(_ text: String) throws {
        try SemanticCheck(Parser.parse(text)).run()
    }

    /// Whether the statement would change the graph (CREATE, MERGE, SET, REMOVE, DELETE, CREATE INDEX).
    public static func writes(_ text: String) throws -> Bool {
        try Parser.parse(text).clauses.contains { clause in
            switch clause {
            case .match, .unwind, .with, .returning: return false
            case .create, .merge, .set, .remove, .delete, .createIndex: return true
            }
        }
    }
}
