import ClaimGraphCore
import Foundation
import GRDB
import Ingest
import Store
import Testing

/// Ingesting the same articles twice must not duplicate them; a changed article replaces its old version.
@Suite struct IngestIdempotenceTests {
    static var examples: [String] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/articles").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            .map { (dir as NSString).appendingPathComponent($0) }
    }

    func count(_ store: GraphStore, _ table: String) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test func secondIngestChangesNothingAndChangedArticleIsReplaced() throws {
        let path = NSTemporaryDirectory() + "idempotence-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try GraphStore(path: path)
        let docs = try Self.examples.flatMap { try ArticleReader.read(contentsOf: $0) }
        #expect(docs.count == 5)

        let first = try docs.map { try store.store($0, fragment: GraphFragment()).status }
        #expect(first == Array(repeating: .added, count: 5))
        let counts = try ["articles", "nodes", "edges"].map { try count(store, $0) }
        #expect(counts[0] == 5)

        let second = try docs.map { try store.store($0, fragment: GraphFragment()).status }
        #expect(second == Array(repeating: .unchanged, count: 5))
        #expect(try ["articles", "nodes", "edges"].map { try count(store, $0) } == counts)

        var changed = docs[0]
        changed.title += "（更新）"
        #expect(try store.store(changed, fragment: GraphFragment()).status == .replaced)
        #expect(try count(store, "articles") == 5)
        let title = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT title FROM articles WHERE url = ?", arguments: [changed.url])
        }
        #expect(title == changed.title)
    }
}
