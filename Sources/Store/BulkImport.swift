import Foundation
import GRDB

/// What an import loaded.
public struct ImportSummary: Sendable, Equatable {
    public var files = 0
    public var nodes = 0
    public var relationships = 0
}

extension GraphStore {
    /// Loads node and relationship CSV files (Neo4j import headers) in one transaction:
    /// a bad row stops the import with its file and line, and nothing is kept.
    ///
    /// Speed: rows go through reused prepared statements with CSV bytes bound in place;
    /// foreign-key checks are off (the loader resolves every `:START_ID`/`:END_ID` itself);
    /// `synchronous = OFF` and no automatic checkpoint for this transaction only: WAL stays
    /// on and the checkpoint that copies the import into the file runs afterwards with the
    /// usual syncing, so a crash or power loss can lose the import but not corrupt the
    /// file (a torn WAL fails its checksums and is ignored); into an empty store the secondary indexes are
    /// dropped and rebuilt after the rows. At the end an index on `props.id` (the `{id: X}`
    /// lookups of imported graphs) is made and the statistics refreshed (ANALYZE).
    ///
    /// Node ids are kept as the `id` property (an integer when they are one) and become the
    /// node's row id when that row id is free, so `id(n)` usually equals the CSV id.
    /// Relationship ends must be nodes of the same import. Imported nodes have no `key`
    /// and their texts are not put into the full-text `search` table.
    @discardableResult
    public func importCSV(_ plan: ImportPlan, delimiter: UInt8 = UInt8(ascii: ",")) throws -> ImportSummary {
        let summary = try writer.writeWithoutTransaction { db in
            let saved = try ImportPragmas(db)
            defer { saved.restore(db) }
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -1048576")
            var summary = ImportSummary()
            try db.inTransaction(.immediate) {
                var loader = try BulkLoader(db: db, delimiter: delimiter)
                summary = try loader.load(plan)
                return .commit
            }
            return summary
        }
        try writer.writeWithoutTransaction { db in
            if !db.configuration.readonly, try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" {
                try db.checkpoint(.truncate)
            }
        }
        return summary
    }
}

/// The connection settings an import changes, restored afterwards.
private struct ImportPragmas {
    let foreignKeys: Int
    let synchronous: Int
    let autocheckpoint: Int
    let cacheSize: Int

    init(_ db: Database) throws {
        foreignKeys = try Int.fetchOne(db, sql: "PRAGMA foreign_keys") ?? 1
        synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 1
        autocheckpoint = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
        cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    }

    func restore(_ db: Database) {
        try? db.execute(sql: """
            PRAGMA foreign_keys = \(foreignKeys); PRAGMA synchronous = \(synchronous);
            PRAGMA wal_autocheckpoint = \(autocheckpoint); PRAGMA cache_size = \(cacheSize)
            """)
    }
}

/// The rows of one import, written inside the caller's transaction.
private struct BulkLoader {
    let db: Database
    let delimiter: UInt8
    private var spaces: [String: IDSpace] = [:]
    private var endLabels = EndLabelTracker()
    private var summary = ImportSummary()
    private var json: [UInt8] = []
    private let insertNodeAt: RawStatement
    private let insertLabel: RawStatement
    private let insertEdge: RawStatement

    init(db: Database, delimiter: UInt8) throws {
        self.db = db
        self.delimiter = delimiter
        insertNodeAt = try RawStatement(db, sql: "INSERT INTO nodes(id, key, props) VALUES (?, NULL, ?)")
        insertLabel = try RawStatement(db, sql: "INSERT OR IGNORE INTO node_labels(label, node_id) VALUES (?, ?)")
        insertEdge = try RawStatement(db, sql: "INSERT INTO edges(type, src, dst, props) VALUES (?, ?, ?, ?)")
        json.reserveCapacity(4096)
    }

