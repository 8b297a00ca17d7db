import Foundation
import Testing

/// A REPL session with piped standard input, as a script would drive it.
@Suite struct ReplTests {
    @Test func pipedSessionRunsQueriesAndCommands() throws {
        let script = """
            MATCH (p:Person)
            WHERE p.name = 'Vladimir Putin'
            RETURN p.name AS name;
            :format json
            MATCH (a:Article) RETURN count(a) AS n;
            :param who Alexander Gabuev
            MATCH (p:Person {name: $who}) RETURN p.name AS name;
            :format table
            :rows 2
            MATCH (a:Article) RETURN a.outlet AS outlet ORDER BY outlet;
            :said 普丁
            :schema
            """
        let result = try CLI.run(["repl", "--db", ExamplesDatabase.path], stdin: script)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| Vladimir Putin |"))
        #expect(result.stdout.contains("{\"columns\":[\"n\"],\"rows\":[[5]]}"))
        #expect(result.stdout.contains("{\"columns\":[\"name\"],\"rows\":[[\"Alexander Gabuev\"]]}"))
        #expect(result.stdout.contains("… 3 more rows (5 in all"))
        #expect(result.stdout.contains("BBC中文"), ":said 普丁 should list Putin's claims with outlets")
        #expect(result.stdout.contains(":Claim"))
        #expect(result.stdout.contains("[:SAID]"))
    }

    @Test func errorsShowLineColumnAndTheSessionGoesOn() throws {
        let result = try CLI.run(["repl", "--db", ExamplesDatabase.path], stdin: "MATCH (n\nRETURN n;\nRETURN 1 AS one;\n:nonsense\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 2"))
        #expect(result.stderr.contains("^"))
        #expect(result.stdout.contains("| 1   |"))
        #expect(result.stderr.contains("unknown command :nonsense"))
    }

    @Test func lastStatementWithoutSemicolonStillRuns() throws {
        let result = try CLI.run(["repl", "--db", ExamplesDatabase.path, "--format", "csv"], stdin: "RETURN '中文' AS word")
        #expect(result.stdout.contains("word\r\n中文"))
    }
}
