import Foundation
import GRDB
import Store

/// Runs openCypher queries against a graph store: parse, check, compile to SQL, run in one
/// transaction (rolled back on any error), decode.
public struct QueryEngine: Sendable {
    public let store: GraphStore
    public var limits: QueryLimits

    public init(store: GraphStore, limits: QueryLimits = QueryLimits()) {
        self.store = store
        self.limits = limits
    }

    /// Runs one statement. `parameters` supply `$name` values; they are bound, never spliced into SQL.
    /// Stops the query running on this store now (e.g. on Ctrl-C in the REPL, from another
    /// thread or a signal handler's dispatch source); it fails with a `Cancelled` LimitExceeded
    /// error and writes nothing.
    public func cancel() { store.writer.interrupt() }

    /// `traceSQL` receives every SQL statement as run (with placeholders, not values).
    public func run(_ text: String, parameters: [String: Value] = [:], traceSQL: (@Sendable (String) -> Void)? = nil) throws -> QueryResult {
        let statement = try Parser.parse(text)
        try SemanticCheck(statement).run()
        let guardTimer = QueryGuard(writer: store.writer, timeout: limits.timeout)
        defer { guardTimer.cancel() }
        let limits = self.limits
        do {
            return try store.writer.writeWithoutTransaction { db in
                SQLFunctions.register(db)
                if let traceSQL { db.trace { traceSQL($0.description) } } else { db.trace(options: [], nil) }
                var result = QueryResult(columns: [], rows: [])
                try db.inTransaction {
                    let compiler = SQLCompiler(db: db, parameters: parameters, limits: limits)
                    let (columns, rows) = try compiler.run(statement)
                    result = QueryResult(columns: columns, rows: try ResultDecoder(db: db).decode(rows))
                    for t in compiler.tempTables { try db.execute(sql: "DROP TABLE IF EXISTS \(t)") }
                    return .commit
                }
                return result
            }
        } catch let e as DatabaseError {
            if guardTimer.fired {
                throw QueryError(.limit, "the query was stopped after \(Int(limits.timeout)) s (the time limit; see --timeout)", code: "Timeout")
            }
            if e.resultCode == .SQLITE_INTERRUPT {
                throw QueryError(.limit, "the query was cancelled", code: "Cancelled")
            }
            if let q = CypherRuntimeError.parse(e.message ?? "") { throw q }
            throw QueryError(.database, e.message ?? "\(e)", code: "DatabaseError")
        }
    }
}
