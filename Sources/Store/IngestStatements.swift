import GRDB

/// The statements that store articles, prepared once per write transaction and run
/// through SQLite's C API. Storing one article runs a couple of hundred of them (a row per
/// node, label, relationship and provenance span), and GRDB's work per statement (cache
/// lookup by SQL text, boxed arguments, a cursor object per query, observation hooks)
/// cost about a fifth of storing.
final class IngestStatements {
    let articleByIdentity: RawStatement
    let nodeByKey: RawStatement
    /// Inserts a node whose key is not stored yet (changes nothing otherwise).
    let insertNode: RawStatement
    /// Adds the properties a node lacks (extraction never overwrites a curator's `SET`).
    let mergeNode: RawStatement
    /// Overwrites the properties given (the article node describes its article).
    let replaceNode: RawStatement
    /// Adds labels, several per statement (a node's labels are inserted at the end of its
    /// article; `OR IGNORE` keeps those it has).
    let insertLabels: ChunkedInsert
    let insertArticle: RawStatement
    let edgeByEnds: RawStatement
    let mergeEdge: RawStatement
    /// Inserts relationships with their ids, several per statement (see `upsertEdge`).
    let insertEdges: ChunkedInsert
    let highestEdgeID: RawStatement
    let insertProvenance: ChunkedInsert
    let insertSearch: RawStatement
    let deleteSearch: RawStatement
    /// A speaker's latest claims with their folded words, newest first (paraphrase candidates).
    let claimsSaidBy: RawStatement

    init(_ db: Database) throws {
        articleByIdentity = try RawStatement(db, sql: "SELECT node_id, content_hash FROM articles WHERE identity = ?")
        nodeByKey = try RawStatement(db, sql: "SELECT id FROM nodes WHERE key = ?")
        insertNode = try RawStatement(db, sql: "INSERT INTO nodes(key, props) VALUES (?, ?) ON CONFLICT(key) DO NOTHING")
        // Most merges into a known actor add nothing: rewriting its row anyway cost a page
        // write per mention, so the row is only written when the merge changes it.
        mergeNode = try RawStatement(db, sql: "UPDATE nodes SET props = json_patch(?1, props) WHERE id = ?2 AND props IS NOT json_patch(?1, props)")
        replaceNode = try RawStatement(db, sql: "UPDATE nodes SET props = json_patch(props, ?1) WHERE id = ?2 AND props IS NOT json_patch(props, ?1)")
        insertLabels = try ChunkedInsert(db, "INSERT OR IGNORE INTO node_labels(label, node_id) VALUES", columns: 2)
        insertArticle = try RawStatement(db, sql: """
            INSERT INTO articles(node_id, identity, content_hash, source, file_name, title, url, outlet,
                published, language, format, body, ingested_at)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        edgeByEnds = try RawStatement(db, sql: "SELECT id FROM edges WHERE src = ? AND type = ? AND dst = ? LIMIT 1")
        mergeEdge = try RawStatement(db, sql: "UPDATE edges SET props = json_patch(?1, props) WHERE id = ?2 AND props IS NOT json_patch(?1, props)")
        insertEdges = try ChunkedInsert(db, "INSERT OR FAIL INTO edges(id, type, src, dst, props) VALUES", columns: 5)
        highestEdgeID = try RawStatement(db, sql: "SELECT max(id) FROM edges")
        insertProvenance = try ChunkedInsert(db, "INSERT OR FAIL INTO provenance(article_id, node_id, edge_id, start, end) VALUES",
                                             columns: 5)
        insertSearch = try RawStatement(db, sql: "INSERT INTO search(rowid, text, node_id, kind) VALUES (?1, ?2, ?1, ?3)")
        deleteSearch = try RawStatement(db, sql: "DELETE FROM search WHERE rowid = ?")
        claimsSaidBy = try RawStatement(db, sql: """
            SELECT c.id, c.key, c.props ->> '$.norm' AS norm FROM nodes s
            JOIN edges e ON e.src = s.id AND e.type = 'SAID'
            JOIN nodes c ON c.id = e.dst
            WHERE s.key = ? ORDER BY e.dst DESC LIMIT ?
            """)
    }
}
