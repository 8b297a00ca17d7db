import Testing
@testable import Query

@Suite struct FormatterTests {
    @Test func jsonKeepsTypesGraphEntitiesAndSpecialFloats() throws {
        let g = try TestGraph()
        let r = try g.run("CREATE p = (a:Person {name: '习近平'})-[r:SAID {n: 1.0}]->(c:Claim) RETURN a, r, p, 1, 1.0, 0.0/0.0")
        let json = ResultFormatter.json(r)
        #expect(json.hasPrefix(#"{"columns":["a","r","p","1","1.0","0.0/0.0"],"rows":[["#))
        #expect(json.contains(#"{"~node":{"id":1,"labels":["Person"],"properties":{"name":"习近平"}}}"#))
        #expect(json.contains(#"{"~relationship":{"id":1,"type":"SAID","start":1,"end":2,"properties":{"n":1.0}}}"#))
        #expect(json.contains(#"{"~path":[{"~node":{"id":1,"#))
        #expect(json.hasSuffix(#",1,1.0,{"~float":"NaN"}]]}"#))
    }

    @Test func errorsCarryTypeDetailAndPosition() throws {
        let e = try #require(TestGraph().error("MATCH (n)\nRETURN m"))
        #expect(ResultFormatter.json(e) == #"{"error":{"type":"SyntaxError","detail":"UndefinedVariable","message":"variable `m` is not defined","line":2,"column":8}}"#)
    }

    @Test func csvQuotesAndTableAligns() throws {
        let r = QueryResult(columns: ["name", "n"], rows: [[.string("a,b"), .int(1)], [.string("中国"), .null]])
        #expect(CSVFormatter.render(r) == "name,n\r\n\"a,b\",1\r\n中国,null")
        let lines = TableFormatter.render(r).split(separator: "\n")
        #expect(lines[1] == "| name | n    |")
        #expect(lines[4] == "| 中国 | null |")
    }
}
