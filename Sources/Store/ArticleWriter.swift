import ClaimGraphCore
import Foundation
import GRDB

extension GraphStore {
    /// Stores one article and the fragment extracted from it, in one transaction.
    ///
    /// The same article (same URL, or same content when it has no URL) with unchanged
    /// content changes nothing. A changed article first withdraws what its old version
    /// contributed (relationships and nodes supported only by it), then adds the new one.
    /// Properties already on a node are never overwritten by extraction, so a curator's
    /// `SET` survives re-extraction.
    @discardableResult
    public func store(_ document: Document, fragment: GraphFragment) throws -> IngestOutcome {
        try writeWithoutForeignKeys { db in try store([(document, fragment)], db)[0] }
    }

    /// Stores several articles in one transaction; when any of them fails, the batch is
    /// rolled back and stored again one article per transaction, so that a bad article
    /// fails alone and is reported in its slot.
    ///
    /// One commit per batch instead of per article is what makes bulk ingest fast: the
    /// full-text index flushes its pending terms and merges segments at every commit (and
    /// at every savepoint, which is why articles are not isolated by savepoints here).
    /// Crash safety is unchanged: a batch is committed whole or not at all.
    public func store(batch: [(document: Document, fragment: GraphFragment)]) -> [Result<IngestOutcome, any Error>] {
        if let outcomes = try? writeWithoutForeignKeys({ db in try store(batch, db) }) {
            return outcomes.map { .success($0) }
        }
        return batch.map { item in Result { try store(item.document, fragment: item.fragment) } }
    }

