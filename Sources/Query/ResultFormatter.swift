import ClaimGraphCore
import Foundation

/// The output formats of `claimgraph query` (and the REPL).
public enum ResultFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv
}

/// Renders query results and errors as text.
public enum ResultFormatter {
    public static func render(_ result: QueryResult, as format: ResultFormat) -> String {
        switch format {
        case .json: return json(result)
        case .jsonl: return jsonLines(result)
        case .csv: return CSVFormatter.render(result)
        case .table: return TableFormatter.render(result)
        }
    }

    /// `{"columns":[…],"rows":[[…]]}` with typed values (the TCK runner reads this).
    public static func json(_ r: QueryResult) -> String {
        var out = "{\"columns\":["
        out += r.columns.map { quoted($0) }.joined(separator: ",")
        out += "],\"rows\":["
        out += r.rows.map { "[" + $0.map(json).joined(separator: ",") + "]" }.joined(separator: ",")
        return out + "]}"
    }

    /// One JSON object per row, keyed by column name.
    public static func jsonLines(_ r: QueryResult) -> String {
        r.rows.map { row in
            "{" + zip(r.columns, row).map { quoted($0) + ":" + json($1) }.joined(separator: ",") + "}"
        }.joined(separator: "\n")
    }

    public static func json(_ error: QueryError) -> String {
        var fields = ["\"type\":" + quoted(error.kind.rawValue), "\"detail\":" + quoted(error.detail), "\"message\":" + quoted(error.message)]
        if let p = error.position { fields += ["\"line\":\(p.line)", "\"column\":\(p.column)"] }
        return "{\"error\":{" + fields.joined(separator: ",") + "}}"
    }

    static func quoted(_ s: String) -> String {
        var out = ""
        ValueCodec.writeString(s, into: &out)
        return out
    }

    /// One value in the typed JSON of the output format.
    public static func json(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f):
            if f.isNaN { return "{\"~float\":\"NaN\"}" }
            if f.isInfinite { return f > 0 ? "{\"~float\":\"Infinity\"}" : "{\"~float\":\"-Infinity\"}" }
            return ValueCodec.floatJSON(f)
        case .string(let s): return quoted(s)
        case .list(let l): return "[" + l.map(json).joined(separator: ",") + "]"
        case .map(let m): return mapJSON(m)
        case .node(let n):
            return "{\"~node\":{\"id\":\(n.id),\"labels\":[" + n.labels.map(quoted).joined(separator: ",") + "],\"properties\":" + mapJSON(n.properties) + "}}"
        case .relationship(let r):
            return "{\"~relationship\":{\"id\":\(r.id),\"type\":\(quoted(r.type)),\"start\":\(r.start),\"end\":\(r.end),\"properties\":" + mapJSON(r.properties) + "}}"
        case .path(let p):
            var parts: [String] = []
            for (i, n) in p.nodes.enumerated() {
                parts.append(json(.node(n)))
                if i < p.relationships.count { parts.append(json(.relationship(p.relationships[i]))) }
            }
            return "{\"~path\":[" + parts.joined(separator: ",") + "]}"
        }
    }

    private static func mapJSON(_ m: [String: Value]) -> String {
        "{" + m.keys.sorted().map { quoted($0) + ":" + json(m[$0]!) }.joined(separator: ",") + "}"
    }

    /// A value as Cypher literal text, for tables and CSV: `(:Person {name: 'Xi'})`, `[1, 2.0]`.
    public static func text(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .string(let s): return s
        default: return literal(v)
        }
    }

    static func literal(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return ScalarFunctions.stringValue(.float(f))
        case .string(let s): return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let l): return "[" + l.map(literal).joined(separator: ", ") + "]"
        case .map(let m): return props(m, empty: "{}")
        case .node(let n): return "(" + n.labels.map { ":" + $0 }.joined() + (n.properties.isEmpty ? "" : (n.labels.isEmpty ? "" : " ") + props(n.properties, empty: "")) + ")"
        case .relationship(let r): return "[:" + r.type + (r.properties.isEmpty ? "" : " " + props(r.properties, empty: "")) + "]"
        case .path(let p):
            var s = ""
            for (i, n) in p.nodes.enumerated() {
                s += literal(.node(n))
                if i < p.relationships.count {
                    let r = p.relationships[i]
                    s += r.start == n.id ? "-" + literal(.relationship(r)) + "->" : "<-" + literal(.relationship(r)) + "-"
                }
            }
            return "<" + s + ">"
        }
    }

    private static func props(_ m: [String: Value], empty: String) -> String {
        m.isEmpty ? empty : "{" + m.keys.sorted().map { "\($0): " + literal(m[$0]!) }.joined(separator: ", ") + "}"
    }
}

/// RFC 4180 CSV: a header row, then one row per result row.
enum CSVFormatter {
    static func render(_ r: QueryResult) -> String {
        ([r.columns.map(field)] + r.rows.map { $0.map { field(ResultFormatter.text($0)) } })
            .map { $0.joined(separator: ",") }.joined(separator: "\r\n")
    }

    private static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

/// An aligned text table; CJK characters count as two columns wide.
enum TableFormatter {
    static func render(_ r: QueryResult) -> String {
        let cells = r.rows.map { $0.map { ResultFormatter.text($0).replacingOccurrences(of: "\n", with: "\\n") } }
        var widths = r.columns.map(width)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], width(c)) } }
        func line(_ row: [String]) -> String {
            "| " + row.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - width($1)) }.joined(separator: " | ") + " |"
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        var out = [rule, line(r.columns), rule]
        out += cells.map(line)
        out.append(rule)
        out.append("\(r.rows.count) row\(r.rows.count == 1 ? "" : "s")")
        return out.joined(separator: "\n")
    }

    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.properties.isEmoji && $1.value > 0xFF ? 2 : (isWide($1) ? 2 : 1)) }
    }

    private static func isWide(_ u: Unicode.Scalar) -> Bool { EastAsianWidth.isWide(u.value) }
}
