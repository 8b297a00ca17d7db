import Store

/// Compiles openCypher to SQL over the store and runs it.
public struct QueryEngine {
    public let store: GraphStore
    public init(store: GraphStore) { self.store = store }
}
