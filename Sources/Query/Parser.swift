/// Recursive-descent parser for the supported Cypher subset: clauses and patterns here,
/// expressions in ParserExpressions.swift. Anything outside the subset is a SyntaxError
/// with its position, never silently misread.
struct Parser {
    let source: String
    let chars: [Character]
    var tokens: [Token]
    var index = 0
    /// Each list literal's parse by its first token: `[x IN …` is tried as a comprehension and
    /// then as a list, so nested ones would be parsed 2^depth times without it (a 700-byte
    /// query of twelve nested `[x IN [1,2,-…` took seconds).
    var lists: [Int: Result<(Expression, end: Int), Error>] = [:]
    /// The tokens where a `(` was tried as a pattern predicate and is none: each `(` is tried
    /// as a pattern, then as a parenthesised expression, so nested `({n:(…` parsed 2^depth
    /// times without it (a 118-byte fuzzer input took 0.69 s, and over 10 s instrumented).
    var notPatterns: Set<Int> = []

    init(_ source: String) throws {
        self.source = source
        self.chars = Array(source)
        self.tokens = try Lexer.tokenize(source)
        try NestingLimit.check(tokens)
    }

    static func parse(_ source: String) throws -> Statement {
        var p = try Parser(source)
        return try p.statement()
    }

    // MARK: token helpers

