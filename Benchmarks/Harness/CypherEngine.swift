import Query
import Store

/// The six questions as users ask them: the Cypher texts of `Benchmarks/questions/`
/// run through the Query engine, every result row materialised.
struct CypherEngine: QuestionEngine {
    let engine: QueryEngine
    let texts: [Question: String]

    init(store: GraphStore, directory: String) throws {
        engine = QueryEngine(store: store)
        var texts: [Question: String] = [:]
        for q in Question.allCases { texts[q] = try q.cypher(in: directory) }
        self.texts = texts
    }

    func answer(_ q: Question, _ parameters: [String: Int64]) throws -> JSONValue {
        // The Query module (branch `query`) has no run API yet; this is wired when it lands.
        throw BenchError("the Query engine cannot run Cypher yet (no run API in the Query module); use --engine sql")
    }
}
