import ClaimGraphCore
import Store

/// The audit trail of one claim: who said it, every article that reported it (oldest
/// first, with the exact wording that article used and the intermediary it credited),
/// and the outlets that published those articles; plus whom it is about and where.
public enum ClaimDiagram {
    /// `claim` is a node id (`42`, `#42`) or words of the claim in either script.
    public static func build(store: GraphStore, claim query: String) throws -> Diagram {
        try store.writer.read { db in
            var reader = GraphReader(db)
            let claim = try NodeLookup.claim(query, db)
            guard let node = try reader.node(claim) else { throw LookupError.notFound(kind: "claim", query: query) }
            var diagram = Diagram(title: "Who said 「\(node.label)」, and who reported it (oldest report first)")
            diagram.add(node)
            diagram.focus = node.id
            for speaker in try reader.speakers(of: claim) {
                diagram.add(speaker)
                diagram.add(DiagramEdge(from: speaker.id, to: node.id, label: "said"))
            }
            try addReports(of: claim, to: &diagram, &reader)
            for about in try reader.edges(.outgoing, of: claim, types: [GraphSchema.RelType.about, GraphSchema.RelType.at]) {
                guard let target = try reader.node(about.dst) else { continue }
                diagram.add(target)
                diagram.add(DiagramEdge(from: node.id, to: target.id, label: about.type == GraphSchema.RelType.at ? "said at" : "about"))
            }
            return diagram
        }
    }

    /// Articles numbered by date; each arrow carries the article's own wording.
    private static func addReports(of claim: Int64, to diagram: inout Diagram, _ reader: inout GraphReader) throws {
        let reports = try reader.edges(.incoming, of: claim, types: [GraphSchema.RelType.reported])
            .map { ($0, try reader.date(of: $0.src)) }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            .map(\.0)
        for (i, report) in reports.enumerated() {
            guard var article = try reader.node(report.src) else { continue }
            article.caption = "report \(i + 1)" + (article.caption.map { " · " + $0 } ?? "")
            diagram.add(article)
            let via = report.string("via")
            let wording = report.string("text")
            var tooltip = "\(article.label) reported: 「\(wording ?? "")」"
            if let via { tooltip += "\ncredited to: " + via }
            diagram.add(DiagramEdge(from: article.id, to: GraphReader.diagramID(claim),
                                    label: via.map { "reported, citing " + $0 } ?? "reported",
                                    quote: wording, tooltip: tooltip))
            for published in try reader.edges(.incoming, of: report.src, types: [GraphSchema.RelType.published]) {
                guard let outlet = try reader.node(published.src) else { continue }
                diagram.add(outlet)
                diagram.add(DiagramEdge(from: outlet.id, to: article.id, label: "published"))
            }
        }
    }
}
