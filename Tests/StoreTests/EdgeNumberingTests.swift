import ClaimGraphCore
import Foundation
import GRDB
import Ingest
import Store
import Testing

/// An article's new relationships are numbered by the writer and inserted several per
/// statement (see `FragmentWriter.upsertEdge`): the rows must be those that inserting them
/// one by one, each numbered by SQLite, would have stored.
@Suite struct EdgeNumberingTests {
    /// `count` people, each mentioned by the article (more rows than the largest chunk).
    private func mentioning(_ doc: Document, _ count: Int, prefix: String) -> GraphFragment {
        let keys = (0..<count).map { "actor:\(prefix) \($0)" }
        return GraphFragment(
            nodes: keys.map { .init(key: $0, labels: ["Person"], properties: ["name": .string($0)]) },
            edges: keys.map { .init(type: "MENTIONS", from: GraphFragment.articleKey(doc), to: $0, spans: [TextSpan(start: 0, end: 1)]) })
    }

    private func edges(_ store: GraphStore) throws -> [Row] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT e.id, e.type, n.key AS dst FROM edges e JOIN nodes n ON n.id = e.dst ORDER BY e.id")
        }
    }

    @Test func newRelationshipsTakeTheIdsSQLiteWouldGiveThem() throws {
        try withTemporaryStore("edge-numbering") { store, _ in
            let docs = try exampleDocuments()
            try store.store(docs[0], fragment: mentioning(docs[0], 3, prefix: "A"))
            try store.store(docs[1], fragment: mentioning(docs[1], 90, prefix: "B"))
            let first = try edges(store)
            #expect(first.map { $0["id"] as Int64 } == Array(1...Int64(first.count)))
            let mentioned = first.filter { ($0["type"] as String) == "MENTIONS" }.map { $0["dst"] as String }
            #expect(mentioned == (0..<3).map { "actor:A \($0)" } + (0..<90).map { "actor:B \($0)" })

            // Replacing the second article withdraws the highest ids; SQLite numbers the next
            // rows from the highest left, and so must the writer: no gap.
            var changed = docs[1]
            changed.title += "（更新）"
            #expect(try store.store(changed, fragment: mentioning(changed, 5, prefix: "C")).status == .replaced)
            let after = try edges(store)
            #expect(after.map { $0["id"] as Int64 } == Array(1...Int64(after.count)))
            #expect(after.suffix(5).map { $0["dst"] as String } == (0..<5).map { "actor:C \($0)" })
        }
    }

    /// A relationship repeated in one article with properties gets them, though its row was
    /// still waiting to be inserted when the repetition came.
    @Test func propertiesOfARepeatedRelationshipReachItsRow() throws {
        try withTemporaryStore("edge-numbering") { store, _ in
            let doc = try exampleDocuments()[0]
            let article = GraphFragment.articleKey(doc)
            let fragment = GraphFragment(
                nodes: [.init(key: "actor:P", labels: ["Person"], properties: ["name": "P"])],
                edges: [.init(type: "MENTIONS", from: article, to: "actor:P"),
                        .init(type: "MENTIONS", from: article, to: "actor:P", properties: ["via": "AFP"])])
            try store.store(doc, fragment: fragment)
            let rows = try store.writer.read { db in
                try String.fetchAll(db, sql: "SELECT props FROM edges WHERE type = 'MENTIONS'")
            }
            #expect(rows == [#"{"via":"AFP"}"#])
        }
    }

    /// A relationship between two nodes stored before, written twice by one article, is
    /// found the second time (the lookup asks the database, which must hold the first).
    @Test func aRepeatedRelationshipBetweenStoredNodesIsStoredOnce() throws {
        try withTemporaryStore("edge-numbering") { store, _ in
            let docs = try exampleDocuments()
            let people = GraphFragment(nodes: ["actor:X", "actor:Y"].map { .init(key: $0, labels: ["Person"], properties: [:]) })
            try store.store(docs[0], fragment: people)
            let twice = GraphFragment(edges: Array(repeating: .init(type: "AFFILIATED_WITH", from: "actor:X", to: "actor:Y"), count: 2))
            try store.store(docs[1], fragment: twice)
            let count = try store.writer.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM edges WHERE type = 'AFFILIATED_WITH'")
            }
            #expect(count == 1)
        }
    }
}
