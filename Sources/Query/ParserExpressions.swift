/// Expression grammar, lowest precedence first:
/// OR < XOR < AND < NOT < comparison < string/list predicates < + - < * / % < ^ < unary < postfix < atom.
extension Parser {
    mutating func expression() throws -> Expression { try binaryLevel(0) }

    private static let levels: [[String]] = [["OR"], ["XOR"], ["AND"]]

    private mutating func finish(_ kind: Expr, from start: Token) -> Expression {
        Expression(kind: kind, position: start.position, text: text(from: start.position.offset, to: tokens[max(0, index - 1)].endOffset))
    }

    private mutating func binaryLevel(_ level: Int) throws -> Expression {
        if level == Parser.levels.count { return try notExpression() }
        let start = current
        var lhs = try binaryLevel(level + 1)
        while let op = Parser.levels[level].first(where: { current.isKeyword($0) }) {
            _ = advance()
            let rhs = try binaryLevel(level + 1)
            lhs = finish(.binary(op, lhs, rhs), from: start)
        }
        return lhs
    }

    private mutating func notExpression() throws -> Expression {
        let start = current
        if acceptKeyword("NOT") {
            let e = try notExpression()
            return finish(.unary("NOT", e), from: start)
        }
        return try comparison()
    }

    private static let comparisonOps: Set<String> = ["=", "<>", "<", "<=", ">", ">="]

    private mutating func comparison() throws -> Expression {
        let start = current
        let first = try predicateExpression()
        var operands = [first], ops: [String] = []
        while case .symbol(let s) = current.kind, Parser.comparisonOps.contains(s) {
            _ = advance()
            ops.append(s)
            operands.append(try predicateExpression())
        }
        if ops.isEmpty { return first }
        if ops.count == 1 { return finish(.binary(ops[0], operands[0], operands[1]), from: start) }
        return finish(.comparisonChain(operands, ops), from: start)
    }

    private mutating func predicateExpression() throws -> Expression {
        let start = current
        var lhs = try additive()
        while true {
            if current.isSymbol("=~") {
                _ = advance()
                lhs = finish(.binary("=~", lhs, try additive()), from: start)
            } else if current.isKeyword("IN") {
                _ = advance()
                lhs = finish(.binary("IN", lhs, try additive()), from: start)
            } else if current.isKeyword("STARTS") {
                _ = advance(); try expectKeyword("WITH")
                lhs = finish(.binary("STARTS WITH", lhs, try additive()), from: start)
            } else if current.isKeyword("ENDS") {
                _ = advance(); try expectKeyword("WITH")
                lhs = finish(.binary("ENDS WITH", lhs, try additive()), from: start)
            } else if current.isKeyword("CONTAINS") {
                _ = advance()
                lhs = finish(.binary("CONTAINS", lhs, try additive()), from: start)
            } else if current.isKeyword("IS") {
                _ = advance()
                let negated = acceptKeyword("NOT")
                try expectKeyword("NULL")
                lhs = finish(.isNull(lhs, negated: negated), from: start)
            } else {
                return lhs
            }
        }
    }

    private mutating func additive() throws -> Expression {
        let start = current
        var lhs = try multiplicative()
        while current.isSymbol("+") || current.isSymbol("-") {
            let op = advance()
            guard case .symbol(let s) = op.kind else { break }
            lhs = finish(.binary(s, lhs, try multiplicative()), from: start)
        }
        return lhs
    }

    private mutating func multiplicative() throws -> Expression {
        let start = current
        var lhs = try power()
        while current.isSymbol("*") || current.isSymbol("/") || current.isSymbol("%") {
            let op = advance()
            guard case .symbol(let s) = op.kind else { break }
            lhs = finish(.binary(s, lhs, try power()), from: start)
        }
        return lhs
    }

    private mutating func power() throws -> Expression {
        let start = current
        var lhs = try unary()
        while accept("^") {
            lhs = finish(.binary("^", lhs, try unary()), from: start)
        }
        return lhs
    }

    private mutating func unary() throws -> Expression {
        let start = current
        if current.isSymbol("-") {
            _ = advance()
            if case .integer(let s) = current.kind {
                // -9223372036854775808 is representable only with its sign
                _ = advance()
                let v = try Parser.integerLiteral("-" + s, at: start.position)
                return try postfix(finish(.literal(.int(v)), from: start), allowLabels: true, start: start)
            }
            return finish(.unary("-", try unary()), from: start)
        }
        if accept("+") { return finish(.unary("+", try unary()), from: start) }
        return try postfixExpression(allowLabels: true)
    }

