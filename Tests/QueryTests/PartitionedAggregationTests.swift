import Foundation
@testable import Query
import Store
import Testing

/// An aggregation grouped by the first node of the first MATCH runs split over the pool's
/// readers: it must give exactly the rows the same query gives on one connection.
@Suite struct PartitionedAggregationTests {
    /// 30 speakers, each with 1–4 claims; each claim reported by 1–3 articles of 6 outlets.
    static func newsGraph() throws -> TestGraph {
        let g = try TestGraph(limits: QueryLimits(workers: 3, parallelMinimumNodes: 1))
        try g.run("""
            UNWIND range(1, 30) AS i
            CREATE (p:Person {id: i, name: 'speaker ' + toString(i)})
            WITH p, i
            UNWIND range(1, 1 + i % 4) AS j
            CREATE (p)-[:SAID]->(c:Claim {id: i * 10 + j, kind: CASE j % 2 WHEN 0 THEN 'quote' ELSE 'statement' END})
            WITH c, i, j
            UNWIND range(1, 1 + (i + j) % 3) AS k
            CREATE (a:Article {id: i * 100 + j * 10 + k})-[:REPORTED]->(c)
            """)
        try g.run("UNWIND range(0, 5) AS o CREATE (:Outlet {id: o, name: 'outlet ' + toString(o)})")
        try g.run("MATCH (a:Article), (o:Outlet) WHERE a.id % 6 = o.id CREATE (o)-[:PUBLISHED]->(a)")
        return g
    }

    /// The rows of `query` from a split engine and from a one-connection engine on the same
    /// store, and whether the split one really ran split (its SQL read the handed-over groups).
    static func bothWays(_ g: TestGraph, _ query: String, _ params: [String: Value] = [:]) throws -> (split: [[Value]], serial: [[Value]], wasSplit: Bool) {
        let first = try g.engine.run(query, parameters: params).rows      // compiles, then runs the plan
        let seen = SQLSeen()
        let split = try g.engine.run(query, parameters: params, traceSQL: { seen.add($0) }).rows
        let serial = try QueryEngine(store: g.engine.store, limits: QueryLimits(workers: 1)).run(query, parameters: params).rows
        #expect(first == split)
        return (split, serial, seen.contains("temp.cy_groups_"))
    }

    /// Each query, on the news graph, runs on one connection and gives the rows it gives there.
    static func expectRunWhole(_ queries: [String]) throws {
        let g = try newsGraph()
        for query in queries {
            let r = try bothWays(g, query)
            #expect(!r.wasSplit)
            #expect(r.split == r.serial)
            #expect(!r.split.isEmpty)
        }
    }

    @Test func topSpeakersByOutletsAgree() throws {
        let g = try Self.newsGraph()
        let r = try Self.bothWays(g, """
            MATCH (s:Person)-[:SAID]->(:Claim)<-[:REPORTED]-(:Article)<-[:PUBLISHED]-(o:Outlet)
            WITH s, count(DISTINCT o) AS outlets
            ORDER BY outlets DESC, s.id
            LIMIT $limit
            RETURN s.id AS speaker, s.name AS name, outlets
            """, ["limit": .int(7)])
        #expect(r.wasSplit)
        #expect(r.split == r.serial)
        #expect(r.split.count == 7)
    }

    /// With SKIP a share's first rows are not enough: the groups go over whole.
    @Test func skipAndLimitAgree() throws {
        let g = try Self.newsGraph()
        let r = try Self.bothWays(g, """
            MATCH (s:Person)-[:SAID]->(c:Claim)<-[:REPORTED]-(a:Article)
            WITH s, count(DISTINCT a) AS articles, count(DISTINCT c) AS claims
            ORDER BY articles DESC, claims, s.id SKIP 4 LIMIT 6
            RETURN s.id AS speaker, articles, claims
            """)
        #expect(r.wasSplit)
        #expect(r.split == r.serial)
        #expect(r.split.count == 6)
    }

