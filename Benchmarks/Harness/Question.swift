import ArgumentParser
import Foundation

/// One of the bench kit's six questions (shared/bench/questions.md): its Cypher
/// parameters, taken from the data set's manifest, and how its result rows become the
/// answer shape `check_answers.py` reads.
enum Question: String, CaseIterable, Sendable, ExpressibleByArgument {
    case q1, q2, q3, q4, q5, q6

    /// The Cypher parameters, named as in the question text, from `manifest.params.qN`.
    func parameters(_ manifest: Manifest) throws -> [String: Int64] {
        let p = try manifest.params(self)
        switch self {
        case .q1: return ["actor": try p.int("actor"), "limit": try p.int("limit")]
        case .q2: return ["claim": try p.int("claim")]
        case .q3: return ["actor": try p.int("actor")]
        case .q4:
            try p.expect("max_hops", 4)
            return ["from": try p.int("from"), "to": try p.int("to")]
        case .q5: return ["limit": try p.int("limit")]
        case .q6:
            try p.expect("hops", 2)
            return ["actor": try p.int("actor")]
        }
    }

    /// Row questions answer `{"rows": [...]}`; the others answer with their one row
    /// (all nulls when there is none: Q4 with no path within the bound).
    func answer(columns: [String], rows: [[JSONValue]]) -> JSONValue {
        let objects = rows.map { JSONValue.object(Array(zip(columns, $0))) }
        switch self {
        case .q1, .q2, .q5: return .object([("rows", .array(objects))])
        case .q3, .q4, .q6: return objects.first ?? .object(columns.map { ($0, .null) })
        }
    }

    func cypher(in directory: String) throws -> String {
        let path = directory + "/\(rawValue).cypher"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw BenchError("cannot read \(path)") }
        return text
    }
}

/// A data set's `manifest.json`, as written by gen_graph.py.
struct Manifest {
    let object: [String: Any]

    init(dataDirectory: String) throws {
        let path = dataDirectory + "/manifest.json"
        guard let data = FileManager.default.contents(atPath: path),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchError("\(path): no manifest (generate the data with gen_graph.py)")
        }
        self.object = object
    }

    func params(_ q: Question) throws -> Params {
        guard let all = object["params"] as? [String: Any], let p = all[q.rawValue] as? [String: Any] else {
            throw BenchError("manifest.json has no params.\(q.rawValue)")
        }
        return Params(question: q, values: p)
    }

    struct Params {
        let question: Question
        let values: [String: Any]

        func int(_ key: String) throws -> Int64 {
            guard let v = values[key] as? NSNumber else { throw BenchError("manifest.json has no integer params.\(question.rawValue).\(key)") }
            return v.int64Value
        }

        /// The question texts fix bounds that Cypher cannot take as parameters.
        func expect(_ key: String, _ value: Int64) throws {
            if let v = values[key] as? NSNumber, v.int64Value != value {
                throw BenchError("params.\(question.rawValue).\(key) is \(v), but \(question.rawValue).cypher is written for \(value)")
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