    mutating func postfixExpression(allowLabels: Bool) throws -> Expression {
        let start = current
        return try postfix(try primary(), allowLabels: allowLabels, start: start)
    }

    private mutating func postfix(_ base: Expression, allowLabels: Bool, start: Token) throws -> Expression {
        var e = base
        while true {
            if current.isSymbol(".") {
                _ = advance()
                let key = try name("a property name")
                e = finish(.property(e, key), from: start)
            } else if allowLabels, current.isSymbol(":"), case .variable = e.kind {
                var labels: [String] = []
                while accept(":") { labels.append(try name("a label")) }
                e = finish(.hasLabels(e, labels), from: start)
            } else if current.isSymbol("[") {
                _ = advance()
                if accept("..") || current.isSymbol("]") {
                    throw fail("list slicing is not supported", code: "UnsupportedSyntax")
                }
                let idx = try expression()
                if current.isSymbol("..") { throw fail("list slicing is not supported", code: "UnsupportedSyntax") }
                try expect("]")
                e = finish(.subscript(e, idx), from: start)
            } else {
                return e
            }
        }
    }

    static func integerLiteral(_ s: String, at pos: SourcePosition) throws -> Int64 {
        var body = Substring(s)
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        var radix = 10
        if body.hasPrefix("0x") || body.hasPrefix("0X") { radix = 16; body = body.dropFirst(2) }
        else if body.hasPrefix("0o") || body.hasPrefix("0O") { radix = 8; body = body.dropFirst(2) }
        guard !body.isEmpty, body.allSatisfy({ $0.isHexDigit }), radix == 16 || body.allSatisfy({ $0.isNumber }),
              radix != 8 || body.allSatisfy({ "01234567".contains($0) }) else {
            throw QueryError(.syntax, "invalid number literal \(s)", at: pos, code: "InvalidNumberLiteral")
        }
        guard let v = Int64((negative ? "-" : "") + body, radix: radix) else {
            throw QueryError(.syntax, "integer \(s) is too large", at: pos, code: "IntegerOverflow")
        }
        return v
    }

    mutating func primary() throws -> Expression {
        let start = current
        switch current.kind {
        case .integer(let s):
            _ = advance()
            return finish(.literal(.int(try Parser.integerLiteral(s, at: start.position))), from: start)
        case .float(let s):
            _ = advance()
            guard let f = Double(s), f.isFinite else {
                throw QueryError(.syntax, "float \(s) is too large", at: start.position, code: "FloatingPointOverflow")
            }
            return finish(.literal(.float(f)), from: start)
        case .string(let s):
            _ = advance()
            return finish(.literal(.string(s)), from: start)
        case .parameter(let p):
            _ = advance()
            return finish(.parameter(p), from: start)
        case .symbol("["):
            return try listLiteral(start)
        case .symbol("{"):
            _ = advance()
            var entries: [(String, Expression)] = []
            if !accept("}") {
                repeat {
                    let k = try name("a map key")
                    try expect(":")
                    entries.append((k, try expression()))
                } while accept(",")
                try expect("}")
            }
            return finish(.map(entries), from: start)
        case .symbol("("):
            if let pattern = try tryPatternPredicate() { return finish(.pattern(pattern), from: start) }
            _ = advance()
            let e = try expression()
            try expect(")")
            return Expression(kind: e.kind, position: start.position, text: text(from: start.position.offset, to: tokens[index - 1].endOffset))
        case .identifier(let word):
            switch word.uppercased() {
            case "TRUE": _ = advance(); return finish(.literal(.bool(true)), from: start)
            case "FALSE": _ = advance(); return finish(.literal(.bool(false)), from: start)
            case "NULL": _ = advance(); return finish(.literal(.null), from: start)
            case "CASE": return try caseExpression(start)
            case "COUNT" where peek(1).isSymbol("(") && peek(2).isSymbol("*"):
                _ = advance(); _ = advance(); _ = advance()
                try expect(")")
                return finish(.countStar, from: start)
            case "EXISTS" where peek(1).isSymbol("{"):
                throw fail("EXISTS subqueries are not supported", code: "UnsupportedSyntax")
            case "ALL", "ANY", "NONE", "SINGLE":
                // Only `any(x IN …)` is a quantifier; `any` alone is a variable's name.
                guard peek(1).isSymbol("(") && peek(3).isKeyword("IN") else { break }
                _ = advance(); _ = advance()
                let v = try name("a variable")
                try expectKeyword("IN")
                let source = try expression()
                try expectKeyword("WHERE")
                let predicate = try expression()
                try expect(")")
                return finish(.quantifier(word.lowercased(), variable: v, source: source, predicate: predicate), from: start)
            case "REDUCE" where peek(1).isSymbol("("):
                throw fail("\(word) is not supported by claimgraph's Cypher subset", code: "UnsupportedSyntax")
            default: break
            }
            if peek(1).isSymbol("(") || (peek(1).isSymbol(".") && isNamespacedCall()) { return try functionCall(start) }
            _ = advance()
            return finish(.variable(word), from: start)
        case .quotedIdentifier(let word):
            _ = advance()
            if current.isSymbol("(") { index -= 1; return try functionCall(start) }
            return finish(.variable(word), from: start)
        default:
            throw fail("expected an expression but found \(describe(current))")
        }
    }

