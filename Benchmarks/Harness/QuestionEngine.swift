/// Something that answers the six questions: the Cypher engine (what users run), or the
/// hand-written SQL over the generic schema (the yardstick).
protocol QuestionEngine {
    func answer(_ q: Question, _ parameters: [String: Int64]) throws -> JSONValue
}
