import ClaimGraphCore
import GRDB
import Store

/// An actor's relationships: whom they made claims about, who made claims about them,
/// their affiliations and the events they attended. Claims are not drawn one by one:
/// all claims between two actors become one arrow labelled with their number, and the
/// arrow's tooltip quotes the earliest one.
public enum ActorDiagram {
    /// `depth` 1 draws the actor's own relationships; each further step also draws those
    /// of the people and organizations found in the step before. With `shown` > 0 (the
    /// `--max-nodes` the diagram will be cut to) only that many nodes are read and kept,
    /// the rest are counted for the "showing N of M" note, and only actors that are shown
    /// are explored: every arrow found from an actor has that actor at one end, so
    /// exploring the others would add nothing visible, and at depth 2 around a head of
    /// state it would read most of the graph.
    public static func build(store: GraphStore, actor name: String, depth: Int = 1, shown: Int = 0) throws -> Diagram {
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
                    next += try ties.apply(to: &diagram, budget: shown, skipping: &counted, &reader).filter { visited.insert($0).inserted }
                }
                frontier = next
            }
            return diagram
        }
    }

    /// Collects one actor's relationships; `Ties.apply` then adds them to the diagram.
    /// Claims are read in two set-based queries (oldest first), not one query per claim:
    /// a head of state has thousands.
    private static func relate(_ actor: Int64, _ reader: inout GraphReader, _ ties: inout Ties) throws {
        let me = GraphReader.diagramID(actor)
        let (said, about) = (GraphSchema.RelType.said, GraphSchema.RelType.about)
        let theirClaims = try Row.fetchAll(reader.db, sql: """
            SELECT ab.id AS fact, ab.dst AS target, c.props->>'$.text' AS text
            FROM edges s JOIN nodes c ON c.id = s.dst JOIN edges ab ON ab.src = c.id AND ab.type = ?
            WHERE s.src = ? AND s.type = ? ORDER BY c.props->>'$.date', c.id, ab.dst
            """, arguments: [about, actor, said])
        for row in theirClaims {
            let target = Neighbour.stored(row["target"])
            ties.add(target, fact: "about\(row["fact"] as Int64)",
                     DiagramEdge(from: me, to: target.id, label: "claims about", tooltip: quote(row["text"])))
        }
        let claimsAboutThem = try Row.fetchAll(reader.db, sql: """
            SELECT ab.id AS fact, ab.src AS claim, s.src AS speaker, c.props->>'$.text' AS text
            FROM edges ab JOIN nodes c ON c.id = ab.src LEFT JOIN edges s ON s.dst = c.id AND s.type = ?
            WHERE ab.dst = ? AND ab.type = ? ORDER BY c.props->>'$.date', c.id, s.src
            """, arguments: [said, actor, about])
        for row in claimsAboutThem {
            let speakers = try (row["speaker"] as Int64?).map { [Neighbour.stored($0)] }
                ?? reader.speakers(of: row["claim"]).map(Neighbour.unnamed)
            for speaker in speakers {
                ties.add(speaker, fact: "about\(row["fact"] as Int64)",
                         DiagramEdge(from: speaker.id, to: me, label: "claims about", tooltip: quote(row["text"])))
            }
        }
        // Affiliations, then events: kept apart so that the layout groups them.
        for link in try reader.edges(.outgoing, of: actor, types: [GraphSchema.RelType.affiliatedWith]) {
            let org = Neighbour.stored(link.dst)
            ties.add(org, fact: "edge\(link.id)", DiagramEdge(from: me, to: org.id, label: affiliation(link)))
        }
        for link in try reader.edges(.incoming, of: actor, types: [GraphSchema.RelType.affiliatedWith]) {
            let member = Neighbour.stored(link.src)
            ties.add(member, fact: "edge\(link.id)", DiagramEdge(from: member.id, to: me, label: affiliation(link)))
        }
        for link in try reader.edges(.outgoing, of: actor, types: [GraphSchema.RelType.attended]) {
            let event = Neighbour.stored(link.dst)
            ties.add(event, fact: "edge\(link.id)", DiagramEdge(from: me, to: event.id, label: "attended"))
        }
    }

    /// "affiliated with", with the role when the graph has one ("affiliated with · 主任").
    private static func affiliation(_ link: GraphReader.EdgeRow) -> String {
        "affiliated with" + (link.string("role").map { " · " + $0 } ?? "")
    }

    private static func quote(_ text: String?) -> String { "first claim: 「" + (text ?? "") + "」" }

    /// A node at the other end of a tie: a store node, read only if it will be drawn, or
    /// an unnamed source made up from the articles' words.
    private enum Neighbour {
        case stored(Int64)
        case unnamed(DiagramNode)

        var id: String {
            switch self {
            case .stored(let id): GraphReader.diagramID(id)
            case .unnamed(let node): node.id
            }
        }
    }

    /// Neighbours of one actor, counted so that the strongest ties are added first.
    private struct Ties {
        var neighbours: [(neighbour: Neighbour, weight: Int)] = []
        var position: [String: Int] = [:]
        var edges: [(fact: String, edge: DiagramEdge)] = []

        /// `fact` names the stored relationship behind the arrow, so that reaching it again
        /// from the other end (at depth 2) does not count it twice.
        mutating func add(_ neighbour: Neighbour, fact: String, _ edge: DiagramEdge) {
            if let i = position[neighbour.id] {
                neighbours[i].weight += 1
            } else {
                position[neighbour.id] = neighbours.count
                neighbours.append((neighbour, 1))
            }
            edges.append((fact, edge))
        }

        /// Adds the neighbours (heaviest first, ties in discovery order) and the arrows
        /// between drawn nodes. Past `budget` nodes (when > 0) a neighbour is only counted
        /// as omitted: it would be cut, so it is not read. Returns the store ids of the
        /// people and organizations added, to explore at the next depth.
        func apply(to diagram: inout Diagram, budget: Int, skipping counted: inout Set<String>, _ reader: inout GraphReader) throws -> [Int64] {
            let ranked = neighbours.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }
            var actors: [Int64] = []
            for (_, entry) in ranked where !diagram.contains(entry.neighbour.id) {
                if budget > 0, diagram.nodes.count >= budget {
                    diagram.omit(entry.neighbour.id)
                    continue
                }
                switch entry.neighbour {
                case .unnamed(let node): diagram.add(node)
                case .stored(let id):
                    guard let node = try reader.node(id) else { continue }
                    diagram.add(node)
                    if [.person, .organization].contains(node.kind) { actors.append(id) }
                }
            }
            for (fact, edge) in edges where diagram.contains(edge.from) && diagram.contains(edge.to)
                && counted.insert(fact + ">" + edge.from + ">" + edge.to).inserted {
                diagram.add(edge)
            }
            return actors
        }
    }
}
