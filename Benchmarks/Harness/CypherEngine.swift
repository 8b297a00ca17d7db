import Query
import Store

/// The six questions as users ask them: the Cypher texts of `Benchmarks/questions/`
/// run through the Query engine (parse, check, compile to SQL, run, decode), every
/// result row materialised as typed values.
struct CypherEngine: QuestionEngine {
    let engine: QueryEngine
    let texts: [Question: String]

    init(store: GraphStore, directory: String, limits: QueryLimits) throws {
        engine = QueryEngine(store: store, limits: limits)
        var texts: [Question: String] = [:]
        for q in Question.allCases { texts[q] = try q.cypher(in: directory) }
        self.texts = texts
    }

    func answer(_ q: Question, _ parameters: [String: Int64]) throws -> JSONValue {
        let result = try engine.run(texts[q]!, parameters: parameters.mapValues { Value.int($0) })
        return q.answer(columns: result.columns, rows: result.rows.map { $0.map(JSONValue.init(cypher:)) })
    }
}

extension JSONValue {
    /// Scalars and lists as themselves; a node, relationship or path by its ids (the
    /// answers only need ids, and the kit's shapes have no place for entities).
    init(cypher value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .int(b ? 1 : 0)
        case .int(let i): self = .int(i)
        case .float(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .list(let items): self = .array(items.map(JSONValue.init(cypher:)))
        case .map(let m): self = .object(m.keys.sorted().map { ($0, JSONValue(cypher: m[$0]!)) })
        case .node(let n): self = .int(n.id)
        case .relationship(let r): self = .int(r.id)
        case .path(let p): self = .array(p.nodes.map { .int($0.id) })
        }
    }
}
