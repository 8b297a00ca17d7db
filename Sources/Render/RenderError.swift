/// What can go wrong when drawing, worded for the person who has to act on it.
public enum RenderError: Error, CustomStringConvertible, Sendable, Equatable {
    case notFound(kind: String, query: String)
    case ambiguous(kind: String, query: String, candidates: [String])
    case unknownFormat(path: String)
    case nothingToDraw(query: String)
    case graphviz(stage: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let kind, let query):
            return "no \(kind) matches \"\(query)\"; check the spelling (either Chinese script works) or pass a node id such as #42"
        case .ambiguous(let kind, let query, let candidates):
            return "\"\(query)\" matches \(candidates.count) \(kind)s; be more specific or pass an id: "
                + candidates.prefix(8).joined(separator: "; ")
        case .unknownFormat(let path):
            return "cannot tell the format of \(path): use a .dot, .svg, .png or .pdf file name"
        case .nothingToDraw(let query):
            return "the query returned no nodes, relationships or paths to draw: \(query) (RETURN the nodes, e.g. RETURN n, r, m)"
        case .graphviz(let stage, let message):
            return "Graphviz failed at \(stage): \(message)"
        }
    }
}
