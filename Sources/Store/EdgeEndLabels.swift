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
    static func recompute(_ db: Database) throws {
        var tracker = EndLabelTracker()
        let labelSets = try nodeLabelSets(db, &tracker)
        let unlabelled = tracker.intern([])
        var ends: [String: EndLabelTracker.Ends] = [:]
        try RawStatement(db, sql: "SELECT type, src, dst FROM edges").forEachRow { row in
            ends[row.text(0) ?? "", default: EndLabelTracker.Ends()].add(
                src: labelSets[row.int64(1)] ?? unlabelled, dst: labelSets[row.int64(2)] ?? unlabelled)
            return true
        }
        for (type, found) in ends { tracker.merge(found, type: type) }
        try replace(db, with: tracker.facts)
    }

    /// Each labelled node's label set, interned by `tracker`.
    private static func nodeLabelSets(_ db: Database, _ tracker: inout EndLabelTracker) throws -> [Int64: Int32] {
        var labels: [Int64: [String]] = [:]
        try RawStatement(db, sql: "SELECT node_id, label FROM node_labels").forEachRow { row in
            labels[row.int64(0), default: []].append(row.text(1) ?? "")
            return true
        }
        return labels.mapValues { tracker.intern($0) }
    }

    /// The facts that hold now, as `key(type:side:label:)` strings.
    public static func all(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT type || '|' || side || '|' || label FROM edge_end_labels"))
    }
}
