/// Expressions to SQL. Values go through the `cy_` functions (Cypher's rules for nulls,
/// types and ordering); property equality with a string or integer constant compiles to
/// the bare `json_extract(props,'$.k') = :p` so an expression index can serve it.
struct ExpressionScope {
    var bindings: [String: Binding]
    /// Whether aggregate functions may appear here (RETURN/WITH items and their ORDER BY).
    var allowAggregates = false
    /// Whether pattern predicates may appear (WHERE, boolean operands), not as projected values.
    var allowPatterns = true
}

extension SQLCompiler {
    func asValue(_ c: Compiled) -> String {
        switch c.kind {
        case .value: c.sql
        // the codec's `{"~n":id}` / `{"~r":id}` (NULL for NULL), without a call into Swift
        case .node: "CAST('{\"~n\":' || \(c.sql) || '}' AS BLOB)"
        case .relationship: "CAST('{\"~r\":' || \(c.sql) || '}' AS BLOB)"
        case .predicate: "cy_bool(\(c.sql))"
        }
    }

    func asPredicate(_ c: Compiled, at e: Expression) throws -> String {
        if let t = c.staticType, t != "Boolean" {
            throw QueryError(.syntax, "expected a boolean but found a \(t)", at: e.position, code: "InvalidArgumentType")
        }
        switch c.kind {
        case .predicate: return c.sql
        case .value: return "cy_pred(\(c.sql))"
        default: throw QueryError(.syntax, "expected a boolean but found a \(c.kind == .node ? "node" : "relationship")", at: e.position, code: "InvalidArgumentType")
        }
    }

    func asNodeID(_ c: Compiled, at e: Expression) throws -> String {
        switch c.kind {
        case .node: return c.sql
        case .value: return "cy_nodeid(\(c.sql))"
        default: throw QueryError(.syntax, "expected a node", at: e.position, code: "VariableTypeConflict")
        }
    }

    /// The stored JSON props of the node or relationship `c` refers to (NULL for anything else).
    func propsSQL(_ c: Compiled, binding: Binding? = nil) -> String {
        if let p = binding?.props { return p }
        switch c.kind {
        case .node: return "(SELECT props FROM nodes WHERE id = \(c.sql))"
        case .relationship: return "(SELECT props FROM edges WHERE id = \(c.sql))"
        default:
            return "coalesce((SELECT props FROM nodes WHERE id = cy_nid(\(c.sql))), (SELECT props FROM edges WHERE id = cy_rid(\(c.sql))))"
        }
    }

    /// `sql`, unless `c` is a node or relationship this query deleted: then an EntityNotFound error.
    func guardDeleted(_ c: Compiled, _ sql: String) -> String {
        guard !deleted.isEmpty, c.kind == .node || c.kind == .relationship else { return sql }
        let tables = deleted.map { c.kind == .node ? $0.nodes : $0.relationships }
        let gone = tables.map { "EXISTS (SELECT 1 FROM \($0) WHERE id = \(c.sql))" }.joined(separator: " OR ")
        return "(CASE WHEN \(gone) THEN cy_deleted_access() ELSE \(sql) END)"
    }

    /// `body(props)` evaluated on the stored props of the entity `c` refers to: on the props
    /// column when the SELECT has it, else inside one primary-key lookup (not one per use).
    func onProps(_ c: Compiled, binding: Binding? = nil, _ body: (String) -> String) -> String {
        if let p = binding?.props { return body(p) }
        switch c.kind {
        case .node: return "(SELECT \(body("props")) FROM nodes WHERE id = \(c.sql))"
        case .relationship: return "(SELECT \(body("props")) FROM edges WHERE id = \(c.sql))"
        default: return body(propsSQL(c))
        }
    }

    /// A property of stored JSON as a value: booleans, lists and maps as BLOBs, scalars native
    /// (`cy_prop`, one scan of the props in C: see Sources/CSQLFunctions).
    func propertyValue(_ props: String, _ key: String) -> String {
        "cy_prop(\(props), \(SQLCompiler.sqlText(key)))"
    }

