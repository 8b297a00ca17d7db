import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the hot loops of the bulk
/// importer and of ingest, and for the query plans the Query engine runs again: binding
/// values in place and stepping costs a fraction of GRDB's per-statement work (argument
/// boxing, cursor objects, observation hooks). GRDB still owns (and finalises) the statement.
public struct RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    /// SQLite copies the value (the SQLITE_TRANSIENT macro is not imported into Swift).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    public init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection!
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

    /// Binds bytes that stay valid until `step()` (no copy).
    func bind(_ index: Int32, borrowing bytes: UnsafeBufferPointer<UInt8>) {
        bindText(index, bytes, copy: false)
    }

    /// Binds a copy of `bytes`.
    func bind(_ index: Int32, copying bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { bindText(index, $0, copy: true) }
    }

    /// Binds a copy of `text`, all of its UTF-8 bytes (a NUL inside it included).
    func bind(_ index: Int32, copying text: String) {
        var text = text
        text.withUTF8 { bindText(index, $0, copy: true) }
    }

    private func bindText(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, copy: Bool) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            sqlite3_bind_text(handle, index, "", 0, Self.transient)
            return
        }
        sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                          copy ? Self.transient : nil)
    }

    /// Binds a copy of `text`, or NULL.
    func bind(_ index: Int32, copying text: String?) {
        if let text { bind(index, copying: text) } else { bindNull(index) }
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    /// The position of the placeholder `name` (prefix included, as in ":p3"); 0 when absent.
    public func parameterIndex(_ name: String) -> Int32 { sqlite3_bind_parameter_index(handle, name) }

    /// Binds a copy of `value`.
    public func bind(_ index: Int32, _ value: DatabaseValue) {
        switch value.storage {
        case .null: bindNull(index)
        case .int64(let i): bind(index, i)
        case .double(let d): sqlite3_bind_double(handle, index, d)
        case .string(let s): bind(index, copying: s)
        case .blob(let data):
            data.withUnsafeBytes { bytes in
                // a NULL pointer would bind NULL, not an empty blob
                guard let base = bytes.baseAddress, !bytes.isEmpty else { sqlite3_bind_zeroblob(handle, index, 0); return }
                sqlite3_bind_blob(handle, index, base, Int32(bytes.count), Self.transient)
            }
        }
    }

    /// Every row of a query, its columns as GRDB values; then resets. A failure throws GRDB's
    /// DatabaseError with SQLite's code, so that an interrupt is told from an error as with
    /// GRDB's own statements.
    public func allRows() throws -> [[DatabaseValue]] {
        defer { sqlite3_reset(handle) }
        let columns = sqlite3_column_count(handle)
        var rows: [[DatabaseValue]] = []
        while true {
            let rc = sqlite3_step(handle)
            if rc == SQLITE_DONE { return rows }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)),
                                    sql: String(cString: sqlite3_sql(handle)))
            }
            var row: [DatabaseValue] = []
            row.reserveCapacity(Int(columns))
            for column in 0..<columns { row.append(DatabaseValue(sqliteStatement: handle, index: column)) }
            rows.append(row)
        }
    }

    /// Runs the statement once and resets it; on failure, SQLite's message.
    func step() -> StepResult {
        let rc = sqlite3_step(handle)
        defer { sqlite3_reset(handle) }
        if rc == SQLITE_DONE { return .done }
        let message = String(cString: sqlite3_errmsg(connection))
        return (rc & 0xFF) == SQLITE_CONSTRAINT ? .constraint(message) : .failed(message)
    }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

    /// Rows the last finished statement inserted, updated or deleted.
    var changes: Int32 { sqlite3_changes(connection) }

    /// Runs a statement that returns no rows; a failure throws SQLite's message.
    public func execute() throws {
        switch step() {
        case .done: return
        case .constraint(let message), .failed(let message): throw RawStatementError(message: message)
        }
    }

    /// Runs a query, handing each row to `read` until it returns false, then resets.
    public func forEachRow(_ read: (Row) throws -> Bool) throws {
        defer { sqlite3_reset(handle) }
        while true {
            let rc = sqlite3_step(handle)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else { throw RawStatementError(message: String(cString: sqlite3_errmsg(connection))) }
            guard try read(Row(handle: handle)) else { return }
        }
    }

    /// The first row of a query, read by `read`; nil when the query returns none.
    public func firstRow<T>(_ read: (Row) -> T) throws -> T? {
        var first: T?
        try forEachRow { row in
            first = read(row)
            return false
        }
        return first
    }

    /// The current row of a query being stepped; valid only inside `forEachRow`.
    public struct Row {
        fileprivate let handle: OpaquePointer

        public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

        /// A column's text as the UTF-8 bytes SQLite holds, valid until the next step; empty
        /// when it is NULL.
        public func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
            let start = sqlite3_column_text(handle, column)
            return UnsafeBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(handle, column)))
        }

        /// A column's text; nil when it is NULL.
        public func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(handle, column) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
    }

    enum StepResult: Equatable {
        case done
        case constraint(String)
        case failed(String)
    }
}

/// A statement that failed, with SQLite's message (the caller knows which article or row).
struct RawStatementError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
