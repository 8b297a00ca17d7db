import GRDB
import Store

/// The six questions in hand-written SQL over the store's generic schema (`nodes`,
/// `node_labels`, `edges`, properties as JSON): the yardstick for the Cypher compiler
/// (what it should generate, and how fast that can be) and a check of the importer
/// against the canonical answers before the compiler exists.
///
/// Property access is `json_extract(props, '$.key')`, as the compiler writes it, so
/// `{id: X}` is served by the importer's `nodes_by_id_property` index.
struct GenericSQLEngine: QuestionEngine {
    let store: GraphStore

    func answer(_ q: Question, _ p: [String: Int64]) throws -> JSONValue {
        try store.writer.read { db in
            switch q {
            case .q4: return try q4(db, from: p["from"]!, to: p["to"]!)
            case .q6: return try q6(db, actor: p["actor"]!)
            default:
                let (columns, rows) = try Self.rows(db, sql: Self.sql[q]!, arguments: StatementArguments(p))
                return q.answer(columns: columns, rows: rows)
            }
        }
    }

    static let sql: [Question: String] = [
        // Sort the claims about X by date first and join their speakers to the 20 kept.
        .q1: """
            SELECT json_extract(c.props, '$.id') AS claim, t.date AS date, json_extract(c.props, '$.text') AS text,
                   json_extract(s.props, '$.id') AS speaker, json_extract(s.props, '$.name') AS speaker_name
            FROM (SELECT c.id, json_extract(c.props, '$.date') AS date, json_extract(c.props, '$.id') AS cid
                  FROM nodes x
                  JOIN edges e1 ON e1.dst = x.id AND e1.type = 'ABOUT'
                  JOIN nodes c ON c.id = e1.src
                  JOIN node_labels lc ON lc.node_id = c.id AND lc.label = 'Claim'
                  WHERE json_extract(x.props, '$.id') = :actor
                  ORDER BY date DESC, cid DESC
                  LIMIT :limit) AS t
            JOIN nodes c ON c.id = t.id
            JOIN edges e2 ON e2.dst = c.id AND e2.type = 'SAID'
            JOIN nodes s ON s.id = e2.src
            JOIN node_labels ls ON ls.node_id = s.id AND ls.label = 'Person'
            ORDER BY t.date DESC, t.cid DESC
            """,
        .q2: """
            SELECT json_extract(a.props, '$.id') AS article, json_extract(a.props, '$.date') AS date,
                   json_extract(r.props, '$.via') AS via, json_extract(o.props, '$.id') AS outlet,
                   json_extract(o.props, '$.name') AS outlet_name
            FROM nodes c
            JOIN node_labels lc ON lc.node_id = c.id AND lc.label = 'Claim'
            JOIN edges r ON r.dst = c.id AND r.type = 'REPORTED'
            JOIN nodes a ON a.id = r.src
            JOIN node_labels la ON la.node_id = a.id AND la.label = 'Article'
            JOIN edges pb ON pb.dst = a.id AND pb.type = 'PUBLISHED'
            JOIN nodes o ON o.id = pb.src
            JOIN node_labels lo ON lo.node_id = o.id AND lo.label = 'Outlet'
            WHERE json_extract(c.props, '$.id') = :claim
            ORDER BY date, article
            """,
        // DISTINCT speakers first (WITH DISTINCT s), then their claims' targets.
        .q3: """
            WITH x AS (SELECT id FROM nodes WHERE json_extract(props, '$.id') = :actor),
            sp AS (SELECT DISTINCT e2.src AS s
                   FROM x JOIN edges e1 ON e1.dst = x.id AND e1.type = 'ABOUT'
                   JOIN node_labels lc ON lc.node_id = e1.src AND lc.label = 'Claim'
                   JOIN edges e2 ON e2.dst = e1.src AND e2.type = 'SAID'
                   JOIN node_labels ls ON ls.node_id = e2.src AND ls.label = 'Person')
            SELECT count(DISTINCT e4.dst) AS count
            FROM sp
            JOIN edges e3 ON e3.src = sp.s AND e3.type = 'SAID'
            JOIN node_labels lc ON lc.node_id = e3.dst AND lc.label = 'Claim'
            JOIN edges e4 ON e4.src = e3.dst AND e4.type = 'ABOUT'
            WHERE e4.dst NOT IN (SELECT id FROM x)
              AND EXISTS (SELECT 1 FROM node_labels lb WHERE lb.node_id = e4.dst AND lb.label IN ('Person', 'Organization'))
            """,
        // Count per speaker over the relationships alone; names only for the ten kept.
        .q5: """
            SELECT json_extract(s.props, '$.id') AS speaker, json_extract(s.props, '$.name') AS name, t.outlets AS outlets
            FROM (SELECT e1.src AS sid, count(DISTINCT e3.src) AS outlets
                  FROM edges e1
                  JOIN edges e2 ON e2.dst = e1.dst AND e2.type = 'REPORTED'
                  JOIN edges e3 ON e3.dst = e2.src AND e3.type = 'PUBLISHED'
                  WHERE e1.type = 'SAID'
                    AND EXISTS (SELECT 1 FROM node_labels WHERE node_id = e1.src AND label = 'Person')
                    AND EXISTS (SELECT 1 FROM node_labels WHERE node_id = e1.dst AND label = 'Claim')
                    AND EXISTS (SELECT 1 FROM node_labels WHERE node_id = e2.src AND label = 'Article')
                    AND EXISTS (SELECT 1 FROM node_labels WHERE node_id = e3.src AND label = 'Outlet')
                  GROUP BY e1.src) AS t
            JOIN nodes s ON s.id = t.sid
            ORDER BY outlets DESC, speaker
            LIMIT :limit
            """,
    ]

