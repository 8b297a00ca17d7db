import Testing
@testable import Query

@Suite struct GuardTests {
    /// A dense graph where unbounded paths explode combinatorially.
    func clique(_ n: Int, limits: QueryLimits) throws -> TestGraph {
        let g = try TestGraph(limits: limits)
        try g.run("UNWIND range(1, $n) AS i CREATE (:V {i: i})", ["n": .int(Int64(n))])
        try g.run("MATCH (a:V), (b:V) WHERE a.i < b.i CREATE (a)-[:E]->(b)")
        return g
    }

    @Test func runawayPathQueryStopsWithAClearError() throws {
        let g = try clique(12, limits: QueryLimits(maxHops: 15, timeout: 1))
        let e = try #require(g.error("MATCH p = ()-[*]-() RETURN count(p)"))
        #expect(e.kind == .limit)
        #expect(e.message.contains("time limit"))
    }

    @Test func explicitBoundAboveTheHopLimitIsRefused() throws {
        let g = try TestGraph(limits: QueryLimits(maxHops: 5, timeout: 10))
        let e = try #require(g.error("MATCH (a)-[*1..6]->(b) RETURN b"))
        #expect(e.kind == .limit && e.detail == "HopLimit")
    }

    /// The shares of a split aggregation run on reader connections: the limit stops them too.
    @Test func aSplitAggregationStopsWithinTheTimeLimit() throws {
        let g = try clique(12, limits: QueryLimits(maxHops: 15, timeout: 1, workers: 2, parallelMinimumNodes: 1))
        let e = try #require(g.error("MATCH (a:V)-[*]-(b) RETURN a, count(b)"))
        #expect(e.kind == .limit)
        #expect(e.message.contains("time limit"))
        #expect(try g.column("MATCH (v:V) RETURN count(v)") == [.int(12)])
    }

    @Test func theStoreIsUsableAfterAnInterruptedQuery() throws {
        let g = try clique(12, limits: QueryLimits(maxHops: 15, timeout: 1))
        _ = g.error("MATCH p = ()-[*]-() RETURN count(p)")
        #expect(try g.column("MATCH (v:V) RETURN count(v)") == [.int(12)])
    }
}
