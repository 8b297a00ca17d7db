/// Why a name or claim text given by a user did not pick out one node.
public enum LookupError: Error, CustomStringConvertible, Sendable, Equatable {
    case notFound(kind: String, query: String)
    case ambiguous(kind: String, query: String, candidates: [String])

    public var description: String {
        switch self {
        case .notFound(let kind, let query):
            return "no \(kind) matches \"\(query)\"; check the spelling (either Chinese script works) or pass a node id such as #42"
        case .ambiguous(let kind, let query, let candidates):
            return "\"\(query)\" matches \(candidates.count) \(kind)s; be more specific or pass an id: "
                + candidates.prefix(8).joined(separator: "; ")
        }
    }
}
