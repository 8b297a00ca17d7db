import Foundation
import GRDB
import Testing
@testable import Query

/// count(DISTINCT node or relationship) through cy_count_ids (Sources/CSQLFunctions), a hash
/// set in C: it must count what SQLite's own count(DISTINCT …) counts, for sets that outgrow
/// the first table, with nulls, per group and for relationships.
@Suite struct DistinctIdCountTests {
    /// 300 people (more than the set's first 64 slots), each knowing the next three, so that
    /// two hops reach most people several times over.
    private func graph() throws -> TestGraph {
        let g = try TestGraph()
        try g.run("UNWIND range(1, 300) AS i CREATE (:Person {n: i})")
        try g.run("""
            MATCH (a:Person), (b:Person) WHERE b.n > a.n AND b.n <= a.n + 3
            CREATE (a)-[:KNOWS]->(b)
            """)
        try g.run("CREATE (:Person {n: 0})")
        return g
    }

    @Test func countsWhatDistinctRowsCount() throws {
        let g = try graph()
        let trace = SQLTrace()
        let counted = try g.engine.run("""
            MATCH (a:Person)-[:KNOWS]->()-[r:KNOWS]->(c)
            RETURN count(DISTINCT c) AS people, count(DISTINCT r) AS ties, count(c) AS rows
            """, traceSQL: trace.add).rows[0]
        #expect(trace.text.contains("cy_count_ids("))
        let people = try g.column("MATCH (a:Person)-[:KNOWS]->()-[:KNOWS]->(c) WITH DISTINCT c RETURN count(*)")
        let ties = try g.column("MATCH (a:Person)-[:KNOWS]->()-[r:KNOWS]->() WITH DISTINCT r RETURN count(*)")
        #expect(counted[0] == people[0])
        #expect(counted[1] == ties[0])
        #expect(counted[0] == .int(298))   // 3 … 300: two steps of 1 to 3 from 1 … 298
        #expect(counted[2] != counted[0])  // the two hops did repeat people
    }

    @Test func skipsNullsAndCountsPerGroup() throws {
        let g = try graph()
        let rows = try g.rows("""
            MATCH (a:Person) WHERE a.n IN [0, 1, 299, 300]
            OPTIONAL MATCH (a)-[:KNOWS*1..2]->(c)
            RETURN a.n, count(DISTINCT c) ORDER BY a.n
            """)
        #expect(rows == [[.int(0), .int(0)], [.int(1), .int(6)], [.int(299), .int(1)], [.int(300), .int(0)]])
    }

    @Test func refusesWhatIsNoId() throws {
        let q = try DatabaseQueue()
        try q.write { SQLFunctions.register($0) }
        try q.read { db in
            let n = try Int.fetchOne(db, sql: """
                SELECT cy_count_ids(x) FROM (SELECT -9223372036854775808 AS x UNION ALL SELECT -9223372036854775808
                                             UNION ALL SELECT 7 UNION ALL SELECT NULL UNION ALL SELECT 7)
                """)
            #expect(n == 2)
            #expect(try Int.fetchOne(db, sql: "SELECT cy_count_ids(x) FROM (SELECT 1 AS x) WHERE x > 1") == 0)
            #expect(throws: DatabaseError.self) { try Int.fetchOne(db, sql: "SELECT cy_count_ids('7')") }
        }
    }
}
