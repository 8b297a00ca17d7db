import Foundation
import GRDB

/// A read-only query compiled once and run again with new parameter values: its final SQL,
/// where each placeholder's value comes from, and the `edge_end_labels` facts it relied on.
/// Reusing it skips parsing, checking, compiling and (through GRDB's statement cache)
/// preparing: what graph databases do with their plan caches.
struct CompiledPlan: Sendable {
    enum Argument: Sendable {
        case constant(DatabaseValue)
        case parameter(String)
    }

    let sql: String
    let columns: [String]
    let arguments: [String: Argument]
    /// `EdgeEndLabels.key` strings; the plan dropped label checks that these imply.
    let facts: [String]
    /// The same query with its aggregation split over several connections, when it can be.
    let parallel: PartitionedAggregation?
    /// Its SQL prepared on the writer connection (see PlanStatements).
    let statements = PlanStatements()

    /// Whether the facts the plan relied on still hold (writes may have removed some).
    func holds(_ db: Database) throws -> Bool {
        guard !facts.isEmpty else { return true }
        let list = "[" + facts.map { ValueCodec.json(.string($0)) }.joined(separator: ",") + "]"
        let found = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM edge_end_labels WHERE type || '|' || side || '|' || label IN (SELECT value FROM json_each(?))
            """), arguments: [list])
        return found == facts.count
    }

    /// The rows of `sql` (this plan's, or a form of it) with these placeholder values.
    func rows(_ db: Database, sql: String, _ values: [String: DatabaseValue]) throws -> [[DatabaseValue]] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(values))
        var out: [[DatabaseValue]] = []
        while let row = try rows.next() { out.append(Array(row.databaseValues)) }
        return out
    }
}

extension CompiledPlan {
    /// Every placeholder's value for these parameters.
    func values(_ parameters: [String: Value]) -> [String: DatabaseValue] {
        var values: [String: DatabaseValue] = [:]
        for (name, source) in arguments {
            switch source {
            case .constant(let v): values[name] = v
            case .parameter(let p): values[name] = ValueCodec.databaseValue(parameters[p] ?? .null)
            }
        }
        return values
    }
}

/// The plans of one engine, by query text and parameter types, and the connections its SQL
/// functions are registered on.
final class PlanCache: @unchecked Sendable {
    /// What a compilation depends on besides the data: the text, the parameters' types and
    /// the hop limit (unbounded `*` expands to it).
    struct Key: Hashable {
        let text: String
        let parameterTypes: [String]
        let maxHops: Int

        init(_ text: String, _ parameters: [String: Value], maxHops: Int) {
            self.text = text
            parameterTypes = parameters.keys.sorted().map { "\($0):\(parameters[$0]!.typeName)" }
            self.maxHops = maxHops
        }
    }

    /// Where the store's writes stand: commits by other connections (`data_version`) and
    /// rows changed by this one. Unchanged, no fact can have been removed.
    struct WriteMark: Equatable {
        let dataVersion: Int64
        let changes: Int

        init(_ db: Database, _ transaction: ReadTransaction) throws {
            dataVersion = try transaction.dataVersion()
            changes = db.totalChangesCount
        }
    }

    /// Plans kept at most; the cache starts over when full (queries are few and repeated).
    static let capacity = 256

    private let lock = NSLock()
    private var plans: [Key: CompiledPlan] = [:]
    private var checkedAt: [Key: WriteMark] = [:]
    /// The connections seen, with the statements around plans' runs on each.
    private var connections: [Int: ReadTransaction] = [:]

    /// When the facts of the plan for `key` were last found to hold.
    func checked(_ key: Key) -> WriteMark? { lock.withLock { checkedAt[key] } }

    func check(_ key: Key, at mark: WriteMark) { lock.withLock { checkedAt[key] = mark } }

    func plan(_ key: Key) -> CompiledPlan? { lock.withLock { plans[key] } }

    func store(_ plan: CompiledPlan, for key: Key) {
        lock.withLock {
            if plans.count >= Self.capacity { plans.removeAll(); checkedAt.removeAll() }
            plans[key] = plan
            checkedAt[key] = nil
        }
    }

    func forget(_ key: Key) {
        lock.withLock {
            plans[key] = nil
            checkedAt[key] = nil
        }
    }

    /// The statements around plans' runs on a connection; the first time the connection is
    /// seen, its `cy_` functions are registered and the statements prepared. Connections are
    /// the store's writer, which lives as long as the engine holding the store, so its handle
    /// cannot be reused by another connection meanwhile.
    func connection(_ db: Database) throws -> ReadTransaction {
        let handle = Int(bitPattern: db.sqliteConnection)
        if let known = lock.withLock({ connections[handle] }) { return known }
        SQLFunctions.register(db)
        let made = try ReadTransaction(db)
        lock.withLock { connections[handle] = made }
        return made
    }
}
