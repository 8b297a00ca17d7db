import ClaimGraphCore
import Foundation
import GRDB

/// How values travel through SQLite. Null, integers, floats and strings are native SQLite
/// values (so SQL compares, indexes and sums them natively); every other value is a BLOB
/// holding JSON, where a float always keeps a '.', 'e' or `{"~f":…}` so it never reads
/// back as an integer, and nodes, relationships and paths are references by id
/// (`{"~n":1}`, `{"~r":2}`, `{"~p":[n,r,n…]}`). Stored properties use the same JSON, so
/// `CAST(props AS BLOB)` is already a map value.
enum ValueCodec {
    static let trueBlob = Data("true".utf8)
    static let falseBlob = Data("false".utf8)

    static func databaseValue(_ v: Value) -> DatabaseValue {
        switch v {
        case .null: return .null
        case .int(let i): return i.databaseValue
        case .float(let f): return f.isNaN ? Data(json(v).utf8).databaseValue : f.databaseValue
        case .string(let s): return s.databaseValue
        default: return Data(json(v).utf8).databaseValue
        }
    }

    static func value(_ d: DatabaseValue) throws -> Value {
        switch d.storage {
        case .null: return .null
        case .int64(let i): return .int(i)
        case .double(let f): return .float(f)
        case .string(let s): return .string(s)
        case .blob(let b): return try JSONValueReader.read(b)
        }
    }

    /// The internal JSON of a value (references for graph entities).
    static func json(_ v: Value) -> String {
        var out = ""
        write(v, into: &out)
        return out
    }

    static func write(_ v: Value, into out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let f): out += floatJSON(f)
        case .string(let s): writeString(s, into: &out)
        case .list(let l):
            out += "["
            for (i, e) in l.enumerated() {
                if i > 0 { out += "," }
                write(e, into: &out)
            }
            out += "]"
        case .map(let m):
            out += "{"
            for (i, k) in m.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                writeString(k, into: &out)
                out += ":"
                write(m[k]!, into: &out)
            }
            out += "}"
        case .node(let n): out += "{\"~n\":\(n.id)}"
        case .relationship(let r): out += "{\"~r\":\(r.id)}"
        case .path(let p):
            var ids: [String] = []
            for (i, n) in p.nodes.enumerated() {
                ids.append(String(n.id))
                if i < p.relationships.count { ids.append(String(p.relationships[i].id)) }
            }
            out += "{\"~p\":[" + ids.joined(separator: ",") + "]}"
        }
    }

    /// A float as JSON that reads back as a float: always with '.', 'e' or as `{"~f":…}`.
    static func floatJSON(_ f: Double) -> String {
        if f.isNaN { return "{\"~f\":\"NaN\"}" }
        if f.isInfinite { return f > 0 ? "{\"~f\":\"Infinity\"}" : "{\"~f\":\"-Infinity\"}" }
        let s = "\(f)"
        return s.contains(".") || s.contains("e") ? s : s + ".0"
    }

    /// JSON string escaping is the store's (`PropertyValue.quote`): one writer for both.
    static func writeString(_ s: String, into out: inout String) {
        out += PropertyValue.quote(s)
    }
}

/// Reads the codec's JSON (and plain JSON, e.g. `--params`) back into values.
struct JSONValueReader {
    private let bytes: [UInt8]
    private var i = 0

    static func read(_ data: Data) throws -> Value {
        var r = JSONValueReader(bytes: [UInt8](data))
        let v = try r.value()
        r.skipSpace()
        guard r.i == r.bytes.count else { throw r.error("trailing text") }
        return v
    }

