import ClaimGraphCore
import Foundation
import GRDB
import Ingest
import Store
import Testing

/// A node created in a write transaction is not remembered as merged (see
/// `FragmentWriter.upsertNode`): a later article of the batch naming it again must still
/// merge into it, adding what it lacks and changing nothing else.
@Suite struct NodeUpsertTests {
    @Test func aNodeCreatedEarlierInTheBatchTakesLaterUpserts() throws {
        try withTemporaryStore("upsert") { store, _ in
            let docs = try exampleDocuments()
            func naming(_ properties: [String: PropertyValue], _ labels: [String]) -> GraphFragment {
                GraphFragment(nodes: [.init(key: "actor:R", labels: labels, properties: properties)])
            }
            let results = store.store(batch: [
                (docs[0], naming(["name": "R"], ["Person"])),
                (docs[1], naming(["name": "R"], ["Person"])),
                (docs[2], naming(["name": "Other", "title": "教授"], ["Person", "Expert"])),
            ])
            #expect(results.map { (try? $0.get())?.status } == [.added, .added, .added])
            #expect(results.map { (try? $0.get())?.nodesAdded } == [3, 2, 2])  // article, outlet; R only once
            let (props, labels) = try store.writer.read { db in
                (try String.fetchOne(db, sql: "SELECT props FROM nodes WHERE key = 'actor:R'"),
                 try String.fetchAll(db, sql: """
                    SELECT label FROM node_labels WHERE node_id = (SELECT id FROM nodes WHERE key = 'actor:R') ORDER BY label
                    """))
            }
            #expect(props == #"{"name":"R","title":"教授"}"#)
            #expect(labels == ["Expert", "Person"])
        }
    }
}
