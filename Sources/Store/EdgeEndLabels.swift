import GRDB

/// Facts of the form "every relationship of type T has an end (`src` or `dst`) labelled L",
/// e.g. every SAID starts at a :Person. The query compiler drops a label check that such a
/// fact implies, which at scale is most of an aggregation's cost.
///
/// A fact is only ever removed by writes, never added: triggers delete every fact that a new
/// or changed relationship, or a removed or changed label, could break (a stale fact could
/// drop a check a query needs; a missing one only costs speed). Facts are added by the bulk
/// importer, which sees every node's labels and every relationship's ends as it loads them.
public enum EdgeEndLabels {
    static let schema = """
        CREATE TABLE edge_end_labels (
            type TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('src', 'dst')),
            label TEXT NOT NULL,
            PRIMARY KEY (type, side, label)
        ) WITHOUT ROWID;
        \(triggers(create: "CREATE TRIGGER"))
        """

    /// The triggers again, for putting them back: an ingest drops them while it runs (see
    /// `suspend`), and whatever adds facts again restores them first.
    static let restoreTriggers = triggers(create: "CREATE TRIGGER IF NOT EXISTS")

    private static func triggers(create: String) -> String {
        triggerEvents.map { t in
            t.onEdges ? edgeTrigger(create, t.name, t.event) : labelTrigger(create, t.name, t.event)
        }.joined(separator: "\n")
    }

    private static let triggerEvents: [(name: String, event: String, onEdges: Bool)] = [
        ("edge_end_labels_edge_insert", "AFTER INSERT ON edges", true),
        ("edge_end_labels_edge_update", "AFTER UPDATE OF type, src, dst ON edges", true),
        ("edge_end_labels_label_delete", "AFTER DELETE ON node_labels", false),
        ("edge_end_labels_label_update", "AFTER UPDATE ON node_labels", false),
    ]

    /// A relationship whose end lacks a fact's label breaks the fact.
    private static func edgeTrigger(_ create: String, _ name: String, _ event: String) -> String {
        """
        \(create) \(name) \(event)
        WHEN EXISTS (SELECT 1 FROM edge_end_labels WHERE type = NEW.type)
        BEGIN
            DELETE FROM edge_end_labels WHERE type = NEW.type AND (
                (side = 'src' AND NOT EXISTS (SELECT 1 FROM node_labels WHERE node_id = NEW.src AND label = edge_end_labels.label))
                OR (side = 'dst' AND NOT EXISTS (SELECT 1 FROM node_labels WHERE node_id = NEW.dst AND label = edge_end_labels.label)));
        END;
        """
    }

    /// A label leaving a node breaks the facts about the relationships at that node.
    private static func labelTrigger(_ create: String, _ name: String, _ event: String) -> String {
        """
        \(create) \(name) \(event)
        WHEN EXISTS (SELECT 1 FROM edge_end_labels WHERE label = OLD.label)
        BEGIN
            DELETE FROM edge_end_labels WHERE label = OLD.label AND (
                (side = 'src' AND EXISTS (SELECT 1 FROM edges WHERE src = OLD.node_id AND type = edge_end_labels.type))
                OR (side = 'dst' AND EXISTS (SELECT 1 FROM edges WHERE dst = OLD.node_id AND type = edge_end_labels.type)));
        END;
        """
    }

    /// The key of one fact in `all`.
    public static func key(type: String, side: Side, label: String) -> String { "\(type)|\(side.rawValue)|\(label)" }

    public enum Side: String, Sendable { case src, dst }

    /// Replaces every fact by `facts` (type, side, label), with the triggers guarding them.
    static func replace(_ db: Database, with facts: [(String, Side, String)]) throws {
        try startOver(db)
        let insert = try db.makeStatement(sql: "INSERT INTO edge_end_labels(type, side, label) VALUES (?, ?, ?)")
        for (type, side, label) in facts { try insert.execute(arguments: [type, side.rawValue, label]) }
    }

    /// No facts, and the triggers in place to guard the ones about to be added.
    private static func startOver(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM edge_end_labels")
        try db.execute(sql: restoreTriggers)
    }

