import Foundation
import GRDB
import Testing

/// Kills `claimgraph ingest` with SIGKILL at random moments and checks that the database
/// is never damaged and never holds half an article.
@Suite(.serialized) struct CrashSafetyTests {
    @Test func sigkillDuringIngestLeavesWholeArticlesOnly() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        _ = try ArticleVariants.write(count: 150, into: articles)

        let reference = dir.appendingPathComponent("reference.sqlite").path
        #expect(try CLI.run(["ingest", "--db", reference, articles.path]).status == 0)
        let expected = try provenanceByArticle(reference)
        #expect(expected.count == 150)

        let victim = dir.appendingPathComponent("victim.sqlite").path
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        for _ in 0..<12 {
            let (process, _, _) = try CLI.start(["ingest", "--db", victim, articles.path])
            usleep(UInt32.random(in: 20_000...400_000, using: &generator))
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try checkWholeArticles(victim, expected: expected)
        }
        #expect(killedMidway > 0, "no kill landed while the ingest was running")

        let finish = try CLI.run(["ingest", "--db", victim, articles.path])
        #expect(finish.status == 0, "\(finish.stderr)")
        let final = try provenanceByArticle(victim)
        #expect(final == expected)
    }

    /// Integrity check passes, and every article present has exactly the provenance a
    /// clean ingest gives it (no half-written article).
    private func checkWholeArticles(_ path: String, expected: [String: Int]) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let queue = try DatabaseQueue(path: path)
        let integrity = try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        try queue.close()
        for (identity, count) in try provenanceByArticle(path) {
            #expect(expected[identity] == count, "article \(identity) is partly stored")
        }
    }

    private func provenanceByArticle(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            guard try db.tableExists("articles") else { return [:] }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.identity, (SELECT count(*) FROM provenance p WHERE p.article_id = a.node_id)
                     + (SELECT count(*) FROM edges e WHERE e.dst = a.node_id OR e.src = a.node_id) AS n
                FROM articles a
                """)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as Int) })
        }
    }
}
