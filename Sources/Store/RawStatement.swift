import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the bulk importer's hot loop:
/// binding CSV bytes in place and stepping costs a fraction of GRDB's argument boxing.
/// GRDB still owns (and finalises) the statement.
struct RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    /// SQLite copies the value (the SQLITE_TRANSIENT macro is not imported into Swift).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection!
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

    /// Binds bytes that stay valid until `step()` (no copy).
    func bind(_ index: Int32, borrowing bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            sqlite3_bind_text(handle, index, "", 0, Self.transient)
            return
        }
        sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    }

    /// Binds a copy of `bytes`.
    func bind(_ index: Int32, copying bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                _ = sqlite3_bind_text(handle, index, $0, Int32(b.count), Self.transient)
            }
        }
    }

    func bind(_ index: Int32, copying text: String) {
        sqlite3_bind_text(handle, index, text, -1, Self.transient)
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

    enum StepResult: Equatable {
        case done
        case constraint(String)
        case failed(String)
    }
}
