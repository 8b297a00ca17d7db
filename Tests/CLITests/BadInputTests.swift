import Foundation
import GRDB
import Testing

/// Hundreds of broken files: each is either stored or named in exactly one error line,
/// nothing crashes, and the good articles beside them are kept.
@Suite(.serialized) struct BadInputTests {
    @Test func brokenCorpusIsReportedFileByFile() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let broken = dir.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        var generator = try BrokenArticles(seed: 20261201, into: broken)
        let written = try generator.writeAll()
        #expect(written >= 200)

        let db = dir.appendingPathComponent("g.sqlite").path
        let result = try CLI.run(["ingest", "--db", db, broken.path, CLI.examples])
        #expect(!result.signalled, "ingest crashed: \(result.stderr.suffix(500))")
        #expect(result.status == 1)

        let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        let stored = try DatabaseQueue(path: db).read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT file_name FROM articles"))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: broken.path) {
            let mentions = errorLines.filter { $0.contains("/" + name + ":") }.count
            // A readable file that is not stored repeats an article already stored (same URL
            // or same content): check that it really reads.
            let accounted = try stored.contains(name) || mentions >= 1
                || CLI.run(["read", broken.appendingPathComponent(name).path]).status == 0
            #expect(accounted, "\(name) neither stored nor reported")
            #expect(!(stored.contains(name) && mentions > 0) || name.hasSuffix(".jsonl"), "\(name) both stored and reported")
        }
        for example in ["bbc-2022-09-16-xi-putin-sco.txt", "nytimes-2023-10-17-putin-china-xi.txt"] {
            #expect(stored.contains(example))
        }
        #expect(errorLines.contains { $0.contains("huge-single-line.txt") && $0.contains("limit") })
        #expect(errorLines.contains { $0.contains("empty-0.txt") && $0.contains("empty") })
    }
}
