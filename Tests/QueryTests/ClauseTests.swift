import Testing
@testable import Query

/// Each clause family on small graphs made with CREATE.
@Suite struct ClauseTests {
    func people() throws -> TestGraph {
        let g = try TestGraph()
        try g.run("""
            CREATE (a:Person {name: 'Alice', age: 38}), (b:Person {name: 'Bob', age: 25}),
                   (c:Person:Expert {name: 'Chen', age: 51}), (o:Outlet {name: 'Xinhua'}),
                   (a)-[:KNOWS {since: 2001}]->(b), (b)-[:KNOWS]->(c), (c)-[:QUOTED_BY]->(o), (a)-[:QUOTED_BY]->(o)
            """)
        return g
    }

    @Test func matchFollowsDirectionTypesAndLabels() throws {
        let g = try people()
        #expect(try g.column("MATCH (:Person {name: 'Alice'})-[:KNOWS]->(x) RETURN x.name") == [.string("Bob")])
        #expect(try g.column("MATCH (:Person {name: 'Bob'})<-[:KNOWS]-(x) RETURN x.name") == [.string("Alice")])
        #expect(Set(try g.column("MATCH (:Person {name: 'Bob'})-[:KNOWS]-(x) RETURN x.name")) == [.string("Alice"), .string("Chen")])
        #expect(try g.column("MATCH (x:Expert) RETURN x.name") == [.string("Chen")])
        #expect(try g.column("MATCH (x)-[:KNOWS|QUOTED_BY]->(:Outlet) RETURN x.name ORDER BY x.name") == [.string("Alice"), .string("Chen")])
    }

    @Test func variableLengthNeverRepeatsARelationship() throws {
        let g = try people()
        let names = try g.column("MATCH (:Person {name: 'Alice'})-[:KNOWS*1..3]->(x) RETURN x.name ORDER BY x.name")
        #expect(names == [.string("Bob"), .string("Chen")])
        // undirected: from Alice and back is not allowed over the same relationship
        let lengths = try g.column("MATCH p = (:Person {name: 'Alice'})-[:KNOWS*]-(x) RETURN length(p) ORDER BY length(p)")
        #expect(lengths == [.int(1), .int(2)])
    }

    /// `any(x IN … WHERE …)` is a quantifier; `any`, `all`, `none` and `single` alone are
    /// names a query may give its variables.
    @Test func quantifierWordsAreAlsoVariableNames() throws {
        let g = try TestGraph()
        #expect(try g.column("WITH [1, 2, 3] AS xs RETURN any(x IN xs WHERE x > 2)") == [.bool(true)])
        #expect(try g.column("WITH [1, 2, 3] AS xs RETURN none(x IN xs WHERE x > 2)") == [.bool(false)])
        for word in ["any", "all", "none", "single"] {
            #expect(try g.column("WITH 1 AS \(word) RETURN \(word) + 1") == [.int(2)], "\(word)")
        }
    }

    @Test func optionalMatchKeepsRowsWithNulls() throws {
        let g = try people()
        let rows = try g.rows("MATCH (p:Person) OPTIONAL MATCH (p)-[:QUOTED_BY]->(o) RETURN p.name, o.name ORDER BY p.name")
        #expect(rows == [[.string("Alice"), .string("Xinhua")], [.string("Bob"), .null], [.string("Chen"), .string("Xinhua")]])
    }

    @Test func whereFiltersWithThreeValuedLogic() throws {
        let g = try people()
        #expect(try g.column("MATCH (p:Person) WHERE p.age > 30 AND p.name STARTS WITH 'A' RETURN p.name") == [.string("Alice")])
        #expect(try g.column("MATCH (p:Person) WHERE p.name =~ 'C.*' RETURN p.name") == [.string("Chen")])
        #expect(try g.column("MATCH (p:Person) WHERE (p)-[:QUOTED_BY]->() RETURN p.name ORDER BY p.name") == [.string("Alice"), .string("Chen")])
        #expect(try g.column("RETURN null OR true, null AND true").count == 1)
        #expect(try g.rows("RETURN null OR true AS a, null AND true AS b") == [[.bool(true), .null]])
    }

