/// What a diagram shows, before any DOT or Graphviz is involved.
///
/// Builders read the store and produce a `Diagram`; the DOT writer turns it into text and
/// the Graphviz renderer draws it. Keeping the model free of presentation lets tests check
/// the graph content (which nodes, which edges, which words) without parsing pictures.
public struct Diagram: Sendable, Equatable {
    /// A headline drawn above the picture ("Vladimir Putin: who they made claims about …").
    public var title: String
    /// Nodes in priority order: the focus first, then what matters most to the reader.
    /// `cut(maxNodes:)` keeps a prefix of this order.
    public private(set) var nodes: [DiagramNode] = []
    public private(set) var edges: [DiagramEdge] = []
    /// Positions by node id and by (from, to, label), so that adding stays constant-time
    /// when an actor has thousands of claims.
    private var nodeIndex: [String: Int] = [:]
    private var edgeIndex: [EdgeKey: Int] = [:]
    private struct EdgeKey: Hashable { var from, to, label: String }
    /// Set when the diagram was cut: "showing 40 of 120 nodes".
    public var note: String?
    /// Nodes a builder found but did not read because they would be cut anyway; they
    /// count in the note's total.
    public private(set) var omitted: Set<String> = []
    public var direction: Direction
    /// The node the diagram is about (the actor, claim or event asked for), drawn bold so
    /// the eye finds it first in a busy picture.
    public var focus: String?

    /// Which way the arrows mostly run; chosen per diagram kind for readability.
    public enum Direction: String, Sendable { case leftToRight = "LR", topToBottom = "TB" }

    public init(title: String, direction: Direction = .leftToRight) {
        self.title = title
        self.direction = direction
    }

    public func node(_ id: String) -> DiagramNode? { nodeIndex[id].map { nodes[$0] } }
    public func contains(_ id: String) -> Bool { nodeIndex[id] != nil }

    /// Counts a node that will not be drawn (see `omitted`).
    public mutating func omit(_ id: String) {
        if !contains(id) { omitted.insert(id) }
    }

    /// Adds a node once; a second add of the same id keeps the first (higher priority).
    public mutating func add(_ node: DiagramNode) {
        guard nodeIndex[node.id] == nil else { return }
        nodeIndex[node.id] = nodes.count
        nodes.append(node)
    }

    /// Adds an edge, or adds to the count of the edge already drawn between the same two
    /// nodes with the same label: parallel relationships become one labelled line whose
    /// tooltip keeps the first one's words.
    public mutating func add(_ edge: DiagramEdge) {
        let key = EdgeKey(from: edge.from, to: edge.to, label: edge.label)
        if let i = edgeIndex[key] {
            edges[i].count += edge.count
        } else {
            edgeIndex[key] = edges.count
            edges.append(edge)
        }
    }

    /// Keeps the first `maxNodes` nodes and at most three arrows per node kept (those
    /// touching the focus first, then the heaviest), and records the cut, so the picture
    /// says it is partial instead of silently dropping people. The arrow cap matters at
    /// depth 2, where 60 well-connected people can share 2,000 arrows: unreadable, and
    /// Graphviz's layout then takes minutes.
    public func cut(maxNodes: Int) -> Diagram {
        let total = nodes.count + omitted.count
        let maxArrows = maxNodes * 3
        guard maxNodes > 0, total > maxNodes || edges.count > maxArrows else { return self }
        var out = Diagram(title: title, direction: direction)
        out.focus = focus
        nodes.prefix(maxNodes).forEach { out.add($0) }
        let candidates = edges.enumerated().filter { out.contains($0.element.from) && out.contains($0.element.to) }
        let ranked = candidates.sorted { a, b in
            let (fa, fb) = (a.element.touches(focus), b.element.touches(focus))
            return fa != fb ? fa : (a.element.count, b.offset) > (b.element.count, a.offset)
        }
        ranked.prefix(maxArrows).sorted { $0.offset < $1.offset }.forEach { out.add($0.element) }
        var parts = ["showing \(out.nodes.count) of \(total) nodes"]
        if candidates.count > maxArrows { parts.append("\(out.edges.count) of \(candidates.count) arrows between them") }
        out.note = parts.joined(separator: " and ") + " (raise --max-nodes to see more)"
        return out
    }
}

/// One box, ellipse or note in a diagram.
public struct DiagramNode: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, organization, outlet, article, claim, event, document
        /// A source the article did not name ("分析人士称").
        case unnamed
        /// A node with none of the schema's labels (one a curator made with Cypher).
        case other
    }

    /// The DOT node name: `n<store id>`, or `u<hash>` for unnamed sources. Never user text.
    public var id: String
    public var kind: Kind
    /// The main text (a name, a claim's words, an article's title).
    public var label: String
    /// A second, smaller line: a date, a role, a place.
    public var caption: String?
    /// The full text shown on hover in SVG.
    public var tooltip: String

    public init(id: String, kind: Kind, label: String, caption: String? = nil, tooltip: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.caption = caption
        self.tooltip = tooltip ?? label
    }
}

/// One arrow; `count` > 1 when several relationships were collapsed into it.
public struct DiagramEdge: Sendable, Equatable {
    public var from: String
    public var to: String
    /// A short verb phrase: "claims about", "reported", "attended".
    public var label: String
    public var count: Int
    /// Words quoted on the arrow (an article's wording of a claim), wrapped and shortened.
    public var quote: String?
    public var tooltip: String

    public init(from: String, to: String, label: String, count: Int = 1, quote: String? = nil, tooltip: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.count = count
        self.quote = quote
        self.tooltip = tooltip ?? quote ?? label
    }

    func touches(_ node: String?) -> Bool { from == node || to == node }
}
