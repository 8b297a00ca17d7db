import ClaimGraphCore
import GRDB
import Store

/// The everyday questions (`said`, `about`, `audit`): a name or claim text resolved to
/// node ids in any script, then one Cypher query over the claim graph.
///
/// Written in the same Cypher users write, so the commands are only as clever as the
/// language, and each text is shown by `--explain` for users who want to adapt it.
public enum EverydayQuestion: String, CaseIterable, Sendable {
    case said, about, audit

    /// The Cypher text; `$id` is the resolved node id.
    public var cypher: String {
        switch self {
        case .said:
            return """
                MATCH (s)-[:SAID]->(c:Claim)<-[r:REPORTED]-(a:Article)
                WHERE id(s) = $id
                OPTIONAL MATCH (c)-[:AT]->(e:Event)
                WITH c, s, a, r, e ORDER BY a.date
                RETURN id(c) AS claim, c.text AS text, min(a.date) AS first_reported,
                       collect(DISTINCT a.outlet) AS outlets, collect(DISTINCT r.via) AS via,
                       collect(DISTINCT e.name) AS events
                ORDER BY first_reported, claim
                """
        case .about:
            return """
                MATCH (c:Claim)-[:ABOUT]->(x) WHERE id(x) = $id
                MATCH (a:Article)-[r:REPORTED]->(c)
                OPTIONAL MATCH (s)-[:SAID]->(c)
                WITH c, coalesce(s.name, r.source, 'unnamed source') AS speaker, a ORDER BY a.date
                RETURN speaker, id(c) AS claim, c.text AS text, min(a.date) AS first_reported,
                       collect(DISTINCT a.outlet) AS outlets
                ORDER BY first_reported, claim
                """
        case .audit:
            return """
                MATCH (c:Claim)<-[r:REPORTED]-(a:Article) WHERE id(c) = $id
                OPTIONAL MATCH (s)-[:SAID]->(c)
                RETURN a.date AS date, a.outlet AS outlet, s.name AS speaker, r.via AS via, r.kind AS kind,
                       r.text AS wording, a.title AS article, a.url AS url
                ORDER BY date, article
                """
        }
    }

    /// Resolves the user's words to the node the question is about.
    public func resolve(_ words: String, in store: GraphStore) throws -> Int64 {
        try store.writer.read { db in
            switch self {
            case .said, .about:
                let labels = self == .about ? NodeLookup.actorLabels + [GraphSchema.Label.event] : NodeLookup.actorLabels
                return try NodeLookup.named(words, labels: labels, kind: "actor", db)
            case .audit:
                return try NodeLookup.claim(words, db)
            }
        }
    }

    /// Resolves `words` and runs the question.
    public func run(_ words: String, engine: QueryEngine) throws -> QueryResult {
        let id = try resolve(words, in: engine.store)
        return try engine.run(cypher, parameters: ["id": .int(id)])
    }
}
