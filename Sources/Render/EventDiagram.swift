import ClaimGraphCore
import Store

/// An event: who attended, who said what there, and which outlets reported it (each
/// outlet's articles collapsed into one arrow with their count and titles).
public enum EventDiagram {
    public static func build(store: GraphStore, event name: String) throws -> Diagram {
        try store.writer.read { db in
            var reader = GraphReader(db)
            let event = try NodeLookup.named(name, labels: [GraphSchema.Label.event], kind: "event", db)
            guard let node = try reader.node(event) else { throw LookupError.notFound(kind: "event", query: name) }
            var diagram = Diagram(title: "\(node.label): who attended, who said what there, who reported it", direction: .topToBottom)
            diagram.add(node)
            diagram.focus = node.id
            for link in try reader.edges(.incoming, of: event, types: [GraphSchema.RelType.attended]) {
                guard let person = try reader.node(link.src) else { continue }
                diagram.add(person)
                diagram.add(DiagramEdge(from: person.id, to: node.id, label: "attended"))
            }
            let claims = try reader.edges(.incoming, of: event, types: [GraphSchema.RelType.at])
                .map { ($0.src, try reader.date(of: $0.src)) }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
                .map(\.0)
            for claim in claims {
                guard let said = try reader.node(claim) else { continue }
                for speaker in try reader.speakers(of: claim) {
                    diagram.add(speaker)
                    diagram.add(said)
                    diagram.add(DiagramEdge(from: speaker.id, to: said.id, label: "said"))
                }
                diagram.add(said)
                diagram.add(DiagramEdge(from: said.id, to: node.id, label: "said at"))
            }
            for claim in claims {
                try addOutlets(reporting: claim, type: GraphSchema.RelType.reported, to: &diagram, &reader)
            }
            try addOutlets(reporting: event, type: GraphSchema.RelType.mentions, to: &diagram, &reader)
            return diagram
        }
    }

    /// Outlet → claim (or event) arrows, one per outlet, counting its articles.
    private static func addOutlets(reporting target: Int64, type: String, to diagram: inout Diagram, _ reader: inout GraphReader) throws {
        for link in try reader.edges(.incoming, of: target, types: [type]) {
            guard let article = try reader.node(link.src) else { continue }
            for published in try reader.edges(.incoming, of: link.src, types: [GraphSchema.RelType.published]) {
                guard let outlet = try reader.node(published.src) else { continue }
                diagram.add(outlet)
                diagram.add(DiagramEdge(from: outlet.id, to: GraphReader.diagramID(target),
                                        label: type == GraphSchema.RelType.mentions ? "reported on" : "reported",
                                        tooltip: "first article: " + article.label))
            }
        }
    }
}