    static func read(_ text: String) throws -> Value { try read(Data(text.utf8)) }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ what: String) -> QueryError {
        QueryError(.argument, "invalid JSON value (\(what) at byte \(i))", code: "InvalidJSON")
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws -> Value {
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end") }
        switch bytes[i] {
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["):
            i += 1
            var items: [Value] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
            while true {
                items.append(try value())
                skipSpace()
                guard i < bytes.count else { throw error("unterminated list") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
                throw error("expected , or ]")
            }
        case UInt8(ascii: "{"):
            if let reference = try reference() { return reference }
            i += 1
            var m: [String: Value] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
            while true {
                skipSpace()
                let k = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected :") }
                i += 1
                m[k] = try value()
                skipSpace()
                guard i < bytes.count else { throw error("unterminated map") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                throw error("expected , or }")
            }
            return Self.special(m) ?? .map(m)
        default:
            return try number()
        }
    }

    /// `{"~n":1}` and `{"~r":2}` read straight into a node or relationship (collected lists
    /// hold thousands); nil, reading nothing, for anything else.
    private mutating func reference() throws -> Value? {
        let node = Array(#"{"~n":"#.utf8), rel = Array(#"{"~r":"#.utf8)
        guard i + node.count < bytes.count else { return nil }
        let head = Array(bytes[i..<i + node.count])
        guard head == node || head == rel else { return nil }
        var j = i + node.count, id: Int64 = 0, digits = 0
        let negative = bytes[j] == UInt8(ascii: "-")
        if negative { j += 1 }
        while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9"), digits < 18 {
            id = id * 10 + Int64(bytes[j] - UInt8(ascii: "0"))
            j += 1
            digits += 1
        }
        guard digits > 0, j < bytes.count, bytes[j] == UInt8(ascii: "}") else { return nil }
        i = j + 1
        if negative { id = -id }
        return head == node ? .node(Node(id: id)) : .relationship(Relationship(id: id))
    }

    /// `{"~n":1}` and friends back into graph references and special floats.
    private static func special(_ m: [String: Value]) -> Value? {
        guard m.count == 1, let (k, v) = m.first, k.hasPrefix("~") else { return nil }
        switch (k, v) {
        case ("~n", .int(let id)): return .node(Node(id: id))
        case ("~r", .int(let id)): return .relationship(Relationship(id: id))
        case ("~f", .string(let s)):
            switch s {
            case "NaN": return .float(.nan)
            case "Infinity": return .float(.infinity)
            case "-Infinity": return .float(-.infinity)
            default: return nil
            }
        case ("~p", .list(let ids)):
            var nodes: [Node] = [], rels: [Relationship] = []
            for (j, e) in ids.enumerated() {
                guard case .int(let id) = e else { return nil }
                if j % 2 == 0 { nodes.append(Node(id: id)) } else { rels.append(Relationship(id: id)) }
            }
            return .path(Path(nodes: nodes, relationships: rels))
        default: return nil
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw error("bad literal") }
        i += w.count
    }

    private mutating func number() throws -> Value {
        let start = i
        var isFloat = false
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { isFloat = true }
            if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { i += 1 } else { break }
        }
        let s = String(decoding: bytes[start..<i], as: UTF8.self)
        if s == "NaN" { return .float(.nan) }
        if !isFloat, let n = Int64(s) { return .int(n) }
        guard let f = Double(s), !s.isEmpty else {
            if s.isEmpty, literalAhead("NaN") { i += 3; return .float(.nan) }
            if s.isEmpty, literalAhead("Infinity") { i += 8; return .float(.infinity) }
            if s == "-", literalAhead("Infinity") { i += 8; return .float(-.infinity) }
            throw error("bad number")
        }
        return .float(f)
    }

    private func literalAhead(_ w: String) -> Bool {
        let a = Array(w.utf8)
        return i + a.count <= bytes.count && Array(bytes[i..<i + a.count]) == a
    }

    private mutating func string() throws -> String {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected string") }
        i += 1
        var out = [UInt8]()
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if c != UInt8(ascii: "\\") { out.append(c); continue }
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, var code = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
                else { throw error("bad escape") }
                i += 4
                if code >= 0xD800, code < 0xDC00, i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"),
                   let low = UInt32(String(decoding: bytes[i + 2..<i + 6], as: UTF8.self), radix: 16) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(code).map { Character($0) } ?? "?").utf8))
            default: out.append(e)
            }
        }
        throw error("unterminated string")
    }
}
