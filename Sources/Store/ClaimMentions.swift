import ClaimGraphCore
import GRDB

/// One claim as one article reports it: the row `claimgraph export claims` writes.
public struct ClaimMentionRow: Sendable {
    public var article: String
    public var speaker: String?
    public var speakerID: Int64?
    public var text: String
    public var kind: String?
    public var via: String?
    public var claimID: Int64
    public var event: String?
    public var start: Int
    public var end: Int
    public var cue: String?
    public var source: String?
    /// The pronoun of a speaker left unresolved (他/她 with no fitting person), else nil.
    public var speakerHint: String?
}

extension GraphStore {
    /// Every claim mention: one row per span of a REPORTED relationship (its provenance),
    /// so a statement an article reports twice gives two rows. The speaker and event are
    /// the nodes whose keys the relationship records.
    public func claimMentions() throws -> [ClaimMentionRow] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.file_name, p.start, p.end, substr(a.body, p.start + 1, p.end - p.start) AS text,
                       e.dst AS claim_id, e.props ->> '$.kind' AS kind, e.props ->> '$.cue' AS cue,
                       e.props ->> '$.via' AS via, e.props ->> '$.source' AS source, e.props ->> '$.speaker_hint' AS speaker_hint,
                       s.id AS speaker_id, s.props ->> '$.name' AS speaker, ev.props ->> '$.name' AS event
                FROM edges e
                JOIN articles a ON a.node_id = e.src
                JOIN provenance p ON p.edge_id = e.id AND p.article_id = a.node_id
                LEFT JOIN nodes s ON s.key = e.props ->> '$.speaker'
                LEFT JOIN nodes ev ON ev.key = e.props ->> '$.event'
                WHERE e.type = 'REPORTED'
                ORDER BY a.file_name, p.start, p.end
                """).map { row in
                ClaimMentionRow(
                    article: row["file_name"], speaker: row["speaker"], speakerID: row["speaker_id"], text: row["text"],
                    kind: row["kind"], via: row["via"], claimID: row["claim_id"], event: row["event"],
                    start: row["start"], end: row["end"], cue: row["cue"], source: row["source"],
                    speakerHint: row["speaker_hint"])
            }
        }
    }
}
