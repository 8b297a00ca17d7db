import Dispatch
import Foundation
import GRDB

/// An aggregation run on several connections at once, one share of its groups each.
///
/// SQLite runs a statement on one core. An aggregation grouped by a node variable can be
/// split without changing its answer: a group holds the rows of one node, so the rows of
/// nodes with `id % parts == part` make whole groups, and the shares are disjoint. Each
/// share runs the query up to the grouping on a reader connection of the pool (the filter
/// sits on the grouping's input, and SQLite pushes it down to the node's scan); the groups
/// are then handed to the querying connection in a temporary table (only a share's first
/// rows when ORDER BY … LIMIT follows the grouping), and the rest of the query (ORDER BY,
/// LIMIT, later clauses) reads them from there, unchanged.
///
/// The shares read the store at slightly different moments. A commit in between would mix
/// two states of the graph, so the engine compares `PRAGMA data_version` before and after and
/// runs the query serially when anything was committed meanwhile.
struct PartitionedAggregation: Sendable {
    /// The query up to the grouping, keeping the groups of the share `:cy_part` of `:cy_parts`.
    let shareSQL: String
    /// The whole query with the grouping's CTE reading `temp.<table>`.
    let finalSQL: String
    /// The temporary table the groups are handed over in (one per plan and connection).
    let table: String
    /// Columns of the grouping's rows.
    let columns: Int
    /// Shares per worker: groups differ in size (one speaker may have said a tenth of all
    /// claims), so a worker done with its share early takes another; rows split by
    /// relationship id come out even, and each share has a fixed cost (its walk up to the
    /// split, its hand-over), so one share per worker.
    let sharesPerWorker: Int

    /// The placeholder values of one share's SQL.
    func arguments(_ values: [String: DatabaseValue], part: Int, of parts: Int) -> [String: DatabaseValue] {
        var arguments = values
        arguments["cy_part"] = part.databaseValue
        arguments["cy_parts"] = parts.databaseValue
        return arguments
    }

    /// Puts the groups of every share into `temp.<table>` on the querying connection (inside
    /// its transaction), replacing those of the previous run.
    func handOver(_ db: Database, _ shares: [[[DatabaseValue]]]) throws {
        let names = (0..<columns).map { "c\($0)" }.joined(separator: ", ")
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS \(table) (\(names))")
        try db.cachedStatement(sql: "DELETE FROM temp.\(table)").execute()
        let insert = try db.cachedStatement(sql: "INSERT INTO temp.\(table) VALUES (\(Array(repeating: "?", count: columns).joined(separator: ", ")))")
        for rows in shares {
            for row in rows { try insert.execute(arguments: StatementArguments(row)) }
        }
    }

    /// Runs `body(part)` for every share at once and returns the shares in order; the first
    /// error of any share is thrown.
    static func runShares(_ parts: Int, _ body: @Sendable (Int) throws -> [[DatabaseValue]]) throws -> [[[DatabaseValue]]] {
        let results = ShareResults(parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            results.set(part, Result { try body(part) })
        }
        return try results.all()
    }
}

/// The shares' results, written from the worker threads.
private final class ShareResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<[[DatabaseValue]], Error>]

    init(_ parts: Int) { results = Array(repeating: .success([]), count: parts) }

    func set(_ part: Int, _ result: Result<[[DatabaseValue]], Error>) { lock.withLock { results[part] = result } }

    func all() throws -> [[[DatabaseValue]]] { try lock.withLock { try results.map { try $0.get() } } }
}

/// The CTE to split (a grouping, or the MATCH before an ORDER BY … LIMIT projection), its
/// SQL with the share filter, and the CTE whose rows a share hands over: the groups
/// themselves, their first rows when the grouping is followed by ORDER BY … LIMIT (a row
/// outside a share's first rows is outside the first rows of all), or the projection's rows.
struct PartitionPoint {
    let cte: String
    let sql: String
    var columns: Int
    var output: String
    /// For a split MATCH: the SQL that replaces `output` in the final statement, given the
    /// temporary table the shares' rows were handed over in (sort and page again). Nil for a
    /// grouping, whose CTE reads the table as it is.
    var merge: (@Sendable (String) -> String)? = nil
}

/// Which part of a statement may be split, found before compiling it.
struct PartitionDriver {
    /// The node variable the groups are keyed by (the first node of the first MATCH); nil
    /// when the rows of the MATCH before `clause` are split by their first relationship.
    let variable: String?
    /// The index of the WITH or RETURN clause that groups by it, or that projects the split rows.
    let clause: Int
}

extension SQLCompiler {
    /// The aggregation to split, if any: the statement only reads, starts with a MATCH whose
    /// first node has a label (its scan is what the shares divide) with enough nodes to be
    /// worth it, and its first WITH or RETURN aggregates grouped by that node. Only MATCH and
    /// UNWIND come before it, so every share computes exactly the rows of its nodes.
    func partitionCandidate(_ clauses: [Clause]) -> PartitionDriver? {
        groupSplit(clauses) ?? rowSplit(clauses)
    }

    private func groupSplit(_ clauses: [Clause]) -> PartitionDriver? {
        guard readOnly, limits.workers > 1, case .match(let patterns, _, false, _)? = clauses.first,
              let part = patterns.first, part.shortest == .none, let node = part.nodes.first,
              let variable = node.variable, let label = node.labels.first, node.properties == nil
        else { return nil }
        guard let k = clauses.firstIndex(where: { !Self.keepsRows($0) }) else { return nil }
        let projection: Projection
        switch clauses[k] {
        case .with(let p, _), .returning(let p): projection = p
        default: return nil
        }
        let groupsByDriver = projection.items.contains {
            if case .variable(let v) = $0.expression.kind { return v == variable }
            return false
        }
        guard groupsByDriver, projection.items.contains(where: { containsAggregate($0.expression) }) else { return nil }
        let nodes = (try? Int.fetchOne(db, sql: "SELECT count(*) FROM node_labels WHERE label = ?", arguments: [label])) ?? 0
        return nodes >= limits.parallelMinimumNodes ? PartitionDriver(variable: variable, clause: k) : nil
    }

