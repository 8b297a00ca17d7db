import GRDB

/// Counts of what the graph holds, for `claimgraph stats`.
public struct StoreStats: Sendable {
    public struct ArticleLine: Sendable {
        public var title: String
        public var outlet: String?
        public var published: String?
        public var fileName: String
    }
    public var nodes: Int
    public var edges: Int
    public var labels: [(label: String, count: Int)]
    public var types: [(type: String, count: Int)]
    public var articles: [ArticleLine]
}

extension GraphStore {
    public func stats() throws -> StoreStats {
        try writer.read { db in
            let labels = try Row.fetchAll(db, sql: "SELECT label, count(*) AS n FROM node_labels GROUP BY label ORDER BY n DESC, label")
                .map { (label: $0["label"] as String, count: $0["n"] as Int) }
            let types = try Row.fetchAll(db, sql: "SELECT type, count(*) AS n FROM edges GROUP BY type ORDER BY n DESC, type")
                .map { (type: $0["type"] as String, count: $0["n"] as Int) }
            let articles = try Row.fetchAll(db, sql: "SELECT title, outlet, published, file_name FROM articles ORDER BY published, file_name")
                .map { StoreStats.ArticleLine(title: $0["title"], outlet: $0["outlet"], published: $0["published"], fileName: $0["file_name"]) }
            return StoreStats(
                nodes: try Int.fetchOne(db, sql: "SELECT count(*) FROM nodes") ?? 0,
                edges: try Int.fetchOne(db, sql: "SELECT count(*) FROM edges") ?? 0,
                labels: labels, types: types, articles: articles)
        }
    }
}
