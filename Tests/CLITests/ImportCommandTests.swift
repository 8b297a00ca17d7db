import Foundation
import Testing

@Suite struct ImportCommandTests {
    private func write(_ text: String, _ path: URL) throws {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: path, atomically: true, encoding: .utf8)
    }

    @Test func importsADirectoryAndSingleFiles() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("id:ID,name\n1,\"Putin, Vladimir\"\n2,普京\n", dir.appendingPathComponent("data/nodes/Person.csv"))
        try write("id:ID,text\n3,\"He said \"\"yes\"\"\"\n", dir.appendingPathComponent("data/nodes/Claim.csv"))
        try write(":START_ID,:END_ID\n1,3\n", dir.appendingPathComponent("data/edges/SAID.Person-Claim.csv"))
        try write("id:ID,name\n9,TASS\n", dir.appendingPathComponent("outlets.csv"))
        let db = dir.appendingPathComponent("g.sqlite").path

        let result = try CLI.run(["import", "--db", db, dir.appendingPathComponent("data").path,
                                  "--nodes", "Outlet=" + dir.appendingPathComponent("outlets.csv").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported 4 nodes and 1 relationships from 4 files in"))
        let stats = try CLI.run(["stats", "--db", db]).stdout
        for line in ["Person: 2", "Claim: 1", "Outlet: 1", "SAID: 1"] { #expect(stats.contains(line), "stats lacks \(line)") }
    }

    @Test func aBadRowFailsWithFileAndLineAndImportsNothing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let people = dir.appendingPathComponent("data/nodes/Person.csv")
        try write("id:ID,age:int\n1,40\n2,forty\n", people)
        let db = dir.appendingPathComponent("g.sqlite").path
        let result = try CLI.run(["import", "--db", db, dir.appendingPathComponent("data").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(people.path):3: age 'forty': not an integer"), "\(result.stderr)")
        #expect(try CLI.run(["stats", "--db", db]).stdout.hasPrefix("0 articles, 0 nodes, 0 relationships"))
    }
}