    /// The last projection whose input rows may be split: ORDER BY … LIMIT (no SKIP, no
    /// DISTINCT, no aggregates) right after a MATCH with a single relationship in its first
    /// pattern. Each share keeps the first rows of its part of the MATCH's rows, and the first
    /// rows of all are among them; the parts are divided by that relationship's id, which
    /// SQLite tests as soon as it reads the relationship, so each share computes the sort keys
    /// (property reads) of its part only. Only in a store with at least
    /// `parallelMinimumNodes` relationships. (A DISTINCT split the same way was tried: the
    /// shares' distinct rows overlap and each share walks all rows up to the test, so Q3 took
    /// 40% more instructions and no less time.)
    private func rowSplit(_ clauses: [Clause]) -> PartitionDriver? {
        guard readOnly, limits.workers > 1 else { return nil }
        var found: Int? = nil
        for k in clauses.indices.dropFirst() {
            guard case .match(let patterns, _, false, _) = clauses[k - 1], let first = patterns.first, first.shortest == .none,
                  first.relationships.contains(where: { $0.length == nil }) else { continue }
            let p: Projection
            switch clauses[k] {
            case .with(let x, _), .returning(let x): p = x
            default: continue
            }
            guard !p.items.contains(where: { containsAggregate($0.expression) }), p.skip == nil, !p.distinct,
                  !p.orderBy.isEmpty, p.limit != nil else { continue }
            found = k
        }
        // the highest id bounds the relationships without counting them (count(*) reads them all)
        guard let found, (try? Int.fetchOne(db, sql: "SELECT max(id) FROM edges")).flatMap({ $0 }) ?? 0 >= limits.parallelMinimumNodes
        else { return nil }
        return PartitionDriver(variable: nil, clause: found)
    }

    /// The share filter on the first single relationship of the MATCH before a row split.
    func rowShareFilter(edge: String) -> String? {
        guard partitionPoint == nil, let driver = partitionDriver, driver.variable == nil,
              driver.clause == currentClause + 1 else { return nil }
        return "(\(edge).id % :cy_parts) = :cy_part"
    }

    /// Makes the projection CTE `cte` (of `columns` columns) what the shares of a row split
    /// hand over, and `merge` what the final statement reads instead of it.
    func recordRowSplitOutput(_ cte: String, columns: Int, merge: @escaping @Sendable (String) -> String) {
        guard let driver = partitionDriver, driver.variable == nil, driver.clause == currentClause, partitionPoint != nil else { return }
        partitionPoint?.output = cte
        partitionPoint?.columns = columns
        partitionPoint?.merge = merge
    }

    /// Forgets a row split whose projection did not take it (a form it does not split).
    func dropUnfinishedRowSplit() {
        guard let driver = partitionDriver, driver.variable == nil, driver.clause == currentClause,
              partitionPoint?.merge == nil else { return }
        partitionPoint = nil
    }

    private static func keepsRows(_ clause: Clause) -> Bool {
        switch clause {
        case .match, .unwind: true
        default: false
        }
    }

    /// The share filter for the projection being compiled, when it is the aggregation to split
    /// and groups by the driving node: `(id % :cy_parts) = :cy_part` on its input rows.
    func shareFilter(grouping items: [ProjectionItem], aggregating: [Bool], on stage: Stage) -> String? {
        guard partitionPoint == nil, let driver = partitionDriver, driver.clause == currentClause, let variable = driver.variable,
              let binding = stage.bindings[variable], binding.kind == .node else { return nil }
        let keyed = items.indices.contains { i in
            if !aggregating[i], case .variable(let v) = items[i].expression.kind { return v == variable }
            return false
        }
        return keyed ? "(\(binding.sql) % :cy_parts) = :cy_part" : nil
    }

    /// Records that CTE `cte` (the last one added, built from `body`) is the grouping to split,
    /// and its SQL with `filteredBody` instead.
    func recordPartition(_ cte: String, body: String, filteredBody: String, columns: Int) {
        guard let sql = ctes.last?.sql, ctes.last?.name == cte, sql.hasSuffix(body) else { return }
        partitionPoint = PartitionPoint(cte: cte, sql: String(sql.dropLast(body.count)) + filteredBody, columns: max(columns, 1), output: cte)
    }

    /// The split form of the statement whose final SQL is `sql`, if it has one.
    func partitionedAggregation(_ sql: String) -> PartitionedAggregation? {
        guard let point = partitionPoint, let i = ctes.firstIndex(where: { $0.name == point.cte }),
              let o = ctes.firstIndex(where: { $0.name == point.output }), sql.hasPrefix(ctePrefix) else { return nil }
        let tail = sql.dropFirst(ctePrefix.count)
        var shares = ctes[...o]
        shares[i].sql = point.sql
        let shareSQL = withClause(shares) + "SELECT * FROM \(point.output)"
        let table = "cy_groups_" + String(StableName.hash(shareSQL), radix: 16)
        var final = ctes[...]
        if let merge = point.merge { final[o].sql = merge("temp." + table) } else { final[i].sql = "SELECT * FROM temp.\(table)" }
        return PartitionedAggregation(shareSQL: shareSQL, finalSQL: withClause(final) + tail, table: table, columns: point.columns,
                                      sharesPerWorker: point.merge == nil ? 2 : 1)
    }
}
