/// Shortest path between two nodes, ignoring direction, within `maxHops`: breadth-first
/// from both ends, always expanding the smaller frontier by one whole level, so a hub
/// on one side is never expanded when the other side is cheaper.
struct BidirectionalSearch {
    let from: Int64
    let to: Int64
    let maxHops: Int

    private struct Side {
        var parent: [Int64: Int64] = [:]
        var depth: [Int64: Int] = [:]
        var frontier: [Int64]
        var level = 0

        init(root: Int64) {
            depth[root] = 0
            frontier = [root]
        }

        func chain(from node: Int64) -> [Int64] {
            var out = [node]
            while let p = parent[out.last!] { out.append(p) }
            return out
        }
    }

    init(from: Int64, to: Int64, maxHops: Int) {
        self.from = from
        self.to = to
        self.maxHops = maxHops
    }

    /// `expand` returns (neighbour, node it was reached from) for every relationship of
    /// the frontier's nodes. The path runs from `from` to `to`; nil when none is short enough.
    func run(expand: ([Int64]) throws -> [(Int64, Int64)]) rethrows -> [Int64]? {
        if from == to { return [from] }
        var a = Side(root: from)
        var b = Side(root: to)
        while a.level + b.level < maxHops {
            let expandA = a.frontier.count <= b.frontier.count
            var side = expandA ? a : b
            let other = expandA ? b : a
            var next: [Int64] = []
            for (node, via) in try expand(side.frontier) where side.depth[node] == nil {
                side.depth[node] = side.level + 1
                side.parent[node] = via
                next.append(node)
            }
            side.level += 1
            side.frontier = next
            if next.isEmpty { return nil }
            let meet = next.compactMap { n in other.depth[n].map { (length: side.level + $0, node: n) } }
                .min { ($0.length, $0.node) < ($1.length, $1.node) }
            if expandA { a = side } else { b = side }
            if let meet {
                return a.chain(from: meet.node).reversed() + b.chain(from: meet.node).dropFirst()
            }
        }
        return nil
    }
}
