import GRDB

/// Statements inserting several rows at once, by row count, largest first: an article's
/// rows of one table go in through as few statements as possible (the last takes one row,
/// so some size always fits), in their order, so with the row ids inserting them one by
/// one would give. A statement's own cost (cursors opened on the table and each of its
/// indexes, halt, reset) was a third of a provenance row's; up to 16 rows at once and the
/// rest one by one cost 7% more.
///
/// `OR FAIL` (or `OR IGNORE`): a statement of several rows that may stop at a constraint
/// makes SQLite keep a statement journal (a copy of every page the statement touches) to
/// undo its earlier rows; failing leaves them, which is as good here, since a failed store
/// rolls back the whole transaction. The journal cost 4% of storing an article.
struct ChunkedInsert {
    private let statements: [(rows: Int, statement: RawStatement)]
    private let columns: Int32
    static let chunks = [64, 16, 4, 1]

    /// `insert` is the statement up to `VALUES`, e.g. `INSERT OR FAIL INTO t(a, b) VALUES`.
    init(_ db: Database, _ insert: String, columns: Int) throws {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        statements = try Self.chunks.map { n in
            (n, try RawStatement(db, sql: insert + " " + Array(repeating: row, count: n).joined(separator: ",")))
        }
        self.columns = Int32(columns)
    }

    /// Inserts `count` rows; `bind(statement, first, i)` binds row `i`'s values from
    /// parameter `first` on.
    func insert(_ count: Int, bind: (RawStatement, Int32, Int) -> Void) throws {
        var done = 0
        while done < count {
            let (n, statement) = statements.first { $0.rows <= count - done }!
            for k in 0..<n { bind(statement, columns * Int32(k) + 1, done + k) }
            try statement.execute()
            done += n
        }
    }
}
