import ClaimGraphCore
import Foundation
import GRDB
import Store

/// The few reads every diagram builder needs, over one open database snapshot.
///
/// All SQL binds its values; user text never reaches SQL text.
struct GraphReader {
    let db: Database
    private var cache: [Int64: DiagramNode] = [:]

    init(_ db: Database) {
        self.db = db
    }

    /// One relationship of the store, with the properties the diagrams use.
    struct EdgeRow {
        var id: Int64
        var type: String
        var src: Int64
        var dst: Int64
        var props: [String: Any]
        func string(_ key: String) -> String? { GraphReader.text(props[key]) }
    }

    enum Direction { case outgoing, incoming }

    /// The diagram node for a store node (name, title or claim text, with a caption).
    mutating func node(_ id: Int64) throws -> DiagramNode? {
        if let cached = cache[id] { return cached }
        guard let row = try Row.fetchOne(db, sql: """
            SELECT n.key, n.props, (SELECT json_group_array(label) FROM node_labels WHERE node_id = n.id) AS labels
            FROM nodes n WHERE n.id = ?
            """, arguments: [id]) else { return nil }
        let labels = (GraphReader.json(row["labels"]) as? [String]) ?? []
        let props = (GraphReader.json(row["props"]) as? [String: Any]) ?? [:]
        let node = GraphReader.diagramNode(id: id, key: row["key"] ?? "", labels: labels, props: props)
        cache[id] = node
        return node
    }

    /// Relationships of `types` leaving or entering `node`, in store order (stable).
    func edges(_ direction: Direction, of node: Int64, types: [String]) throws -> [EdgeRow] {
        let column = direction == .outgoing ? "src" : "dst"
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, type, src, dst, props FROM edges
            WHERE \(column) = ? AND type IN (SELECT value FROM json_each(?)) ORDER BY id
            """, arguments: [node, NodeLookup.jsonArray(types)])
        return rows.map(GraphReader.edgeRow)
    }

    /// Relationships by id, in the order given (ids that no longer exist are skipped).
    func edges(ids: [Int64]) throws -> [EdgeRow] {
        try ids.compactMap { id in
            try Row.fetchOne(db, sql: "SELECT id, type, src, dst, props FROM edges WHERE id = ?", arguments: [id])
                .map(GraphReader.edgeRow)
        }
    }

    /// Who said a claim: the SAID sources, or, for "分析人士称", an unnamed-source node
    /// per distinct wording the reporting articles used.
    mutating func speakers(of claim: Int64) throws -> [DiagramNode] {
        let said = try edges(.incoming, of: claim, types: [GraphSchema.RelType.said]).compactMap { try node($0.src) }
        if !said.isEmpty { return said }
        var sources = try edges(.incoming, of: claim, types: [GraphSchema.RelType.reported]).compactMap { $0.string("source") }
        if sources.isEmpty { sources = ["unnamed source"] }
        var seen = Set<String>()
        return sources.filter { seen.insert($0).inserted }.map(GraphReader.unnamed)
    }

    /// A claim's date, or its earliest reporting article's date, for ordering.
    func date(of id: Int64) throws -> String {
        try String.fetchOne(db, sql: """
            SELECT coalesce(n.props->>'$.date', (SELECT min(a.props->>'$.date') FROM edges r JOIN nodes a ON a.id = r.src
                                                   WHERE r.dst = n.id AND r.type = 'REPORTED'), '')
            FROM nodes n WHERE n.id = ?
            """, arguments: [id]) ?? ""
    }

    // MARK: - Conversions shared by the builders

    static func diagramID(_ id: Int64) -> String { "n\(id)" }

    static func unnamed(_ source: String) -> DiagramNode {
        DiagramNode(id: "u" + StableHash.hex(of: source).prefix(12), kind: .unnamed, label: source,
                    caption: "source not named", tooltip: "unnamed source: " + source)
    }

    static func kind(labels: [String]) -> DiagramNode.Kind {
        let L = GraphSchema.Label.self
        let order: [(String, DiagramNode.Kind)] = [
            (L.claim, .claim), (L.article, .article), (L.outlet, .outlet), (L.event, .event),
            (L.document, .document), (L.organization, .organization), (L.person, .person),
        ]
        return order.first { labels.contains($0.0) }?.1 ?? .other
    }

    static func diagramNode(id: Int64, key: String, labels: [String], props: [String: Any]) -> DiagramNode {
        let kind = kind(labels: labels)
        let s = { (k: String) in text(props[k]) }
        let label = s("name") ?? s("title") ?? s("text") ?? key
        let date = s("date").map { String($0.prefix(10)) }
        let caption: String?
        switch kind {
        case .article: caption = [date, s("outlet")].compactMap { $0 }.joined(separator: " · ")
        case .claim: caption = date
        case .event: caption = [date, s("place")].compactMap { $0 }.joined(separator: " · ")
        case .other: caption = labels.sorted().joined(separator: ", ")
        default: caption = s("title") ?? s("role")
        }
        var tooltip = label
        if kind == .article, let url = s("url") { tooltip += "\n" + url }
        return DiagramNode(id: diagramID(id), kind: kind, label: label, caption: caption, tooltip: tooltip)
    }

    static func text(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    private static func edgeRow(_ row: Row) -> EdgeRow {
        EdgeRow(id: row["id"], type: row["type"], src: row["src"], dst: row["dst"],
                props: (json(row["props"]) as? [String: Any]) ?? [:])
    }

    private static func json(_ text: String?) -> Any? {
        guard let data = text?.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data)
    }
}
