import Foundation
import Query
import Store
import TestSupport
import Testing

/// Variable-length matching checked against a brute-force path enumerator on random
/// graphs, under openCypher's rule that no relationship repeats within a path.
@Suite struct VariableLengthPropertyTests {
    struct Edge { var id: Int64; var from: Int64; var to: Int64; var type: String }

    /// Every path of `min...max` relationships from `start` (to any node), walking edges
    /// `directed` or in either direction, never reusing a relationship; returns each path's end.
    static func enumerate(_ edges: [Edge], from start: Int64, min: Int, max: Int, directed: Bool, type: String?) -> [Int64] {
        var ends: [Int64] = []
        var used = Set<Int64>()
        func walk(_ at: Int64, _ depth: Int) {
            if depth >= min { ends.append(at) }
            guard depth < max else { return }
            for e in edges where !used.contains(e.id) && (type == nil || e.type == type) {
                // A self-loop is one step even undirected: the first branch takes it once.
                var next: Int64?
                if e.from == at { next = e.to } else if !directed && e.to == at { next = e.from }
                guard let n = next else { continue }
                used.insert(e.id)
                walk(n, depth + 1)
                used.remove(e.id)
            }
        }
        walk(start, 0)
        return ends
    }

    /// A random graph of `nodes` nodes and `edges` relationships of two types, built with CREATE.
    static func randomGraph(_ engine: QueryEngine, seed: UInt64, nodes: Int, edges: Int) throws -> (ids: [Int64], edges: [Edge]) {
        var rng = SeededGenerator(seed: seed)
        var ids: [Int64] = []
        for i in 0..<nodes {
            let r = try engine.run("CREATE (n:N {i: $i}) RETURN id(n)", parameters: ["i": .int(Int64(i))])
            if case .int(let id) = r.rows[0][0] { ids.append(id) }
        }
        var made: [Edge] = []
        for _ in 0..<edges {
            let a = ids[Int(rng.next() % UInt64(nodes))], b = ids[Int(rng.next() % UInt64(nodes))]
            let type = rng.next() % 3 == 0 ? "B" : "A"
            let r = try engine.run("MATCH (a), (b) WHERE id(a) = $a AND id(b) = $b CREATE (a)-[r:\(type)]->(b) RETURN id(r)",
                                   parameters: ["a": .int(a), "b": .int(b)])
            if case .int(let id) = r.rows[0][0] { made.append(Edge(id: id, from: a, to: b, type: type)) }
        }
        return (ids, made)
    }

    static func ends(_ result: QueryResult) -> [Int64] {
        result.rows.compactMap { if case .int(let v) = $0[0] { return v } else { return nil } }.sorted()
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func matchesBruteForce(seed: UInt64) throws {
        let engine = QueryEngine(store: try GraphStore(path: ":memory:"))
        let graph = try Self.randomGraph(engine, seed: seed, nodes: 7, edges: 11)
        var rng = SeededGenerator(seed: seed &* 7919)
        for _ in 0..<6 {
            let start = graph.ids[Int(rng.next() % UInt64(graph.ids.count))]
            let lo = Int(rng.next() % 2), hi = lo + 1 + Int(rng.next() % 3)
            let type: String? = rng.next() % 2 == 0 ? nil : "A"
            let directed = rng.next() % 2 == 0
            let rel = "[" + (type.map { ":" + $0 } ?? "") + "*\(lo)..\(hi)]"
            let pattern = directed ? "(s)-\(rel)->(e)" : "(s)-\(rel)-(e)"
            let result = try engine.run("MATCH \(pattern) WHERE id(s) = $s RETURN id(e)", parameters: ["s": .int(start)])
            let expected = Self.enumerate(graph.edges, from: start, min: lo, max: hi, directed: directed, type: type).sorted()
            #expect(Self.ends(result) == expected, "seed \(seed): \(pattern) from \(start)")
        }
    }
}