    mutating func load(_ plan: ImportPlan) throws -> ImportSummary {
        let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM nodes LIMIT 1)") == 0
        let deferred = empty ? try dropSecondaryIndexes() : []
        for file in plan.nodes { try loadNodes(file) }
        for file in plan.relationships { try loadRelationships(file) }
        for sql in deferred { try db.execute(sql: sql) }
        // Into an empty store every relationship is this import's, so its facts are the store's;
        // otherwise the triggers have already dropped the facts the new rows break.
        if empty { try EdgeEndLabels.replace(db, with: endLabels.facts) }
        try db.execute(sql: "CREATE INDEX IF NOT EXISTS nodes_by_id_property ON nodes(json_extract(props, '$.id'))")
        try EdgeTypeIndexes.create(db)
        try db.execute(sql: "ANALYZE")
        return summary
    }

    /// Drops the graph tables' own indexes (not the UNIQUE/PRIMARY KEY ones) and triggers,
    /// returning the statements that rebuild them: one sort per index after the load beats
    /// keeping three B-trees in order row by row, and the `edge_end_labels` triggers have
    /// nothing to guard while the importer computes the facts itself.
    private func dropSecondaryIndexes() throws -> [String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ('nodes', 'node_labels', 'edges')
            ORDER BY type
            """)
        for row in rows {
            let kind = (row["type"] as String) == "index" ? "INDEX" : "TRIGGER"
            try db.execute(sql: "DROP \(kind) \((row["name"] as String).quotedDatabaseIdentifier)")
        }
        return rows.map { $0["sql"] }
    }

    // MARK: nodes

    private mutating func loadNodes(_ file: ImportPlan.NodeFile) throws {
        let reader = try open(file.path)
        let header = try readHeader(reader)
        let layout = PropertyLayout(header: header)
        let idColumn = header.idColumn
        let spaceName: String
        if let idColumn, case .id(let s, _) = header.columns[idColumn] { spaceName = s } else { spaceName = "" }
        var space = spaces.removeValue(forKey: spaceName) ?? IDSpace()    // taken out: no copy per insert
        defer { spaces[spaceName] = space }
        let fixedLabels = file.labels ?? (header.labelColumn == nil ? [ImportPlan.stem(file.path)] : [])
        let fixedSet = endLabels.intern(fixedLabels)

        while let fields = try nextRow(reader, width: header.columns.count) {
            let line = reader.line
            try encodeProperties(fields, layout, path: file.path, line: line)
            let csvID = idColumn.map { fields[$0] }
            let key = csvID.flatMap { $0.isEmpty ? nil : IDSpace.Key($0) }
            if let key, space.contains(key) {
                throw ImportError.badRow(path: file.path, line: line, reason: "duplicate node id \(csvID!.string)")
            }
            let rowID = try insertNode(preferring: key?.integer, path: file.path, line: line)
            for label in fixedLabels { try addLabel(label, to: rowID, path: file.path, line: line) }
            var labelSet = fixedSet
            if let c = header.labelColumn {
                let labels = fields[c].string.split(separator: ";").map(String.init)
                for label in labels { try addLabel(label, to: rowID, path: file.path, line: line) }
                labelSet = endLabels.intern(fixedLabels + labels)
            }
            if let key { space.insert(key, IDSpace.Entry(rowID: rowID, labels: labelSet)) }
            summary.nodes += 1
        }
        summary.files += 1
    }

    /// Inserts at the CSV's integer id when that row id is free, else at a new one.
    private func insertNode(preferring id: Int64?, path: String, line: Int) throws -> Int64 {
        if let id, id > 0 { insertNodeAt.bind(1, id) } else { insertNodeAt.bindNull(1) }
        insertNodeAt.bind(2, copying: json)
        switch insertNodeAt.step() {
        case .done: return insertNodeAt.lastInsertedRowID
        case .constraint where id != nil:
            return try insertNode(preferring: nil, path: path, line: line)
        case .constraint(let m), .failed(let m):
            throw ImportError.database(path: path, line: line, reason: m)
        }
    }

    private func addLabel(_ label: String, to node: Int64, path: String, line: Int) throws {
        guard !label.isEmpty else { return }
        insertLabel.bind(1, copying: label)
        insertLabel.bind(2, node)
        if case .failed(let m) = insertLabel.step() { throw ImportError.database(path: path, line: line, reason: m) }
    }

    // MARK: relationships

    private mutating func loadRelationships(_ file: ImportPlan.RelationshipFile) throws {
        let reader = try open(file.path)
        let header = try readHeader(reader)
        guard let startColumn = header.startColumn, case .startID(let startSpace) = header.columns[startColumn] else {
            throw ImportError.missingColumn(path: file.path, what: ":START_ID")
        }
        guard let endColumn = header.endColumn, case .endID(let endSpace) = header.columns[endColumn] else {
            throw ImportError.missingColumn(path: file.path, what: ":END_ID")
        }
        let fixedType = file.type ?? (header.typeColumn == nil ? ImportPlan.stem(file.path) : nil)
        let layout = PropertyLayout(header: header)
        let starts = spaces[startSpace] ?? IDSpace()
        let stops = spaces[endSpace] ?? IDSpace()
        if let fixedType { insertEdge.bind(1, copying: fixedType) }
        var ends = EndLabelTracker.Ends()

        while let fields = try nextRow(reader, width: header.columns.count) {
            let line = reader.line
            guard let src = starts[IDSpace.Key(fields[startColumn])] else {
                throw ImportError.badRow(path: file.path, line: line, reason: "start node \(fields[startColumn].string) is not among the imported nodes")
            }
            guard let dst = stops[IDSpace.Key(fields[endColumn])] else {
                throw ImportError.badRow(path: file.path, line: line, reason: "end node \(fields[endColumn].string) is not among the imported nodes")
            }
            if fixedType == nil, let c = header.typeColumn {
                guard !fields[c].isEmpty else { throw ImportError.badRow(path: file.path, line: line, reason: "no relationship type") }
                insertEdge.bind(1, borrowing: fields[c].bytes)
                var one = EndLabelTracker.Ends()
                one.add(src: src.labels, dst: dst.labels)
                endLabels.merge(one, type: fields[c].string)
            } else {
                ends.add(src: src.labels, dst: dst.labels)
            }
            try encodeProperties(fields, layout, path: file.path, line: line)
            insertEdge.bind(2, src.rowID)
            insertEdge.bind(3, dst.rowID)
            insertEdge.bind(4, copying: json)
            switch insertEdge.step() {
            case .done: summary.relationships += 1
            case .constraint(let m), .failed(let m): throw ImportError.database(path: file.path, line: line, reason: m)
            }
        }
        if let fixedType { endLabels.merge(ends, type: fixedType) }
        summary.files += 1
    }

    // MARK: rows

    private func open(_ path: String) throws -> CSVRowReader {
        do { return try CSVRowReader(path: path, delimiter: delimiter) } catch { throw ImportError.csv(error) }
    }

    private func readHeader(_ reader: CSVRowReader) throws -> ImportHeader {
        guard let fields = try nextRow(reader, width: nil) else {
            throw ImportError.badRow(path: reader.path, line: 1, reason: "the file is empty (no header row)")
        }
        return try ImportHeader(fields: fields.map(\.string), path: reader.path)
    }

    private func nextRow(_ reader: CSVRowReader, width: Int?) throws -> [CSVField]? {
        let fields: [CSVField]?
        do { fields = try reader.nextRow() } catch { throw ImportError.csv(error) }
        if let fields, let width, fields.count != width {
            throw ImportError.badRow(path: reader.path, line: reader.line, reason: "\(fields.count) fields, the header has \(width)")
        }
        return fields
    }

    /// Writes the row's properties into `json` as one object, keys in sorted order.
    private mutating func encodeProperties(_ fields: [CSVField], _ layout: PropertyLayout, path: String, line: Int) throws {
        json.removeAll(keepingCapacity: true)
        json.append(UInt8(ascii: "{"))
        for p in layout.properties {
            let field = fields[p.column]
            if field.isEmpty, !(field.quoted && p.type == .string && !p.isArray) { continue }   // no value: no property
            if json.count > 1 { json.append(UInt8(ascii: ",")) }
            json.append(contentsOf: p.keyPrefix)
            if let problem = p.append(field.bytes, to: &json) {
                throw ImportError.badRow(path: path, line: line, reason: "\(p.name) '\(field.string)': \(problem)")
            }
        }
        json.append(UInt8(ascii: "}"))
    }
}

/// The property columns of a file, sorted by name, each with its `"name":` bytes ready.
private struct PropertyLayout {
    struct Column {
        let column: Int
        let name: String
        let keyPrefix: [UInt8]
        /// nil: the node id column, kept as an integer when it is one, else a string.
        let type: ImportValueType?
        let isArray: Bool

        func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> String? {
            guard let type else {
                if let v = ASCIIInteger.parse(bytes) { out.append(contentsOf: String(v).utf8) } else { JSONBytes.appendString(bytes, to: &out) }
                return nil
            }
            guard isArray else { return type.appendJSON(bytes, to: &out) }
            out.append(UInt8(ascii: "["))
            for (i, item) in bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if let problem = type.appendJSON(UnsafeBufferPointer(rebasing: item), to: &out) { return "item \(i + 1): \(problem)" }
            }
            out.append(UInt8(ascii: "]"))
            return nil
        }
    }

    let properties: [Column]

    init(header: ImportHeader) {
        var columns: [Column] = []
        for (i, role) in header.columns.enumerated() {
            switch role {
            case .id(_, let name?):
                columns.append(Column(column: i, name: name, keyPrefix: Self.prefix(name), type: nil, isArray: false))
            case .property(let name, let type, let isArray):
                columns.append(Column(column: i, name: name, keyPrefix: Self.prefix(name), type: type, isArray: isArray))
            default: break
            }
        }
        properties = columns.sorted { $0.name < $1.name }
    }

    private static func prefix(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        Array(name.utf8).withUnsafeBufferPointer { JSONBytes.appendString($0, to: &out) }
        out.append(UInt8(ascii: ":"))
        return out
    }
}

/// The nodes of one id space, by their CSV id: integer ids hash as integers (fast),
/// other ids as strings.
private struct IDSpace {
    enum Key: Hashable {
        case integer(Int64)
        case text(String)

        init(_ field: CSVField) {
            if let v = ASCIIInteger.parse(field.bytes) { self = .integer(v) } else { self = .text(field.string) }
        }

        var integer: Int64? { if case .integer(let v) = self { v } else { nil } }
    }

    /// A node's row id and its label set (see EndLabelTracker).
    struct Entry {
        let rowID: Int64
        let labels: Int32
    }

    private var integers: [Int64: Entry] = [:]
    private var texts: [String: Entry] = [:]

    func contains(_ key: Key) -> Bool { self[key] != nil }

    subscript(key: Key) -> Entry? {
        switch key {
        case .integer(let v): integers[v]
        case .text(let s): texts[s]
        }
    }

    mutating func insert(_ key: Key, _ entry: Entry) {
        switch key {
        case .integer(let v): integers[v] = entry
        case .text(let s): texts[s] = entry
        }
    }
}