    /// Shortest path within four hops, either direction: bidirectional BFS, one statement per
    /// level that expands the smaller frontier (bound as a JSON array) over both indexes.
    private func q4(_ db: Database, from: Int64, to: Int64) throws -> JSONValue {
        let none = JSONValue.object([("length", .null), ("path", .null)])
        guard let a = try nodeID(db, from), let b = try nodeID(db, to) else { return none }
        let search = BidirectionalSearch(from: a, to: b, maxHops: 4)
        let expand = try db.makeStatement(sql: """
            SELECT e.dst, f.value FROM json_each(?1) f JOIN edges e ON e.src = f.value
            UNION ALL
            SELECT e.src, f.value FROM json_each(?1) f JOIN edges e ON e.dst = f.value
            """)
        let path = try search.run { frontier in
            let list = "[" + frontier.map(String.init).joined(separator: ",") + "]"
            return try Row.fetchCursor(expand, arguments: [list]).map { ($0[0] as Int64, $0[1] as Int64) }.reduce(into: []) { $0.append($1) }
        }
        guard let path else { return none }
        let ids = try path.map { try Int64.fetchOne(db, sql: "SELECT json_extract(props, '$.id') FROM nodes WHERE id = ?", arguments: [$0]) ?? $0 }
        return .object([("length", .int(Int64(path.count - 1))), ("path", .array(ids.map { .int($0) }))])
    }

    /// Two-hop ego network: N1 materialised once, then the nodes and relationships around it.
    private func q6(_ db: Database, actor: Int64) throws -> JSONValue {
        let row = try Row.fetchOne(db, sql: """
            WITH x AS (SELECT id FROM nodes WHERE json_extract(props, '$.id') = :actor),
            n1(node) AS MATERIALIZED (
                SELECT e.dst FROM x JOIN edges e ON e.src = x.id
                UNION SELECT e.src FROM x JOIN edges e ON e.dst = x.id)
            SELECT
              (SELECT count(*) FROM (SELECT id FROM x UNION SELECT node FROM n1
                                     UNION SELECT e.dst FROM n1 JOIN edges e ON e.src = n1.node
                                     UNION SELECT e.src FROM n1 JOIN edges e ON e.dst = n1.node)) AS nodes,
              (SELECT count(*) FROM (SELECT e.id FROM n1 JOIN edges e ON e.src = n1.node
                                     UNION SELECT e.id FROM n1 JOIN edges e ON e.dst = n1.node)) AS relationships
            """, arguments: ["actor": actor])!
        return .object([("nodes", .int(row["nodes"])), ("relationships", .int(row["relationships"]))])
    }

    private func nodeID(_ db: Database, _ id: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM nodes WHERE json_extract(props, '$.id') = ?", arguments: [id])
    }

    /// Every row fetched and converted, so that timing includes materialisation.
    static func rows(_ db: Database, sql: String, arguments: StatementArguments) throws -> ([String], [[JSONValue]]) {
        let statement = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchAll(statement, arguments: arguments).map { row in
            Array(row.databaseValues.map(JSONValue.init(databaseValue:)))
        }
        return (statement.columnNames, rows)
    }
}

extension JSONValue {
    init(databaseValue v: DatabaseValue) {
        switch v.storage {
        case .null: self = .null
        case .int64(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .blob: self = .null
        }
    }
}