    func compile(_ e: Expression, _ scope: ExpressionScope) throws -> Compiled {
        switch e.kind {
        case .literal(let v):
            return Compiled(sql: bind(v), kind: .value, staticType: v.isNull ? nil : v.typeName)
        case .parameter(let name):
            guard let v = parameters[name] else {
                throw QueryError(.parameterMissing, "no value given for parameter $\(name)", at: e.position, code: "MissingParameter")
            }
            return Compiled(sql: bindParameter(name, v), kind: .value)
        case .variable(let name):
            guard let b = scope.bindings[name] else {
                throw QueryError(.syntax, "variable `\(name)` is not defined", at: e.position, code: "UndefinedVariable")
            }
            return Compiled(sql: b.sql, kind: b.kind, staticType: b.staticType, nonNull: b.nonNull)
        case .property(let base, let key):
            let c = try compile(base, scope)
            if let t = c.staticType, t == "Path" {
                throw QueryError(.syntax, "a \(t) has no properties", at: e.position, code: "InvalidArgumentType")
            }
            switch c.kind {
            case .node, .relationship:
                var binding: Binding? = nil
                if case .variable(let v) = base.kind { binding = scope.bindings[v] }
                if binding?.props != nil { return Compiled(sql: propertyValue(binding!.props!, key), kind: .value) }
                return Compiled(sql: guardDeleted(c, onProps(c) { propertyValue($0, key) }), kind: .value)
            case .predicate:
                throw QueryError(.syntax, "a boolean has no properties", at: e.position, code: "InvalidArgumentType")
            case .value:
                return Compiled(sql: "cy_get(\(c.sql), \(bindText(key)), CAST(\(propsSQL(c)) AS BLOB))", kind: .value)
            }
        case .hasLabels(let base, let labels):
            let c = try compile(base, scope)
            let id = try asNodeID(c, at: base)
            return labelTest(c, id, labels.map { hasLabel(id, [$0]) }.joined(separator: " AND "))
        case .list(let items):
            if let v = SQLCompiler.constant(e) { return Compiled(sql: bind(v), kind: .value, staticType: v.typeName) }
            let parts = try items.map { asValue(try compile($0, scope)) }
            return Compiled(sql: "cy_list(\(parts.joined(separator: ", ")))", kind: .value, staticType: "List")
        case .map(let entries):
            if let v = SQLCompiler.constant(e) { return Compiled(sql: bind(v), kind: .value, staticType: v.typeName) }
            var parts: [String] = []
            for (k, v) in entries { parts.append(bindText(k)); parts.append(asValue(try compile(v, scope))) }
            return Compiled(sql: "cy_map(\(parts.joined(separator: ", ")))", kind: .value, staticType: "Map")
        case .unary(let op, let x):
            let c = try compile(x, scope)
            switch op {
            case "NOT": return Compiled(sql: "(NOT \(try asPredicate(c, at: x)))", kind: .predicate)
            case "-": return Compiled(sql: "cy_neg(\(asValue(c)))", kind: .value)
            default: return Compiled(sql: asValue(c), kind: .value, staticType: c.staticType)
            }
        case .binary(let op, let l, let r):
            if op == "OR", let either = try eitherLabel(l, r, scope) { return either }
            return try compileBinary(op, l, r, scope, at: e)
        case .comparisonChain(let operands, let ops):
            var parts: [String] = []
            for (i, op) in ops.enumerated() {
                parts.append(try compileBinary(op, operands[i], operands[i + 1], scope, at: e).sql)
            }
            return Compiled(sql: "(" + parts.joined(separator: " AND ") + ")", kind: .predicate)
        case .isNull(let x, let negated):
            let c = try compile(x, scope)
            return Compiled(sql: "(\(c.sql) IS \(negated ? "NOT " : "")NULL)", kind: .predicate)
        case .call(let name, let distinct, let args):
            return try compileCall(name, distinct: distinct, args, scope, at: e)
        case .countStar:
            guard scope.allowAggregates else { throw QueryError(.syntax, "count(*) is not allowed here", at: e.position, code: "InvalidAggregation") }
            return Compiled(sql: "count(*)", kind: .value)
        case .caseExpr(let subject, let whens, let otherwise):
            var sql = "(CASE"
            let subj = try subject.map { asValue(try compile($0, scope)) }
            for (w, t) in whens {
                let cond: String
                if let subj { cond = "cy_eq(\(subj), \(asValue(try compile(w, scope)))) = 1" } else {
                    cond = "(\(try asPredicate(try compile(w, scope), at: w))) = 1"
                }
                sql += " WHEN \(cond) THEN \(asValue(try compile(t, scope)))"
            }
            if let o = otherwise { sql += " ELSE \(asValue(try compile(o, scope)))" }
            return Compiled(sql: sql + " END)", kind: .value)
        case .pattern(let part):
            guard scope.allowPatterns else {
                throw QueryError(.syntax, "a pattern can only be used as a predicate in WHERE", at: e.position, code: "UnexpectedSyntax")
            }
            return Compiled(sql: try compilePatternPredicate(part, scope), kind: .predicate)
        case .listComprehension(let v, let source, let filter, let map):
            let (src, inner, alias) = try elementScope(v, over: source, scope)
            let f = try filter.map { " WHERE \(try asPredicate(try compile($0, inner), at: $0))" } ?? ""
            let m = try map.map { asValue(try compile($0, inner)) } ?? inner.bindings[v]!.sql
            return Compiled(sql: "(CASE WHEN \(src) IS NULL THEN NULL ELSE (SELECT cy_collect_all(\(m)) FROM (SELECT * FROM json_each(cy_aslist(\(src))) ORDER BY key) \(alias)\(f)) END)", kind: .value)
        case .quantifier(let q, let v, let source, let predicate):
            let (src, inner, alias) = try elementScope(v, over: source, scope)
            let p = try asPredicate(try compile(predicate, inner), at: predicate)
            // t: true, f: false, n: null verdicts over the elements
            let verdict: String
            switch q {
            case "all": verdict = "CASE WHEN f > 0 THEN 0 WHEN n > 0 THEN NULL ELSE 1 END"
            case "any": verdict = "CASE WHEN t > 0 THEN 1 WHEN n > 0 THEN NULL ELSE 0 END"
            case "none": verdict = "CASE WHEN t > 0 THEN 0 WHEN n > 0 THEN NULL ELSE 1 END"
            default: verdict = "CASE WHEN t > 1 THEN 0 WHEN n > 0 THEN NULL WHEN t = 1 THEN 1 ELSE 0 END"
            }
            return Compiled(sql: "(CASE WHEN \(src) IS NULL THEN NULL ELSE (SELECT \(verdict) FROM (SELECT total(p = 1) AS t, total(p = 0) AS f, total(p IS NULL) AS n FROM (SELECT (\(p)) AS p FROM json_each(cy_aslist(\(src))) \(alias)))) END)", kind: .predicate)
        case .subscript(let base, let index):
            let c = try compile(base, scope)
            let i = asValue(try compile(index, scope))
            // an entity's props are looked up only for a variable (never around an aggregate)
            var props = "NULL"
            if case .variable = base.kind { props = "CAST(\(propsSQL(c)) AS BLOB)" }
            return Compiled(sql: "cy_index(\(asValue(c)), \(i), \(props))", kind: .value)
        }
    }

