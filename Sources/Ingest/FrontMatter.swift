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
        } else if Self.mayBeTimestamp(node), let d = Self.timestamp(node) {
            date = d
            fields[key] = ISO8601.dateTime(d)
        } else if let text = node.string {
            fields[key] = Whitespace.trim(text)
        }
    }

    /// `node.timestamp`, read from the digits when the scalar is written the usual way
    /// (`2014-02-04T09:36:39+01:00`, `2021-05-06T07:08:09.123Z`, `2014-02-04`): Yams
    /// matches a regular expression and builds the date through a Gregorian calendar, half
    /// of the cost of reading a post's front matter. Other forms are left to Yams.
    private static func timestamp(_ node: Node) -> Date? {
        guard let text = node.scalar?.string else { return nil }
        return plainTimestamp(text) ?? node.timestamp
    }

    /// The instant of `YYYY-MM-DD`, or of `YYYY-MM-DDThh:mm:ss[.fraction]` followed by `Z`
    /// or `±hh:mm`, computed as Yams computes it (whole seconds, then the fraction added);
    /// nil for any other text, and for a field out of its range (which Yams's calendar
    /// would roll over).
    static func plainTimestamp(_ text: String) -> Date? {
        var b = TimestampBytes(text)
        guard let year = b.number(4), b.skip("-"), let month = b.number(2), b.skip("-"), let day = b.number(2),
              (1600...9999).contains(year), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day) else { return nil }
        if b.atEnd { return DateParser.utc(year: year, month: month, day: day) }
        guard b.skip("T"), let hour = b.number(2), b.skip(":"), let minute = b.number(2), b.skip(":"),
              let second = b.number(2), hour < 24, minute < 60, second < 60 else { return nil }
        let nanoseconds = b.skip(".") ? b.fraction() : 0
        guard let nanoseconds, let offset = b.zoneOffset(), b.atEnd,
              let date = DateParser.utc(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                                        offsetSeconds: offset) else { return nil }
        return nanoseconds == 0 ? date : date.addingTimeInterval(Double(nanoseconds) / 1_000_000_000.0)
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Yams matches every scalar against its timestamp pattern, an NSRegularExpression
    /// anchored at the start on four digits and a dash: other scalars are not asked.
    private static func mayBeTimestamp(_ node: Node) -> Bool {
        guard let bytes = node.scalar?.string.utf8.prefix(5), bytes.count == 5 else { return false }
        return bytes.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && bytes.last == UInt8(ascii: "-")
    }
}

/// A cursor over the ASCII bytes of a timestamp (see `FrontMatter.plainTimestamp`).
private struct TimestampBytes {
    let bytes: [UInt8]
    var i = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { i == bytes.count }

    mutating func skip(_ c: Unicode.Scalar) -> Bool {
        guard i < bytes.count, bytes[i] == UInt8(ascii: c) else { return false }
        i += 1
        return true
    }

    /// The number written by exactly `count` ASCII digits.
    mutating func number(_ count: Int) -> Int? {
        guard i + count <= bytes.count else { return nil }
        var n = 0
        for d in bytes[i..<(i + count)] {
            guard d &- UInt8(ascii: "0") < 10 else { return nil }
            n = n * 10 + Int(d &- UInt8(ascii: "0"))
        }
        i += count
        return n
    }

    /// Nanoseconds of one to nine digits after the point (more are left to Yams).
    mutating func fraction() -> Int? {
        var n = 0, digits = 0
        while i < bytes.count, bytes[i] &- UInt8(ascii: "0") < 10, digits < 10 {
            n = n * 10 + Int(bytes[i] &- UInt8(ascii: "0"))
            digits += 1
            i += 1
        }
        guard (1...9).contains(digits) else { return nil }
        for _ in digits..<9 { n *= 10 }
        return n
    }

    /// Seconds east of UTC of `Z` or `±hh:mm` (at most 14 hours, as real zones are).
    mutating func zoneOffset() -> Int? {
        if skip("Z") { return 0 }
        let sign = skip("-") ? -1 : skip("+") ? 1 : 0
        guard sign != 0, let hours = number(2), skip(":"), let minutes = number(2), hours <= 14, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
