import Query
import Store

extension QueryDiagram {
    /// The nodes, relationships and paths found anywhere in a query's result (inside
    /// lists and maps too), in row order, drawn with the query as the headline.
    public static func build(store: GraphStore, query: String, result: QueryResult) throws -> Diagram {
        var nodes: [Int64] = []
        var edges: [Int64] = []
        func collect(_ value: Value) {
            switch value {
            case .node(let n): nodes.append(n.id)
            case .relationship(let r): edges.append(r.id)
            case .path(let p):
                nodes += p.nodes.map(\.id)
                edges += p.relationships.map(\.id)
            case .list(let items): items.forEach(collect)
            case .map(let map): map.keys.sorted().forEach { collect(map[$0]!) }
            default: break
            }
        }
        result.rows.forEach { $0.forEach(collect) }
        guard !nodes.isEmpty || !edges.isEmpty else { throw RenderError.nothingToDraw(query: query) }
        return try build(store: store, title: "Query: " + query, nodeIDs: nodes, edgeIDs: edges)
    }
}
