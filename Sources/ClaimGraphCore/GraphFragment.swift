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
        /// Where in `nodes` the node of each end is, when the builder knew it: the store then
        /// takes that node's id instead of looking the key up (two hashes of a key per
        /// relationship were 1% of an ingest). A hint only: an index whose node has another
        /// key is ignored.
        public var fromNode: Int?
        public var toNode: Int?
        public init(type: String, from: String, to: String, properties: [String: PropertyValue] = [:], spans: [TextSpan] = [],
                    fromNode: Int? = nil, toNode: Int? = nil) {
            self.type = type
            self.from = from
            self.to = to
            self.properties = properties
            self.spans = spans
            self.fromNode = fromNode
            self.toNode = toNode
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
