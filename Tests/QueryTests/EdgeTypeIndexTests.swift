import Foundation
import GRDB
import Testing
@testable import Query
import Store

/// Per-type relationship indexes (Store's EdgeTypeIndexes) named by the compiler, and the
/// NULL cases it leaves out for variables a MATCH bound: each must give the answers the
/// plain compilation gives.
@Suite struct EdgeTypeIndexTests {
    /// Two speakers, three claims, two topics; one relationship type whose name is no plain identifier.
    private func graph() throws -> TestGraph {
        let g = try TestGraph()
        try g.run("""
            CREATE (a:Person {n: 'a'}), (b:Person {n: 'b'}), (x:Topic {n: 'x'}), (y:Topic {n: 'y'}),
                   (c1:Claim {n: 1}), (c2:Claim {n: 2}), (c3:Claim {n: 3}),
                   (a)-[:SAID]->(c1), (a)-[:SAID]->(c2), (b)-[:SAID]->(c3),
                   (c1)-[:ABOUT]->(x), (c2)-[:ABOUT]->(y), (c3)-[:ABOUT]->(x),
                   (a)-[:`knows well`]->(b)
            """)
        return g
    }

    /// Queries whose one-type steps run forwards, backwards, in both directions, in a
    /// pattern predicate, optionally and inside a variable-length relationship.
    private let queries = [
        "MATCH (p:Person)-[:SAID]->(c)-[:ABOUT]->(t) RETURN p.n, c.n, t.n ORDER BY c.n",
        "MATCH (t:Topic {n: 'x'})<-[:ABOUT]-(c)<-[:SAID]-(p) RETURN p.n ORDER BY p.n",
        "MATCH (c:Claim)-[:ABOUT]-(t) RETURN c.n, t.n ORDER BY c.n",
        "MATCH (p:Person) WHERE (p)-[:SAID]->(:Claim {n: 3}) RETURN p.n",
        "MATCH (p:Person) OPTIONAL MATCH (p)-[:`knows well`]->(q) RETURN p.n, q.n ORDER BY p.n",
        "MATCH (p:Person)-[:SAID*1..2]->(c) RETURN p.n, count(c) ORDER BY p.n",
        "MATCH (p:Person {n: 'a'})-[:SAID]->()-[:ABOUT]->(t)<-[:ABOUT]-()<-[:SAID]-(q) RETURN DISTINCT q.n ORDER BY q.n",
    ]

    @Test func onlyTypesSpelledAsPlainIdentifiersGetIndexes() throws {
        let g = try graph()
        try g.engine.store.indexEdgeTypes()
        let indexed = try g.engine.store.writer.read { db in try EdgeTypeIndexes.all(db) }
        #expect(indexed == ["SAID", "ABOUT"])
        #expect(EdgeTypeIndexes.isIndexable("AFFILIATED_WITH"))
        #expect(!EdgeTypeIndexes.isIndexable("knows well"))
        #expect(!EdgeTypeIndexes.isIndexable("x'); DROP TABLE edges; --"))
        #expect(!EdgeTypeIndexes.isIndexable("9LIVES"))
        #expect(!EdgeTypeIndexes.isIndexable(""))
    }

    @Test func stepsOfAnIndexedTypeNameTheirIndexAndAnswerAsBefore() throws {
        let g = try graph()
        let before = try queries.map { try g.rows($0) }
        try g.engine.store.indexEdgeTypes()
        let fresh = QueryEngine(store: g.engine.store)
        let trace = SQLTrace()
        let after = try queries.map { try fresh.run($0, traceSQL: trace.add).rows }
        #expect(after == before)
        #expect(trace.text.contains("INDEXED BY edges_type_out_SAID"))
        #expect(trace.text.contains("INDEXED BY edges_type_in_ABOUT"))
        #expect(!trace.text.contains("'knows well'"))
    }

    @Test func aPlanNamingADroppedIndexIsCompiledAgain() throws {
        let g = try graph()
        try g.engine.store.indexEdgeTypes()
        let q = "MATCH (p:Person)-[:SAID]->(c) RETURN count(c)"
        #expect(try g.column(q) == [.int(3)])
        try g.engine.store.writer.write { db in try db.execute(sql: "DROP INDEX edges_type_out_SAID") }
        #expect(try g.column(q) == [.int(3)])
    }

    @Test func indexesFollowWritesAfterTheyAreMade() throws {
        let g = try graph()
        try g.engine.store.indexEdgeTypes()
        try g.run("MATCH (b:Person {n: 'b'}), (c:Claim {n: 1}) CREATE (b)-[:SAID]->(c)")
        #expect(try g.column("MATCH (c:Claim {n: 1})<-[:SAID]-(p) RETURN p.n ORDER BY p.n") == [.string("a"), .string("b")])
        try g.run("MATCH (:Person {n: 'a'})-[r:SAID]->() DELETE r")
        #expect(try g.column("MATCH (p:Person {n: 'a'})-[:SAID]->(c) RETURN count(c)") == [.int(0)])
    }

    /// A node a MATCH bound is never NULL, so its label test needs no NULL case; one an
    /// OPTIONAL MATCH may leave NULL keeps it, and so do comparisons with it.
    @Test func labelAndIdentityTestsKeepNullOnlyWhereAVariableCanBeNull() throws {
        let g = try graph()
        let trace = SQLTrace()
        let rows = try g.engine.run("""
            MATCH (p:Person) OPTIONAL MATCH (p)-[:`knows well`]->(q)
            RETURN p.n, q:Person, q = p, p:Topic, p = p ORDER BY p.n
            """, traceSQL: trace.add).rows
        #expect(rows == [[.string("a"), .bool(true), .bool(false), .bool(false), .bool(true)],
                         [.string("b"), .null, .null, .bool(false), .bool(true)]])
        #expect(try g.column("MATCH (p:Person) OPTIONAL MATCH (p)-[:`knows well`]->(q) WITH p, q WHERE NOT q:Person RETURN p.n") == [])
        #expect(try g.column("MATCH (c:Claim) WHERE NOT c:Person RETURN count(c)") == [.int(3)])
    }
}
