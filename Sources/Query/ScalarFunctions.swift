import Foundation

/// Cypher's scalar functions and operators over `Value`. The SQL compiler calls them through
/// SQL functions registered in SQLFunctions.swift; graph lookups (labels, type, properties)
/// are compiled to SQL instead, so these never touch the database.
enum ScalarFunctions {
    typealias Fn = @Sendable ([Value]) throws -> Value

    static func typeError(_ what: String) -> CypherFunctionError {
        CypherFunctionError(.type, "InvalidArgumentType", what)
    }

    // MARK: operators

    static func add(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw CypherFunctionError(.argument, "NumberOutOfRange", "integer overflow in \(x) + \(y)") }
            return .int(r)
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.list(let x), _): return .list(x + [b])
        case (_, .list(let y)): return .list([a] + y)
        case (.string(let x), .int), (.string(let x), .float): return .string(x + stringValue(b))
        case (.int, .string(let y)), (.float, .string(let y)): return .string(stringValue(a) + y)
        default:
            if let x = a.number, let y = b.number { return .float(x + y) }
            throw typeError("cannot add \(a.typeName) and \(b.typeName)")
        }
    }

    static func arithmetic(_ op: String, _ a: Value, _ b: Value) throws -> Value {
        if a.isNull || b.isNull { return .null }
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case "-":
                let (r, o) = x.subtractingReportingOverflow(y)
                if o { throw CypherFunctionError(.argument, "NumberOutOfRange", "integer overflow") }
                return .int(r)
            case "*":
                let (r, o) = x.multipliedReportingOverflow(by: y)
                if o { throw CypherFunctionError(.argument, "NumberOutOfRange", "integer overflow") }
                return .int(r)
            case "/":
                if y == 0 { throw CypherFunctionError(.argument, "DivisionByZero", "division by zero") }
                return .int(x.dividedReportingOverflow(by: y).partialValue)
            case "%":
                if y == 0 { throw CypherFunctionError(.argument, "DivisionByZero", "division by zero") }
                return .int(x.remainderReportingOverflow(dividingBy: y).partialValue)
            case "^": return .float(pow(Double(x), Double(y)))
            default: break
            }
        }
        guard let x = a.number, let y = b.number else {
            throw typeError("cannot apply \(op) to \(a.typeName) and \(b.typeName)")
        }
        switch op {
        case "-": return .float(x - y)
        case "*": return .float(x * y)
        case "/": return .float(x / y)
        case "%": return .float(fmod(x, y))
        default: return .float(pow(x, y))
        }
    }

    static func negate(_ a: Value) throws -> Value {
        switch a {
        case .null: return .null
        case .int(let x):
            guard x != .min else { throw CypherFunctionError(.argument, "NumberOutOfRange", "integer overflow") }
            return .int(-x)
        case .float(let f): return .float(-f)
        default: throw typeError("cannot negate \(a.typeName)")
        }
    }

    /// Three-valued truth of a boolean value: nil for null; TypeError for anything else.
    static func truth(_ v: Value) throws -> Bool? {
        switch v {
        case .null: return nil
        case .bool(let b): return b
        default: throw typeError("expected a boolean but got \(v.typeName)")
        }
    }

    static func inList(_ x: Value, _ list: Value) throws -> Bool? {
        switch list {
        case .null: return nil
        case .list(let items):
            var sawNull = false
            for e in items {
                switch ValueSemantics.equals(x, e) {
                case .some(true): return true
                case nil: sawNull = true
                default: break
                }
            }
            return sawNull ? nil : false
        default: throw typeError("IN needs a list but got \(list.typeName)")
        }
    }

    static func stringPredicate(_ op: String, _ a: Value, _ b: Value) -> Bool? {
        guard case .string(let x) = a, case .string(let y) = b else { return nil }
        switch op {
        case "STARTS WITH": return x.unicodeScalars.starts(with: y.unicodeScalars)
        case "ENDS WITH": return x.unicodeScalars.reversed().starts(with: y.unicodeScalars.reversed())
        default: return y.isEmpty || x.range(of: y, options: .literal) != nil
        }
    }

    static func regexMatch(_ a: Value, _ b: Value) throws -> Bool? {
        guard case .string(let x) = a, case .string(let pattern) = b else { return nil }
        guard let re = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators]) else {
            throw CypherFunctionError(.argument, "InvalidRegex", "invalid regular expression \(pattern)")
        }
        let range = NSRange(x.startIndex..., in: x)
        return re.firstMatch(in: x, options: [], range: range) != nil
    }

    // MARK: conversions

    static func stringValue(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .float(let f):
            if f.isNaN { return "NaN" }
            if f.isInfinite { return f > 0 ? "Infinity" : "-Infinity" }
            return ValueCodec.floatJSON(f)
        case .bool(let b): return b ? "true" : "false"
        default: return ValueCodec.json(v)
        }
    }

    static func toInteger(_ v: Value) throws -> Value {
        switch v {
        case .null: return .null
        case .int: return v
        case .float(let f):
            guard f.isFinite, let i = Int64(exactly: f.rounded(.towardZero)) else { return .null }
            return .int(i)
        case .string(let s):
            let t = s.trimmingCharacters(in: .whitespaces)
            if let i = Int64(t) { return .int(i) }
            if let f = Double(t), f.isFinite, let i = Int64(exactly: f.rounded(.towardZero)) { return .int(i) }
            return .null
        case .bool(let b): return .int(b ? 1 : 0)
        default: throw typeError("toInteger() cannot convert \(v.typeName)")
        }
    }

    static func toFloat(_ v: Value) throws -> Value {
        switch v {
        case .null: return .null
        case .int(let i): return .float(Double(i))
        case .float: return v
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces)).map { .float($0) } ?? .null
        default: throw typeError("toFloat() cannot convert \(v.typeName)")
        }
    }

    static func toStringFn(_ v: Value) throws -> Value {
        switch v {
        case .null: return .null
        case .string, .int, .float, .bool: return .string(stringValue(v))
        default: throw typeError("toString() cannot convert \(v.typeName)")
        }
    }

    static func toBoolean(_ v: Value) throws -> Value {
        switch v {
        case .null: return .null
        case .bool: return v
        case .string(let s):
            switch s.lowercased().trimmingCharacters(in: .whitespaces) {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .null
            }
        case .int(let i): return .bool(i != 0)
        default: throw typeError("toBoolean() cannot convert \(v.typeName)")
        }
    }

    // MARK: the function table

    /// Pure functions by lower-cased name: (minimum arguments, maximum arguments, implementation).
    static let table: [String: (Int, Int, Fn)] = [
        "tostring": (1, 1, { try toStringFn($0[0]) }),
        "tointeger": (1, 1, { try toInteger($0[0]) }),
        "tofloat": (1, 1, { try toFloat($0[0]) }),
        "toboolean": (1, 1, { try toBoolean($0[0]) }),
        "toupper": (1, 1, { try stringFn($0[0], "toUpper") { $0.uppercased() } }),
        "tolower": (1, 1, { try stringFn($0[0], "toLower") { $0.lowercased() } }),
        "trim": (1, 1, { try stringFn($0[0], "trim") { $0.trimmingCharacters(in: .whitespaces) } }),
        "ltrim": (1, 1, { try stringFn($0[0], "lTrim") { String($0.drop(while: { $0 == " " })) } }),
        "rtrim": (1, 1, { try stringFn($0[0], "rTrim") { String($0.reversed().drop(while: { $0 == " " }).reversed()) } }),
        "reverse": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .string(let s): return .string(String(s.reversed()))
            case .list(let l): return .list(l.reversed())
            default: throw typeError("reverse() needs a string or a list")
            }
        }),
        "size": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .string(let s): return .int(Int64(s.count))
            case .list(let l): return .int(Int64(l.count))
            default: throw typeError("size() needs a string or a list, not \(a[0].typeName)")
            }
        }),
        "length": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .path(let p): return .int(Int64(p.relationships.count))
            default: throw typeError("length() needs a path, not \(a[0].typeName)")
            }
        }),
        "abs": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .int(let i): return .int(i.magnitude > UInt64(Int64.max) ? i : abs(i))
            case .float(let f): return .float(Swift.abs(f))
            default: throw typeError("abs() needs a number")
            }
        }),
        "sign": (1, 1, { a in
            guard let x = a[0].number else { if a[0].isNull { return .null }; throw typeError("sign() needs a number") }
            return .int(x > 0 ? 1 : (x < 0 ? -1 : 0))
        }),
        "ceil": (1, 1, { try mathFn($0[0]) { Foundation.ceil($0) } }),
        "floor": (1, 1, { try mathFn($0[0]) { Foundation.floor($0) } }),
        "round": (1, 1, { try mathFn($0[0]) { Foundation.round($0) } }),
        "sqrt": (1, 1, { try mathFn($0[0]) { Foundation.sqrt($0) } }),
        "exp": (1, 1, { try mathFn($0[0]) { Foundation.exp($0) } }),
        "log": (1, 1, { try mathFn($0[0]) { Foundation.log($0) } }),
        "log10": (1, 1, { try mathFn($0[0]) { Foundation.log10($0) } }),
        "sin": (1, 1, { try mathFn($0[0]) { Foundation.sin($0) } }),
        "cos": (1, 1, { try mathFn($0[0]) { Foundation.cos($0) } }),
        "tan": (1, 1, { try mathFn($0[0]) { Foundation.tan($0) } }),
        "head": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .list(let l): return l.first ?? .null
            default: throw typeError("head() needs a list")
            }
        }),
        "last": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .list(let l): return l.last ?? .null
            default: throw typeError("last() needs a list")
            }
        }),
        "tail": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .list(let l): return .list(Array(l.dropFirst()))
            default: throw typeError("tail() needs a list")
            }
        }),
        "range": (2, 3, { a in
            guard case .int(let lo) = a[0], case .int(let hi) = a[1] else { throw typeError("range() needs integers") }
            var step: Int64 = 1
            if a.count == 3 { guard case .int(let s) = a[2] else { throw typeError("range() needs integers") }; step = s }
            if step == 0 { throw CypherFunctionError(.argument, "NumberOutOfRange", "range() step must not be 0") }
            var out: [Value] = []
            var i = lo
            while step > 0 ? i <= hi : i >= hi {
                out.append(.int(i))
                if out.count > 10_000_000 { throw CypherFunctionError(.argument, "NumberOutOfRange", "range() too long") }
                i += step
            }
            return .list(out)
        }),
        "substring": (2, 3, { a in
            if a[0].isNull { return .null }
            guard case .string(let s) = a[0], case .int(let start) = a[1] else { throw typeError("substring(string, start[, length])") }
            let chars = Array(s)
            let from = min(Int(max(0, start)), chars.count)
            var to = chars.count
            if a.count == 3 { guard case .int(let n) = a[2], n >= 0 else { throw typeError("substring length") }; to = min(chars.count, from + Int(n)) }
            return .string(String(chars[from..<to]))
        }),
        "left": (2, 2, { a in
            if a[0].isNull { return .null }
            guard case .string(let s) = a[0], case .int(let n) = a[1] else { throw typeError("left(string, n)") }
            return .string(String(s.prefix(Int(n))))
        }),
        "right": (2, 2, { a in
            if a[0].isNull { return .null }
            guard case .string(let s) = a[0], case .int(let n) = a[1] else { throw typeError("right(string, n)") }
            return .string(String(s.suffix(Int(n))))
        }),
        "replace": (3, 3, { a in
            if a.contains(where: \.isNull) { return .null }
            guard case .string(let s) = a[0], case .string(let f) = a[1], case .string(let t) = a[2] else { throw typeError("replace() needs strings") }
            return .string(s.replacingOccurrences(of: f, with: t))
        }),
        "split": (2, 2, { a in
            if a.contains(where: \.isNull) { return .null }
            guard case .string(let s) = a[0], case .string(let d) = a[1] else { throw typeError("split() needs strings") }
            return .list(s.components(separatedBy: d).map { .string($0) })
        }),
        "coalesce": (1, 1000, { a in a.first(where: { !$0.isNull }) ?? .null }),
        "nodes": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .path(let p): return .list(p.nodes.map { .node($0) })
            default: throw typeError("nodes() needs a path")
            }
        }),
        "relationships": (1, 1, { a in
            switch a[0] {
            case .null: return .null
            case .path(let p): return .list(p.relationships.map { .relationship($0) })
            default: throw typeError("relationships() needs a path")
            }
        }),
        "pi": (0, 0, { _ in .float(Double.pi) }),
        "e": (0, 0, { _ in .float(M_E) }),
    ]

    private static func stringFn(_ v: Value, _ name: String, _ f: (String) -> String) throws -> Value {
        switch v {
        case .null: return .null
        case .string(let s): return .string(f(s))
        default: throw typeError("\(name)() needs a string, not \(v.typeName)")
        }
    }

    private static func mathFn(_ v: Value, _ f: (Double) -> Double) throws -> Value {
        if v.isNull { return .null }
        guard let x = v.number else { throw typeError("expected a number, not \(v.typeName)") }
        return .float(f(x))
    }
}