    /// For `[v IN source …]` and `any(v IN source …)`: the list's SQL, a scope where `v` is
    /// the element of a `json_each` over it under a fresh alias, and that alias.
    private func elementScope(_ v: String, over source: Expression, _ scope: ExpressionScope) throws -> (String, ExpressionScope, String) {
        let src = asValue(try compile(source, scope))
        var inner = scope
        inner.allowAggregates = false
        let alias = fresh("j")
        inner.bindings[v] = Binding(sql: SQLCompiler.jsonEachItem(alias), kind: .value)
        return (src, inner, alias)
    }

    /// The value of a literal list or map built only from literals (bound as one parameter).
    static func constant(_ e: Expression) -> Value? {
        switch e.kind {
        case .literal(let v): return v
        case .unary("-", let x):
            switch constant(x) {
            case .float(let f)?: return .float(-f)
            case .int(let i)? where i != .min: return .int(-i)
            default: return nil
            }
        case .list(let items):
            var out: [Value] = []
            for i in items { guard let v = constant(i) else { return nil }; out.append(v) }
            return .list(out)
        case .map(let entries):
            var out: [String: Value] = [:]
            for (k, x) in entries { guard let v = constant(x) else { return nil }; out[k] = v }
            return .map(out)
        default: return nil
        }
    }

    /// One element of `json_each` as a value (booleans, lists and maps back to BLOBs).
    static func jsonEachItem(_ alias: String) -> String {
        "(CASE \(alias).type WHEN 'true' THEN x'74727565' WHEN 'false' THEN x'66616c7365' WHEN 'null' THEN NULL "
            + "WHEN 'array' THEN CAST(\(alias).value AS BLOB) WHEN 'object' THEN CAST(\(alias).value AS BLOB) ELSE \(alias).value END)"
    }