    var current: Token { tokens[index] }
    func peek(_ k: Int) -> Token { tokens[min(index + k, tokens.count - 1)] }

    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    func fail(_ message: String, code: String = "UnexpectedSyntax") -> QueryError {
        QueryError(.syntax, message, at: current.position, code: code)
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .identifier(let s), .quotedIdentifier(let s): "'\(s)'"
        case .integer(let s), .float(let s): "'\(s)'"
        case .string: "a string"
        case .parameter(let s): "'$\(s)'"
        case .symbol(let s): "'\(s)'"
        case .end: "the end of the query"
        }
    }

    mutating func acceptKeyword(_ w: String) -> Bool {
        if current.isKeyword(w) { _ = advance(); return true }
        return false
    }

    mutating func expectKeyword(_ w: String) throws {
        guard acceptKeyword(w) else { throw fail("expected \(w) but found \(describe(current))") }
    }

    mutating func accept(_ s: String) -> Bool {
        if current.isSymbol(s) { _ = advance(); return true }
        return false
    }

    mutating func expect(_ s: String) throws {
        guard accept(s) else { throw fail("expected '\(s)' but found \(describe(current))") }
    }

    /// A name: identifier (keywords allowed where unambiguous) or `quoted`.
    mutating func name(_ what: String) throws -> String {
        switch current.kind {
        case .identifier(let s), .quotedIdentifier(let s):
            _ = advance()
            return s
        default:
            throw fail("expected \(what) but found \(describe(current))")
        }
    }

    func text(from start: Int, to end: Int) -> String {
        String(chars[max(0, start)..<min(end, chars.count)])
    }

    // MARK: statement and clauses

    mutating func statement() throws -> Statement {
        var clauses: [Clause] = []
        while current.kind != .end {
            if accept(";") {
                guard current.kind == .end else { throw fail("only one statement may be given") }
                break
            }
            clauses.append(try clause())
        }
        guard !clauses.isEmpty else { throw fail("empty query") }
        return Statement(clauses: clauses)
    }

    mutating func clause() throws -> Clause {
        let pos = current.position
        if acceptKeyword("MATCH") { return try matchClause(optional: false, pos) }
        if current.isKeyword("OPTIONAL") {
            _ = advance()
            try expectKeyword("MATCH")
            return try matchClause(optional: true, pos)
        }
        if acceptKeyword("UNWIND") {
            let e = try expression()
            try expectKeyword("AS")
            return .unwind(e, alias: try name("a variable"), position: pos)
        }
        if acceptKeyword("WITH") {
            let p = try projection(pos)
            let w = acceptKeyword("WHERE") ? try expression() : nil
            return .with(p, where: w)
        }
        if acceptKeyword("RETURN") { return .returning(try projection(pos)) }
        if current.isKeyword("CREATE") {
            _ = advance()
            if current.isKeyword("INDEX") { return try createIndex(pos) }
            return .create(try patternList(), position: pos)
        }
        if acceptKeyword("MERGE") { return try mergeClause(pos) }
        if acceptKeyword("SET") { return .set(try setItems(), position: pos) }
        if acceptKeyword("REMOVE") { return .remove(try removeItems(), position: pos) }
        if acceptKeyword("DETACH") {
            try expectKeyword("DELETE")
            return .delete(try expressionList(), detach: true, position: pos)
        }
        if acceptKeyword("DELETE") { return .delete(try expressionList(), detach: false, position: pos) }
        for unsupported in ["UNION", "CALL", "FOREACH", "LOAD", "USE", "DROP", "SHOW"] where current.isKeyword(unsupported) {
            throw fail("\(unsupported) is not supported by claimgraph's Cypher subset (see Queries/README.md)",
                       code: "UnsupportedClause")
        }
        throw fail("expected a clause (MATCH, RETURN, CREATE, …) but found \(describe(current))")
    }

    mutating func matchClause(optional: Bool, _ pos: SourcePosition) throws -> Clause {
        let patterns = try patternList()
        let w = acceptKeyword("WHERE") ? try expression() : nil
        return .match(patterns: patterns, where: w, optional: optional, position: pos)
    }

    mutating func createIndex(_ pos: SourcePosition) throws -> Clause {
        try expectKeyword("INDEX")
        if !current.isKeyword("FOR") && !current.isKeyword("ON") { _ = try name("an index name") }
        if acceptKeyword("IF") { try expectKeyword("NOT"); try expectKeyword("EXISTS") }
        if acceptKeyword("ON") {
            // legacy form: CREATE INDEX ON :Label(prop)
            try expect(":")
            let label = try name("a label")
            try expect("(")
            var props = [try name("a property")]
            while accept(",") { props.append(try name("a property")) }
            try expect(")")
            return .createIndex(label: label, properties: props, position: pos)
        }
        try expectKeyword("FOR")
        try expect("(")
        let v = try name("a variable")
        try expect(":")
        let label = try name("a label")
        try expect(")")
        try expectKeyword("ON")
        try expect("(")
        var props: [String] = []
        repeat {
            let pv = try name("a variable")
            guard pv == v else { throw fail("the index must be on properties of \(v)") }
            try expect(".")
            props.append(try name("a property"))
        } while accept(",")
        try expect(")")
        return .createIndex(label: label, properties: props, position: pos)
    }

    mutating func mergeClause(_ pos: SourcePosition) throws -> Clause {
        let part = try patternPart()
        var onCreate: [SetItem] = [], onMatch: [SetItem] = []
        while current.isKeyword("ON") {
            _ = advance()
            if acceptKeyword("CREATE") {
                try expectKeyword("SET")
                onCreate += try setItems()
            } else if acceptKeyword("MATCH") {
                try expectKeyword("SET")
                onMatch += try setItems()
            } else {
                throw fail("expected CREATE or MATCH after ON")
            }
        }
        return .merge(part, onCreate: onCreate, onMatch: onMatch, position: pos)
    }

    mutating func setItems() throws -> [SetItem] {
        var items: [SetItem] = []
        repeat {
            let pos = current.position
            let target = try postfixExpression(allowLabels: false)
            if case .property(let base, let key) = target.kind {
                try expect("=")
                items.append(.property(target: base, key: key, value: try expression()))
                continue
            }
            guard case .variable(let v) = target.kind else { throw QueryError(.syntax, "SET needs a property, a variable or labels", at: pos) }
            if current.isSymbol(":") {
                items.append(.labels(variable: v, labels: try labelList(), position: pos))
            } else if accept("=") {
                items.append(.replace(variable: v, value: try expression(), position: pos))
            } else if accept("+=") {
                items.append(.merge(variable: v, value: try expression(), position: pos))
            } else {
                throw fail("expected '=', '+=' or a label")
            }
        } while accept(",")
        return items
    }

    mutating func removeItems() throws -> [RemoveItem] {
        var items: [RemoveItem] = []
        repeat {
            let pos = current.position
            let target = try postfixExpression(allowLabels: false)
            if case .property(let base, let key) = target.kind {
                items.append(.property(target: base, key: key))
            } else if case .variable(let v) = target.kind, current.isSymbol(":") {
                items.append(.labels(variable: v, labels: try labelList(), position: pos))
            } else {
                throw QueryError(.syntax, "REMOVE needs a property or labels", at: pos)
            }
        } while accept(",")
        return items
    }

    mutating func labelList() throws -> [String] {
        var labels: [String] = []
        while accept(":") { labels.append(try name("a label")) }
        return labels
    }

    mutating func expressionList() throws -> [Expression] {
        var list = [try expression()]
        while accept(",") { list.append(try expression()) }
        return list
    }

    mutating func projection(_ pos: SourcePosition) throws -> Projection {
        let distinct = acceptKeyword("DISTINCT")
        var star = false
        var items: [ProjectionItem] = []
        if accept("*") {
            star = true
            while accept(",") { items.append(try projectionItem()) }
        } else {
            items.append(try projectionItem())
            while accept(",") { items.append(try projectionItem()) }
        }
        var order: [SortItem] = []
        if current.isKeyword("ORDER") {
            _ = advance()
            try expectKeyword("BY")
            repeat {
                let e = try expression()
                var desc = false
                if acceptKeyword("DESC") || acceptKeyword("DESCENDING") { desc = true } else { _ = acceptKeyword("ASC") || acceptKeyword("ASCENDING") }
                order.append(SortItem(expression: e, descending: desc))
            } while accept(",")
        }
        let skip = acceptKeyword("SKIP") ? try expression() : nil
        let limit = acceptKeyword("LIMIT") ? try expression() : nil
        return Projection(distinct: distinct, star: star, items: items, orderBy: order, skip: skip, limit: limit, position: pos)
    }

    mutating func projectionItem() throws -> ProjectionItem {
        let e = try expression()
        if acceptKeyword("AS") { return ProjectionItem(expression: e, alias: try name("an alias")) }
        return ProjectionItem(expression: e, alias: nil)
    }

    // MARK: patterns

    mutating func patternList() throws -> [PatternPart] {
        var parts = [try patternPart()]
        while accept(",") { parts.append(try patternPart()) }
        return parts
    }

    mutating func patternPart() throws -> PatternPart {
        let pos = current.position
        var pathVar: String? = nil
        if case .identifier = current.kind, peek(1).isSymbol("=") { pathVar = try name("a path variable"); _ = advance() }
        else if case .quotedIdentifier = current.kind, peek(1).isSymbol("=") { pathVar = try name("a path variable"); _ = advance() }
        var shortest = PatternPart.Shortest.none
        if (current.isKeyword("SHORTESTPATH") || current.isKeyword("ALLSHORTESTPATHS")) && peek(1).isSymbol("(") {
            shortest = current.isKeyword("SHORTESTPATH") ? .single : .all
            _ = advance(); _ = advance()
            var part = try patternElement(pos)
            try expect(")")
            part.pathVariable = pathVar
            part.shortest = shortest
            return part
        }
        var part = try patternElement(pos)
        part.pathVariable = pathVar
        return part
    }

    mutating func patternElement(_ pos: SourcePosition) throws -> PatternPart {
        // a parenthesised pattern element: ((a)-->(b))
        if current.isSymbol("("), peek(1).isSymbol("(") {
            _ = advance()
            let inner = try patternElement(pos)
            try expect(")")
            return inner
        }
        var nodes = [try nodePattern()]
        var rels: [RelationshipPattern] = []
        while current.isSymbol("-") || current.isSymbol("<-") || current.isSymbol("<") {
            rels.append(try relationshipPattern())
            nodes.append(try nodePattern())
        }
        return PatternPart(pathVariable: nil, nodes: nodes, relationships: rels, shortest: .none, position: pos)
    }

    mutating func nodePattern() throws -> NodePattern {
        let pos = current.position
        try expect("(")
        var v: String? = nil
        switch current.kind {
        case .identifier, .quotedIdentifier: v = try name("a variable")
        default: break
        }
        let labels = try labelList()
        var props: Expression? = nil
        if current.isSymbol("{") || { if case .parameter = current.kind { return true } else { return false } }() {
            props = try primary()
        }
        try expect(")")
        return NodePattern(variable: v, labels: labels, properties: props, position: pos)
    }

    mutating func relationshipPattern() throws -> RelationshipPattern {
        let pos = current.position
        var left = false
        if accept("<-") { left = true } else if accept("<") { left = true; try expect("-") } else { try expect("-") }
        var v: String? = nil
        var types: [String] = []
        var props: Expression? = nil
        var length: (min: Int, max: Int?)? = nil
        if accept("[") {
            switch current.kind {
            case .identifier, .quotedIdentifier: v = try name("a variable")
            default: break
            }
            if accept(":") {
                types.append(try name("a relationship type"))
                while accept("|") {
                    _ = accept(":")
                    types.append(try name("a relationship type"))
                }
            }
            if accept("*") { length = try rangeLiteral() }
            if current.isSymbol("{") || { if case .parameter = current.kind { return true } else { return false } }() {
                props = try primary()
            }
            try expect("]")
        }
        var right = false
        if accept("->") { right = true } else { try expect("-"); if accept(">") { right = true } }
        // `<-->` is written both ways and means either direction, like `--`
        let direction: RelationshipPattern.Direction = left == right ? .both : (left ? .left : .right)
        return RelationshipPattern(variable: v, types: types, properties: props, direction: direction, length: length, position: pos)
    }

    mutating func rangeLiteral() throws -> (min: Int, max: Int?) {
        func int(_ p: inout Parser) throws -> Int? {
            if case .integer(let s) = p.current.kind {
                _ = p.advance()
                guard let n = Int(s) else { throw p.fail("invalid range bound") }
                return n
            }
            return nil
        }
        let lo = try int(&self)
        if accept("..") {
            let hi = try int(&self)
            return (lo ?? 1, hi)
        }
        if let lo { return (lo, lo) }
        return (1, nil)
    }
}
