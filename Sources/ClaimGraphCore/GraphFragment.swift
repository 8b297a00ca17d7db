/// The nodes and relationships one article contributes to the graph.
///
/// Extraction produces a fragment; the store merges it. Nodes are named by a stable
/// `key` (`person:Vladimir Putin`, `claim:<hash>`) so that the same real-world entity
/// found in many articles becomes one node, and every node and relationship carries the
/// spans of the article text that support it (its provenance).
public struct GraphFragment: Sendable {
    public struct Node: Sendable {
        public var key: String
        public var labels: [String]
        public var properties: [String: PropertyValue]
        public var spans: [TextSpan]
        public init(key: String, labels: [String], properties: [String: PropertyValue], spans: [TextSpan] = []) {
            self.key = key
            self.labels = labels
            self.properties = properties
            self.spans = spans
        }
    }

    public struct Edge: Sendable {
        public var type: String
        public var from: String
        public var to: String
        public var properties: [String: PropertyValue]
        public var spans: [TextSpan]
        public init(type: String, from: String, to: String, properties: [String: PropertyValue] = [:], spans: [TextSpan] = []) {
            self.type = type
            self.from = from
            self.to = to
            self.properties = properties
            self.spans = spans
        }
    }

    public var nodes: [Node] = []
    public var edges: [Edge] = []

    public init(nodes: [Node] = [], edges: [Edge] = []) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The key of the article node a document becomes; extraction links claims to it.
    public static func articleKey(_ document: Document) -> String { "article:" + document.identity }
    /// The key of an outlet node, by display name.
    public static func outletKey(_ name: String) -> String { "outlet:" + name }
}
