import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct BulkImportTests {
    /// A tiny who-said-what graph in the bench kit's layout.
    private func benchLayout(_ f: CSVFixture) throws {
        try f.write("nodes/Person.csv", """
            id:ID,name,name_zh,age:int,score:float,verified:boolean,aliases:string[]
            1,"Vladimir Putin","普京",72,0.5,true,"Putin;普丁"
            2,"Lin Jian, spokesperson","林剑",,2,false,

            """)
        try f.write("nodes/Claim.csv", """
            id:ID,text,date:date
            10,"He said ""no"", twice.",2024-05-16
            11,"",2024-05-17

            """)
        try f.write("edges/SAID.Person-Claim.csv", ":START_ID,:END_ID,via\n1,10,direct\n2,11,\"TASS, Reuters\"\n")
        try f.write("edges/ABOUT.Claim-Person.csv", ":START_ID,:END_ID\n10,2\n")
    }

    private func props(_ store: GraphStore, _ id: Int64) throws -> String? {
        try store.writer.read { try String.fetchOne($0, sql: "SELECT props FROM nodes WHERE id = ?", arguments: [id]) }
    }

    @Test func importsTheBenchLayoutWithTypedProperties() throws {
        let f = try CSVFixture()
        try benchLayout(f)
        let store = try GraphStore(path: f.root + "/graph.sqlite")
        var plan = ImportPlan()
        try plan.addDirectory(f.root)
        let summary = try store.importCSV(plan)
        #expect(summary == ImportSummary(files: 4, nodes: 4, relationships: 3))

        // The CSV id is the row id and the integer `id` property; typed columns are typed JSON;
        // an empty unquoted field is no property, an empty quoted string is kept.
        #expect(try props(store, 1) == #"{"age":72,"aliases":["Putin","普丁"],"id":1,"name":"Vladimir Putin","name_zh":"普京","score":0.5,"verified":true}"#)
        #expect(try props(store, 2) == #"{"id":2,"name":"Lin Jian, spokesperson","name_zh":"林剑","score":2.0,"verified":false}"#)
        #expect(try props(store, 10) == #"{"date":"2024-05-16","id":10,"text":"He said \"no\", twice."}"#)
        #expect(try props(store, 11) == #"{"date":"2024-05-17","id":11,"text":""}"#)

        let stats = try store.stats()
        #expect(stats.labels.map(\.label).sorted() == ["Claim", "Person"])
        #expect(stats.types.map(\.type).sorted() == ["ABOUT", "SAID"])
        let via = try store.writer.read {
            try String.fetchAll($0, sql: "SELECT json_extract(props, '$.via') FROM edges WHERE type = 'SAID' ORDER BY src")
        }
        #expect(via == ["direct", "TASS, Reuters"])
    }

    @Test func indexesAreRebuiltAndIdLookupsUseAnIndex() throws {
        let f = try CSVFixture()
        try benchLayout(f)
        let store = try GraphStore(path: f.root + "/graph.sqlite")
        var plan = ImportPlan()
        try plan.addDirectory(f.root)
        try store.importCSV(plan)
        try store.writer.read { db in
            let indexes = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
            #expect(indexes.isSuperset(of: ["edges_out", "edges_in", "node_labels_by_node", "nodes_by_id_property"]))
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM nodes n WHERE json_extract(n.props, '$.id') = 10")
                .map { $0["detail"] as String }
            #expect(plan.contains { $0.contains("nodes_by_id_property") })
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
        }
    }

    @Test func aBadRowNamesFileAndLineAndNothingIsKept() throws {
        let f = try CSVFixture()
        try benchLayout(f)
        try f.write("nodes/Event.csv", "id:ID,name,date:date\n20,\"Summit\",2024-05-16\n21,\"Forum\",16/05/2024\n")
        let store = try GraphStore(path: f.root + "/graph.sqlite")
        var plan = ImportPlan()
        try plan.addDirectory(f.root)
        #expect {
            try store.importCSV(plan)
        } throws: { error in
            String(describing: error) == f.root + "/nodes/Event.csv:3: date '16/05/2024': not a date (YYYY-MM-DD)"
        }
        #expect(try store.stats().nodes == 0)
        #expect(try store.stats().edges == 0)
    }

    @Test func aRelationshipToAnUnknownNodeRollsBackEverything() throws {
        let f = try CSVFixture()
        try benchLayout(f)
        try f.write("edges/AT.Claim-Event.csv", ":START_ID,:END_ID\n10,99\n")
        let store = try GraphStore(path: ":memory:")
        var plan = ImportPlan()
        try plan.addDirectory(f.root)
        #expect {
            try store.importCSV(plan)
        } throws: { error in
            String(describing: error).hasSuffix("edges/AT.Claim-Event.csv:2: end node 99 is not among the imported nodes")
        }
        #expect(try store.stats().nodes == 0)
    }

    @Test func wrongFieldCountAndDuplicateIdsAreReported() throws {
        let f = try CSVFixture()
        let store = try GraphStore(path: ":memory:")
        let short = try f.write("short.csv", "id:ID,name\n1,a\n2\n")
        #expect {
            try store.importCSV(ImportPlan(nodes: [.init(path: short, labels: ["X"])]))
        } throws: { String(describing: $0) == short + ":3: 1 fields, the header has 2" }
        let twice = try f.write("twice.csv", "id:ID,name\n1,a\n1,b\n")
        #expect {
            try store.importCSV(ImportPlan(nodes: [.init(path: twice, labels: ["X"])]))
        } throws: { String(describing: $0) == twice + ":3: duplicate node id 1" }
        #expect(try store.stats().nodes == 0)
    }

    /// Neo4j's single-file style: labels from `:LABEL`, types from `:TYPE`, string ids in
    /// id spaces; a second import into a non-empty store maps ids whose row ids are taken.
    @Test func labelAndTypeColumnsIdSpacesAndASecondImport() throws {
        let f = try CSVFixture()
        let store = try GraphStore(path: ":memory:")
        let people = try f.write("people.csv", "pid:ID(P),name,:LABEL\np1,Putin,Person;Actor\np2,Xi,Person\n")
        let orgs = try f.write("orgs.csv", "oid:ID(O),name\n1,MFA\n")
        let rels = try f.write("rels.csv", ":START_ID(P),:END_ID(O),:TYPE,since:int\np1,1,AFFILIATED_WITH,2000\np2,1,LEADS,\n")
        try store.importCSV(ImportPlan(nodes: [ImportPlan.nodeFile(people), ImportPlan.nodeFile("Organization=" + orgs)],
                                       relationships: [ImportPlan.relationshipFile(rels)]))
        let first = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.type, json_extract(s.props, '$.pid') AS s, json_extract(d.props, '$.oid') AS d, e.props
                FROM edges e JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst ORDER BY e.id
                """).map { [$0["type"], $0["s"], String(describing: $0["d"] as Int64), $0["props"]] as [String] }
        }
        #expect(first == [["AFFILIATED_WITH", "p1", "1", #"{"since":2000}"#], ["LEADS", "p2", "1", "{}"]])
        #expect(try store.stats().labels.map { "\($0.label):\($0.count)" }.sorted() == ["Actor:1", "Organization:1", "Person:2"])

        // Node 1 exists now, so the second file's id 1 gets a new row id; its relationship follows it.
        let more = try f.write("Event.csv", "id:ID,name\n1,Forum\n")
        let at = try f.write("AT.csv", ":START_ID,:END_ID\n1,1\n")
        try store.importCSV(ImportPlan(nodes: [ImportPlan.nodeFile(more)], relationships: [ImportPlan.relationshipFile(at)]))
        let loop = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT e.src = e.dst AS same, json_extract(n.props, '$.name') AS name FROM edges e JOIN nodes n ON n.id = e.src WHERE e.type = 'AT'")
        }
        #expect((loop?["same"] as Bool?) == true)
        #expect((loop?["name"] as String?) == "Forum")
    }
}

@Suite struct EdgeEndLabelTests {
    /// The fixture owns the folder the store lives in: keep it alongside.
    private func importedStore() throws -> (GraphStore, CSVFixture) {
        let f = try CSVFixture()
        try f.write("nodes/Person.csv", "id:ID,name\n1,Putin\n2,Lin\n")
        try f.write("nodes/Claim.csv", "id:ID,text\n10,a\n11,b\n")
        try f.write("edges/SAID.Person-Claim.csv", ":START_ID,:END_ID\n1,10\n2,11\n")
        try f.write("edges/ABOUT.Claim-Person.csv", ":START_ID,:END_ID\n10,2\n")
        let store = try GraphStore(path: f.root + "/graph.sqlite")
        var plan = ImportPlan()
        try plan.addDirectory(f.root)
        try store.importCSV(plan)
        return (store, f)
    }

    private func facts(_ store: GraphStore) throws -> [String] {
        try store.writer.read { try EdgeEndLabels.all($0).sorted() }
    }

    @Test func importRecordsTheLabelsEveryRelationshipEndHas() throws {
        let (store, fixture) = try importedStore()
        defer { withExtendedLifetime(fixture) {} }
        #expect(try facts(store) == ["ABOUT|dst|Person", "ABOUT|src|Claim", "SAID|dst|Claim", "SAID|src|Person"])
    }

    @Test func aRelationshipFromAnUnlabelledEndRemovesOnlyTheFactItBreaks() throws {
        let (store, fixture) = try importedStore()
        defer { withExtendedLifetime(fixture) {} }
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO nodes(id, props) VALUES (99, '{}')")
            try db.execute(sql: "INSERT INTO edges(type, src, dst) VALUES ('SAID', 99, 10)")
        }
        #expect(try facts(store) == ["ABOUT|dst|Person", "ABOUT|src|Claim", "SAID|dst|Claim"])
    }

    @Test func removingALabelRemovesTheFactsAboutItsRelationships() throws {
        let (store, fixture) = try importedStore()
        defer { withExtendedLifetime(fixture) {} }
        try store.writer.write { try $0.execute(sql: "DELETE FROM node_labels WHERE node_id = 1 AND label = 'Person'") }
        #expect(try facts(store) == ["ABOUT|dst|Person", "ABOUT|src|Claim", "SAID|dst|Claim"])
        try store.writer.write { try $0.execute(sql: "UPDATE node_labels SET label = 'Other' WHERE node_id = 2 AND label = 'Person'") }
        #expect(try facts(store) == ["ABOUT|src|Claim", "SAID|dst|Claim"])
    }
}
