import CSQLFunctions
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
    /// For a set split: the SQL of `output` in the shares (their distinct ids as one BLOB a
    /// column, which `merge` unites).
    var shareOutput: String? = nil
}

/// Which part of a statement may be split, found before compiling it.
struct PartitionDriver {
    enum Kind {
        /// An aggregation grouped by this node variable (the first node of the first MATCH).
        case groups(String)
        /// The rows of the MATCH before `clause`, divided by their first relationship.
        case rows
        /// The input rows of the MATCH at this clause (a later MATCH, reading a WITH's rows),
        /// divided by their first node; `clause` keeps distinct ids only (see `setSplit`).
        case sets(match: Int)
    }
    let kind: Kind
    /// The index of the WITH or RETURN clause that groups, projects the split rows or keeps
    /// their distinct ids.
    let clause: Int

    var variable: String? {
        if case .groups(let v) = kind { return v }
        return nil
    }
    var splitsRows: Bool {
        if case .rows = kind { return true }
        return false
    }
}

extension SQLCompiler {
    /// The aggregation to split, if any: the statement only reads, starts with a MATCH whose
    /// first node has a label (its scan is what the shares divide) with enough nodes to be
    /// worth it, and its first WITH or RETURN aggregates grouped by that node. Only MATCH and
    /// UNWIND come before it, so every share computes exactly the rows of its nodes.
    func partitionCandidate(_ clauses: [Clause]) -> PartitionDriver? {
        groupSplit(clauses) ?? rowSplit(clauses) ?? setSplit(clauses)
    }

    private func groupSplit(_ clauses: [Clause]) -> PartitionDriver? {
        guard readOnly, limits.workers > 1, case .match(let patterns, _, false, _)? = clauses.first,
              let part = patterns.first, part.shortest == .none, let node = part.nodes.first,
              let variable = node.variable, let label = node.labels.first, node.properties == nil
        else { return nil }
        guard let k = clauses.firstIndex(where: { !Self.keepsRows($0) }), let projection = Self.projection(clauses[k]) else { return nil }
        let groupsByDriver = projection.items.contains {
            if case .variable(let v) = $0.expression.kind { return v == variable }
            return false
        }
        guard groupsByDriver, projection.items.contains(where: { containsAggregate($0.expression) }) else { return nil }
        let nodes = (try? Int.fetchOne(db, sql: "SELECT count(*) FROM node_labels WHERE label = ?", arguments: [label])) ?? 0
        return nodes >= limits.parallelMinimumNodes ? PartitionDriver(kind: .groups(variable), clause: k) : nil
    }

    /// The last projection whose input rows may be split: ORDER BY … LIMIT (no SKIP, no
    /// DISTINCT, no aggregates) right after a MATCH with a single relationship in its first
    /// pattern. Each share keeps the first rows of its part of the MATCH's rows, and the first
    /// rows of all are among them; the parts are divided by that relationship's id, which
    /// SQLite tests as soon as it reads the relationship, so each share computes the sort keys
    /// (property reads) of its part only. Only in a store with at least
    /// `parallelMinimumNodes` relationships. (A DISTINCT split the same way was tried: the
    /// shares' distinct rows overlap and each share walks all rows up to the test, so Q3 took
    /// 40% more instructions and no less time; `setSplit` divides the rows after a WITH instead.)
    private func rowSplit(_ clauses: [Clause]) -> PartitionDriver? {
        guard readOnly, limits.workers > 1 else { return nil }
        var found: Int? = nil
        for k in clauses.indices.dropFirst() {
            guard case .match(let patterns, _, false, _) = clauses[k - 1], let first = patterns.first, first.shortest == .none,
                  first.relationships.contains(where: { $0.length == nil }), let p = Self.projection(clauses[k]) else { continue }
            guard !p.items.contains(where: { containsAggregate($0.expression) }), p.skip == nil, !p.distinct,
                  !p.orderBy.isEmpty, p.limit != nil else { continue }
            found = k
        }
        guard let found, manyRelationships else { return nil }
        return PartitionDriver(kind: .rows, clause: found)
    }

    /// The last projection that keeps distinct ids only (WITH/RETURN DISTINCT of nodes and
    /// relationships, or only `count(DISTINCT …)` of them with no other item), when every clause
    /// between it and the WITH before it is a MATCH or UNWIND, the first a MATCH. The rows that
    /// MATCH reads are divided by their first node; each share keeps its distinct ids in a hash
    /// set and hands it over as one BLOB, and the union of the shares' sets is the set of all.
    /// Each share repeats the clauses before the MATCH, so the expansion after a WITH DISTINCT
    /// (two hops from the speakers of a claim) is what it divides. Only in a store with at
    /// least `parallelMinimumNodes` relationships.
    private func setSplit(_ clauses: [Clause]) -> PartitionDriver? {
        guard readOnly, limits.workers > 1 else { return nil }
        var found: PartitionDriver? = nil
        for k in clauses.indices {
            guard let p = Self.projection(clauses[k]), keepsDistinctIDs(p),
                  let w = clauses[..<k].lastIndex(where: { Self.projection($0) != nil }), w + 1 < k,
                  case .match(_, _, false, _) = clauses[w + 1],
                  clauses[(w + 1)..<k].allSatisfy(Self.keepsRows) else { continue }
            found = PartitionDriver(kind: .sets(match: w + 1), clause: k)
        }
        return found != nil && manyRelationships ? found : nil
    }