    /// Runs `body` in a write transaction with foreign-key enforcement off. Each stored row
    /// names nodes and relationships the writer has just found or made, so the checks
    /// never fail, yet they cost a parent lookup per reference (two per relationship, two
    /// per provenance row): 147 M of 10.7 G instructions to ingest 522 articles. What their
    /// `ON DELETE CASCADE` did when an article is replaced, `withdraw` does itself.
    private func writeWithoutForeignKeys<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var result: T?
            try db.inTransaction {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// Stores the articles in the current transaction, sharing one write cache.
    private func store(_ batch: [(document: Document, fragment: GraphFragment)], _ db: Database) throws -> [IngestOutcome] {
        let cache = try WriteCache(db, nodes: batch.reduce(0) { $0 + $1.fragment.nodes.count },
                                   relationships: batch.reduce(0) { $0 + $1.fragment.edges.count })
        let outcomes = try batch.map { try store($0.document, fragment: $0.fragment, db, cache) }
        try cache.flushSearch()
        return outcomes
    }

    private func store(_ document: Document, fragment: GraphFragment, _ db: Database, _ cache: WriteCache) throws -> IngestOutcome {
        let lookup = cache.statements.articleByIdentity
        lookup.bind(1, copying: document.identity)
        let existing = try lookup.firstRow { (id: $0.int64(0), contentHash: $0.text(1)) }
        if let existing, existing.contentHash == document.contentHash {
            return IngestOutcome(status: .unchanged)
        }
        if let existing {
            cache.withdrawSearch(of: try withdraw(article: existing.id, db))
            cache.clear()  // withdrawing may delete nodes the cache remembers
        }
        var writer = FragmentWriter(cache: cache)
        let articleID = try writer.writeArticle(document, fragment: fragment)
        try writer.write(fragment, article: (GraphFragment.articleKey(document), articleID))
        return IngestOutcome(
            status: existing == nil ? .added : .replaced,
            nodesAdded: writer.nodesAdded, edgesAdded: writer.edgesAdded)
    }

    /// Removes what an article contributed: its provenance, then every relationship and
    /// node that no other article (and no curator) supports any more, then its text.
    /// Foreign keys are off while storing, so the rows their cascades removed with a node
    /// are deleted here too: its labels, the relationships at it (with their provenance)
    /// and, were it an article, that article's row and provenance. Returns the nodes
    /// deleted, whose full-text rows the batch deletes at its end.
    private func withdraw(article id: Int64, _ db: Database) throws -> Set<Int64> {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS withdrawn_edges(id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS withdrawn_nodes(id INTEGER PRIMARY KEY);
            DELETE FROM withdrawn_edges; DELETE FROM withdrawn_nodes;
            """)
        try db.execute(sql: "INSERT OR IGNORE INTO withdrawn_edges SELECT edge_id FROM provenance WHERE article_id = ? AND edge_id IS NOT NULL", arguments: [id])
        try db.execute(sql: "INSERT OR IGNORE INTO withdrawn_nodes SELECT node_id FROM provenance WHERE article_id = ? AND node_id IS NOT NULL AND node_id <> ?", arguments: [id, id])
        try db.execute(sql: "DELETE FROM provenance WHERE article_id = ?", arguments: [id])
        try db.execute(sql: """
            DELETE FROM withdrawn_edges WHERE EXISTS (SELECT 1 FROM provenance p WHERE p.edge_id = withdrawn_edges.id);
            DELETE FROM withdrawn_nodes WHERE EXISTS (SELECT 1 FROM provenance p WHERE p.node_id = withdrawn_nodes.id);
            -- CROSS JOIN keeps the temp table outside: the planner, without statistics on
            -- it, scanned every relationship instead (30 ms per replaced article).
            INSERT OR IGNORE INTO withdrawn_edges
                SELECT e.id FROM withdrawn_nodes w CROSS JOIN edges e ON e.src = w.id
                UNION ALL SELECT e.id FROM withdrawn_nodes w CROSS JOIN edges e ON e.dst = w.id;
            """)
        // The publisher's link to the article goes too (writing the article makes it again).
        try db.execute(sql: """
            INSERT OR IGNORE INTO withdrawn_edges SELECT id FROM edges WHERE src = ? AND type = 'PUBLISHED'
                UNION ALL SELECT id FROM edges WHERE dst = ? AND type = 'PUBLISHED'
            """, arguments: [id, id])
        try db.execute(sql: """
            DELETE FROM provenance WHERE edge_id IN (SELECT id FROM withdrawn_edges);
            DELETE FROM provenance WHERE article_id IN (SELECT id FROM withdrawn_nodes);
            DELETE FROM articles WHERE node_id IN (SELECT id FROM withdrawn_nodes);
            DELETE FROM node_labels WHERE node_id IN (SELECT id FROM withdrawn_nodes);
            DELETE FROM edges WHERE id IN (SELECT id FROM withdrawn_edges);
            DELETE FROM nodes WHERE id IN (SELECT id FROM withdrawn_nodes);
            """)
        try db.execute(sql: "DELETE FROM articles WHERE node_id = ?", arguments: [id])
        return try Int64.fetchSet(db, sql: "SELECT id FROM withdrawn_nodes")
    }
}

/// What the articles of one write transaction have already written: node ids by key, and
/// which properties and labels each node was already given. Catalog actors recur in most
/// articles of a batch; looking each one up and merging the same properties again per
/// article was a large part of storing it. Also the transaction's prepared statements.
/// Valid only inside its transaction.
final class WriteCache {
    let statements: IngestStatements
    var ids: [String: Int64] = [:]
    /// Key, properties and labels of each node upsert done (see `FragmentWriter.upsertNode`).
    var merged: Set<UTF8Key> = []
    /// The last merge into each existing node, by key: a catalog actor brings the same
    /// properties (the same dictionary) in article after article, and telling so by `==`
    /// spares encoding them as JSON to find the upsert in `merged`.
    var lastMerge: [String: (id: Int64, properties: [String: PropertyValue], labels: [String])] = [:]
    /// Nodes created in this transaction, and the relationships created at them: a
    /// relationship at a node this transaction created can only be one it created too, so
    /// finding it is a dictionary probe instead of an index seek (most relationships end at
    /// a claim new in its article).
    var created: Set<Int64> = []
    var edgesAtCreated: [EdgeEnds: Int64] = [:]
    /// Character pairs of claims already compared as paraphrase candidates, by claim id
    /// (each new claim is compared with up to a hundred, and hashing an id costs less
    /// than hashing a key).
    var pairs: [Int64: [UInt64]] = [:]
    /// The id the next new relationship takes, once asked (see `FragmentWriter.nextEdgeID`).
    var nextEdgeID: Int64?
    /// Each speaker's latest claims, by speaker key, once asked (see `latestClaims`).
    var claimsSaid: [String: [SaidClaim]] = [:]
    /// Full-text rows not yet inserted. FTS5 writes its pending terms to disk at every
    /// savepoint, and every relationship insert opens one (its trigger needs a statement
    /// journal), so inserting each claim's row at once cost a disk segment per claim;
    /// the rows go in together at the end of the batch.
    private var pendingSearch: [(text: String, node: Int64, kind: String)] = []
    /// Full-text rows of withdrawn claims, deleted at the end of the batch too: deleting
    /// them at once made FTS5 write the batch's pending terms at the next statement (27
    /// extra segments and 2.6 G instructions over the corpus's 27 replaced articles).
    private var withdrawnSearch: Set<Int64> = []

    /// `nodes` and `relationships`: how many the batch's fragments hold, which bounds the
    /// node ids, created nodes and relationships at them the batch remembers. Room for them
    /// is made at once: grown as they filled, the tables hashed every key again at each
    /// doubling (56 M instructions per 1,000 articles).
    init(_ db: Database, nodes: Int, relationships: Int) throws {
        statements = try IngestStatements(db)
        ids.reserveCapacity(nodes)
        created.reserveCapacity(nodes)
        edgesAtCreated.reserveCapacity(relationships)
    }

    func addSearch(_ text: String, node: Int64, kind: String) {
        pendingSearch.append((text, node, kind))
    }

    /// Forgets the pending rows of withdrawn nodes and deletes their stored rows later. A
    /// node id can come back (a new node takes the highest free id), which is why the
    /// deletes go before the inserts.
    func withdrawSearch(of nodes: Set<Int64>) {
        pendingSearch.removeAll { nodes.contains($0.node) }
        withdrawnSearch.formUnion(nodes)
    }

    /// Deletes the withdrawn full-text rows, then inserts the pending ones in the order
    /// they were added.
    func flushSearch() throws {
        let delete = statements.deleteSearch
        for node in withdrawnSearch.sorted() {
            delete.bind(1, node)
            try delete.execute()
        }
        withdrawnSearch.removeAll()
        let insert = statements.insertSearch
        for row in pendingSearch {
            insert.bind(1, row.node)
            insert.bind(2, copying: row.text)
            insert.bind(3, copying: row.kind)
            try insert.execute()
        }
        pendingSearch.removeAll()
    }

    func clear() {
        ids.removeAll(keepingCapacity: true)
        merged.removeAll()
        lastMerge.removeAll()
        created.removeAll(keepingCapacity: true)
        edgesAtCreated.removeAll(keepingCapacity: true)
        pairs.removeAll()
        nextEdgeID = nil
        claimsSaid.removeAll()
    }
}

/// Writes one article's nodes, relationships and provenance inside an open transaction.
struct FragmentWriter {
    let cache: WriteCache
    let statements: IngestStatements
    var nodesAdded = 0
    var edgesAdded = 0
    /// The article's provenance rows not yet inserted: node or relationship, and span.
    private var provenance: [(node: Int64?, edge: Int64?, span: TextSpan)] = []
    /// The article's new relationships not yet inserted (see `flushEdges`).
    var newEdges: [NewEdge] = []
    /// The labels of the article's node upserts not yet inserted.
    private var newLabels: [(label: String, node: Int64)] = []

    init(cache: WriteCache) {
        self.cache = cache
        statements = cache.statements
    }

    mutating func writeArticle(_ d: Document, fragment: GraphFragment) throws -> Int64 {
        let fileName = d.sourceFileName
        var props: [String: PropertyValue] = [
            "title": .string(d.title), "file": .string(fileName),
            "language": .string(d.language), "format": .string(d.format),
        ]
        if let url = d.url { props["url"] = .string(url) }
        if let outlet = d.outlet { props["outlet"] = .string(outlet) }
        if let date = d.published { props["date"] = .string(ISO8601.dateTime(date)) }
        if !d.authors.isEmpty { props["authors"] = .list(d.authors.map { .string($0) }) }
        let key = GraphFragment.articleKey(d)
        let id = try upsertNode(key: key, labels: ["Article"], properties: props, replace: true).id
        let insert = statements.insertArticle
        insert.bind(1, id)
        for (i, text) in [d.identity, d.contentHash, d.source, fileName, d.title, d.url, d.outlet,
                          d.published.map(ISO8601.dateTime), d.language, d.format, d.body,
                          ISO8601.dateTime(Date())].enumerated() {
            insert.bind(Int32(i + 2), copying: text)
        }
        try insert.execute()
        // Extraction links a publisher the catalog knows; any other gets a node of its own.
        let linked = fragment.edges.contains { $0.type == GraphSchema.RelType.published && $0.to == key }
        if let outlet = d.outlet, !linked {
            let outletID = try upsertNode(key: GraphFragment.outletKey(outlet), labels: ["Outlet"], properties: ["name": .string(outlet)]).id
            _ = try upsertEdge(type: "PUBLISHED", from: outletID, to: id, properties: [:])
        }
        return id
    }

    mutating func write(_ fragment: GraphFragment, article: (key: String, id: Int64)) throws {
        try flushEdges()  // the publisher's link, before the paraphrase check reads relationships
        let fragment = try mergingParaphrases(fragment)
        var newNorms: [String: String] = [:]  // of the claims this article creates
        var ids: [Int64] = []  // of `fragment.nodes`
        ids.reserveCapacity(fragment.nodes.count)
        for node in fragment.nodes {
            let (id, isNew) = try upsertNode(key: node.key, labels: node.labels, properties: node.properties)
            ids.append(id)
            if isNew, case .string(let norm)? = node.properties["norm"] { newNorms[node.key] = norm }
            for span in node.spans { provenance.append((id, nil, span)) }
            if node.spans.isEmpty { provenance.append((id, nil, TextSpan(start: 0, end: 0))) }
            if isNew, node.labels.contains("Claim"), case .string(let text)? = node.properties["text"] {
                cache.addSearch(ChineseFolding.shared.toSimplified(text), node: id, kind: "claim")
            }
        }
        for edge in fragment.edges {
            let from = try endID(edge.from, at: edge.fromNode, fragment, ids, article)
            let to = try endID(edge.to, at: edge.toNode, fragment, ids, article)
            let id = try upsertEdge(type: edge.type, from: from, to: to, properties: edge.properties)
            if edge.type == GraphSchema.RelType.said {
                noteSaid(speaker: edge.from, claim: (to, edge.to, newNorms[edge.to]))
            }
            let spans = edge.spans.isEmpty ? [TextSpan(start: 0, end: 0)] : edge.spans
            for span in spans { provenance.append((nil, id, span)) }
        }
        try flushEdges()
        try flushLabels()
        try flushProvenance(article: article.id)
    }

    /// The id of a relationship's end: the node the builder's index names when its key is
    /// `key` (the id its upsert gave, which is what `nodeID` would find), the article's, or
    /// `nodeID`'s. `==` is cheap on the same string and tells keys apart as the cache does.
    private func endID(_ key: String, at index: Int?, _ fragment: GraphFragment, _ ids: [Int64],
                       _ article: (key: String, id: Int64)) throws -> Int64 {
        if let i = index, i < ids.count, fragment.nodes[i].key == key { return ids[i] }
        if key == article.key { return article.id }
        guard let id = try nodeID(key: key) else { throw StoreError.missingNode(key: key) }
        return id
    }

    private func nodeID(key: String) throws -> Int64? {
        if let id = cache.ids[key] { return id }
        let id = try storedNodeID(key: key)
        if let id { cache.ids[key] = id }
        return id
    }

    /// The id of the stored node with `key`, asked of the database (not the cache).
    func storedNodeID(key: String) throws -> Int64? {
        let find = statements.nodeByKey
        find.bind(1, copying: key)
        return try find.firstRow { $0.int64(0) }
    }

    /// Creates the node, or adds missing labels and properties to the existing one
    /// (`replace` overwrites properties: used for the article node itself); `isNew` when
    /// it was created. Only upserts into an existing node are remembered in `merged`: a
    /// created node is mostly a claim of this article that no other upserts, and hashing
    /// its key and properties (the claim's words) into the set cost more than the no-op
    /// merge of the rare node upserted again.
    private mutating func upsertNode(key: String, labels: [String], properties: [String: PropertyValue],
                                     replace: Bool = false) throws -> (id: Int64, isNew: Bool) {
        if !replace, let last = cache.lastMerge[key], last.labels == labels, last.properties == properties {
            return (last.id, false)  // merged just so already (see `WriteCache.lastMerge`)
        }
        let json = PropertyValue.jsonObjectUTF8(properties)
        if let existing = try cache.ids[key] ?? insertedNodeID(key: key, json: json) {
            let done = Self.upsertKey(key, json, labels)
            if !replace { cache.lastMerge[key] = (existing, properties, labels) }
            if !replace, cache.merged.contains(done) { return (existing, false) }
            let merge = replace ? statements.replaceNode : statements.mergeNode
            merge.bind(1, copying: json)
            merge.bind(2, existing)
            try merge.execute()
            for label in labels { newLabels.append((label, existing)) }
            cache.merged.insert(done)
            return (existing, false)
        }
        let id = statements.insertNode.lastInsertedRowID
        cache.ids[key] = id
        cache.created.insert(id)
        nodesAdded += 1
        for label in labels { newLabels.append((label, id)) }
        return (id, true)
    }

    /// Inserts the node unless one with `key` is stored, and returns that one's id (nil when
    /// the node was inserted). Most nodes an article names are new (its claims), so the
    /// insert is tried first: looking the key up before inserting sought it twice.
    private func insertedNodeID(key: String, json: [UInt8]) throws -> Int64? {
        let insert = statements.insertNode
        insert.bind(1, copying: key)
        insert.bind(2, copying: json)
        try insert.execute()
        guard insert.changes == 0 else { return nil }
        guard let id = try storedNodeID(key: key) else { throw StoreError.missingNode(key: key) }
        cache.ids[key] = id
        return id
    }

    /// What identifies one node upsert in `WriteCache.merged`: key, properties and labels.
    private static func upsertKey(_ key: String, _ json: [UInt8], _ labels: [String]) -> UTF8Key {
        var bytes = Array(key.utf8)
        bytes.append(0x1F)
        bytes += json
        for label in labels {
            bytes.append(0x1F)
            bytes += label.utf8
        }
        return UTF8Key(bytes)
    }

    /// Inserts the article's pending provenance rows in their order.
    private mutating func flushProvenance(article: Int64) throws {
        let rows = provenance
        try statements.insertProvenance.insert(rows.count) { insert, column, i in
            insert.bind(column, article)
            insert.bind(column + 1, rows[i].node)
            insert.bind(column + 2, rows[i].edge)
            insert.bind(column + 3, Int64(rows[i].span.start))
            insert.bind(column + 4, Int64(rows[i].span.end))
        }
        provenance.removeAll(keepingCapacity: true)
    }

    /// Inserts the labels given in the article's node upserts (before anything reads them:
    /// nothing in storing an article does).
    private mutating func flushLabels() throws {
        let rows = newLabels
        try statements.insertLabels.insert(rows.count) { insert, column, i in
            insert.bind(column, copying: rows[i].label)
            insert.bind(column + 1, rows[i].node)
        }
        newLabels.removeAll(keepingCapacity: true)
    }
}
