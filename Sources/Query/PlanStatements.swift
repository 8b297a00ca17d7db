import Foundation
import GRDB
import Store

/// A cached plan's statements, prepared once on the connection that runs them and driven
/// through SQLite's C API (Store's RawStatement). Through GRDB, each run of a quick query
/// hashed its whole SQL text to find the cached statement, boxed its arguments in a
/// dictionary and copied every row out of a cursor: a third of the instructions of the
/// bench's Q2 (six rows), on top of the SQL's own.
///
/// Only the engine's writer connection runs plans this way: it lives as long as the engine,
/// so a statement cannot outlive its connection. Split shares run on pool readers, which
/// the pool may close, and keep GRDB's statement cache.
final class PlanStatements: @unchecked Sendable {
    /// Which of the plan's SQL texts: its own, or the merge of a split plan's shares.
    enum Slot: Hashable {
        case plan
        case merge
    }

    private struct Key: Hashable {
        let connection: Int
        let slot: Slot
    }

    private struct Prepared {
        let statement: RawStatement
        /// Each placeholder's name (as in the plan's values) and position.
        let placeholders: [(name: String, index: Int32)]
    }

    private let lock = NSLock()
    private var prepared: [Key: Prepared] = [:]

    /// The rows of `sql` (the plan's text for `slot`) with these placeholder values.
    func rows(_ db: Database, _ slot: Slot, sql: String, _ values: [String: DatabaseValue]) throws -> [[DatabaseValue]] {
        let key = Key(connection: Int(bitPattern: db.sqliteConnection), slot: slot)
        let found = lock.withLock { prepared[key] }
        let statement = try found ?? prepare(db, sql: sql, key, names: values.keys)
        for (name, index) in statement.placeholders { statement.statement.bind(index, values[name] ?? .null) }
        return try statement.statement.allRows()
    }

    private func prepare(_ db: Database, sql: String, _ key: Key, names: Dictionary<String, DatabaseValue>.Keys) throws -> Prepared {
        let statement = try RawStatement(db, sql: sql)
        let placeholders = names.compactMap { name -> (name: String, index: Int32)? in
            let index = statement.parameterIndex(":" + name)
            return index > 0 ? (name, index) : nil
        }
        let made = Prepared(statement: statement, placeholders: placeholders)
        lock.withLock { prepared[key] = made }
        return made
    }
}
