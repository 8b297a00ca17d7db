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
    /// Set when the diagram was cut: "showing 40 of 120 nodes".
    public var note: String?
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

    public func node(_ id: String) -> DiagramNode? { nodes.first { $0.id == id } }
    public func contains(_ id: String) -> Bool { nodes.contains { $0.id == id } }

    /// Adds a node once; a second add of the same id keeps the first (higher priority).
    public mutating func add(_ node: DiagramNode) {
        if !contains(node.id) { nodes.append(node) }
    }

    /// Adds an edge, or adds to the count of the edge already drawn between the same two
    /// nodes with the same label: parallel relationships become one labelled line whose
    /// tooltip keeps the first one's words.
    public mutating func add(_ edge: DiagramEdge) {
        if let i = edges.firstIndex(where: { $0.from == edge.from && $0.to == edge.to && $0.label == edge.label }) {
            edges[i].count += edge.count
        } else {
            edges.append(edge)
        }
    }

    /// Keeps the first `maxNodes` nodes (and the edges between them) and records the cut,
    /// so the picture says it is partial instead of silently dropping people.
    public func cut(maxNodes: Int) -> Diagram {
        guard maxNodes > 0, nodes.count > maxNodes else { return self }
        var out = self
        out.nodes = Array(nodes.prefix(maxNodes))
        let kept = Set(out.nodes.map(\.id))
        out.edges = edges.filter { kept.contains($0.from) && kept.contains($0.to) }
        out.note = "showing \(maxNodes) of \(nodes.count) nodes (raise --max-nodes to see more)"
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
}
