import Testing
@testable import Query

@Suite struct ParserErrorTests {
    @Test func reportsLineAndColumnOfTheOffendingToken() throws {
        let q = "MATCH (n)\nRETURN n.name AS\n"
        let e = try #require(TestGraph().error(q))
        #expect(e.kind == .syntax)
        #expect(e.line == 3)
        #expect(e.column == 1)
    }

    @Test func rendersTheLineWithACaret() throws {
        let q = "MATCH (n:Person)\nWHERE n.age >> 3\nRETURN n"
        let e = try #require(TestGraph().error(q))
        #expect(e.line == 2 && e.column == 14)
        let lines = e.rendered(in: q).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "  WHERE n.age >> 3")
        #expect(lines[2] == "  " + String(repeating: " ", count: 13) + "^")
    }

    @Test func undefinedVariableIsNamedWhereItIsUsed() throws {
        let e = try #require(TestGraph().error("MATCH (a)\nRETURN a, b"))
        #expect(e.detail == "UndefinedVariable")
        #expect(e.line == 2 && e.column == 11)
    }

    @Test func unsupportedClausesAreRefusedNotMisread() throws {
        let g = try TestGraph()
        for q in ["MATCH (n) RETURN n UNION RETURN 1 AS n", "CALL db.labels()", "MATCH (n) FOREACH (x IN [1] | SET n.x = x)"] {
            let e = try #require(g.error(q), "\(q)")
            #expect(e.kind == .syntax, "\(q)")
            #expect(e.position != nil)
        }
    }

    @Test func staticTypeErrorsAreCaughtBeforeRunning() throws {
        let e = try #require(TestGraph().error("RETURN 123 AND true"))
        #expect(e.kind == .syntax && e.detail == "InvalidArgumentType")
    }

    @Test func integerLiteralsKeepTheirRange() throws {
        let g = try TestGraph()
        #expect(try g.column("RETURN -9223372036854775808 AS x") == [.int(.min)])
        #expect(g.error("RETURN 9223372036854775808 AS x")?.detail == "IntegerOverflow")
        #expect(try g.column("RETURN 0x1F AS x") == [.int(31)])
    }
}
