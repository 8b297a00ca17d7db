/// Splits Cypher text into tokens, keeping each token's line and column for error messages.
struct Lexer {
    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) { chars = Array(text) }

    static func tokenize(_ text: String) throws -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let t = try lexer.next()
            tokens.append(t)
            if t.kind == .end { return tokens }
        }
    }

    private var position: SourcePosition { SourcePosition(offset: index, line: line, column: column) }

    private func peek(_ k: Int = 0) -> Character? { index + k < chars.count ? chars[index + k] : nil }

    private mutating func advance() -> Character {
        let c = chars[index]
        index += 1
        if c == "\n" { line += 1; column = 1 } else { column += 1 }
        return c
    }

    private mutating func skipTrivia() throws {
        while let c = peek() {
            if c.isWhitespace { _ = advance(); continue }
            if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n" { _ = advance() }
                continue
            }
            if c == "/", peek(1) == "*" {
                let start = position
                _ = advance(); _ = advance()
                while true {
                    guard let d = peek() else { throw QueryError(.syntax, "unterminated comment", at: start) }
                    if d == "*", peek(1) == "/" { _ = advance(); _ = advance(); break }
                    _ = advance()
                }
                continue
            }
            return
        }
    }

    private static let symbols3: Set<String> = []
    private static let symbols2: Set<String> = ["<>", "<=", ">=", "=~", "+=", "..", "->", "<-", "!="]

    mutating func next() throws -> Token {
        try skipTrivia()
        let start = position
        guard let c = peek() else { return Token(kind: .end, position: start, endOffset: index) }
        let kind: Token.Kind
        if c.isLetter || c == "_" {
            var s = ""
            while let d = peek(), d.isLetter || d.isNumber || d == "_" { s.append(advance()) }
            kind = .identifier(s)
        } else if c == "`" {
            _ = advance()
            var s = ""
            while true {
                guard let d = peek() else { throw QueryError(.syntax, "unterminated quoted name", at: start) }
                _ = advance()
                if d == "`" {
                    if peek() == "`" { _ = advance(); s.append("`"); continue }
                    break
                }
                s.append(d)
            }
            kind = .quotedIdentifier(s)
        } else if c.isASCII && c.isNumber || (c == "." && (peek(1)?.isASCII ?? false) && (peek(1)?.isNumber ?? false)) {
            kind = try number(start)
        } else if c == "'" || c == "\"" {
            kind = .string(try string(quote: c, start: start))
        } else if c == "$" {
            _ = advance()
            var s = ""
            if peek() == "`" {
                _ = advance()
                while let d = peek(), d != "`" { s.append(advance()) }
                if peek() == "`" { _ = advance() }
            } else {
                while let d = peek(), d.isLetter || d.isNumber || d == "_" { s.append(advance()) }
            }
            if s.isEmpty { throw QueryError(.syntax, "a parameter needs a name after $", at: start) }
            kind = .parameter(s)
        } else {
            let two = String(c) + (peek(1).map { String($0) } ?? "")
            if Lexer.symbols2.contains(two) {
                _ = advance(); _ = advance()
                kind = .symbol(two == "!=" ? "<>" : two)
            } else if "()[]{},.:;|=<>+-*/%^".contains(c) {
                _ = advance()
                kind = .symbol(String(c))
            } else if c == "\u{2014}" || c == "\u{2013}" || c == "\u{2212}" || c == "\u{27E8}" || c == "\u{27E9}" {
                throw QueryError(.syntax, "unexpected character '\(c)' (use ASCII '-', '<' or '>')", at: start)
            } else {
                throw QueryError(.syntax, "unexpected character '\(c)'", at: start)
            }
        }
        return Token(kind: kind, position: start, endOffset: index)
    }

    private mutating func number(_ start: SourcePosition) throws -> Token.Kind {
        var s = ""
        if peek() == "0", let x = peek(1), x == "x" || x == "X" || x == "o" || x == "O" {
            s.append(advance()); s.append(advance())
            while let d = peek(), d.isLetter || d.isNumber || d == "_" { s.append(advance()) }
            return .integer(s)
        }
        var isFloat = false
        while let d = peek(), d.isASCII && d.isNumber { s.append(advance()) }
        if peek() == ".", let d = peek(1), d.isASCII && d.isNumber {
            isFloat = true
            s.append(advance())
            while let d = peek(), d.isASCII && d.isNumber { s.append(advance()) }
        }
        if let e = peek(), e == "e" || e == "E" {
            let sign = peek(1)
            let hasSign = sign == "-" || sign == "+"
            if let d = peek(hasSign ? 2 : 1), d.isASCII && d.isNumber {
                isFloat = true
                s.append(advance())
                if hasSign { s.append(advance()) }
                while let d = peek(), d.isASCII && d.isNumber { s.append(advance()) }
            }
        }
        if let d = peek(), d.isLetter || d == "_" {
            throw QueryError(.syntax, "invalid number literal", at: start, code: "InvalidNumberLiteral")
        }
        return isFloat ? .float(s) : .integer(s)
    }

    private mutating func string(quote: Character, start: SourcePosition) throws -> String {
        _ = advance()
        var s = ""
        while true {
            guard let d = peek() else { throw QueryError(.syntax, "unterminated string", at: start) }
            _ = advance()
            if d == quote { return s }
            if d != "\\" { s.append(d); continue }
            guard let e = peek() else { throw QueryError(.syntax, "unterminated string", at: start) }
            let escPos = position
            _ = advance()
            switch e {
            case "n": s.append("\n")
            case "t": s.append("\t")
            case "r": s.append("\r")
            case "b": s.append("\u{8}")
            case "f": s.append("\u{C}")
            case "\\": s.append("\\")
            case "'": s.append("'")
            case "\"": s.append("\"")
            case "u", "U":
                let n = e == "u" ? 4 : 8
                var hex = ""
                for _ in 0..<n {
                    guard let h = peek(), h.isHexDigit else {
                        throw QueryError(.syntax, "invalid unicode escape", at: escPos, code: "InvalidUnicodeLiteral")
                    }
                    hex.append(advance())
                }
                guard let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
                    throw QueryError(.syntax, "invalid unicode escape", at: escPos, code: "InvalidUnicodeLiteral")
                }
                s.unicodeScalars.append(scalar)
            default:
                s.append("\\"); s.append(e)
            }
        }
    }
}
