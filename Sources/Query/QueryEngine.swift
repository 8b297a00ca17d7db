import Foundation
import GRDB
import Store

/// Runs openCypher queries against a graph store: parse, check, compile to SQL, run in one
/// transaction (rolled back on any error), decode. Read-only queries are compiled once per
/// text and parameter types and their plans reused (see CompiledPlan).
public struct QueryEngine: Sendable {
    public let store: GraphStore
    public var limits: QueryLimits
    private let plans = PlanCache()

    public init(store: GraphStore, limits: QueryLimits = QueryLimits()) {
        self.store = store
        self.limits = limits
    }

    /// Stops the query running on this store now (e.g. on Ctrl-C in the REPL, from another
    /// thread or a signal handler's dispatch source); it fails with a `Cancelled` LimitExceeded
    /// error and writes nothing.
    public func cancel() { store.writer.interrupt() }

    /// Runs one statement. `parameters` supply `$name` values; they are bound, never spliced into SQL.
    /// `traceSQL` receives every SQL statement as run (with placeholders, not values).
    public func run(_ text: String, parameters: [String: Value] = [:], traceSQL: (@Sendable (String) -> Void)? = nil) throws -> QueryResult {
        let key = PlanCache.Key(text, parameters, maxHops: limits.maxHops)
        let cached = plans.plan(key)
        let statement = cached == nil ? try Self.parse(text) : nil
        let guardTimer = QueryGuard(timeout: limits.timeout)
        do {
            return try store.writer.writeWithoutTransaction { db in
                let transaction = try plans.connection(db)
                if let traceSQL { db.trace { traceSQL($0.description) } }
                defer { if traceSQL != nil { db.trace(options: [], nil) } }
                return try guardTimer.watch(db) {
                    if let cached, let result = try runPlan(cached, key, db, transaction, parameters, guardTimer) { return result }
                    plans.forget(key)
                    let parsed = try statement ?? Self.parse(text)
                    if let result = try compileAndRun(parsed, key, db, transaction, parameters) { return result }
                    // a split plan runs as cached plans do; should a write break its facts meanwhile, serially
                    if let plan = plans.plan(key), let result = try runPlan(plan, key, db, transaction, parameters, guardTimer) { return result }
                    plans.forget(key)
                    return try compileAndRun(parsed, key, db, transaction, parameters, split: false)!
                }
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

    private static func parse(_ text: String) throws -> Statement {
        let statement = try Parser.parse(text)
        try SemanticCheck(statement).run()
        return statement
    }

    /// A cached plan's result, or nil when the facts it relied on no longer hold. A read-only
    /// plan needs no write lock: a deferred transaction keeps its reads consistent. The facts
    /// are checked again only when something was written since they last held (the check
    /// comes after the rows, so it sees the snapshot they were read from).
    private func runPlan(_ plan: CompiledPlan, _ key: PlanCache.Key, _ db: Database, _ transaction: ReadTransaction, _ parameters: [String: Value],
                         _ guardTimer: QueryGuard) throws -> QueryResult? {
        do {
            return try runPlanOnce(plan, key, db, transaction, parameters, guardTimer)
        } catch let e as DatabaseError where e.message?.hasPrefix("no such index") == true {
            return nil  // an index the plan names (EdgeTypeIndexes) was dropped since it was compiled
        }
    }

    private func runPlanOnce(_ plan: CompiledPlan, _ key: PlanCache.Key, _ db: Database, _ transaction: ReadTransaction, _ parameters: [String: Value],
                             _ guardTimer: QueryGuard) throws -> QueryResult? {
        let values = plan.values(parameters)
        let split = try shares(plan, values, db, transaction, guardTimer)
        try transaction.start()
        do {
            let rows: [[DatabaseValue]]
            if let (parallel, groups, version) = split, try transaction.dataVersion() == version {
                try parallel.handOver(db, groups)
                rows = try plan.statements.rows(db, .merge, sql: parallel.finalSQL, values)
            } else {
                rows = try plan.statements.rows(db, .plan, sql: plan.sql, values)
            }
            if !plan.facts.isEmpty {
                let now = try PlanCache.WriteMark(db, transaction)
                if plans.checked(key) != now {
                    guard try plan.holds(db) else {
                        try transaction.end()
                        return nil
                    }
                    plans.check(key, at: now)
                }
            }
            let result = QueryResult(columns: plan.columns, rows: try ResultDecoder(db: db).decode(rows))
            try transaction.end()
            return result
        } catch {
            if !db.isInsideTransaction { throw error }
            try? db.execute(sql: "ROLLBACK TRANSACTION")
            throw error
        }
    }

    /// The groups of a split aggregation, one share per worker on the pool's readers, with the
    /// store's `data_version` from before they started (see PartitionedAggregation); nil when
    /// the plan is not split or the store has a single connection.
    private func shares(_ plan: CompiledPlan, _ values: [String: DatabaseValue], _ db: Database, _ transaction: ReadTransaction,
                        _ guardTimer: QueryGuard)
        throws -> (PartitionedAggregation, [[[DatabaseValue]]], Int64)?
    {
        guard let parallel = plan.parallel, limits.workers > 1, let pool = store.writer as? DatabasePool else { return nil }
        let version = try transaction.dataVersion()
        let parts = limits.workers * parallel.sharesPerWorker
        let groups = try PartitionedAggregation.runShares(parts) { part in
            try pool.read { reader in
                SQLFunctions.register(reader)   // readers come and go: the pool may close and reopen them
                return try guardTimer.watch(reader) {
                    try plan.rows(reader, sql: parallel.shareSQL, parallel.arguments(values, part: part, of: parts))
                }
            }
        }
        return (parallel, groups, version)
    }

    /// Compiles and runs the statement in one transaction; nil when it compiled to a split plan
    /// (see PartitionedAggregation), which is cached for the caller to run.
    private func compileAndRun(_ statement: Statement, _ key: PlanCache.Key, _ db: Database, _ transaction: ReadTransaction, _ parameters: [String: Value],
                               split: Bool = true) throws -> QueryResult? {
        var result: QueryResult? = nil
        var limits = limits
        if !split { limits.workers = 1 }
        try db.inTransaction {
            let compiler = SQLCompiler(db: db, parameters: parameters, limits: limits)
            let (columns, sql) = try compiler.run(statement)
            var rows: [[DatabaseValue]] = []
            if let sql, let plan = compiler.plan(columns: columns, sql: sql), plan.parallel != nil {
                plans.store(plan, for: key)
                return .commit
            }
            if let sql, let plan = compiler.plan(columns: columns, sql: sql) {
                // prepared for the plan's next runs (the first after compiling stood out in timings)
                rows = try plan.statements.rows(db, .plan, sql: sql, plan.values(parameters))
                plans.store(plan, for: key)
                // the compiler read the facts in this transaction: they hold as of now
                if !plan.facts.isEmpty { plans.check(key, at: try PlanCache.WriteMark(db, transaction)) }
            } else if let sql {
                rows = try Row.fetchAll(db, sql: sql, arguments: compiler.arguments(for: sql)).map { row in
                    (0..<columns.count).map { row[$0] as DatabaseValue }
                }
            }
            result = QueryResult(columns: columns, rows: try ResultDecoder(db: db).decode(rows))
            for t in compiler.tempTables { try db.execute(sql: "DROP TABLE IF EXISTS \(t)") }
            return .commit
        }
        return result
    }
}
