import Foundation
import ClaimGraphCore
import Yams

/// The YAML block between `---` lines at the top of an archived post
/// (`layout, title, date, author, from, tags, categories`).
struct FrontMatter {
    var fields: [String: String] = [:]
    var lists: [String: [String]] = [:]
    var date: Date?

    init() {}

    var title: String? { fields["title"] }
    var author: String? { fields["author"] }
    var from: String? { fields["from"] }
    var tags: [String] { lists["tags"] ?? [] }
    var categories: [String] { lists["categories"] ?? [] }

    /// Splits `text` into front matter and what follows; nil when it does not start with `---`.
    static func split(_ text: Substring) -> (yaml: Substring, rest: Substring)? {
        guard text.hasPrefix("---") else { return nil }
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard lines.count == 2, Whitespace.trim(lines[0]) == "---" else { return nil }
        let body = lines[1]
        var start = body.startIndex
        while start < body.endIndex {
            let end = body[start...].firstIndex(of: "\n") ?? body.endIndex
            if Whitespace.trim(body[start..<end]) == "---" {
                let rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
                return (body[body.startIndex..<start], rest)
            }
            start = end < body.endIndex ? body.index(after: end) : end
        }
        return nil
    }

    /// Parses with Yams; a block Yams rejects (an unescaped quote in a title) falls back to
    /// reading `key: value` lines, so one odd title does not lose the whole article.
    ///
    /// The YAML is composed into nodes and the mapping walked pair by pair: `Yams.load`
    /// builds a Swift dictionary and traps on a duplicated key (found by fuzzing).
    init(yaml: Substring) {
        if let root = try? Yams.compose(yaml: String(yaml), Self.resolver, .default, .utf8), let mapping = root.mapping {
            for (key, value) in mapping {
                guard let name = key.string?.lowercased() else { continue }
                store(key: name, node: value)
            }
        } else {
            for line in yaml.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = Whitespace.trim(line[..<colon]).lowercased()
                var value = Whitespace.trim(line[line.index(after: colon)...])
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if value.hasPrefix("["), value.hasSuffix("]") {
                    lists[key] = value.dropFirst().dropLast().split(separator: ",")
                        .map { Whitespace.trim($0) }.filter { !$0.isEmpty }
                } else if !key.isEmpty {
                    fields[key] = value
                }
            }
        }
        if date == nil, let raw = fields["date"] { date = DateParser.parse(raw) }
    }

    /// Tags only matter here for a mapping's `=` key (what `Node.string` of a mapping
    /// reads), so the other implicit rules (bool, int, float, null, timestamp, each an
    /// NSRegularExpression run on every key and value) are left out; `.utf8` is what
    /// `Parser.Encoding.default` picks, without reading the whole environment per article.
    private static let resolver = Resolver.basic.appending(.value)

    private mutating func store(key: String, node: Node) {
        if let items = node.sequence {
            lists[key] = items.compactMap { $0.string.map(Whitespace.trim) }.filter { !$0.isEmpty }
        } else if node.null != nil {
            return
        } else if let d = node.timestamp {
            date = d
            fields[key] = ISO8601.dateTime(d)
        } else if let text = node.string {
            fields[key] = Whitespace.trim(text)
        }
    }
}
