/// Why a file could not be read as an article, in words a user can act on.
public enum ReadError: Error, CustomStringConvertible, Sendable, Equatable {
    case unreadable(reason: String)
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case invalidText(encoding: String)
    case unknownEncoding(String)
    case truncated(String)
    case noArticle(String)
    case malformed(String)

    public var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read file: \(reason)"
        case .empty: return "file is empty"
        case .tooLarge(let bytes, let limit): return "file is \(bytes) bytes, over the \(limit)-byte limit"
        case .binary: return "file is binary, not text"
        case .invalidText(let encoding): return "file is not valid \(encoding) text"
        case .unknownEncoding(let name): return "unknown character encoding \(name)"
        case .truncated(let what): return "file is truncated: \(what)"
        case .noArticle(let why): return "no article found: \(why)"
        case .malformed(let why): return "malformed input: \(why)"
        }
    }
}
