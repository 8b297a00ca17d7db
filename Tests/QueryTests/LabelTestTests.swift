import Testing
@testable import Query

/// Label tests compile to lookups of `node_labels` by node; `n:A OR n:B` to one lookup with
/// `label IN (A, B)`. Both must keep Cypher's answers, nulls included.
@Suite struct LabelTestTests {
    @Test func eitherLabelKeepsTheAnswersOfTwoTests() throws {
        let g = try TestGraph()
        try g.run("CREATE (:Person {n: 1}), (:Organization {n: 2}), (:Person:Organization {n: 3}), (:Event {n: 4}), ({n: 5})")
        let trace = SQLTrace()
        let either = try g.engine.run("MATCH (x) WHERE x:Person OR x:Organization RETURN x.n ORDER BY x.n", traceSQL: trace.add).rows
        #expect(either == [[.int(1)], [.int(2)], [.int(3)]])
        #expect(trace.text.contains("label IN ("))
        let both = try g.column("MATCH (x) WHERE x:Person AND x:Organization RETURN x.n")
        #expect(both == [.int(3)])
        let mixed = try g.column("MATCH (x) WHERE x:Person OR x.n = 4 RETURN x.n ORDER BY x.n")
        #expect(mixed == [.int(1), .int(3), .int(4)])
    }

    @Test func aMissingNodeHasNoAnswer() throws {
        let g = try TestGraph()
        try g.run("CREATE (:Person {n: 1})")
        let rows = try g.rows("""
            MATCH (p:Person) OPTIONAL MATCH (p)-[:KNOWS]->(q)
            RETURN q:Person OR q:Organization AS either, (q:Person OR q:Organization) IS NULL AS unknown
            """)
        #expect(rows == [[.null, .bool(true)]])
    }
}
