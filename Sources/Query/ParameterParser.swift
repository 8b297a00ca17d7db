/// Query parameters from the command line: `--params '{"a":1}'` and `--param name=value`
/// (value read as JSON when it is JSON, else as a string).
public enum ParameterParser {
    public static func parse(json: String) throws -> [String: Value] {
        guard case .map(let m) = try JSONValueReader.read(json) else {
            throw QueryError(.argument, "--params must be a JSON object", code: "InvalidParameters")
        }
        return m
    }

    public static func parse(assignment: String) throws -> (String, Value) {
        guard let eq = assignment.firstIndex(of: "="), eq != assignment.startIndex else {
            throw QueryError(.argument, "--param needs name=value, got \(assignment)", code: "InvalidParameters")
        }
        let name = String(assignment[..<eq])
        let raw = String(assignment[assignment.index(after: eq)...])
        let value = (try? JSONValueReader.read(raw)) ?? .string(raw)
        return (name, value)
    }
}
