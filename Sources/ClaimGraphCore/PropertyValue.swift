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
        var out: [UInt8] = []
        appendJSON(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of this value's JSON text to `out`: a property map is
    /// encoded into one byte buffer and made a String once (appending to a String per
    /// quote mark and value cost several hundred instructions each).
    public func appendJSON(to out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .double(let d):
            if d.isNaN || d.isInfinite { out += "null".utf8 }
            else if d == d.rounded(), abs(d) < 1e15 { out += String(format: "%.1f", d).utf8 }
            else { out += "\(d)".utf8 }
        case .string(let s): PropertyValue.appendQuoted(s, to: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.appendJSON(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// About how many bytes `appendJSON` writes, for reserving them at once: growing the
    /// buffer step by step copied a claim's texts several times.
    var estimatedJSONLength: Int {
        switch self {
        case .string(let s): s.utf8.count + 2
        case .list(let items): items.reduce(2) { $0 + $1.estimatedJSONLength + 1 }
        default: 8
        }
    }

    /// JSON-quotes a string (RFC 8259 escapes only; non-ASCII stays as UTF-8).
    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the bytes of `s` JSON-quoted to `out`.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = s
        // Almost no property needs an escape: one byte scan, then one copy.
        let plain = text.withUTF8 { bytes -> Bool in
            guard !mayNeedEscape(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if !plain {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\"".utf8
                case "\\": out += "\\\\".utf8
                case "\n": out += "\\n".utf8
                case "\r": out += "\\r".utf8
                case "\t": out += "\\t".utf8
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value).utf8
                default: UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether `bytes` hold a control character, a quote or a backslash, tested eight bytes
    /// at a time (the zero-byte test of "Bit Twiddling Hacks"): every stored node and
    /// relationship quotes its keys and texts, and the test byte by byte was half of
    /// quoting them. A borrow out of a matching byte may mark the next one too, which never
    /// turns a `false` into a `true`.
    static func mayNeedEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
                let control = (w &- ones &* 0x20) & ~w
                if (control | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs != 0 { return true }
                i += 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return true }
            i += 1
        }
        return false
    }

    /// Encodes a property map as a JSON object with keys in sorted order (stable output).
    /// Appended into one buffer (every stored node and relationship is encoded, several
    /// times for a node the cache has to recognise).
    public static func jsonObject(_ map: [String: PropertyValue]) -> String {
        String(decoding: jsonObjectUTF8(map), as: UTF8.self)
    }

    /// The UTF-8 bytes of `jsonObject(map)`, for writers that bind them as they are: making
    /// a String of them validates every byte again.
    public static func jsonObjectUTF8(_ map: [String: PropertyValue]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(map.reduce(2) { n, entry in n + entry.key.utf8.count + 4 + entry.value.estimatedJSONLength })
        out.append(UInt8(ascii: "{"))
        for (i, entry) in map.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(entry.key, to: &out)
            out.append(UInt8(ascii: ":"))
            entry.value.appendJSON(to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return out
    }
}

extension PropertyValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
}