    @Test func withAggregatesOrdersAndPages() throws {
        let g = try people()
        let rows = try g.rows("""
            MATCH (p:Person)-[:KNOWS]-(q) WITH p, count(q) AS n ORDER BY n DESC, p.name SKIP 1 LIMIT 1
            RETURN p.name AS name, n
            """)
        #expect(rows == [[.string("Alice"), .int(1)]])
        #expect(try g.rows("MATCH (p:Person) RETURN sum(p.age), avg(p.age), min(p.name), max(p.age), collect(p.name)[0]").first?[0] == .int(114))
    }

    @Test func unwindAndListsKeepIntegersAndFloatsApart() throws {
        let g = try TestGraph()
        #expect(try g.column("UNWIND [1, 2.0, 'x', [3]] AS v RETURN v") == [.int(1), .float(2.0), .string("x"), .list([.int(3)])])
        #expect(try g.column("UNWIND [3, 1, 2] AS v WITH v ORDER BY v RETURN collect(v)") == [.list([.int(1), .int(2), .int(3)])])
    }

    @Test func writesCreateMergeSetRemoveDelete() throws {
        let g = try TestGraph()
        try g.run("CREATE (:Outlet {name: 'A'})")
        try g.run("MERGE (o:Outlet {name: 'A'}) ON MATCH SET o.seen = true")
        try g.run("MERGE (o:Outlet {name: 'B'}) ON CREATE SET o.seen = false")
        #expect(try g.rows("MATCH (o:Outlet) RETURN o.name, o.seen ORDER BY o.name") == [[.string("A"), .bool(true)], [.string("B"), .bool(false)]])
        try g.run("MATCH (o:Outlet {name: 'B'}) SET o:Archived REMOVE o.seen")
        #expect(try g.rows("MATCH (o:Archived) RETURN labels(o), keys(o)") == [[.list([.string("Archived"), .string("Outlet")]), .list([.string("name")])]])
        try g.run("MATCH (a {name: 'A'}), (b {name: 'B'}) CREATE (a)-[:LINKS]->(b)")
        #expect(g.error("MATCH (o:Outlet) DELETE o")?.kind == .constraint)
        try g.run("MATCH (o:Outlet) DETACH DELETE o")
        #expect(try g.column("MATCH (n) RETURN count(n)") == [.int(0)])
    }

    @Test func caseAndFunctions() throws {
        let g = try TestGraph()
        let r = try g.rows("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END, toUpper('a'), toInteger('42'), size([1,2]), coalesce(null, 3)")
        #expect(r == [[.string("two"), .string("A"), .int(42), .int(2), .int(3)]])
    }
}

@Suite struct ShortestPathTests {
    @Test func findsAShortestPathInEitherDirection() throws {
        let g = try TestGraph()
        try g.run("CREATE (a {id: 1})-[:R]->(b {id: 2})-[:R]->(c {id: 3})-[:R]->(d {id: 4}), (a)-[:R]->(e {id: 5})-[:R]->(d)")
        let q = "MATCH (a {id: $s}), (b {id: $t}) MATCH p = shortestPath((a)-[*..4]-(b)) RETURN length(p), [n IN nodes(p) | n.id]"
        #expect(try g.rows(q, ["s": .int(1), "t": .int(4)]) == [[.int(2), .list([.int(1), .int(5), .int(4)])]])
        #expect(try g.rows(q, ["s": .int(4), "t": .int(1)]) == [[.int(2), .list([.int(4), .int(5), .int(1)])]])
        // following the arrows, 4 cannot reach 1
        #expect(try g.rows("MATCH (a {id: 4}), (b {id: 1}) MATCH p = shortestPath((a)-[*..4]->(b)) RETURN p").isEmpty)
        // and the bound is respected
        #expect(try g.rows("MATCH (a {id: 1}), (b {id: 4}) MATCH p = shortestPath((a)-[*..1]-(b)) RETURN p").isEmpty)
    }
}
