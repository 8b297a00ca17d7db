import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// Limits that keep one query from running away: the longest variable-length expansion
/// (an unbounded `*` means up to `maxHops`) and the wall-clock time a query may take; and
/// how far one query may spread over the machine's cores (see `PartitionedAggregation`).
public struct QueryLimits: Sendable {
    public var maxHops: Int
    public var timeout: TimeInterval
    /// Connections an aggregation may run on at once (1: never split).
    public var workers: Int
    /// Nodes the label a split aggregation starts from must have at least: below it, threads
    /// and the hand-over of groups cost more than they save.
    public var parallelMinimumNodes: Int

    public static let defaultMaxHops = 15
    public static let defaultTimeout: TimeInterval = 30
    /// One worker per core, at most 4 (SQLite readers share one file and one page cache size).
    public static let defaultWorkers = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4)
    public static let defaultParallelMinimumNodes = 20_000

    public init(maxHops: Int = QueryLimits.defaultMaxHops, timeout: TimeInterval = QueryLimits.defaultTimeout,
                workers: Int = QueryLimits.defaultWorkers, parallelMinimumNodes: Int = QueryLimits.defaultParallelMinimumNodes) {
        self.maxHops = maxHops
        self.timeout = timeout
        self.workers = workers
        self.parallelMinimumNodes = parallelMinimumNodes
    }
}

/// Stops a query that outlives its time limit: while it runs, SQLite's progress handler
/// looks at the clock every 1,000 virtual-machine instructions and, past the deadline,
/// makes the running statement fail with SQLITE_INTERRUPT, which the engine reports as a
/// LimitExceeded error. Nothing is scheduled per query (a timer per query cost more than
/// the quickest queries themselves).
final class QueryGuard: @unchecked Sendable {
    private let deadline: UInt64
    /// Set on the query's own thread, read after it returns.
    private(set) var fired = false

    init(timeout: TimeInterval) {
        let nanoseconds = UInt64(min(max(timeout, 0), 1e9) * 1e9)
        deadline = DispatchTime.now().uptimeNanoseconds + nanoseconds
    }

    /// Runs `body` with the handler installed on `db`'s connection.
    func watch<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let connection = db.sqliteConnection
        sqlite3_progress_handler(connection, 1000, { context in
            let watcher = Unmanaged<QueryGuard>.fromOpaque(context!).takeUnretainedValue()
            if DispatchTime.now().uptimeNanoseconds < watcher.deadline { return 0 }
            watcher.fired = true
            return 1
        }, Unmanaged.passUnretained(self).toOpaque())
        defer { sqlite3_progress_handler(connection, 0, nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}
