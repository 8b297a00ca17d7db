import Foundation

/// Cypher's equality, comparison and ordering rules over `Value`, used by the SQL functions.
enum ValueSemantics {
    /// `a = b` with null propagation: nil means null.
    static func equals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.int(let x), .int(let y)): return x == y
        case (.int, .float), (.float, .int), (.float, .float):
            if case .int(let x) = a, case .int(let y) = b { return x == y }
            return numericEqual(a, b)
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return false }
            var sawNull = false
            for (p, q) in zip(x, y) {
                switch equals(p, q) {
                case .some(false): return false
                case nil: sawNull = true
                default: break
                }
            }
            return sawNull ? nil : true
        case (.map(let x), .map(let y)):
            guard Set(x.keys) == Set(y.keys) else { return false }
            var sawNull = false
            for (k, p) in x {
                switch equals(p, y[k]!) {
                case .some(false): return false
                case nil: sawNull = true
                default: break
                }
            }
            return sawNull ? nil : true
        case (.node(let x), .node(let y)): return x.id == y.id
        case (.relationship(let x), .relationship(let y)): return x.id == y.id
        case (.path(let x), .path(let y)):
            return x.nodes.map(\.id) == y.nodes.map(\.id) && x.relationships.map(\.id) == y.relationships.map(\.id)
        default: return false
        }
    }

    private static func numericEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .float(let y)): return Double(x) == y && (y.isNaN ? false : Int64(exactly: y) == x)
        case (.float(let x), .int(let y)): return x == Double(y) && Int64(exactly: x) == y
        case (.float(let x), .float(let y)): return x == y
        default: return false
        }
    }

    /// `a < b` and friends: false when a number is NaN, null when the values are not comparable.
    static func ordered(_ a: Value, _ b: Value, _ test: (Int) -> Bool) -> Bool? {
        if let x = a.number, let y = b.number, x.isNaN || y.isNaN { return false }
        return compare(a, b).map(test)
    }

    /// `a < b` style comparison: nil when the values are not comparable (null, or different types).
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.int, .float), (.float, .int), (.float, .float):
            let x = a.number!, y = b.number!
            if x.isNaN || y.isNaN { return nil }
            if case .int(let i) = a, case .float(let f) = b, Double(i) == f { return compareExact(i, f) }
            if case .float(let f) = a, case .int(let i) = b, Double(i) == f { return -compareExact(i, f) }
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)): return x == y ? 0 : (x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                guard let c = compare(p, q) else { return nil }
                if c != 0 { return c }
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        default: return nil
        }
    }

    /// Compares an integer with a float of the same double value exactly.
    private static func compareExact(_ i: Int64, _ f: Double) -> Int {
        guard let fi = Int64(exactly: f.rounded(.towardZero)) else { return f > 0 ? -1 : 1 }
        return i < fi ? -1 : (i == fi ? 0 : 1)
    }

    /// Cypher's global sort order as bytes that sort correctly with memcmp (SQLite's BLOB order):
    /// map < node < relationship < list < path < string < boolean < number < NaN < null.
    static func sortKey(_ v: Value) -> [UInt8] {
        var out: [UInt8] = []
        appendKey(v, &out)
        return out
    }

    private static func appendKey(_ v: Value, _ out: inout [UInt8]) {
        switch v {
        case .map(let m):
            out.append(1)
            for k in m.keys.sorted() {
                out.append(1)
                appendString(k, &out)
                appendKey(m[k]!, &out)
            }
            out.append(0)
        case .node(let n): out.append(2); appendInt(n.id, &out)
        case .relationship(let r): out.append(3); appendInt(r.id, &out)
        case .list(let l):
            out.append(4)
            for e in l { out.append(1); appendKey(e, &out) }
            out.append(0)
        case .path(let p):
            out.append(5)
            for (i, n) in p.nodes.enumerated() {
                out.append(1); appendInt(n.id, &out)
                if i < p.relationships.count { out.append(1); appendInt(p.relationships[i].id, &out) }
            }
            out.append(0)
        case .string(let s): out.append(6); appendString(s, &out)
        case .bool(let b): out.append(7); out.append(b ? 1 : 0)
        case .int(let i): out.append(8); appendDouble(Double(i), &out); appendInt(i, &out)
        case .float(let f):
            if f.isNaN { out.append(9); return }
            out.append(8); appendDouble(f, &out)
            appendInt(f >= 9.2e18 ? Int64.max : (f <= -9.2e18 ? Int64.min : Int64(f.rounded(.down))), &out)
        case .null: out.append(10)
        }
    }

    private static func appendString(_ s: String, _ out: inout [UInt8]) {
        for b in s.utf8 {
            if b == 0 { out.append(0); out.append(0xFF) } else { out.append(b) }
        }
        out.append(0); out.append(0)
    }

    private static func appendInt(_ i: Int64, _ out: inout [UInt8]) {
        let u = UInt64(bitPattern: i) ^ (1 << 63)
        for s in stride(from: 56, through: 0, by: -8) { out.append(UInt8((u >> UInt64(s)) & 0xFF)) }
    }

    private static func appendDouble(_ d: Double, _ out: inout [UInt8]) {
        var bits = (d == 0 ? 0.0 : d).bitPattern
        bits = (bits & (1 << 63)) != 0 ? ~bits : bits | (1 << 63)
        for s in stride(from: 56, through: 0, by: -8) { out.append(UInt8((bits >> UInt64(s)) & 0xFF)) }
    }
}
