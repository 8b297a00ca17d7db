import Store

/// Draws parts of the graph with Graphviz.
public struct Renderer {
    public let store: GraphStore
    public init(store: GraphStore) { self.store = store }
}