    @Test func everyGroupOnceWithoutOrder() throws {
        let g = try Self.newsGraph()
        let r = try Self.bothWays(g, "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p AS person, count(c) AS claims, collect(c.kind) AS kinds")
        #expect(r.wasSplit)
        func byNode(_ rows: [[Value]]) -> [[Value]] {
            rows.sorted { a, b in
                if case .node(let x) = a[0], case .node(let y) = b[0] { return x.id < y.id }
                return false
            }
        }
        #expect(byNode(r.split) == byNode(r.serial))
        #expect(r.split.count == 30)
    }

    @Test func clausesAfterTheGroupingRunOnAllGroups() throws {
        let g = try Self.newsGraph()
        let r = try Self.bothWays(g, """
            MATCH (p:Person)-[:SAID]->(c:Claim)
            WITH p, count(c) AS claims WHERE claims >= 3
            MATCH (p)-[:SAID]->(:Claim)<-[:REPORTED]-(a:Article)
            RETURN count(DISTINCT a) AS articles, sum(claims) AS weight
            """)
        #expect(r.wasSplit)
        #expect(r.split == r.serial)
    }

    /// Two nodes may share a property value, so a group keyed by `p.id` could span two shares.
    @Test func groupsNotKeyedByTheFirstNodeStayWhole() throws {
        let g = try Self.newsGraph()
        for query in ["MATCH (p:Person)-[:SAID]->(c:Claim) RETURN c.kind AS kind, count(*) AS n ORDER BY kind",
                      "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.id AS id, count(c) AS n ORDER BY id"] {
            let r = try Self.bothWays(g, query)
            #expect(!r.wasSplit)
            #expect(r.split == r.serial)
            #expect(!r.split.isEmpty)
        }
    }

    /// With per-type indexes, a share must still start from its part of the first node's
    /// label (the share filter divides nothing when SQLite drives from a type's index).
    @Test func aShareJoinsInTheWalksOrder() throws {
        let g = try Self.newsGraph()
        try g.engine.store.indexEdgeTypes()
        let share = try g.engine.store.writer.write { db -> String? in
            SQLFunctions.register(db)
            let compiler = SQLCompiler(db: db, parameters: [:], limits: g.engine.limits)
            let (columns, sql) = try compiler.run(try Parser.parse(
                "MATCH (s:Person)-[:SAID]->(:Claim)<-[:REPORTED]-(a:Article) WITH s, count(DISTINCT a) AS n RETURN s.id, n"))
            return compiler.plan(columns: columns, sql: sql!)?.parallel?.shareSQL
        }
        let text = try #require(share)
        #expect(text.contains("CROSS JOIN edges"))
        #expect(text.contains("INDEXED BY edges_type_out_SAID"))
        #expect(text.contains(":cy_part"))
    }

    @Test func smallLabelsAreNotSplit() throws {
        let g = try Self.newsGraph()
        let engine = QueryEngine(store: g.engine.store, limits: QueryLimits(workers: 2, parallelMinimumNodes: 31))
        let query = "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.id AS id, count(c) AS n"
        _ = try engine.run(query)
        let seen = SQLSeen()
        _ = try engine.run(query, traceSQL: { seen.add($0) })
        #expect(!seen.contains("temp.cy_groups_"))
    }
}

/// ORDER BY … LIMIT right after a MATCH runs on disjoint parts of the MATCH's rows, then
/// again on the union of the parts' first rows: the same rows as on one connection.
@Suite struct RowSplitTests {
    @Test func firstRowsAgreeAndLaterClausesSeeOnlyThem() throws {
        let g = try PartitionedAggregationTests.newsGraph()
        let r = try PartitionedAggregationTests.bothWays(g, """
            MATCH (o:Outlet {id: 5})-[:PUBLISHED]->(a:Article)-[:REPORTED]->(c:Claim)
            WITH c, a ORDER BY c.id DESC, a.id LIMIT $n
            MATCH (p:Person)-[:SAID]->(c)
            RETURN p.id AS speaker, c.id AS claim, a.id AS article ORDER BY claim DESC, article
            """, ["n": .int(5)])
        #expect(r.wasSplit)
        #expect(r.split == r.serial)
        #expect(r.split.count == 5)
    }

