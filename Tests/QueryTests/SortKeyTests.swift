import Testing
@testable import Query

/// ORDER BY on several properties of one variable, sorted the same way, shares one key
/// (`cy_propkey(props, 'a', 'b')`); the joined keys must order rows exactly as the keys one by
/// one would, across value kinds, missing properties and lists.
@Suite struct SortKeyTests {
    @Test func sharedKeyOrdersLikeSeparateKeys() throws {
        let g = try TestGraph()
        try g.run("""
            CREATE ({i: 1, a: 'b', b: 2}), ({i: 2, a: 'b', b: 10}), ({i: 3, a: 'a', b: 'z'}), ({i: 4, a: 'b'}),
                   ({i: 5, a: 1, b: 2.5}), ({i: 6, a: 'b\\u0000c', b: 1}), ({i: 7, a: 'b', b: [1, 2]}), ({i: 8, b: 3})
            """)
        let trace = SQLTrace()
        let shared = try g.engine.run("MATCH (n) RETURN n.i ORDER BY n.a, n.b", traceSQL: trace.add).rows
        #expect(trace.text.contains("'a', 'b')"))
        // strings before numbers, then null last; within a: lists before strings before numbers before null
        let expected: [Int64] = [3, 7, 1, 2, 4, 6, 5, 8]
        #expect(shared == expected.map { [.int($0)] })
        let descending = try g.column("MATCH (n) RETURN n.i ORDER BY n.a DESC, n.b DESC")
        #expect(descending == expected.reversed().map { .int($0) })
        // different directions keep two keys, and the same answer as sorting twice
        let mixed = try g.column("MATCH (n) RETURN n.i ORDER BY n.a, n.b DESC")
        #expect(mixed == [3, 4, 2, 1, 7, 6, 5, 8].map { .int($0) })
    }

    @Test func sharedKeyWithLimitAndProjection() throws {
        let g = try TestGraph()
        try g.run("UNWIND range(1, 30) AS i CREATE (:Claim {date: '2024-0' + toString(i % 3 + 1), id: i})")
        let rows = try g.rows("MATCH (c:Claim) RETURN c.id AS id ORDER BY c.date DESC, c.id DESC LIMIT 4")
        #expect(rows == [[.int(29)], [.int(26)], [.int(23)], [.int(20)]])
    }

    /// ORDER BY … LIMIT n keeps its rows in a heap in C (cy_top): the first n rows of the full
    /// sort, for any mix of values, booleans and nulls, a parameter's count, and LIMIT 0.
    @Test func topRowsAreTheFirstRowsOfTheFullSort() throws {
        let g = try TestGraph()
        try g.run("""
            UNWIND range(1, 40) AS i
            CREATE ({i: i, k: CASE i % 5 WHEN 0 THEN null WHEN 1 THEN 'x' + toString(i % 7) WHEN 2 THEN i % 4
                                         WHEN 3 THEN [i % 3] ELSE (i % 6) * 1.5 END, flag: i % 3 = 0})
            """)
        let full = try g.column("MATCH (n) RETURN n.i ORDER BY n.k DESC, n.flag, n.i")
        func ids(_ values: [Value]) -> [Int64] { values.compactMap { if case .int(let i) = $0 { i } else { nil } }.sorted() }
        for limit in [0, 1, 7, 40, 50] {
            let trace = SQLTrace()
            let top = try g.engine.run("MATCH (n) WITH n ORDER BY n.k DESC, n.flag, n.i LIMIT $l RETURN n.i",
                                       parameters: ["l": .int(Int64(limit))], traceSQL: trace.add).rows.map { $0[0] }
            #expect(ids(top) == ids(Array(full.prefix(limit))))
            #expect(trace.text.contains("cy_top("))
        }
        // with SKIP the rows are paged by SQLite
        let paged = try g.column("MATCH (n) WITH n ORDER BY n.k DESC, n.flag, n.i SKIP 3 LIMIT 5 RETURN n.i")
        #expect(ids(paged) == ids(Array(full.dropFirst(3).prefix(5))))
        #expect(throws: QueryError.self) { try g.rows("MATCH (n) WITH n ORDER BY n.i LIMIT $l RETURN n.i", ["l": .int(-1)]) }
    }
}
