import GRDB

/// Turns the SQL rows of a query into values, filling in the labels, types, ends and
/// properties of the nodes and relationships they reference (one lookup per table).
struct ResultDecoder {
    let db: Database

    func decode(_ rows: [[DatabaseValue]]) throws -> [[Value]] {
        let values = try rows.map { try $0.map(ValueCodec.value) }
        var nodeIDs = Set<Int64>(), relIDs = Set<Int64>()
        for row in values { for v in row { collect(v, &nodeIDs, &relIDs) } }
        if nodeIDs.isEmpty && relIDs.isEmpty { return values }
        let nodes = try fetchNodes(nodeIDs)
        let rels = try fetchRelationships(relIDs)
        return values.map { $0.map { resolve($0, nodes, rels) } }
    }

    private func collect(_ v: Value, _ n: inout Set<Int64>, _ r: inout Set<Int64>) {
        switch v {
        case .node(let x): n.insert(x.id)
        case .relationship(let x): r.insert(x.id)
        case .path(let p): p.nodes.forEach { n.insert($0.id) }; p.relationships.forEach { r.insert($0.id) }
        case .list(let l): l.forEach { collect($0, &n, &r) }
        case .map(let m): m.values.forEach { collect($0, &n, &r) }
        default: break
        }
    }

    private func idList(_ ids: Set<Int64>) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    private func properties(_ json: String) throws -> [String: Value] {
        if case .map(let m) = try JSONValueReader.read(json) { return m }
        return [:]
    }

    private func fetchNodes(_ ids: Set<Int64>) throws -> [Int64: Node] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: Node] = [:]
        let list = idList(ids)
        for row in try Row.fetchAll(db, sql: "SELECT id, props FROM nodes WHERE id IN (SELECT value FROM json_each(?))", arguments: [list]) {
            let id: Int64 = row[0]
            out[id] = Node(id: id, labels: [], properties: try properties(row[1]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT node_id, label FROM node_labels WHERE node_id IN (SELECT value FROM json_each(?)) ORDER BY label", arguments: [list]) {
            let id: Int64 = row[0]
            out[id]?.labels.append(row[1])
        }
        return out
    }

    private func fetchRelationships(_ ids: Set<Int64>) throws -> [Int64: Relationship] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: Relationship] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, type, src, dst, props FROM edges WHERE id IN (SELECT value FROM json_each(?))", arguments: [idList(ids)]) {
            let id: Int64 = row[0]
            out[id] = Relationship(id: id, type: row[1], start: row[2], end: row[3], properties: try properties(row[4]))
        }
        return out
    }

    private func resolve(_ v: Value, _ nodes: [Int64: Node], _ rels: [Int64: Relationship]) -> Value {
        switch v {
        case .node(let x): return .node(nodes[x.id] ?? x)
        case .relationship(let x): return .relationship(rels[x.id] ?? x)
        case .path(let p):
            return .path(Path(nodes: p.nodes.map { nodes[$0.id] ?? $0 }, relationships: p.relationships.map { rels[$0.id] ?? $0 }))
        case .list(let l): return .list(l.map { resolve($0, nodes, rels) })
        case .map(let m): return .map(m.mapValues { resolve($0, nodes, rels) })
        default: return v
        }
    }
}