    /// Forms whose parts would not add up, or whose heavy work comes after, run whole.
    @Test func otherFormsAreNotSplit() throws {
        try PartitionedAggregationTests.expectRunWhole([
            "MATCH (p:Person {id: 3})-[:SAID]->(c) WITH DISTINCT c MATCH (c)<-[:REPORTED]-(a) RETURN count(a) AS n",
            "MATCH (p:Person)-[:SAID]->(c) WITH c ORDER BY c.id SKIP 2 LIMIT 3 RETURN c.id AS id",
            "MATCH (p:Person)-[:SAID]->(c) RETURN DISTINCT p.id AS id LIMIT 4",
            "MATCH (p:Person)-[:SAID]->(:Claim)<-[:REPORTED]-(a:Article) WITH DISTINCT p, a RETURN count(*) AS pairs",
        ])
    }
}

/// DISTINCT ids after a second MATCH: each share expands its part of the rows the MATCH
/// reads and hands over its id set; the union is the set of all.
@Suite struct SetSplitTests {
    /// Outlets two hops from outlet 2's speakers, counted and as rows (in any order).
    @Test func distinctIdsAfterASecondMatchAgree() throws {
        let g = try PartitionedAggregationTests.newsGraph()
        let hops = """
            MATCH (:Outlet {id: $o})-[:PUBLISHED]->(:Article)-[:REPORTED]->(:Claim)<-[:SAID]-(s:Person)
            WITH DISTINCT s
            MATCH (s)-[:SAID]->(:Claim)<-[:REPORTED]-(a:Article)<-[:PUBLISHED]-(o:Outlet)
            """
        let counted = try PartitionedAggregationTests.bothWays(g, hops + " WITH DISTINCT o, s WHERE o.id <> $o RETURN count(*) AS n", ["o": .int(1)])
        #expect(counted.wasSplit)
        #expect(counted.split == counted.serial)
        #expect((counted.split.first?.first).map { $0 != .int(0) } == true)
        let rows = try PartitionedAggregationTests.bothWays(g, hops + " RETURN DISTINCT a, o", ["o": .int(1)])
        #expect(rows.wasSplit)
        let ids = { (rows: [[Value]]) in
            rows.map { $0.map { value -> Int64 in if case .node(let n) = value { n.id } else { -1 } } }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        #expect(ids(rows.split) == ids(rows.serial))
        #expect(!rows.split.isEmpty && !ids(rows.split).joined().contains(-1))
    }

    /// count(DISTINCT …) of nodes and relationships, through an UNWIND (an ego network).
    @Test func distinctCountsAgree() throws {
        let g = try PartitionedAggregationTests.newsGraph()
        let r = try PartitionedAggregationTests.bothWays(g, """
            MATCH (x:Person {id: 7})--(a)
            WITH DISTINCT a
            MATCH (a)-[e]-(b)
            UNWIND [a, b] AS n
            RETURN count(DISTINCT n) AS nodes, count(DISTINCT e) AS relationships
            """)
        #expect(r.wasSplit)
        #expect(r.split == r.serial)
        #expect(r.split.first?.allSatisfy { $0 != .int(0) } == true)
    }

    /// Values (not ids), other aggregates, or paging: the rows are not split.
    @Test func otherProjectionsRunWhole() throws {
        try PartitionedAggregationTests.expectRunWhole([
            "MATCH (p:Person)-[:SAID]->(c) WITH DISTINCT p MATCH (p)-[:SAID]->(c2) RETURN count(DISTINCT c2.kind) AS n",
            "MATCH (p:Person)-[:SAID]->(c) WITH DISTINCT p MATCH (p)-[:SAID]->(c2) RETURN count(c2) AS n",
            "MATCH (p:Person)-[:SAID]->(c) WITH DISTINCT p MATCH (p)-[:SAID]->(c2) RETURN DISTINCT c2 LIMIT 3",
        ])
    }
}

/// SQL statements seen by a trace callback (which may run on another thread).
final class SQLSeen: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    func add(_ sql: String) { lock.withLock { statements.append(sql) } }

    func contains(_ fragment: String) -> Bool { lock.withLock { statements.contains { $0.contains(fragment) } } }
}
