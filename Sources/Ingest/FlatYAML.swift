import Yams

/// The flat YAML of an archived post's front matter (`key: value` lines, values plain,
/// quoted without escapes, or a one-line `[a, b]` list), read into the nodes libyaml would
/// compose for it without running libyaml: Yams cost a fifth of reading a post.
///
/// Anything beyond that subset (an escape, a comment, a nested block, a character YAML
/// reads specially) returns nil, and the caller composes the text with Yams as before:
/// being exact matters more here than being fast on every post. Read as UTF-8 bytes, as
/// libyaml reads it (walking Characters cost as much as libyaml).
struct FlatYAML {
    typealias Bytes = ArraySlice<UInt8>

    /// The tag of every scalar, made once per front matter: `Tag.implicit` builds a new tag
    /// (with its resolver and constructor) at every call.
    private let tag = Self.implicitTag()

    /// What `Tag.implicit` makes, with one constructor for all: `Constructor.default` builds
    /// a new one (three dictionaries) every time, though a constructor never changes. The
    /// tag itself stays one per node kind, since a tag is resolved in place.
    private static func implicitTag() -> Tag { Tag(.implicit, .default, constructor) }
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// The mapping's pairs in order, or nil when `yaml` is not in the flat subset.
    static func pairs(_ yaml: Substring) -> [(key: String, value: Node)]? {
        FlatYAML().pairs(yaml)
    }

    private func pairs(_ yaml: Substring) -> [(key: String, value: Node)]? {
        var yaml = yaml
        let bytes = yaml.withUTF8 { Array($0) }  // copied at once, not byte by byte through the view
        var pairs: [(key: String, value: Node)] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), Self.isKey(line[..<colon]) else { return nil }
            let rest = line[(colon + 1)...]
            guard rest.isEmpty || rest.first == 0x20, let value = value(Self.trimmingSpaces(rest)) else { return nil }
            pairs.append((Self.string(line[..<colon]), value))
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// `layout`, `title`, `categories`: an ASCII letter, then letters, digits, `_`, `-`.
    private static func isKey(_ key: Bytes) -> Bool {
        guard let first = key.first, Self.isLetter(first) else { return false }
        return key.allSatisfy { Self.isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    private func value(_ text: Bytes) -> Node? {
        guard Self.isSafe(text) else { return nil }
        switch text.first {
        case nil: return scalar(text, .plain)
        case UInt8(ascii: "\""): return quoted(text, style: .doubleQuoted)
        case UInt8(ascii: "'"): return quoted(text, style: .singleQuoted)
        case UInt8(ascii: "["): return list(text)
        default: return Self.isPlain(text, inList: false) ? scalar(text, .plain) : nil
        }
    }

    /// `"…"` or `'…'` holding no quote of its kind and no backslash.
    private func quoted(_ text: Bytes, style: Node.Scalar.Style) -> Node? {
        guard text.count >= 2, let quote = text.first, text.last == quote else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(quote), !inner.contains(UInt8(ascii: "\\")) else { return nil }
        return scalar(inner, style)
    }

    /// `[ a, b ]` of plain items on one line; `[]` is an empty list.
    private func list(_ text: Bytes) -> Node? {
        guard text.last == UInt8(ascii: "]") else { return nil }
        let inner = Self.trimmingSpaces(text.dropFirst().dropLast())
        if inner.isEmpty { return Node.sequence(.init([], Self.implicitTag())) }
        var items: [Node] = []
        for item in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            let item = Self.trimmingSpaces(item)
            guard !item.isEmpty, Self.isPlain(item, inList: true) else { return nil }
            items.append(scalar(item, .plain))
        }
        return Node.sequence(.init(items, Self.implicitTag()))
    }

    /// A plain scalar YAML reads as exactly its text: no leading indicator, no `: ` or ` #`,
    /// no trailing `:`, and in a list none of the flow indicators.
    private static func isPlain(_ text: Bytes, inList: Bool) -> Bool {
        guard let first = text.first, !indicators.contains(first), text.last != UInt8(ascii: ":") else { return false }
        for i in text.indices {
            let b = text[i]
            if b == UInt8(ascii: ":") && (inList || text[i + 1] == 0x20) { return false }
            if b == UInt8(ascii: "#") && (inList || text[i - 1] == 0x20) { return false }
            if inList && flowIndicators.contains(b) { return false }
        }
        return true
    }

    private static let indicators = Array("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let flowIndicators = Array("[]{}'\"".utf8)

    /// No tab, control character, byte-order mark, non-character or line break other than
    /// `\n` (NEL, U+2028, U+2029): all of these YAML reads in its own way.
    private static func isSafe(_ text: Bytes) -> Bool {
        for i in text.indices {
            let b = text[i]
            if b < 0x20 || b == 0x7F { return false }
            guard b >= 0xC2 else { continue }
            let next = i + 1 < text.endIndex ? text[i + 1] : 0
            let third = i + 2 < text.endIndex ? text[i + 2] : 0
            if b == 0xC2 && next < 0xA0 { return false }
            if b == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
            if b == 0xEF && ((next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE)) { return false }
        }
        return true
    }

    private static func trimmingSpaces(_ text: Bytes) -> Bytes {
        guard let first = text.firstIndex(where: { $0 != 0x20 }), let last = text.lastIndex(where: { $0 != 0x20 }) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }

    private func scalar(_ text: Bytes, _ style: Node.Scalar.Style) -> Node {
        Node.scalar(.init(Self.string(text), tag, style))
    }

    private static func string(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }
}
