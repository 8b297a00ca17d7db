import Foundation
import Testing

/// Queries that would run away or try to smuggle SQL are stopped or kept harmless.
@Suite struct HostileQueryTests {
    @Test func explodingExpansionStopsWithinTheTimeLimit() throws {
        let started = Date()
        let result = try CLI.run(["query", "--db", ExamplesDatabase.path, "--timeout", "2", "--format", "json",
                                  "MATCH p=()-[*]-() RETURN p"])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status != 0)
        #expect(result.stdout.contains("\"type\":\"LimitExceeded\""))
        #expect(result.stdout.contains("time limit"))
        #expect(elapsed < 15, "took \(elapsed) s with a 2 s limit")
    }

    @Test func sqlInParametersAndNamesIsInert() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        let evil = "x'); DROP TABLE nodes; --"
        #expect(try CLI.run(["query", "--db", db, "CREATE (:Person {name: $n})", "--param", "n=\(evil)"]).status == 0)
        let back = try CLI.run(["query", "--db", db, "--format", "csv", "MATCH (p:Person {name: $n}) RETURN p.name AS name", "--param", "n=\(evil)"])
        #expect(back.stdout.contains(evil))
        let label = try CLI.run(["query", "--db", db, "CREATE (:`Evil'); DROP TABLE edges; --` {x: 1})"])
        #expect(label.status == 0, "\(label.stderr)")
        let count = try CLI.run(["query", "--db", db, "--format", "csv", "MATCH (n) RETURN count(n) AS n"])
        #expect(count.stdout.contains("n\r\n2"), "tables must survive: \(count.stdout)")
        let key = try CLI.run(["query", "--db", db, "--format", "csv", "MATCH (n) RETURN n.`a'b\"c` AS v LIMIT 1"])
        #expect(key.status == 0, "\(key.stderr)")
    }
}

/// Drawing never changes the graph.
@Suite struct RenderQueryIsReadOnlyTests {
    @Test func renderRefusesWritingQueries() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        #expect(try CLI.run(["query", "--db", db, "CREATE (:Person {name: 'A'})"]).status == 0)
        let result = try CLI.run(["render", "--db", db, "--query", "MATCH (n) DETACH DELETE n", "-o", dir.appendingPathComponent("x.dot").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("render --query draws what a query returns"))
        #expect(try CLI.run(["query", "--db", db, "--format", "csv", "MATCH (n) RETURN count(n) AS n"]).stdout.contains("n\r\n1"))
    }
}
