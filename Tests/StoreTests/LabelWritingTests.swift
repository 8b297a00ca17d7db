import ClaimGraphCore
import Foundation
import GRDB
import Ingest
import Store
import Testing

/// A node's labels are inserted at the end of its article, several per statement (see
/// `FragmentWriter.flushLabels`): every label given must be stored once, whichever article
/// gives it.
@Suite struct LabelWritingTests {
    @Test func everyLabelGivenIsStoredOnce() throws {
        try withTemporaryStore("labels") { store, _ in
            let docs = try exampleDocuments()
            // More nodes than the largest chunk, two labels each, one node twice.
            let keys = (0..<70).map { "actor:L \($0)" }
            let first = GraphFragment(nodes: keys.map { .init(key: $0, labels: ["Person", "Expert"], properties: [:]) }
                + [.init(key: keys[0], labels: ["Person", "Expert"], properties: [:])])
            // A later article gives a stored node a label it lacks, and one it has.
            let second = GraphFragment(nodes: [.init(key: keys[1], labels: ["Person", "Official"], properties: [:])])
            let results = store.store(batch: [(docs[0], first), (docs[1], second)])
            #expect(results.map { (try? $0.get())?.status } == [.added, .added])
            let labels = try store.writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT n.key, group_concat(l.label, ',') AS labels FROM nodes n JOIN node_labels l ON l.node_id = n.id
                    WHERE n.key GLOB 'actor:L *' GROUP BY n.id ORDER BY n.id
                    """).map { ($0["key"] as String, Set(($0["labels"] as String).split(separator: ",").map(String.init))) }
            }
            #expect(labels.map(\.0) == keys)
            #expect(labels[1].1 == ["Person", "Expert", "Official"])
            #expect(labels.enumerated().allSatisfy { $0.offset == 1 || $0.element.1 == ["Person", "Expert"] })
            let articles = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM node_labels WHERE label = 'Article'") }
            #expect(articles == 2)
        }
    }
}