    private func compileBinary(_ op: String, _ l: Expression, _ r: Expression, _ scope: ExpressionScope, at e: Expression) throws -> Compiled {
        if let fast = try fastEquality(op, l, r, scope) { return fast }
        let a = try compile(l, scope), b = try compile(r, scope)
        switch op {
        case "AND", "OR":
            return Compiled(sql: "(\(try asPredicate(a, at: l)) \(op) \(try asPredicate(b, at: r)))", kind: .predicate)
        case "XOR":
            let x = try asPredicate(a, at: l), y = try asPredicate(b, at: r)
            return Compiled(sql: "cy_xor(\(x), \(y))", kind: .predicate)
        case "=", "<>":
            let sql: String
            if a.kind == b.kind && (a.kind == .node || a.kind == .relationship) {
                sql = a.nonNull && b.nonNull ? "(\(a.sql) = \(b.sql))"
                    : "(CASE WHEN \(a.sql) IS NULL OR \(b.sql) IS NULL THEN NULL ELSE \(a.sql) = \(b.sql) END)"
            } else {
                sql = "cy_eq(\(asValue(a)), \(asValue(b)))"
            }
            return Compiled(sql: op == "=" ? sql : "(NOT \(sql))", kind: .predicate)
        case "<": return Compiled(sql: "cy_lt(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case "<=": return Compiled(sql: "cy_le(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case ">": return Compiled(sql: "cy_gt(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case ">=": return Compiled(sql: "cy_ge(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case "IN":
            if let t = b.staticType, t != "List" {
                throw QueryError(.syntax, "IN needs a list but found a \(t)", at: r.position, code: "InvalidArgumentType")
            }
            return Compiled(sql: "cy_in(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case "STARTS WITH": return Compiled(sql: "cy_starts(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case "ENDS WITH": return Compiled(sql: "cy_ends(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case "CONTAINS": return Compiled(sql: "cy_contains(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case "=~": return Compiled(sql: "cy_regex(\(asValue(a)), \(asValue(b)))", kind: .predicate)
        case "+": return Compiled(sql: "cy_add(\(asValue(a)), \(asValue(b)))", kind: .value)
        case "-": return Compiled(sql: "cy_sub(\(asValue(a)), \(asValue(b)))", kind: .value)
        case "*": return Compiled(sql: "cy_mul(\(asValue(a)), \(asValue(b)))", kind: .value)
        case "/": return Compiled(sql: "cy_div(\(asValue(a)), \(asValue(b)))", kind: .value)
        case "%": return Compiled(sql: "cy_mod(\(asValue(a)), \(asValue(b)))", kind: .value)
        case "^": return Compiled(sql: "cy_pow(\(asValue(a)), \(asValue(b)))", kind: .value)
        default: throw QueryError(.syntax, "unknown operator \(op)", at: e.position)
        }
    }

    /// The indexable test `json_extract(props,'$.k') = :p` for a string or integer constant; nil
    /// for other values. json_extract alone makes true equal 1 and a list's JSON text equal a
    /// string, so `cy_prop` (which returns those as BLOBs) keeps the comparison exact, at a
    /// fraction of the cost of a second JSON parse by json_type.
    func propertyEquals(_ key: String, _ value: Value, parameter: String? = nil) -> ((String) -> String)? {
        switch value {
        case .string, .int: break
        default: return nil
        }
        let p = parameter.map { bindParameter($0, value) } ?? bind(value)
        return { props in "\(SQLCompiler.jsonExtract(props, key)) = \(p) AND \(self.propertyValue(props, key)) = \(p)" }
    }

    /// `n.k = 'text'` / `n.k = $p` (a string or an integer) as the bare indexable comparison.
    private func fastEquality(_ op: String, _ l: Expression, _ r: Expression, _ scope: ExpressionScope) throws -> Compiled? {
        guard op == "=" else { return nil }
        var (prop, constant) = (l, r)
        if case .property = r.kind { (prop, constant) = (r, l) }
        guard case .property(let base, let key) = prop.kind, case .variable(let v) = base.kind,
              let b = scope.bindings[v], b.kind == .node || b.kind == .relationship else { return nil }
        let value: Value
        var parameter: String? = nil
        switch constant.kind {
        case .literal(let x): value = x
        case .parameter(let p): guard let x = parameters[p] else { return nil }; value = x; parameter = p
        default: return nil
        }
        guard let test = propertyEquals(key, value, parameter: parameter) else { return nil }
        return Compiled(sql: "(" + onProps(Compiled(sql: b.sql, kind: b.kind), binding: b, test) + ")", kind: .predicate)
    }

    /// `n:A OR n:B` as one lookup of n's labels (`label IN (A, B)`) instead of two (Q3's
    /// `b:Person OR b:Organization` over 32,489 candidates).
    private func eitherLabel(_ l: Expression, _ r: Expression, _ scope: ExpressionScope) throws -> Compiled? {
        guard case .hasLabels(let a, let left) = l.kind, case .hasLabels(let b, let right) = r.kind,
              left.count == 1, right.count == 1, case .variable(let v) = a.kind, case .variable(let w) = b.kind, v == w
        else { return nil }
        let c = try compile(a, scope)
        let id = try asNodeID(c, at: a)
        return labelTest(c, id, hasLabel(id, left + right))
    }

    /// A label test on node `c` (whose id is `id`): null for a null node, unless it cannot be one.
    private func labelTest(_ c: Compiled, _ id: String, _ test: String) -> Compiled {
        Compiled(sql: c.nonNull ? "(\(test))" : "(CASE WHEN \(id) IS NULL THEN NULL ELSE (\(test)) END)", kind: .predicate)
    }
}
