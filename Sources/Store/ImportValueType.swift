import ClaimGraphCore

/// The value type of an import column, and how a CSV field of that type becomes JSON in
/// the `props` column.
///
/// Temporal types stay ISO-8601 strings (the store keeps dates as text, so they compare
/// and sort as the queries expect); `date` is checked to be `YYYY-MM-DD`.
public enum ImportValueType: Sendable, Equatable {
    case string, int, float, boolean, date, temporal

    init?(neo4jName: String) {
        switch neo4jName.lowercased() {
        case "string", "char": self = .string
        case "int", "long", "short", "byte": self = .int
        case "float", "double": self = .float
        case "boolean": self = .boolean
        case "date": self = .date
        case "datetime", "localdatetime", "time", "localtime", "duration": self = .temporal
        default: return nil
        }
    }

    /// Appends the JSON for `bytes`, or returns a reason the value does not fit the type.
    func appendJSON(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> String? {
        switch self {
        case .string, .temporal:
            JSONBytes.appendString(bytes, to: &out)
        case .int:
            guard let v = ASCIIInteger.parse(bytes) else { return "not an integer" }
            out.append(contentsOf: String(v).utf8)
        case .float:
            guard let v = Double(String(decoding: bytes, as: UTF8.self)), v.isFinite else { return "not a number" }
            out.append(contentsOf: PropertyValue.double(v).jsonText.utf8)
        case .boolean:
            switch String(decoding: bytes, as: UTF8.self).lowercased() {
            case "true": out.append(contentsOf: "true".utf8)
            case "false": out.append(contentsOf: "false".utf8)
            default: return "not true or false"
            }
        case .date:
            guard Self.isISODate(bytes) else { return "not a date (YYYY-MM-DD)" }
            JSONBytes.appendString(bytes, to: &out)
        }
        return nil
    }

    private static func isISODate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) { return false }
        let month = Int(b[5] - 48) * 10 + Int(b[6] - 48)
        let day = Int(b[8] - 48) * 10 + Int(b[9] - 48)
        return (1...12).contains(month) && (1...31).contains(day)
    }
}

/// Byte-level JSON writing for the importer's hot loop (PropertyValue's String-based
/// encoder would allocate per value).
enum JSONBytes {
    /// Appends `bytes` (UTF-8) as a JSON string, escaping only what RFC 8259 requires.
    static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            switch b {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(b)
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigit(b >> 4))
                out.append(hexDigit(b & 0xF))
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 87 + v }
}

/// Parses a decimal integer (optional sign) straight from bytes; nil on anything else or overflow.
enum ASCIIInteger {
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !b.isEmpty else { return nil }
        var i = 0
        let negative = b[0] == UInt8(ascii: "-")
        if negative || b[0] == UInt8(ascii: "+") { i = 1 }
        guard i < b.count else { return nil }
        var v: Int64 = 0
        while i < b.count {
            let d = b[i] &- 48
            guard d < 10 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int64(d)) : m.addingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            v = s
            i += 1
        }
        return v
    }
}
