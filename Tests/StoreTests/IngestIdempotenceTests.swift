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
        try withTemporaryStore("idempotence") { store, _ in
            let docs = try exampleDocuments()
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

    /// A batch commits once; an article whose fragment is broken fails alone, in its slot,
    /// and the batch's other articles are stored as if each had been stored by itself.
    @Test func batchStoresGoodArticlesAndReportsTheBadOneInItsSlot() throws {
        try withTemporaryStore("batch") { store, _ in
            let docs = try exampleDocuments()
            let dangling = GraphFragment(edges: [.init(type: "SAID", from: "actor:nobody", to: "claim:nothing")])
            let batch = docs.enumerated().map { i, doc in (document: doc, fragment: i == 2 ? dangling : GraphFragment()) }

            let results = store.store(batch: batch)
            #expect(results.count == 5)
            #expect(results.map { (try? $0.get())?.status } == [.added, .added, nil, .added, .added])
            if case .failure(let error) = results[2] {
                #expect(String(describing: error).contains("actor:nobody"))
            }
            #expect(try count(store, "articles") == 4)
            let stored = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT identity FROM articles ORDER BY identity") }
            #expect(stored == docs.enumerated().filter { $0.offset != 2 }.map(\.element.identity).sorted())

            let again = store.store(batch: docs.map { (document: $0, fragment: GraphFragment()) })
            #expect(again.map { (try? $0.get())?.status } == [.unchanged, .unchanged, .added, .unchanged, .unchanged])
        }
    }

    /// Within one batch, an article replaced by a later version withdraws nodes only it
    /// supported; an article after it that names the same actor must get that node back,
    /// not a remembered id of the deleted one.
    @Test func replacementInsideABatchForgetsWithdrawnNodes() throws {
        try withTemporaryStore("batch-replace") { store, _ in
            let docs = try exampleDocuments()
            func naming(_ doc: Document) -> GraphFragment {
                GraphFragment(nodes: [.init(key: "actor:Only Here", labels: ["Person"], properties: ["name": .string("Only Here")],
                                            spans: [TextSpan(start: 0, end: 2)])],
                              edges: [.init(type: "MENTIONS", from: GraphFragment.articleKey(doc), to: "actor:Only Here")])
            }
            var changed = docs[0]
            changed.title += "（更新）"
            let results = store.store(batch: [(docs[0], naming(docs[0])), (changed, GraphFragment()), (docs[1], naming(docs[1]))])
            #expect(results.map { (try? $0.get())?.status } == [.added, .replaced, .added])
            let mentions = try store.writer.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM edges e JOIN nodes n ON n.id = e.dst
                    WHERE e.type = 'MENTIONS' AND n.key = 'actor:Only Here'
                    """) ?? 0
            }
            #expect(mentions == 1)
            #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_key_check") } == nil)
        }
    }

    /// Storing runs with foreign-key enforcement off, so replacing an article must itself
    /// remove what the cascades used to: a node only the old version supported goes with
    /// its labels and with every relationship at it, even one another article reported
    /// (and that relationship's provenance); nothing is left pointing at a deleted row.
    @Test func replacementLeavesNoOrphans() throws {
        try withTemporaryStore("replace-orphans") { store, _ in
            let docs = try exampleDocuments()
            let only = "actor:Only Here"
            let naming = GraphFragment(
                nodes: [.init(key: only, labels: ["Person", "Named"], properties: ["name": .string("Only Here")],
                              spans: [TextSpan(start: 0, end: 2)])],
                edges: [.init(type: "MENTIONS", from: GraphFragment.articleKey(docs[0]), to: only, spans: [TextSpan(start: 0, end: 2)])])
            // The second article links to the node by key without supporting the node itself.
            let linking = GraphFragment(edges: [.init(type: "MENTIONS", from: GraphFragment.articleKey(docs[1]), to: only,
                                                      spans: [TextSpan(start: 1, end: 3)])])
            #expect(store.store(batch: [(docs[0], naming), (docs[1], linking)]).map { (try? $0.get())?.status } == [.added, .added])
            var changed = docs[0]
            changed.title += "（更新）"
            #expect(try store.store(changed, fragment: GraphFragment()).status == .replaced)

            let counts = try store.writer.read { db in
                try ["SELECT count(*) FROM nodes WHERE key = 'actor:Only Here'",
                     "SELECT count(*) FROM node_labels l LEFT JOIN nodes n ON n.id = l.node_id WHERE n.id IS NULL",
                     "SELECT count(*) FROM edges e LEFT JOIN nodes s ON s.id = e.src LEFT JOIN nodes d ON d.id = e.dst WHERE s.id IS NULL OR d.id IS NULL",
                     "SELECT count(*) FROM provenance p LEFT JOIN edges e ON e.id = p.edge_id WHERE p.edge_id IS NOT NULL AND e.id IS NULL",
                     "SELECT count(*) FROM provenance p LEFT JOIN nodes n ON n.id = p.node_id WHERE p.node_id IS NOT NULL AND n.id IS NULL",
                     "SELECT count(*) FROM edges WHERE type = 'MENTIONS'",
                     "SELECT count(*) FROM articles"].map { try Int.fetchOne(db, sql: $0) ?? -1 }
            }
            #expect(counts == [0, 0, 0, 0, 0, 0, 2])
            #expect(try store.writer.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
            // Enforcement is back on for the writer connection (Cypher writes rely on it).
            #expect(try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)
        }
    }

    /// The full-text index of a store merges no segments as it is written (see migration
    /// v6), and a claim's words are still found through it.
    @Test func searchIndexDoesNotMergeAsItWrites() throws {
        let store = try GraphStore(path: ":memory:")
        let automerge = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT v FROM search_config WHERE k = 'automerge'") }
        #expect(automerge == 0)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO search(rowid, text, node_id, kind) VALUES (1, '中国还没有做好甩掉俄罗斯的准备', 1, 'claim')")
        }
        let found = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT rowid FROM search WHERE search MATCH '\"甩掉俄罗斯\"'") }
        #expect(found == 1)
    }

    /// While checkpoints are deferred the log only grows; `checkpoint()` copies it into the
    /// file, empties it and restores SQLite's automatic checkpoints.
    @Test func deferredCheckpointsEmptyTheLogAtTheEnd() throws {
        try withTemporaryStore("checkpoint") { store, path in
            try store.deferCheckpoints()
            let docs = try exampleDocuments()
            _ = store.store(batch: docs.map { ($0, GraphFragment()) })
            let walSize = { (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0 }
            let pages = try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
            #expect(pages == 0 && walSize() > 0)
            try store.checkpoint()
            let restored = try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
            #expect(restored == 1000 && walSize() == 0)
            #expect(try count(store, "articles") == 5)
        }
    }
}
