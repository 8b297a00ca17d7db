import Foundation
import Testing

/// Readers in other processes while an ingest writes: WAL and the busy timeout must keep
/// them from ever seeing "database is locked", and what they see only grows.
@Suite(.serialized) struct ConcurrentUseTests {
    @Test func statsWhileIngestingNeverLocks() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        _ = try ArticleVariants.write(count: 200, into: articles)
        let db = dir.appendingPathComponent("g.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, CLI.examples]).status == 0)

        let (writer, _, _) = try CLI.start(["ingest", "--db", db, articles.path])
        var seen: [Int] = []
        var reads = 0
        while writer.isRunning || reads < 3 {
            let stats = try CLI.run(["stats", "--db", db])
            #expect(stats.status == 0, "reader failed: \(stats.stderr)")
            #expect(!stats.stderr.contains("locked"))
            if let n = Int(stats.stdout.prefix { $0 != " " }) { seen.append(n) }
            reads += 1
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        // The loop's last read may have come just before the writer's last commit.
        if let n = Int(try CLI.run(["stats", "--db", db]).stdout.prefix { $0 != " " }) { seen.append(n) }
        #expect(seen == seen.sorted(), "article counts went backwards: \(seen)")
        #expect(seen.last == 205)
    }
}
