/// Function calls: aggregates become SQL aggregates, graph functions become lookups in the
/// store's tables, and the rest call the pure `cy_f_*` functions.
extension SQLCompiler {
    func compileCall(_ rawName: String, distinct: Bool, _ args: [Expression], _ scope: ExpressionScope, at e: Expression) throws -> Compiled {
        let name = rawName.lowercased()
        if Expr.aggregates.contains(name) { return try compileAggregate(name, distinct: distinct, args, scope, at: e) }
        func one() throws -> Compiled {
            guard args.count == 1 else {
                throw QueryError(.syntax, "\(rawName)() takes one argument", at: e.position, code: "InvalidNumberOfArguments")
            }
            return try compile(args[0], scope)
        }
        switch name {
        case "id":
            let c = try one()
            switch c.kind {
            case .node, .relationship: return Compiled(sql: c.sql, kind: .value)
            default: return Compiled(sql: "cy_entityid(\(asValue(c)))", kind: .value)
            }
        case "labels":
            let c = try one()
            if let t = c.staticType { throw QueryError(.syntax, "labels() needs a node, not a \(t)", at: e.position, code: "InvalidArgumentType") }
            let id = try nodeID(c, args[0], function: "labels")
            return Compiled(sql: guardDeleted(c, "(CASE WHEN \(id) IS NULL THEN NULL ELSE (SELECT CAST(json_group_array(label) AS BLOB) FROM (SELECT label FROM node_labels WHERE node_id = \(id) ORDER BY label)) END)"), kind: .value)
        case "type":
            let c = try one()
            let id = try relID(c, args[0], function: "type")
            // a relationship deleted by this query keeps its type
            let kept = deleted.map { "(SELECT type FROM \($0.relationships) WHERE id = \(id))" }
            return Compiled(sql: "coalesce(" + (["(SELECT type FROM edges WHERE id = \(id))"] + kept).joined(separator: ", ") + (kept.isEmpty ? ", NULL)" : ")"), kind: .value)
        case "startnode", "endnode":
            let c = try one()
            let id = try relID(c, args[0], function: rawName)
            return Compiled(sql: "(SELECT \(name == "startnode" ? "src" : "dst") FROM edges WHERE id = \(id))", kind: .node)
        case "properties":
            let c = try one()
            if let t = c.staticType, t != "Map" { throw QueryError(.syntax, "properties() needs a map, a node or a relationship, not a \(t)", at: e.position, code: "InvalidArgumentType") }
            if c.kind == .predicate { throw QueryError(.syntax, "properties() needs a map, a node or a relationship", at: e.position, code: "InvalidArgumentType") }
            return Compiled(sql: guardDeleted(c, "cy_properties(\(asValue(c)), CAST(\(propsSQL(c, binding: binding(args[0], scope))) AS BLOB))"), kind: .value)
        case "keys":
            let c = try one()
            return Compiled(sql: "cy_keys(\(asValue(c)), CAST(\(propsSQL(c, binding: binding(args[0], scope))) AS BLOB))", kind: .value)
        case "exists":
            let c = try one()
            if c.kind == .predicate { return c }
            return Compiled(sql: "(\(c.sql) IS NOT NULL)", kind: .predicate)
        default:
            guard let (lo, hi, _) = ScalarFunctions.table[name] else {
                throw QueryError(.syntax, "unknown function \(rawName)()", at: e.position, code: "UnknownFunction")
            }
            guard args.count >= lo, args.count <= hi else {
                throw QueryError(.syntax, "\(rawName)() takes \(lo == hi ? "\(lo)" : "\(lo) to \(hi)") arguments", at: e.position, code: "InvalidNumberOfArguments")
            }
            if name == "size", case .pattern = args[0].kind {
                throw QueryError(.syntax, "size() of a pattern is not supported (count its matches instead)", at: e.position, code: "UnexpectedSyntax")
            }
            let compiled = try args.map { try compile($0, scope) }
            if name == "size", compiled[0].staticType == "Path" {
                throw QueryError(.syntax, "size() needs a string or a list; use length() for a path", at: e.position, code: "InvalidArgumentType")
            }
            if ["tostring", "tointeger", "tofloat", "toboolean", "size", "length"].contains(name),
               let bad = compiled.first(where: { $0.kind == .node || $0.kind == .relationship }) {
                _ = bad
                throw QueryError(.syntax, "\(rawName)() cannot take a node or a relationship", at: e.position, code: "InvalidArgumentType")
            }
            return Compiled(sql: "cy_f_\(name)(\(compiled.map(asValue).joined(separator: ", ")))", kind: .value)
        }
    }

    private func binding(_ e: Expression, _ scope: ExpressionScope) -> Binding? {
        if case .variable(let v) = e.kind { return scope.bindings[v] }
        return nil
    }

    private func nodeID(_ c: Compiled, _ e: Expression, function: String) throws -> String {
        switch c.kind {
        case .node: return c.sql
        case .value: return "cy_nodeid(\(c.sql))"
        default: throw QueryError(.syntax, "\(function)() needs a node", at: e.position, code: "InvalidArgumentType")
        }
    }

    private func relID(_ c: Compiled, _ e: Expression, function: String) throws -> String {
        switch c.kind {
        case .relationship: return c.sql
        case .value: return "cy_relid(\(c.sql))"
        default: throw QueryError(.syntax, "\(function)() needs a relationship", at: e.position, code: "InvalidArgumentType")
        }
    }

    private func compileAggregate(_ name: String, distinct: Bool, _ args: [Expression], _ scope: ExpressionScope, at e: Expression) throws -> Compiled {
        guard scope.allowAggregates else {
            throw QueryError(.syntax, "\(name)() is an aggregate and is not allowed here", at: e.position, code: "InvalidAggregation")
        }
        guard args.count == 1 else {
            throw QueryError(.syntax, "\(name)() takes one argument", at: e.position, code: "InvalidNumberOfArguments")
        }
        var inner = scope
        inner.allowAggregates = false
        let c: Compiled
        do { c = try compile(args[0], inner) } catch let err as QueryError where err.detail == "InvalidAggregation" {
            throw QueryError(.syntax, "aggregates cannot be nested", at: e.position, code: "NestedAggregation")
        }
        let d = distinct ? "DISTINCT " : ""
        if name == "collect", c.kind == .node || c.kind == .relationship {
            // the list's JSON built by SQLite from the ids ("1,2" -> [{"~n":1},{"~n":2}]):
            // DISTINCT compares integers and no row calls into Swift
            let ids = "group_concat(\(d)\(c.sql)\(distinct ? "" : ", ','"))"
            let tag = c.kind == .node ? "~n" : "~r"
            return Compiled(sql: "CAST(CASE WHEN \(ids) IS NULL THEN '[]' ELSE '[{\"\(tag)\":' || replace(\(ids), ',', '},{\"\(tag)\":') || '}]' END AS BLOB)", kind: .value)
        }
        // node and relationship ids count and compare as themselves; distinct ones in a hash
        // set (cy_count_ids, Sources/CSQLFunctions) rather than SQLite's temporary B-tree
        let ids = c.kind == .node || c.kind == .relationship
        let arg = ids && name == "count" ? c.sql : asValue(c)
        switch name {
        case "count" where ids && distinct: return Compiled(sql: "cy_count_ids(\(arg))", kind: .value)
        case "count": return Compiled(sql: "count(\(d)\(arg))", kind: .value)
        default: return Compiled(sql: "cy_\(name)(\(d)\(arg))", kind: .value)
        }
    }
}
