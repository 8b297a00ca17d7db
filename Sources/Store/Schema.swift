import GRDB

/// The store's SQLite schema and its migrations.
///
/// The property graph is generic (`nodes`, `node_labels`, `edges`, properties as JSON)
/// so that Cypher can create any label, type or property; the domain adds `articles`
/// (clean text and identity), `provenance` (which characters of which article support
/// each node and edge) and `search` (FTS5, trigram, over claim texts folded to
/// simplified). Article bodies are not indexed: nothing searches them, and trigram
/// indexing of whole bodies cost over a quarter of all ingest time.
enum Schema {
    /// Bump when a migration is added; a database from a newer claimgraph is refused.
    static let version = 7

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-property-graph") { db in
            try db.execute(sql: """
                CREATE TABLE nodes (
                    id INTEGER PRIMARY KEY,
                    key TEXT UNIQUE,
                    props TEXT NOT NULL DEFAULT '{}'
                );
                CREATE TABLE node_labels (
                    label TEXT NOT NULL,
                    node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
                    PRIMARY KEY (label, node_id)
                ) WITHOUT ROWID;
                CREATE INDEX node_labels_by_node ON node_labels(node_id, label);
                CREATE TABLE edges (
                    id INTEGER PRIMARY KEY,
                    type TEXT NOT NULL,
                    src INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
                    dst INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
                    props TEXT NOT NULL DEFAULT '{}'
                );
                CREATE INDEX edges_out ON edges(src, type, dst);
                CREATE INDEX edges_in ON edges(dst, type, src);
                CREATE TABLE articles (
                    node_id INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
                    identity TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    source TEXT NOT NULL,
                    file_name TEXT NOT NULL,
                    title TEXT NOT NULL,
                    url TEXT,
                    outlet TEXT,
                    published TEXT,
                    language TEXT NOT NULL,
                    format TEXT NOT NULL,
                    body TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE TABLE provenance (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(node_id) ON DELETE CASCADE,
                    node_id INTEGER REFERENCES nodes(id) ON DELETE CASCADE,
                    edge_id INTEGER REFERENCES edges(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    end INTEGER NOT NULL,
                    CHECK ((node_id IS NULL) <> (edge_id IS NULL)),
                    CHECK (start <= end)
                );
                CREATE INDEX provenance_by_article ON provenance(article_id);
                CREATE INDEX provenance_by_node ON provenance(node_id) WHERE node_id IS NOT NULL;
                CREATE INDEX provenance_by_edge ON provenance(edge_id) WHERE edge_id IS NOT NULL;
                CREATE VIRTUAL TABLE search USING fts5(
                    text, node_id UNINDEXED, kind UNINDEXED, tokenize = 'trigram'
                );
                """)
        }
        // Queries that start from a relationship type (every SAID, every REPORTED) read
        // only that type's rows instead of scanning all relationships.
        m.registerMigration("v2-edges-by-type") { db in
            try db.execute(sql: "CREATE INDEX edges_by_type ON edges(type, src, dst)")
        }
        m.registerMigration("v3-edge-end-labels") { db in try db.execute(sql: EdgeEndLabels.schema) }
        // FTS5 writes its pending terms to a new segment whenever they pass `hashsize`
        // (1 MB by default), and merges segments after each: a write batch's claims took
        // two or three segments. With 8 MB a batch makes one, at its commit (110 M of 10.4 G
        // instructions to ingest 522 articles); the setting is stored in the table.
        m.registerMigration("v4-search-hashsize") { db in
            try db.execute(sql: "INSERT INTO search(search, rank) VALUES ('hashsize', 8388608)")
        }
        // A claim's search row takes the claim node's id as its rowid. `node_id` is not
        // indexed (FTS5 indexes only text), so deleting a withdrawn claim's row by it read
        // every row of the table: 0.1 s per replaced article in a store of the corpus.
        m.registerMigration("v5-search-rowid-is-node") { db in
            try db.execute(sql: """
                CREATE TEMP TABLE search_move AS
                    SELECT node_id, min(text) AS text, min(kind) AS kind FROM search
                    WHERE node_id IN (SELECT id FROM nodes) GROUP BY node_id;
                DELETE FROM search;
                INSERT INTO search(rowid, text, node_id, kind) SELECT node_id, text, node_id, kind FROM search_move;
                DROP TABLE search_move;
                """)
        }
        // FTS5 merges a table's segments a little at every write (automerge): over a corpus
        // ingest that rewrote the claims' index about twice. Left unmerged, a store holds at
        // most 16 segments per level before FTS5 merges them in one go (crisismerge), and a
        // query reads each: far fewer than the rows a claim search returns.
        m.registerMigration("v6-search-no-automerge") { db in
            try db.execute(sql: "INSERT INTO search(search, rank) VALUES ('automerge', 0)")
        }
        // Back to FTS5's default pending-terms size (1 MB) from v4's 8 MB: with automerge off
        // (v6) the extra segments of a smaller size cost no merging at each flush, and the
        // larger hash made every term insert and each flush's sort miss the CPU caches. The
        // claims of the corpus went into the index in 2.3 instead of 3.8 CPU-seconds (the
        // same rows and batches in the `sqlite3` shell, three runs each), though callgrind
        // counts 13% more instructions for them.
        m.registerMigration("v7-search-default-hashsize") { db in
            try db.execute(sql: "INSERT INTO search(search, rank) VALUES ('hashsize', 1048576)")
        }
        return m
    }
}
