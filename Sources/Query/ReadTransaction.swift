import GRDB
import Store

/// The statements around a cached plan's run on the writer connection, prepared once: BEGIN,
/// COMMIT and `PRAGMA data_version` (see PlanStatements for why not through GRDB).
struct ReadTransaction {
    private let begin: RawStatement
    private let commit: RawStatement
    private let version: RawStatement

    init(_ db: Database) throws {
        begin = try RawStatement(db, sql: "BEGIN DEFERRED TRANSACTION")
        commit = try RawStatement(db, sql: "COMMIT TRANSACTION")
        version = try RawStatement(db, sql: "PRAGMA data_version")
    }

    func start() throws { try begin.execute() }

    func end() throws { try commit.execute() }

    /// Commits by other connections so far; inside a transaction, as of the state it reads.
    func dataVersion() throws -> Int64 { try version.firstRow { $0.int64(0) } ?? 0 }
}
