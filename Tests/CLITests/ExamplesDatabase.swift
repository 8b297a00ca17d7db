import Foundation

/// One database of the five examples, ingested once per test run and shared (read-only)
/// by the tests that query it.
enum ExamplesDatabase {
    static let path: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-examples-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let db = dir.appendingPathComponent("examples.sqlite").path
        _ = try? CLI.run(["ingest", "--db", db, CLI.examples])
        atexit { try? FileManager.default.removeItem(atPath: (ExamplesDatabase.path as NSString).deletingLastPathComponent) }
        return db
    }()

    /// Runs a query with `--format json` and decodes `{"columns", "rows"}`.
    static func query(_ cypher: String, _ extra: [String] = []) throws -> (columns: [String], rows: [[Any]]) {
        let result = try CLI.run(["query", "--db", path, "--format", "json", cypher] + extra)
        guard result.status == 0,
              let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let columns = object["columns"] as? [String], let rows = object["rows"] as? [[Any]]
        else { throw QueryFailed(output: result.stdout + result.stderr) }
        return (columns, rows)
    }

    struct QueryFailed: Error { var output: String }
}
