import Testing
@testable import Query

@Suite struct ParameterTests {
    @Test func parametersAreBoundNotSplicedIntoSQL() throws {
        let g = try TestGraph()
        let evil = "'); DROP TABLE nodes; --"
        try g.run("CREATE (:Doc {title: $t})", ["t": .string(evil)])
        #expect(try g.column("MATCH (d:Doc {title: $t}) RETURN d.title", ["t": .string(evil)]) == [.string(evil)])
        #expect(try g.column("MATCH (d:Doc) WHERE d.title = $t RETURN count(d)", ["t": .string(evil)]) == [.int(1)])
        #expect(try g.column("MATCH (n) RETURN count(n)") == [.int(1)])
    }

    @Test func parameterValuesNeverAppearInGeneratedSQL() throws {
        let g = try TestGraph()
        let marker = "zz-marker-'\"; --"
        let sql = try g.engine.store.writer.write { db -> String in
            SQLFunctions.register(db)
            let compiler = SQLCompiler(db: db, parameters: ["p": .string(marker)], limits: QueryLimits())
            _ = try compiler.run(try Parser.parse("MATCH (n {name: $p}) WHERE n.x = 'qqlit' RETURN n.name + $p"))
            return compiler.ctes.map(\.sql).joined()
        }
        #expect(!sql.contains("zz-marker"))
        #expect(!sql.contains("qqlit"))
    }

    @Test func missingParameterIsReported() throws {
        #expect(try TestGraph().error("RETURN $nope")?.kind == .parameterMissing)
    }
}
