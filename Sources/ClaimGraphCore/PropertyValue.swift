import Foundation

/// A value that can be stored as a node or relationship property.
///
/// Integers and floats stay distinct because openCypher (and users reading JSON output)
/// tell `1` from `1.0`.
public enum PropertyValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([PropertyValue])

    /// The JSON text of this value, as stored in SQLite's `props` column.
    public var jsonText: String {
        var out = ""
        appendJSON(to: &out)
        return out
    }

    /// Appends the JSON text of this value to `out`: a property map is encoded into one
    /// string, without a string per value or per quoted text.
    public func appendJSON(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isNaN || d.isInfinite { out += "null" }
            else if d == d.rounded(), abs(d) < 1e15 { out += String(format: "%.1f", d) }
            else { out += "\(d)" }
        case .string(let s): PropertyValue.appendQuoted(s, to: &out)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.appendJSON(to: &out)
            }
            out += "]"
        }
    }

    /// JSON-quotes a string (RFC 8259 escapes only; non-ASCII stays as UTF-8).
    public static func quote(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }

    /// Appends `s` JSON-quoted to `out`.
    public static func appendQuoted(_ s: String, to out: inout String) {
        // Almost no property needs an escape: one byte scan instead of appending scalar
        // by scalar (JSON encoding was 3% of ingest).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Encodes a property map as a JSON object with keys in sorted order (stable output).
    /// Appended into one string (every stored node and relationship is encoded, several
    /// times for a node the cache has to recognise).
    public static func jsonObject(_ map: [String: PropertyValue]) -> String {
        var out = "{"
        for (i, entry) in map.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out += "," }
            appendQuoted(entry.key, to: &out)
            out += ":"
            entry.value.appendJSON(to: &out)
        }
        return out + "}"
    }
}

extension PropertyValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
}
