import Foundation
import ClaimGraphCore
import Store

/// The nodes and relationships a query returned, drawn in the shared visual language.
///
/// It takes store ids so that any query front end can use it: collect the ids of the
/// nodes, relationships and paths in the result rows and pass them here. The ends of
/// every relationship are drawn even when the query did not return them as nodes.
public enum QueryDiagram {
    public static func build(store: GraphStore, title: String, nodeIDs: [Int64], edgeIDs: [Int64]) throws -> Diagram {
        try store.writer.read { db in
            var reader = GraphReader(db)
            var diagram = Diagram(title: title)
            for id in nodeIDs {
                if let node = try reader.node(id) { diagram.add(node) }
            }
            for edge in try reader.edges(ids: edgeIDs) {
                guard let from = try reader.node(edge.src), let to = try reader.node(edge.dst) else { continue }
                diagram.add(from)
                diagram.add(to)
                diagram.add(DiagramEdge(from: from.id, to: to.id, label: wording(edge), quote: edge.string("text")))
            }
            return diagram
        }
    }

    /// A relationship type as the other diagrams word it (`AFFILIATED_WITH` → "affiliated
    /// with", `AT` → "said at"), plus the role or the credited intermediary when it has one.
    static func wording(_ edge: GraphReader.EdgeRow) -> String {
        let words = edge.type == GraphSchema.RelType.at ? "said at" : edge.type.lowercased().replacingOccurrences(of: "_", with: " ")
        if let role = edge.string("role") { return words + " (" + role + ")" }
        if let via = edge.string("via") { return words + ", citing " + via }
        return words
    }
}
