import Foundation
import GRDB
import Testing
@testable import Query
import Store

/// Reused plans, label checks dropped on the strength of `edge_end_labels`, and sorting
/// done in SQL: each must give the answers the plain compilation gives.
@Suite struct PlanTests {
    @Test func aPlanRunsAgainWithOtherParameterValuesAndTypes() throws {
        let g = try TestGraph()
        try g.run("CREATE (:P {k: 'a', v: 1}), (:P {k: 'b', v: 2}), (:P {k: 3, v: 3})")
        let q = "MATCH (n:P {k: $k}) RETURN n.v"
        #expect(try g.column(q, ["k": .string("a")]) == [.int(1)])
        #expect(try g.column(q, ["k": .string("b")]) == [.int(2)])
        #expect(try g.column(q, ["k": .int(3)]) == [.int(3)])
        #expect(try g.column(q, ["k": .string("zz")]) == [])
    }

    @Test func aShortestPathPlanSearchesAgainForOtherEnds() throws {
        let g = try TestGraph()
        try g.run("CREATE (:P {i: 1})-[:K]->(:P {i: 2})-[:K]->(:P {i: 3})-[:K]->(:P {i: 4})")
        let q = "MATCH (a:P {i: $a}), (b:P {i: $b}) MATCH p = shortestPath((a)-[*..4]-(b)) RETURN length(p)"
        #expect(try g.column(q, ["a": .int(1), "b": .int(4)]) == [.int(3)])
        #expect(try g.column(q, ["a": .int(2), "b": .int(3)]) == [.int(1)])
        #expect(try g.column(q, ["a": .int(4), "b": .int(9)]) == [])
    }

    @Test func aPlanIsNotReusedUnderAnotherHopLimit() throws {
        let g = try TestGraph()
        try g.run("CREATE (:H)-[:N]->(:H)-[:N]->(:H)")
        let q = "MATCH (a:H)-[:N*]->(b:H) RETURN count(*)"
        #expect(try g.column(q) == [.int(3)])
        var shorter = g.engine
        shorter.limits.maxHops = 1
        #expect(try shorter.run(q).rows == [[.int(2)]])
    }

    @Test func labelChecksTheFactsImplyAreDroppedUntilAWriteBreaksThem() throws {
        let g = try TestGraph()
        try g.run("CREATE (:Person {n: 1})-[:SAID]->(:Claim)")
        try g.engine.store.writer.write { db in
            try db.execute(sql: "INSERT INTO edge_end_labels(type, side, label) VALUES ('SAID', 'src', 'Person'), ('SAID', 'dst', 'Claim')")
        }
        let q = "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN count(*)"
        let trace = SQLTrace()
        let first = try g.engine.run("MATCH (c:Claim)<-[:SAID]-(p:Person) RETURN count(*)", traceSQL: trace.add)
        #expect(first.rows == [[.int(1)]])
        #expect(!trace.text.contains("node_labels WHERE node_id"))
        #expect(try g.column(q) == [.int(1)])
        // a SAID from a node that is no Person: the fact goes, and the same query checks again
        try g.run("CREATE (:Robot)-[:SAID]->(:Claim)")
        #expect(try g.column(q) == [.int(1)])
        #expect(try g.column("MATCH (c:Claim)<-[:SAID]-(p:Person) RETURN count(*)") == [.int(1)])
    }

    /// After an ingest the store records exactly the end labels every relationship of a
    /// type has, and queries over it still see a later write that breaks one.
    @Test func refreshedFactsAreExactlyTheOnesThatHold() throws {
        let g = try TestGraph()
        try g.run("""
            CREATE (p:Person)-[:SAID]->(c:Claim), (o:Outlet:Organization)-[:SAID]->(d:Claim),
                   (a:Article)-[:REPORTED]->(c), (a)-[:REPORTED]->(d)
            """)
        try g.engine.store.refreshEdgeEndLabels()
        let facts = try g.engine.store.writer.read { db in try EdgeEndLabels.all(db) }
        #expect(facts == ["SAID|dst|Claim", "REPORTED|src|Article", "REPORTED|dst|Claim"])
        #expect(try g.column("MATCH (:Person)-[:SAID]->(c:Claim)<-[:REPORTED]-(:Article) RETURN count(*)") == [.int(1)])
        try g.run("MATCH (p:Person) CREATE (p)-[:REPORTED]->(:Claim)")
        #expect(try g.column("MATCH (:Article)-[:REPORTED]->(c:Claim) RETURN count(*)") == [.int(2)])
        #expect(!(try g.engine.store.writer.read { db in try EdgeEndLabels.all(db) }).contains("REPORTED|src|Article"))
    }

