import GRDB

/// What the graph holds, for the REPL's `:schema`: labels and relationship types with
/// their counts, and the property keys seen on each.
public struct SchemaSummary: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var count: Int
        public var keys: [String]
    }
    public var labels: [Entry]
    public var types: [Entry]
}

extension GraphStore {
    public func schemaSummary() throws -> SchemaSummary {
        try writer.read { db in
            let labels = try Row.fetchAll(db, sql: """
                SELECT l.label AS name, count(DISTINCT l.node_id) AS n,
                       (SELECT group_concat(key, ',') FROM (
                            SELECT DISTINCT j.key FROM node_labels l2 JOIN nodes x ON x.id = l2.node_id, json_each(x.props) j
                            WHERE l2.label = l.label ORDER BY j.key)) AS keys
                FROM node_labels l GROUP BY l.label ORDER BY l.label
                """)
            let types = try Row.fetchAll(db, sql: """
                SELECT e.type AS name, count(*) AS n,
                       (SELECT group_concat(key, ',') FROM (
                            SELECT DISTINCT j.key FROM edges x, json_each(x.props) j WHERE x.type = e.type ORDER BY j.key)) AS keys
                FROM edges e GROUP BY e.type ORDER BY e.type
                """)
            func entries(_ rows: [Row]) -> [SchemaSummary.Entry] {
                rows.map { SchemaSummary.Entry(name: $0["name"], count: $0["n"], keys: (($0["keys"] as String?) ?? "").split(separator: ",").map(String.init)) }
            }
            return SchemaSummary(labels: entries(labels), types: entries(types))
        }
    }
}
