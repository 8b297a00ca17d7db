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
    /// Lines end where `lineBreak` says, found in the UTF-8 bytes: walking the text
    /// Character by Character cost more than parsing it.
    static func split(_ text: Substring) -> (yaml: Substring, rest: Substring)? {
        guard text.hasPrefix("---"), let firstEnd = text.lineBreak(from: text.startIndex), firstEnd < text.endIndex,
              isRule(text[..<firstEnd]) else { return nil }
        let body = text[text.utf8.index(after: firstEnd)...]
        var start = body.startIndex
        while start < body.endIndex {
            let end = body.lineBreak(from: start) ?? body.endIndex
            if isRule(body[start..<end]) {
                let rest = end < body.endIndex ? body[body.utf8.index(after: end)...] : body[end...]
                return (body[body.startIndex..<start], rest)
            }
            start = end < body.endIndex ? body.utf8.index(after: end) : end
        }
        return nil
    }

    /// Whether `line`, trimmed of whitespace, is `---`.
    private static func isRule(_ line: Substring) -> Bool {
        let scalars = line.unicodeScalars.drop(while: Whitespace.contains)
        return scalars.starts(with: "---".unicodeScalars) && scalars.dropFirst(3).allSatisfy(Whitespace.contains)
    }

    /// Parses with Yams; a block Yams rejects (an unescaped quote in a title) falls back to
    /// reading `key: value` lines, so one odd title does not lose the whole article.
    ///
    /// The YAML is composed into nodes and the mapping walked pair by pair: `Yams.load`
    /// builds a Swift dictionary and traps on a duplicated key (found by fuzzing).
    init(yaml: Substring) {
        if let pairs = FlatYAML.pairs(yaml) ?? Self.composed(yaml) {
            for (key, value) in pairs { store(key: key.lowercased(), node: value) }
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

    /// The pairs of the mapping Yams composes from `yaml` (those with a string key), or nil
    /// when Yams rejects it or it is not a mapping.
    private static func composed(_ yaml: Substring) -> [(key: String, value: Node)]? {
        guard let root = try? Yams.compose(yaml: String(yaml), resolver, .default, .utf8), let mapping = root.mapping else {
            return nil
        }
        return mapping.compactMap { key, value in key.string.map { ($0, value) } }
    }

    /// Tags only matter here for a mapping's `=` key (what `Node.string` of a mapping
    /// reads), so the other implicit rules (bool, int, float, null, timestamp, each an
    /// NSRegularExpression run on every key and value) are left out; `.utf8` is what
    /// `Parser.Encoding.default` picks, without reading the whole environment per article.
    static let resolver = Resolver.basic.appending(.value)

    private mutating func store(key: String, node: Node) {
        if let items = node.sequence {
            lists[key] = items.compactMap { $0.string.map(Whitespace.trim) }.filter { !$0.isEmpty }
        } else if node.null != nil {
            return
        } else if Self.mayBeTimestamp(node), let d = node.timestamp {
            date = d
            fields[key] = ISO8601.dateTime(d)
        } else if let text = node.string {
            fields[key] = Whitespace.trim(text)
        }
    }

    /// Yams matches every scalar against its timestamp pattern, an NSRegularExpression
    /// anchored at the start on four digits and a dash: other scalars are not asked.
    private static func mayBeTimestamp(_ node: Node) -> Bool {
        guard let bytes = node.scalar?.string.utf8.prefix(5), bytes.count == 5 else { return false }
        return bytes.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && bytes.last == UInt8(ascii: "-")
    }
}
