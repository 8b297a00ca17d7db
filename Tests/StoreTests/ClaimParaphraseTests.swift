import ClaimGraphCore
import Foundation
import GRDB
import Ingest
import Store
import Testing

/// A speaker's new claim that words an earlier one of theirs differently joins it, whether
/// the earlier one was stored in the same write batch or before; and a claim's search row
/// goes when the claim does.
@Suite struct ClaimParaphraseTests {
    static let speaker = "actor:Bachulska"
    static let first = "中国不希望俄罗斯被削弱，也不希望战争扩大"
    static let reworded = "中国并不希望看到俄罗斯被严重削弱，也不希望战争扩大"
    static let other = "美国的制裁不会改变北京的长期战略判断"

    /// An article whose fragment has the speaker say each text.
    func saying(_ texts: [String], in document: Document) -> (document: Document, fragment: GraphFragment) {
        var nodes = [GraphFragment.Node(key: Self.speaker, labels: ["Person"], properties: ["name": .string("Bachulska")])]
        var edges: [GraphFragment.Edge] = []
        for text in texts {
            let norm = text.filter { !$0.isPunctuation }
            let key = "claim:" + StableHash.hex(of: norm)
            nodes.append(.init(key: key, labels: ["Claim"], properties: ["text": .string(text), "norm": .string(norm)],
                               spans: [TextSpan(start: 0, end: 1)]))
            edges.append(.init(type: "SAID", from: Self.speaker, to: key, spans: [TextSpan(start: 0, end: 1)]))
        }
        return (document, GraphFragment(nodes: nodes, edges: edges))
    }

    func claimTexts(_ store: GraphStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT n.props ->> '$.text' FROM nodes n JOIN node_labels l ON l.node_id = n.id
                WHERE l.label = 'Claim' ORDER BY n.id
                """)
        }
    }

    func withStore(_ body: (GraphStore, [Document]) throws -> Void) throws {
        try withTemporaryStore("paraphrase") { store, _ in try body(store, exampleDocuments()) }
    }

    /// The second article of the batch creates a claim; the third rewords it. The third
    /// must find it although the batch first asked for the speaker's claims before it existed.
    @Test func rewordingJoinsAClaimMadeEarlierInTheBatch() throws {
        try withStore { store, docs throws in
            let batch = [saying([Self.other], in: docs[0]), saying([Self.first], in: docs[1]), saying([Self.reworded], in: docs[2])]
            #expect(store.store(batch: batch).allSatisfy { (try? $0.get()) != nil })
            #expect(try claimTexts(store) == [Self.other, Self.first])
        }
    }

    @Test func rewordingJoinsAClaimOfAnEarlierBatch() throws {
        try withStore { store, docs throws in
            _ = store.store(batch: [saying([Self.first], in: docs[0])])
            _ = store.store(batch: [saying([Self.reworded, Self.other], in: docs[1])])
            #expect(try claimTexts(store) == [Self.first, Self.other])
        }
    }

    @Test func withdrawnClaimLeavesTheSearch() throws {
        try withStore { store, docs throws in
            _ = store.store(batch: [saying([Self.first], in: docs[0]), saying([Self.other], in: docs[1])])
            var changed = docs[0]
            changed.title += "（更新）"
            #expect(try store.store(changed, fragment: GraphFragment()).status == .replaced)
            let rows = try store.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, node_id, text FROM search ORDER BY rowid")
            }
            let claims = try store.writer.read { db in
                try Int64.fetchAll(db, sql: "SELECT node_id FROM node_labels WHERE label = 'Claim' ORDER BY node_id")
            }
            #expect(rows.map { $0[0] as Int64 } == claims)
            #expect(rows.map { $0[1] as Int64 } == claims)
            #expect(rows.map { $0[2] as String } == [Self.other])
        }
    }

    /// Withdrawn rows are deleted at the end of the batch, before its new rows go in: a
    /// claim stored and replaced within one batch leaves no row, and a new claim that takes
    /// a withdrawn claim's node id (the highest) keeps its own.
    @Test func searchRowsOfABatchFollowItsWithdrawals() throws {
        try withStore { store, docs throws in
            _ = store.store(batch: [saying([Self.other], in: docs[1]), saying([Self.first], in: docs[0])])
            var changed = docs[0]
            changed.title += "（更新）"
            var again = changed
            again.title += "（再更新）"
            let outcomes = store.store(batch: [saying([Self.reworded + "。"], in: changed), saying(["普京表示，合作没有上限"], in: again)])
            #expect(outcomes.map { (try? $0.get())?.status } == [.replaced, .replaced])
            let rows = try store.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, text FROM search ORDER BY rowid")
            }
            let claims = try store.writer.read { db in
                try Int64.fetchAll(db, sql: "SELECT node_id FROM node_labels WHERE label = 'Claim' ORDER BY node_id")
            }
            #expect(rows.map { $0[0] as Int64 } == claims)
            #expect(rows.map { $0[1] as String } == [Self.other, "普京表示，合作没有上限"])
            try store.writer.write { db in try db.execute(sql: "INSERT INTO search(search) VALUES ('integrity-check')") }
        }
    }
}