    private static func projection(_ clause: Clause) -> Projection? {
        switch clause {
        case .with(let p, _), .returning(let p): p
        default: nil
        }
    }

    /// Whether a projection's rows could be distinct ids only (checked again on the compiled items).
    private func keepsDistinctIDs(_ p: Projection) -> Bool {
        guard p.orderBy.isEmpty, p.skip == nil, p.limit == nil else { return false }
        if p.distinct { return !p.items.contains { containsAggregate($0.expression) } }
        return !p.star && !p.items.isEmpty && p.items.allSatisfy { Self.countDistinctArgument($0.expression) != nil }
    }

    /// The argument of `count(DISTINCT x)`.
    static func countDistinctArgument(_ e: Expression) -> Expression? {
        if case .call(let name, true, let args) = e.kind, name.lowercased() == "count", args.count == 1 { return args[0] }
        return nil
    }

    /// The share filter on the rows a set split's MATCH reads: their first node's id.
    func inputShareFilter(_ input: Stage) -> String? {
        guard partitionPoint == nil, let driver = partitionDriver, case .sets(let m) = driver.kind, m == currentClause,
              let v = input.order.first(where: { !$0.hasPrefix("#") && input.bindings[$0]?.kind == .node }),
              let node = input.bindings[v] else { return nil }
        return node.nonNull ? "(\(node.sql) % :cy_parts) = :cy_part" : "ifnull(\(node.sql) % :cy_parts, 0) = :cy_part"
    }

    /// Makes the projection CTE `cte` (its rows made from `body`) what a set split's shares
    /// hand over, when its columns are distinct ids (`distinct`) or each the count of distinct
    /// ids of a variable: a share's one row holds their id sets, and the final statement
    /// reads the rows or counts of the sets' union instead of `cte`.
    func recordSetSplitOutput(_ cte: String, items: [ProjectionItem], columns: [Binding], input: Stage, body: String, distinct: Bool) {
        guard let driver = partitionDriver, case .sets = driver.kind, driver.clause == currentClause, partitionPoint != nil else { return }
        let isID = { (b: Binding) in b.kind == .node || b.kind == .relationship }
        let shares: [String]
        let merge: @Sendable (String) -> String
        if distinct {
            guard columns.allSatisfy(isID), columns.count <= Int(CG_ID_TUPLE_COLUMNS) else { return }
            shares = [Self.distinctIDSet(columns)]
            let names = columns.indices.map { "t.c\($0) AS c\($0)" }.joined(separator: ", ")
            merge = { "SELECT \(names) FROM cy_id_tuples((SELECT cy_union_ids(c0) FROM \($0))) t" }
        } else {
            let counted = items.compactMap { item -> Binding? in
                guard let arg = Self.countDistinctArgument(item.expression), case .variable(let v) = arg.kind else { return nil }
                return input.bindings[v].flatMap { isID($0) ? $0 : nil }
            }
            guard counted.count == items.count else { return }
            shares = counted.map { "cy_id_set(\($0.sql))" }
            let names = counted.indices.map { "cy_union_count(c\($0)) AS c\($0)" }.joined(separator: ", ")
            merge = { "SELECT \(names) FROM \($0)" }
        }
        partitionPoint?.output = cte
        partitionPoint?.columns = shares.count
        partitionPoint?.shareOutput = "SELECT \(shares.enumerated().map { "\($0.element) AS c\($0.offset)" }.joined(separator: ", ")) \(body)"
        partitionPoint?.merge = merge
    }

    /// Whether the store holds at least `parallelMinimumNodes` relationships: the highest id
    /// bounds them without counting them (count(*) reads them all).
    var manyRelationships: Bool {
        (try? Int.fetchOne(db, sql: "SELECT max(id) FROM edges")).flatMap({ $0 }) ?? 0 >= limits.parallelMinimumNodes
    }

    /// The share filter on the first single relationship of the MATCH before a row split.
    func rowShareFilter(edge: String) -> String? {
        guard partitionPoint == nil, let driver = partitionDriver, driver.splitsRows,
              driver.clause == currentClause + 1 else { return nil }
        return "(\(edge).id % :cy_parts) = :cy_part"
    }

    /// Makes the projection CTE `cte` (of `columns` columns) what the shares of a row split
    /// hand over, and `merge` what the final statement reads instead of it.
    func recordRowSplitOutput(_ cte: String, columns: Int, merge: @escaping @Sendable (String) -> String) {
        guard let driver = partitionDriver, driver.splitsRows, driver.clause == currentClause, partitionPoint != nil else { return }
        partitionPoint?.output = cte
        partitionPoint?.columns = columns
        partitionPoint?.merge = merge
    }

    /// Forgets a row or set split whose projection did not take it (a form it does not split).
    func dropUnfinishedSplit() {
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
        if let shareOutput = point.shareOutput { shares[o].sql = shareOutput }
        let shareSQL = withClause(shares) + "SELECT * FROM \(point.output)"
        let table = "cy_groups_" + String(StableName.hash(shareSQL), radix: 16)
        var final = ctes[...]
        if let merge = point.merge { final[o].sql = merge("temp." + table) } else { final[i].sql = "SELECT * FROM temp.\(table)" }
        return PartitionedAggregation(shareSQL: shareSQL, finalSQL: withClause(final) + tail, table: table, columns: point.columns,
                                      sharesPerWorker: point.merge == nil ? 2 : 1)
    }
}