    /// Deletes every fact and, with nothing left to guard, the triggers, until `recompute`
    /// or `replace` puts both back. Why: a trigger on `edges` makes every relationship
    /// insert a write of two tables, which SQLite guards with a statement journal (a copy
    /// of each page the insert touches, freed again after it): about half of what storing a
    /// relationship cost, even with the trigger's `WHEN` false. A store left without facts
    /// or triggers (an ingest that stopped half-way) only loses query speed.
    static func suspend(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM edge_end_labels")
        for (name, _, _) in triggerEvents { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
    }

    /// Replaces every fact by the ones the stored graph satisfies now: a label holds for an
    /// end of a type when every relationship of that type has a node with that label there.
    /// Used after an ingest, whose writes only ever remove facts. Computed like the bulk
    /// importer does, from each node's label set and one pass over the relationships: the
    /// SQL join grouped by (type, label) sorted every relationship's labels, once per side,
    /// and cost more than twice as much.
    ///
    /// The relationships are read type by type from `edges_by_type`, so no row's type is
    /// read, and the label sets are found in an array: with a String and two dictionary
    /// probes per row, this cost 794 M instructions after every ingest into a store of the
    /// corpus.
    static func recompute(_ db: Database) throws {
        var tracker = EndLabelTracker()
        let labelSets = try NodeLabelSets(db, &tracker)
        let unlabelled = tracker.intern([])
        let ofType = try RawStatement(db, sql: "SELECT src, dst FROM edges WHERE type = ?")
        for type in try EdgeTypeIndexes.storedTypes(db) {
            var found = EndLabelTracker.Ends()
            ofType.bind(1, copying: type)
            try ofType.forEachRow { row in
                found.add(src: labelSets[row.int64(0)] ?? unlabelled, dst: labelSets[row.int64(1)] ?? unlabelled)
                return true
            }
            tracker.merge(found, type: type)
        }
        try replace(db, with: tracker.facts)
    }

    /// Each labelled node's label set, interned by the tracker. Read in node order from
    /// `node_labels_by_node`, a node's labels come together, so no list per node is kept;
    /// the sets are then found by node id in an array, or by binary search where the ids
    /// are too sparse for one (imported nodes may keep ids of their own).
    private struct NodeLabelSets {
        private var nodes: [Int64] = []
        private var sets: [Int32] = []
        /// `sets` by node id less `first`, -1 for a node without labels.
        private var dense: [Int32] = []
        private var first: Int64 = 0

        init(_ db: Database, _ tracker: inout EndLabelTracker) throws {
            var reader = Reader()
            try RawStatement(db, sql: "SELECT node_id, label FROM node_labels ORDER BY node_id, label").forEachRow { row in
                reader.read(node: row.int64(0), label: row.bytes(1), into: &self, &tracker)
                return true
            }
            reader.finish(into: &self, &tracker)
            makeDense()
        }

        /// The state of reading the rows, kept in one value: variables captured one by one
        /// cost an exclusivity check at each use, half of reading a row.
        private struct Reader {
            /// The few distinct labels, with the set of a node that has only that one.
            var names: [(bytes: [UInt8], name: String, alone: Int32?)] = []
            /// The current node and its labels, as indices into `names`.
            var node: Int64?
            var labels: [Int] = []

            mutating func read(node id: Int64, label: UnsafeBufferPointer<UInt8>, into sets: inout NodeLabelSets,
                               _ tracker: inout EndLabelTracker) {
                if node != id { finish(into: &sets, &tracker) }
                node = id
                if let known = names.firstIndex(where: { $0.bytes.count == label.count && $0.bytes.elementsEqual(label) }) {
                    labels.append(known)
                } else {
                    labels.append(names.count)
                    names.append((Array(label), String(decoding: label, as: UTF8.self), nil))
                }
            }

            /// Adds the set of the node just read: most nodes have one label, whose set is
            /// interned once.
            mutating func finish(into sets: inout NodeLabelSets, _ tracker: inout EndLabelTracker) {
                guard let node else { return }
                if labels.count == 1 {
                    let alone = names[labels[0]].alone ?? tracker.intern([names[labels[0]].name])
                    names[labels[0]].alone = alone
                    sets.add(node, alone)
                } else {
                    sets.add(node, tracker.intern(labels.map { names[$0].name }))
                }
                labels.removeAll(keepingCapacity: true)
            }
        }

        private mutating func add(_ node: Int64, _ set: Int32) {
            nodes.append(node)
            sets.append(set)
        }

        /// Fills `dense` when the ids span at most a few times as many slots as there are nodes.
        private mutating func makeDense() {
            guard let low = nodes.first, let high = nodes.last else { return }
            let span = high.subtractingReportingOverflow(low)
            guard !span.overflow, span.partialValue < 4 * Int64(nodes.count) + 65_536 else { return }
            first = low
            dense = Array(repeating: -1, count: Int(span.partialValue) + 1)
            for (node, set) in zip(nodes, sets) { dense[Int(node - low)] = set }
        }

        subscript(node: Int64) -> Int32? {
            if !dense.isEmpty {
                let slot = node.subtractingReportingOverflow(first)
                guard !slot.overflow, slot.partialValue >= 0, slot.partialValue < Int64(dense.count),
                      dense[Int(slot.partialValue)] >= 0 else { return nil }
                return dense[Int(slot.partialValue)]
            }
            var (low, high) = (0, nodes.count)
            while low < high {
                let mid = (low + high) / 2
                if nodes[mid] < node { low = mid + 1 } else { high = mid }
            }
            return low < nodes.count && nodes[low] == node ? sets[low] : nil
        }
    }

    /// The facts that hold now, as `key(type:side:label:)` strings.
    public static func all(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT type || '|' || side || '|' || label FROM edge_end_labels"))
    }
}
