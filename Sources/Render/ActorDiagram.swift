import ClaimGraphCore
import Store

/// An actor's relationships: whom they made claims about, who made claims about them,
/// their affiliations and the events they attended. Claims are not drawn one by one:
/// all claims between two actors become one arrow labelled with their number, and the
/// arrow's tooltip quotes the earliest one.
public enum ActorDiagram {
    /// `depth` 1 draws the actor's own relationships; each further step also draws those
    /// of the people and organizations found in the step before.
    public static func build(store: GraphStore, actor name: String, depth: Int = 1) throws -> Diagram {
        try store.writer.read { db in
            var reader = GraphReader(db)
            let actor = try NodeLookup.named(name, labels: NodeLookup.actorLabels, kind: "person or organization", db)
            guard let focus = try reader.node(actor) else { throw LookupError.notFound(kind: "person or organization", query: name) }
            var diagram = Diagram(title: "\(focus.label): whom they made claims about, who made claims about them, affiliations and events")
            diagram.add(focus)
            diagram.focus = focus.id
            var frontier = [actor]
            var visited: Set<Int64> = [actor]
            var counted = Set<String>()
            for _ in 0..<max(depth, 1) {
                var next: [Int64] = []
                for id in frontier {
                    var ties = Ties()
                    try relate(id, &reader, &ties)
                    next += ties.apply(to: &diagram, skipping: &counted).filter { visited.insert($0).inserted }
                }
                frontier = next
            }
            return diagram
        }
    }

    /// Collects one actor's relationships; `Ties.apply` then adds them to the diagram.
    private static func relate(_ actor: Int64, _ reader: inout GraphReader, _ ties: inout Ties) throws {
        let me = GraphReader.diagramID(actor)
        for (claim, text) in try claims(saidBy: actor, &reader) {
            for about in try reader.edges(.outgoing, of: claim, types: [GraphSchema.RelType.about]) {
                guard let target = try reader.node(about.dst) else { continue }
                ties.add(target, storeID: about.dst, fact: "about\(about.id)", DiagramEdge(from: me, to: target.id, label: "claims about", tooltip: quote(text)))
            }
        }
        let aboutMe = try reader.edges(.incoming, of: actor, types: [GraphSchema.RelType.about])
            .map { ($0, try reader.date(of: $0.src)) }
            .sorted { $0.1 < $1.1 }
            .map(\.0)
        for about in aboutMe {
            let text = try reader.node(about.src)?.label ?? ""
            let said = try reader.edges(.incoming, of: about.src, types: [GraphSchema.RelType.said])
            for speaker in try reader.speakers(of: about.src) {
                let storeID = said.first { GraphReader.diagramID($0.src) == speaker.id }?.src
                ties.add(speaker, storeID: storeID, fact: "about\(about.id)", DiagramEdge(from: speaker.id, to: me, label: "claims about", tooltip: quote(text)))
            }
        }
        for link in try reader.edges(.outgoing, of: actor, types: [GraphSchema.RelType.affiliatedWith]) {
            guard let org = try reader.node(link.dst) else { continue }
            ties.add(org, storeID: link.dst, fact: "edge\(link.id)", DiagramEdge(from: me, to: org.id, label: affiliation(link)))
        }
        for link in try reader.edges(.incoming, of: actor, types: [GraphSchema.RelType.affiliatedWith]) {
            guard let member = try reader.node(link.src) else { continue }
            ties.add(member, storeID: link.src, fact: "edge\(link.id)", DiagramEdge(from: member.id, to: me, label: affiliation(link)))
        }
        for link in try reader.edges(.outgoing, of: actor, types: [GraphSchema.RelType.attended]) {
            guard let event = try reader.node(link.dst) else { continue }
            ties.add(event, storeID: nil, fact: "edge\(link.id)", DiagramEdge(from: me, to: event.id, label: "attended"))
        }
    }

    /// The claims an actor said, oldest first, with their words.
    private static func claims(saidBy actor: Int64, _ reader: inout GraphReader) throws -> [(Int64, String)] {
        try reader.edges(.outgoing, of: actor, types: [GraphSchema.RelType.said])
            .map { ($0.dst, try reader.date(of: $0.dst)) }
            .sorted { $0.1 < $1.1 }
            .map { ($0.0, try reader.node($0.0)?.label ?? "") }
    }

    /// "affiliated with", with the role when the graph has one ("affiliated with · 主任").
    private static func affiliation(_ link: GraphReader.EdgeRow) -> String {
        "affiliated with" + (link.string("role").map { " · " + $0 } ?? "")
    }

    private static func quote(_ text: String) -> String { "first claim: 「" + text + "」" }

    /// Neighbours of one actor, counted so that the strongest ties are added first.
    private struct Ties {
        var neighbours: [(node: DiagramNode, storeID: Int64?, weight: Int)] = []
        var edges: [(fact: String, edge: DiagramEdge)] = []

        /// `fact` names the stored relationship behind the arrow, so that reaching it again
        /// from the other end (at depth 2) does not count it twice.
        mutating func add(_ node: DiagramNode, storeID: Int64?, fact: String, _ edge: DiagramEdge) {
            if let i = neighbours.firstIndex(where: { $0.node.id == node.id }) {
                neighbours[i].weight += 1
            } else {
                neighbours.append((node, storeID, 1))
            }
            edges.append((fact, edge))
        }

        /// Adds the neighbours (heaviest first, ties in discovery order) and the edges;
        /// returns the store ids of the actors among them, to explore at the next depth.
        func apply(to diagram: inout Diagram, skipping counted: inout Set<String>) -> [Int64] {
            let ranked = neighbours.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }.map(\.element)
            for n in ranked { diagram.add(n.node) }
            for (fact, edge) in edges where counted.insert(fact + ">" + edge.from + ">" + edge.to).inserted {
                diagram.add(edge)
            }
            return ranked.filter { [.person, .organization].contains($0.node.kind) }.compactMap(\.storeID)
        }
    }
}
