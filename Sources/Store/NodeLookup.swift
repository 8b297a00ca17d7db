import ClaimGraphCore
import Foundation
import GRDB

/// Finds the node a user named, in either Chinese script.
///
/// Names and claim texts are compared by `ChineseFolding.comparisonKey` (simplified,
/// lower-cased, no punctuation or spaces), so `普京`/`普丁` (an alias), `中國還沒有`/“中国还没有”
/// and `putin`/`Vladimir Putin` all match. An exact match wins over a partial one; several
/// equally good matches are reported with their ids instead of picking one silently.
/// `#42` (or `42`) names a node by id.
public enum NodeLookup {
    /// The labels of nodes that can say or be talked about.
    public static let actorLabels = [
        GraphSchema.Label.person, GraphSchema.Label.organization, GraphSchema.Label.outlet, GraphSchema.Label.document,
    ]

    /// A SQL function `cg_fold(text)` for the comparison key, so the scan runs in SQLite.
    static let fold = DatabaseFunction("cg_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map { ChineseFolding.shared.comparisonKey($0) }
    }

    /// A node carrying one of `labels` whose `name` (or one of its `aliases`) matches.
    public static func named(_ query: String, labels: [String], kind: String, _ db: Database) throws -> Int64 {
        if let id = try byID(query, labels: labels, db) { return id }
        db.add(function: fold)
        let key = ChineseFolding.shared.comparisonKey(query)
        guard !key.isEmpty else { throw LookupError.notFound(kind: kind, query: query) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT n.id, n.props->>'$.name' AS name,
                   (cg_fold(n.props->>'$.name') = ?1 OR EXISTS (
                        SELECT 1 FROM json_each(n.props, '$.aliases') WHERE cg_fold(value) = ?1)) AS exact
            FROM nodes n
            WHERE n.id IN (SELECT node_id FROM node_labels WHERE label IN (SELECT value FROM json_each(?2)))
              AND (instr(cg_fold(n.props->>'$.name'), ?1) > 0 OR EXISTS (
                        SELECT 1 FROM json_each(n.props, '$.aliases') WHERE instr(cg_fold(value), ?1) > 0))
            ORDER BY n.id
            """, arguments: [key, jsonArray(labels)])
        return try pick(rows.map { (id: $0["id"], text: $0["name"] ?? "", exact: $0["exact"]) }, kind: kind, query: query)
    }

    /// A claim by id, or by its words: the trigram index for three or more characters,
    /// otherwise (and when the index finds nothing, e.g. punctuation differs) a scan.
    public static func claim(_ query: String, _ db: Database) throws -> Int64 {
        let claimLabel = [GraphSchema.Label.claim]
        if let id = try byID(query, labels: claimLabel, db) { return id }
        db.add(function: fold)
        let key = ChineseFolding.shared.comparisonKey(query)
        let words = ChineseFolding.shared.toSimplified(query.trimmingCharacters(in: quoteMarks))
        guard !key.isEmpty else { throw LookupError.notFound(kind: "claim", query: query) }
        var ids: [Int64] = []
        if words.scalarCount >= 3 {
            ids = try Int64.fetchAll(db, sql: "SELECT node_id FROM search WHERE search MATCH ? AND kind = 'claim' ORDER BY node_id",
                                     arguments: ["\"" + words.replacingOccurrences(of: "\"", with: "\"\"") + "\""])
        }
        if ids.isEmpty {
            ids = try Int64.fetchAll(db, sql: """
                SELECT node_id FROM node_labels WHERE label = 'Claim'
                  AND node_id IN (SELECT id FROM nodes WHERE instr(cg_fold(props->>'$.text'), ?) > 0) ORDER BY node_id
                """, arguments: [key])
        }
        let rows = try ids.map { id in
            let text = try String.fetchOne(db, sql: "SELECT props->>'$.text' FROM nodes WHERE id = ?", arguments: [id]) ?? ""
            return (id: id, text: text, exact: ChineseFolding.shared.comparisonKey(text) == key)
        }
        return try pick(rows, kind: "claim", query: query)
    }

    /// A JSON array of strings, to pass a list as one bound parameter (`json_each(?)`).
    public static func jsonArray(_ items: [String]) -> String {
        "[" + items.map(PropertyValue.quote).joined(separator: ",") + "]"
    }

    private static let quoteMarks = CharacterSet(charactersIn: "「」『』“”‘’\"'《》 \n")

    private static func byID(_ query: String, labels: [String], _ db: Database) throws -> Int64? {
        let digits = query.hasPrefix("#") ? String(query.dropFirst()) : query
        guard let id = Int64(digits) else { return nil }
        return try Int64.fetchOne(db, sql: """
            SELECT node_id FROM node_labels WHERE node_id = ? AND label IN (SELECT value FROM json_each(?)) LIMIT 1
            """, arguments: [id, jsonArray(labels)])
    }

    private static func pick(_ rows: [(id: Int64, text: String, exact: Bool)], kind: String, query: String) throws -> Int64 {
        let exact = rows.filter(\.exact)
        let best = exact.isEmpty ? rows : exact
        guard let first = best.first else { throw LookupError.notFound(kind: kind, query: query) }
        guard best.count == 1 else {
            throw LookupError.ambiguous(kind: kind, query: query, candidates: best.map { "#\($0.id) \($0.text)" })
        }
        return first.id
    }
}
