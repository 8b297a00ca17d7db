import GRDB

/// `shortestPath((a)-[:T*..k]-(b))` between already bound nodes, as a bidirectional
/// breadth-first search: each step is one indexed SQL query that expands the smaller
/// frontier by one hop (edges_out / edges_in), so the search touches the neighbourhoods of
/// both ends instead of every path from one of them (a recursive CTE explores all paths).
/// The search runs inside the statement as `cy_shortest` (see ShortestPathFunction), so a
/// query with shortestPath compiles to one SELECT and its plan can be reused.
extension SQLCompiler {
    func compileShortest(_ part: PatternPart, index: Int, _ sb: inout SelectBuilder) throws {
        guard part.shortest == .single else {
            throw QueryError(.syntax, "allShortestPaths is not supported", at: part.position, code: "UnsupportedSyntax")
        }
        guard part.relationships.count == 1, let len = part.relationships[0].length else {
            throw QueryError(.syntax, "shortestPath needs one variable-length relationship, e.g. (a)-[*..4]-(b)", at: part.position, code: "UnexpectedSyntax")
        }
        let rp = part.relationships[0]
        guard sb.canSplit, len.min <= 1, rp.properties == nil,
              let av = part.nodes[0].variable, let bv = part.nodes[1].variable,
              sb.live[av]?.kind == .node, sb.live[bv]?.kind == .node,
              part.nodes.allSatisfy({ $0.labels.isEmpty && $0.properties == nil }) else {
            throw QueryError(.syntax, "shortestPath is supported between two nodes bound earlier, without labels or properties in it", at: part.position, code: "UnsupportedSyntax")
        }
        let maxHops = len.max ?? limits.maxHops
        if maxHops > limits.maxHops {
            throw QueryError(.limit, "shortestPath upper bound \(maxHops) exceeds the limit of \(limits.maxHops) hops", at: rp.position, code: "HopLimit")
        }
        // one search per row, in a materialised CTE so that it runs once, not once per use
        let a = sb.live[av]!.sql, b = sb.live[bv]!.sql
        let code = rp.direction == .right ? 0 : (rp.direction == .left ? 1 : 2)
        let types = bindText(ValueCodec.json(.list(rp.types.map { .string($0) })))
        let names = Array(sb.live.keys).sorted()
        var cols = names.enumerated().map { "\(sb.live[$1]!.sql) AS c\($0)" }
        cols.append("cy_shortest(\(a), \(b), \(types), \(code), \(maxHops)) AS seg")
        let cte = addCTE("SELECT \(cols.joined(separator: ", ")) \(sb.body)", materialized: true)
        let alias = fresh("x")
        for (i, n) in names.enumerated() { sb.live[n] = Binding(sql: "\(alias).c\(i)", kind: sb.live[n]!.kind, staticType: sb.live[n]!.staticType) }
        sb.restart(from: "\(cte) \(alias)")
        sb.conditions = ["\(alias).seg IS NOT NULL"]
        let segment = "\(alias).seg"
        if let r = rp.variable {
            sb.live[r] = Binding(sql: "cy_rels(\(segment), 0)", kind: .value, staticType: "List")
            sb.order.append(r)
        }
        if let p = part.pathVariable {
            sb.live[p] = Binding(sql: "cy_path(\(bindText("nvn")), \(sb.live[av]!.sql), \(segment), \(sb.live[bv]!.sql))", kind: .value, staticType: "Path")
            sb.order.append(p)
        }
    }
}

/// Breadth-first search from both ends at once over the edges table.
struct BidirectionalSearch {
    let db: Database
    let types: [String]
    let direction: RelationshipPattern.Direction
    let maxHops: Int

    /// Where a node was reached from: the previous node and the edge used.
    private typealias Parents = [Int64: (node: Int64, edge: Int64)]

    /// The nodes and edges of one shortest path from `s` to `t` of at least one hop, or nil.
    func path(from s: Int64, to t: Int64) throws -> (nodes: [Int64], edges: [Int64])? {
        if s == t { return nil }
        var fwd: Parents = [s: (s, 0)], bwd: Parents = [t: (t, 0)]
        var fFrontier = [s], bFrontier = [t]
        var hops = 0
        while hops < maxHops, !fFrontier.isEmpty, !bFrontier.isEmpty {
            let forward = fFrontier.count <= bFrontier.count
            var next: [Int64] = []
            var meet: Int64? = nil
            for (edge, from, to) in try neighbours(forward ? fFrontier : bFrontier, outgoing: forward) {
                if forward {
                    guard fwd[to] == nil else { continue }
                    fwd[to] = (from, edge)
                    if bwd[to] != nil { meet = to; break }
                } else {
                    guard bwd[to] == nil else { continue }
                    bwd[to] = (from, edge)
                    if fwd[to] != nil { meet = to; break }
                }
                next.append(to)
            }
            hops += 1
            if let m = meet { return assemble(meet: m, s, t, fwd, bwd) }
            if forward { fFrontier = next } else { bFrontier = next }
        }
        return nil
    }

    private func assemble(meet m: Int64, _ s: Int64, _ t: Int64, _ fwd: Parents, _ bwd: Parents) -> ([Int64], [Int64]) {
        var nodes = [m], edges: [Int64] = []
        var cur = m
        while cur != s, let p = fwd[cur] { edges.insert(p.edge, at: 0); nodes.insert(p.node, at: 0); cur = p.node }
        cur = m
        while cur != t, let p = bwd[cur] { edges.append(p.edge); nodes.append(p.node); cur = p.node }
        return (nodes, edges)
    }

    /// One hop from `frontier`: (edge, from, to). `outgoing` follows the pattern's direction
    /// (the search from the start); otherwise it walks it backwards (the search from the end).
    private func neighbours(_ frontier: [Int64], outgoing: Bool) throws -> [(Int64, Int64, Int64)] {
        let ids = "[" + frontier.map(String.init).joined(separator: ",") + "]"
        var args: [any DatabaseValueConvertible] = [ids]
        var typeFilter = ""
        if !types.isEmpty {
            typeFilter = " AND type IN (" + types.map { _ in "?" }.joined(separator: ",") + ")"
            args += types as [any DatabaseValueConvertible]
        }
        let out = "SELECT id, src, dst FROM edges WHERE src IN (SELECT value FROM json_each(?))" + typeFilter
        let inc = "SELECT id, dst, src FROM edges WHERE dst IN (SELECT value FROM json_each(?))" + typeFilter
        let sql: String
        switch (direction, outgoing) {
        case (.both, _): sql = out + " UNION ALL " + inc; args += args
        case (.right, true), (.left, false): sql = out
        default: sql = inc
        }
        let statement = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(args))
        var found: [(Int64, Int64, Int64)] = []
        while let row = try rows.next() { found.append((row[0], row[1], row[2])) }
        return found
    }
}
