import Foundation
import Testing

@Suite struct IngestCommandTests {
    @Test func ingestsExamplesAndStatsShowsOutletsAndDates() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        let ingest = try CLI.run(["ingest", "--db", db, CLI.examples])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("5 articles read (5 new"))
        let stats = try CLI.run(["stats", "--db", db])
        #expect(stats.status == 0)
        for outlet in ["纽约时报中文网", "BBC中文", "法广 RFI", "自由亚洲电台", "老楊到處說"] {
            #expect(stats.stdout.contains(outlet), "stats lacks outlet \(outlet)")
        }
        for day in ["2022-09-16", "2023-10-14", "2023-10-17", "2023-10-21", "2024-11-13"] {
            #expect(stats.stdout.contains(day), "stats lacks date \(day)")
        }
        let again = try CLI.run(["ingest", "--db", db, CLI.examples])
        #expect(again.stdout.contains("5 unchanged"))
        #expect(again.stdout.contains("0 nodes and 0 relationships added"))
        #expect(try CLI.run(["stats", "--db", db]).stdout == stats.stdout)
    }

    @Test func reportsMissingPathAndKeepsGoing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        let result = try CLI.run(["ingest", "--db", db, dir.appendingPathComponent("nope").path, CLI.examples])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nope: no such file or directory"))
        #expect(result.stdout.contains("5 new"))
    }
}