    private func isNamespacedCall() -> Bool {
        var k = 1
        while peek(k).isSymbol("."), case .identifier = peek(k + 1).kind { k += 2 }
        return k > 1 && peek(k).isSymbol("(")
    }

    private mutating func functionCall(_ start: Token) throws -> Expression {
        var fname = try name("a function name")
        while accept(".") { fname += "." + (try name("a function name")) }
        try expect("(")
        let distinct = acceptKeyword("DISTINCT")
        var args: [Expression] = []
        if !accept(")") {
            repeat { args.append(try expression()) } while accept(",")
            try expect(")")
        }
        return finish(.call(name: fname, distinct: distinct, args: args), from: start)
    }

    private mutating func listLiteral(_ start: Token) throws -> Expression {
        let first = index
        if let known = lists[first] {
            let (list, end) = try known.get()
            index = end
            return list
        }
        let result = Result { try parseList(start) }
        lists[first] = result.map { ($0, index) }
        return try result.get()
    }

    private mutating func parseList(_ start: Token) throws -> Expression {
        try expect("[")
        // list comprehension: [x IN list WHERE pred | expr]
        if case .identifier(let v) = current.kind, peek(1).isKeyword("IN") {
            let save = index
            _ = advance(); _ = advance()
            if let source = try? expression(), current.isKeyword("WHERE") || current.isSymbol("|") || current.isSymbol("]") {
                let filter = acceptKeyword("WHERE") ? try expression() : nil
                let mapped = accept("|") ? try expression() : nil
                try expect("]")
                return finish(.listComprehension(variable: v, source: source, filter: filter, map: mapped), from: start)
            }
            index = save
        }
        var items: [Expression] = []
        if !accept("]") {
            repeat { items.append(try expression()) } while accept(",")
            try expect("]")
        }
        return finish(.list(items), from: start)
    }

    private mutating func caseExpression(_ start: Token) throws -> Expression {
        _ = advance()
        var subject: Expression? = nil
        if !current.isKeyword("WHEN") { subject = try expression() }
        var whens: [(Expression, Expression)] = []
        while acceptKeyword("WHEN") {
            let w = try expression()
            try expectKeyword("THEN")
            whens.append((w, try expression()))
        }
        guard !whens.isEmpty else { throw fail("CASE needs at least one WHEN") }
        let otherwise = acceptKeyword("ELSE") ? try expression() : nil
        try expectKeyword("END")
        return finish(.caseExpr(subject: subject, whens: whens, otherwise: otherwise), from: start)
    }

    /// `(a)-[:T]->(b)` inside an expression; nil (and nothing consumed) when the parenthesis opens an ordinary expression.
    private mutating func tryPatternPredicate() throws -> PatternPart? {
        let save = index
        guard !notPatterns.contains(save) else { return nil }
        guard let part = try? patternElement(current.position), !part.relationships.isEmpty else {
            index = save
            notPatterns.insert(save)
            return nil
        }
        return part
    }
}