    @Test func propertiesSortInCypherOrderAcrossTypes() throws {
        let g = try TestGraph()
        try g.run("CREATE (:S {i: 1, v: 2}), (:S {i: 2, v: 'b'}), (:S {i: 3}), (:S {i: 4, v: [1]}), (:S {i: 5, v: true}), (:S {i: 6, v: 1.5}), (:S {i: 7, v: 'a'}), (:S {i: 8, v: false})")
        let ascending: [Value] = [4, 7, 2, 8, 5, 6, 1, 3].map { .int($0) }
        #expect(try g.column("MATCH (n:S) RETURN n.i ORDER BY n.v, n.i") == ascending)
        #expect(try g.column("MATCH (n:S) RETURN n.i ORDER BY n.v DESC, n.i DESC") == ascending.reversed())
        #expect(try g.column("MATCH (n:S) RETURN n.i ORDER BY n.v DESC, n.i DESC LIMIT 3") == Array(ascending.reversed().prefix(3)))
        #expect(try g.column("MATCH (n:S) WITH n ORDER BY n.v SKIP 2 LIMIT 3 RETURN n.i") == Array(ascending[2..<5]))
        #expect(try g.column("MATCH (n:S) RETURN n.i AS i, n.v AS v ORDER BY v, i") == ascending)
        #expect(try g.column("MATCH (n:S) RETURN n.i AS i, n.v AS v ORDER BY v DESC, i DESC LIMIT 4") == Array(ascending.reversed().prefix(4)))
    }

    @Test func topRowsAreKeptBeforeTheirOtherColumnsAreRead() throws {
        let g = try TestGraph()
        try g.run("UNWIND range(1, 30) AS i CREATE (:Q {i: i, text: 't' + toString(i)})-[:BY]->(:W {name: 'w' + toString(i % 7)})")
        let rows = try g.rows("MATCH (q:Q)-[:BY]->(w:W) RETURN q.text AS t, w.name AS w ORDER BY q.i DESC LIMIT 3")
        #expect(rows == [[.string("t30"), .string("w2")], [.string("t29"), .string("w1")], [.string("t28"), .string("w0")]])
    }

    @Test func unwindingAListWrittenOutKeepsEachRowsElementsInOrder() throws {
        let g = try TestGraph()
        try g.run("CREATE (:A {n: 'a1'})-[:R]->(:B {n: 'b1'}), (:A {n: 'a2'})-[:R]->(:B {n: 'b2'})")
        let names = try g.column("MATCH (a:A)-[:R]->(b:B) WITH a, b ORDER BY a.n UNWIND [a, b] AS x RETURN x.n")
        #expect(names == ["a1", "b1", "a2", "b2"].map { .string($0) })
        let mixed = try g.column("MATCH (a:A {n: 'a1'}) UNWIND [1, 'x', null, a.n, [2]] AS v RETURN v")
        #expect(mixed == [.int(1), .string("x"), .null, .string("a1"), .list([.int(2)])])
        #expect(try g.column("MATCH (a:A)-[:R]->(b) UNWIND [a, b] AS n RETURN count(DISTINCT n)") == [.int(4)])
    }

    @Test func collectedNodesStayNodes() throws {
        let g = try TestGraph()
        try g.run("CREATE (a:A {n: 1})-[:R]->(b:B {n: 2}), (a)-[:R]->(b)")
        let rows = try g.rows("MATCH (a)-[r:R]->(b) WITH collect(DISTINCT a) AS as, collect(b) AS bs, collect(DISTINCT b) AS ds RETURN size(as), size(bs), [n IN ds | n.n]")
        #expect(rows == [[.int(1), .int(2), .list([.int(2)])]])
    }
}
