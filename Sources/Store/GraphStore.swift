import CSQLFunctions
import ClaimGraphCore
import Foundation
import GRDB

/// The SQLite file that holds the graph: opened in WAL mode with foreign keys on and a
/// busy timeout, so that readers (the REPL, a second process) never block an ingest.
public final class GraphStore: Sendable {
    public let path: String
    public let writer: any DatabaseWriter

    /// How long a connection waits for a lock before reporting "database is locked".
    public static let busyTimeout: TimeInterval = 30
    /// Page cache ceiling per reading connection (256 MiB).
    public static let cacheKiB = 262_144
    /// Page cache ceiling of the writing connection (64 MiB). Pages in the database file are
    /// read through mmap without a cache slot, but an ingest defers checkpoints, so every
    /// page it wrote lives in the write-ahead log, and each one read again past the cache is
    /// a `pread` of the log: at 32 MiB an ingest of the corpus spent 1.64-1.75 s in the
    /// kernel, at 64 MiB 1.30-1.36 s (runs side by side, peak memory 197 -> 236 MB). At
    /// 256 MiB the kernel zeroed each new cache page: 80,000 page faults, about a third of
    /// the ingest's system time.
    public static let writerCacheKiB = 65_536
    /// Bytes of the file read through mmap (16 GiB, which SQLite lowers to the most its build
    /// allows: 2 GiB on Debian). Pages past the mapped part are copied through the page
    /// cache; a store of the bench's M graph with its per-type indexes is past 1 GiB.
    public static let mmapBytes = 1 << 34

    /// Page size of a new store, in bytes. Corpus ingest side by side with 4 KiB pages
    /// (user+sys CPU-s, alternating, on a shared machine): 21.62/17.39, 18.05/16.40,
    /// 18.48/17.50, 21.45/22.65, 22.00/22.03, 19.33/16.52 (means 20.2/18.8), the kernel's
    /// share lower in each of the first three (1.43/0.78, 0.91/0.80, 0.99/0.82); the bench's
    /// six questions at scale S took about as long (as Cypher: Q1 39.8 -> 35.3 ms, Q5 167 -> 142
    /// ms, Q6 6.3 -> 8.6 ms). SQLite ignores it for a file that already has pages.
    public static let pageSize = 16_384

    /// Done once, before the process's first connection (see memory_statistics.c).
    private static let memoryStatisticsOff: Void = { _ = cg_disable_memory_statistics() }()

    public init(path: String) throws {
        GraphStore.memoryStatisticsOff
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(GraphStore.busyTimeout)
        config.prepareDatabase { db in
            // A large page cache and memory-mapped reads: graph queries revisit index pages
            // far more than they write, and both limits are ceilings, not allocations.
            // Pages of 16 KiB in a new file (an existing one keeps its size): an ingest of the
            // corpus writes each article's body, claims and index entries through fewer pages
            // and WAL frames (see `pageSize`).
            try db.execute(sql: """
                PRAGMA page_size = \(GraphStore.pageSize); PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;
                PRAGMA cache_size = -\(GraphStore.cacheKiB); PRAGMA mmap_size = \(GraphStore.mmapBytes)
                """)
        }
        do {
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: config)
            } else {
                writer = try DatabasePool(path: path, configuration: config)
                try writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA cache_size = -\(GraphStore.writerCacheKiB)")
                }
            }
        } catch {
            throw StoreError.cannotOpen(path: path, reason: String(describing: error))
        }
        try migrate()
    }

    private func migrate() throws {
        let migrator = Schema.migrator
        try writer.write { db in
            let applied = try migrator.appliedIdentifiers(db)
            let known = Set(migrator.migrations)
            if !applied.isSubset(of: known) {
                throw StoreError.newerSchema(path: path, found: applied.count, supported: Schema.version)
            }
        }
        try migrator.migrate(writer)
        try writer.write { db in try db.execute(sql: "PRAGMA user_version = \(Schema.version)") }
    }

    /// Records which labels each relationship type's ends always have, so that read-only
    /// queries can skip the label checks the data guarantees (see `EdgeEndLabels`). Ingest
    /// calls it once at the end; any later write that could break a fact removes it.
    public func refreshEdgeEndLabels() throws {
        try writer.write { db in try EdgeEndLabels.recompute(db) }
    }

    /// Gives each stored relationship type its own indexes (see `EdgeTypeIndexes`); ingest
    /// and import call it once at the end, as a sort of each type's rows beats keeping two
    /// more B-trees in order row by row.
    public func indexEdgeTypes() throws {
        try writer.write { db in try EdgeTypeIndexes.create(db) }
    }

    /// Gives `types` their indexes now, stored or not, before an ingest that writes them:
    /// keeping the two B-trees of a type in order row by row costs less than building them
    /// afterwards, which reads every relationship once per index and sorts the type's rows
    /// (16 indexes over the corpus's 294,761 relationships: 2.7 G instructions kept up as
    /// they were inserted, 4.0 G built at the end, in the `sqlite3` shell).
    public func indexEdgeTypes(_ types: [String]) throws {
        try writer.write { db in try EdgeTypeIndexes.create(db, types: types) }
    }

    /// Forgets every label fact, and drops the triggers that guard them, before an ingest
    /// that will recompute them: while a fact of a type exists, each new relationship of
    /// that type runs the trigger that checks it, which made storing an article into a
    /// store ingested before a third dearer; and the mere presence of the triggers makes
    /// each relationship insert keep a statement journal (see `EdgeEndLabels.suspend`).
    /// An ingest that stops half-way leaves no facts, which only costs query speed.
    public func dropEdgeEndLabels() throws {
        try writer.write { db in try EdgeEndLabels.suspend(db) }
    }

    /// Lets the write-ahead log grow over a bulk ingest instead of copying it into the file
    /// after every batch (SQLite's default checkpoints once the log passes 1,000 pages, which
    /// a batch of articles always does): the index and full-text pages each batch rewrites are
    /// then copied once, by `checkpoint()` at the end, not once per batch.
    public func deferCheckpoints() throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
    }

    /// Copies the write-ahead log into the file and empties it, and restores the automatic
    /// checkpoints `deferCheckpoints()` suspended.
    public func checkpoint() throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(GraphStore.autocheckpointPages)")
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// SQLite's default: a checkpoint once the log holds this many pages.
    static let autocheckpointPages = 1000

    /// The schema version recorded in the file.
    public func schemaVersion() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }
}
