/// What can go wrong when drawing, worded for the person who has to act on it.
/// (A name or claim that matches no node, or several, is a `Store.LookupError`.)
public enum RenderError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownFormat(path: String)
    case nothingToDraw(query: String)
    case graphviz(stage: String, message: String)

    public var description: String {
        switch self {
        case .unknownFormat(let path):
            return "cannot tell the format of \(path): use a .dot, .svg, .png or .pdf file name"
        case .nothingToDraw(let query):
            return "the query returned no nodes, relationships or paths to draw: \(query) (RETURN the nodes, e.g. RETURN n, r, m)"
        case .graphviz(let stage, let message):
            return "Graphviz failed at \(stage): \(message)"
        }
    }
}
