import CSQLFunctions
import Foundation
import GRDB

/// The SQL functions (prefix `cy_`) through which compiled queries apply Cypher's value
/// rules inside SQLite. Registered on the connection before each query runs.
enum SQLFunctions {
    static func register(_ db: Database) {
        cg_register_prop_functions(db.sqliteConnection)
        cg_register_id_set_functions(db.sqliteConnection)
        cg_register_id_tuples(db.sqliteConnection)
        cg_register_top_rows(db.sqliteConnection)
        for f in scalarFunctions() { db.add(function: f) }
        db.add(function: ShortestPathFunction.make(db))
        db.add(function: DatabaseFunction("cy_collect", argumentCount: 1, pure: true, aggregate: CollectAggregate.self))
        db.add(function: DatabaseFunction("cy_collect_all", argumentCount: 1, pure: true, aggregate: CollectAllAggregate.self))
        db.add(function: DatabaseFunction("cy_sum", argumentCount: 1, pure: true, aggregate: SumAggregate.self))
        db.add(function: DatabaseFunction("cy_avg", argumentCount: 1, pure: true, aggregate: AvgAggregate.self))
        db.add(function: DatabaseFunction("cy_min", argumentCount: 1, pure: true, aggregate: MinAggregate.self))
        db.add(function: DatabaseFunction("cy_max", argumentCount: 1, pure: true, aggregate: MaxAggregate.self))
    }

    typealias Body = @Sendable ([Value]) throws -> Value

    private static func fn(_ name: String, _ n: Int?, _ body: @escaping Body) -> DatabaseFunction {
        DatabaseFunction(name, argumentCount: n, pure: true) { args in
            ValueCodec.databaseValue(try body(try args.map(ValueCodec.value)))
        }
    }

    private static func pred(_ name: String, _ n: Int?, _ body: @escaping @Sendable ([Value]) throws -> Bool?) -> DatabaseFunction {
        DatabaseFunction(name, argumentCount: n, pure: true) { args in
            try body(try args.map(ValueCodec.value)).map { $0 ? 1 : 0 }
        }
    }

    private static func bool(_ b: Bool?) -> Value { b.map { .bool($0) } ?? .null }

    /// The codec's JSON of a list value (a BLOB starting with `[`), else nil.
    private static func listJSON(_ v: DatabaseValue) -> Data? {
        guard case .blob(let b) = v.storage, b.first == UInt8(ascii: "[") else { return nil }
        return b
    }

    private static func scalarFunctions() -> [DatabaseFunction] {
        var fs: [DatabaseFunction] = [
            pred("cy_pred", 1) { try ScalarFunctions.truth($0[0]) },
            DatabaseFunction("cy_bool", argumentCount: 1, pure: true) { a in
                a[0].isNull ? nil : (Int64.fromDatabaseValue(a[0]) != 0 ? ValueCodec.trueBlob : ValueCodec.falseBlob)
            },
            DatabaseFunction("cy_xor", argumentCount: 2, pure: true) { a in
                guard let x = Int64.fromDatabaseValue(a[0]), let y = Int64.fromDatabaseValue(a[1]) else { return nil }
                return (x != 0) != (y != 0) ? 1 : 0
            },
            pred("cy_eq", 2) { ValueSemantics.equals($0[0], $0[1]) },
            pred("cy_lt", 2) { ValueSemantics.ordered($0[0], $0[1]) { $0 < 0 } },
            pred("cy_le", 2) { ValueSemantics.ordered($0[0], $0[1]) { $0 <= 0 } },
            pred("cy_gt", 2) { ValueSemantics.ordered($0[0], $0[1]) { $0 > 0 } },
            pred("cy_ge", 2) { ValueSemantics.ordered($0[0], $0[1]) { $0 >= 0 } },
            pred("cy_in", 2) { try ScalarFunctions.inList($0[0], $0[1]) },
            pred("cy_starts", 2) { ScalarFunctions.stringPredicate("STARTS WITH", $0[0], $0[1]) },
            pred("cy_ends", 2) { ScalarFunctions.stringPredicate("ENDS WITH", $0[0], $0[1]) },
            pred("cy_contains", 2) { ScalarFunctions.stringPredicate("CONTAINS", $0[0], $0[1]) },
            pred("cy_regex", 2) { try ScalarFunctions.regexMatch($0[0], $0[1]) },
            // two lists join as JSON text, without decoding their elements
            DatabaseFunction("cy_add", argumentCount: 2, pure: true) { a in
                if let x = listJSON(a[0]), let y = listJSON(a[1]) {
                    return x.count == 2 ? y : (y.count == 2 ? x : x.dropLast() + [UInt8(ascii: ",")] + y.dropFirst())
                }
                return ValueCodec.databaseValue(try ScalarFunctions.add(try ValueCodec.value(a[0]), try ValueCodec.value(a[1])))
            },
            fn("cy_sub", 2) { try ScalarFunctions.arithmetic("-", $0[0], $0[1]) },
            fn("cy_mul", 2) { try ScalarFunctions.arithmetic("*", $0[0], $0[1]) },
            fn("cy_div", 2) { try ScalarFunctions.arithmetic("/", $0[0], $0[1]) },
            fn("cy_mod", 2) { try ScalarFunctions.arithmetic("%", $0[0], $0[1]) },
            fn("cy_pow", 2) { try ScalarFunctions.arithmetic("^", $0[0], $0[1]) },
            fn("cy_neg", 1) { try ScalarFunctions.negate($0[0]) },
            fn("cy_list", nil) { .list($0) },
            fn("cy_map", nil) { a in
                var m: [String: Value] = [:]
                for i in stride(from: 0, to: a.count - 1, by: 2) { if case .string(let k) = a[i] { m[k] = a[i + 1] } }
                return .map(m)
            },
            fn("cy_node", 1) { a in
                if case .int(let id) = a[0] { return .node(Node(id: id)) }
                return .null
            },
            fn("cy_rel", 1) { a in
                if case .int(let id) = a[0] { return .relationship(Relationship(id: id)) }
                return .null
            },
            fn("cy_nodeid", 1) { a in
                switch a[0] {
                case .null: return .null
                case .node(let n): return .int(n.id)
                default: throw ScalarFunctions.typeError("expected a node but got \(a[0].typeName)")
                }
            },
            fn("cy_relid", 1) { a in
                switch a[0] {
                case .null: return .null
                case .relationship(let r): return .int(r.id)
                default: throw ScalarFunctions.typeError("expected a relationship but got \(a[0].typeName)")
                }
            },
            fn("cy_nid", 1) { a in
                if case .node(let n) = a[0] { return .int(n.id) }
                return .null
            },
            fn("cy_rid", 1) { a in
                if case .relationship(let r) = a[0] { return .int(r.id) }
                return .null
            },
            fn("cy_pathids", 2) { a in
                let wantNodes = a[1] == .string("n")
                switch a[0] {
                case .path(let p): return .list(wantNodes ? p.nodes.map { .int($0.id) } : p.relationships.map { .int($0.id) })
                case .node(let n) where wantNodes: return .list([.int(n.id)])
                case .relationship(let r) where !wantNodes: return .list([.int(r.id)])
                case .list(let l) where a[1] == .string("l"):
                    return .list(l.compactMap { if case .relationship(let r) = $0 { return .int(r.id) } else { return nil } })
                case .null, .node, .relationship: return .list([])
                default: throw ScalarFunctions.typeError("DELETE needs a node, a relationship or a path, not \(a[0].typeName)")
                }
            },
            // cy_index(container, index, props of the entity): list[i], map[key], node[key].
            fn("cy_index", 3) { a in
                switch (a[0], a[1]) {
                case (.null, _), (_, .null): return .null
                case (.list(let l), .int(let i)):
                    let j = i < 0 ? Int64(l.count) + i : i
                    return j >= 0 && j < l.count ? l[Int(j)] : .null
                case (.map(let m), .string(let k)): return m[k] ?? .null
                case (.node, .string(let k)), (.relationship, .string(let k)):
                    if case .map(let m) = a[2] { return m[k] ?? .null }
                    return .null
                case (.list, _): throw ScalarFunctions.typeError("a list index must be an integer")
                case (.map, _), (.node, _), (.relationship, _):
                    throw CypherFunctionError(.type, "MapElementAccessByNonString", "a map key must be a string")
                default: throw ScalarFunctions.typeError("cannot index a \(a[0].typeName)")
                }
            },
            fn("cy_check_settable", 1) { a in
                switch a[0] {
                case .null, .node, .relationship: return .null
                default: throw ScalarFunctions.typeError("cannot set a property on a \(a[0].typeName)")
                }
            },
            fn("cy_deleted_access", 0) { _ in
                throw CypherFunctionError(.entityNotFound, "DeletedEntityAccess", "the node or relationship was deleted by this query")
            },
            fn("cy_entityid", 1) { a in
                switch a[0] {
                case .null: return .null
                case .node(let n): return .int(n.id)
                case .relationship(let r): return .int(r.id)
                default: throw ScalarFunctions.typeError("id() needs a node or a relationship, not \(a[0].typeName)")
                }
            },
            // cy_get(value, key, props of the node or relationship the value refers to)
            fn("cy_get", 3) { a in
                guard case .string(let key) = a[1] else { return .null }
                switch a[0] {
                case .null: return .null
                case .map(let m): return m[key] ?? .null
                case .node, .relationship:
                    if case .map(let m) = a[2] { return m[key] ?? .null }
                    return .null
                default: throw ScalarFunctions.typeError("cannot read property \(key) of \(a[0].typeName)")
                }
            },
            fn("cy_keys", 2) { a in
                switch a[0] {
                case .null: return .null
                case .map(let m): return .list(m.keys.sorted().map { .string($0) })
                case .node, .relationship:
                    if case .map(let m) = a[1] { return .list(m.keys.sorted().map { .string($0) }) }
                    return .list([])
                default: throw ScalarFunctions.typeError("keys() needs a map, a node or a relationship")
                }
            },
            fn("cy_properties", 2) { a in
                switch a[0] {
                case .null: return .null
                case .map: return a[0]
                case .node, .relationship: return a[1].isNull ? .map([:]) : a[1]
                default: throw ScalarFunctions.typeError("properties() needs a map, a node or a relationship")
                }
            },
            // the keys of several values one after the other (each is self-delimiting)
            DatabaseFunction("cy_sortkey", argumentCount: nil, pure: true) { a in
                var key: [UInt8] = []
                for v in a { key += ValueSemantics.sortKey(try ValueCodec.value(v)) }
                return Data(key)
            },
            // The JSON array json_each() walks for UNWIND: a list as is, null as [], anything else as [x].
            DatabaseFunction("cy_aslist", argumentCount: 1, pure: true) { a in
                if let list = listJSON(a[0]) { return String(decoding: list, as: UTF8.self) }
                let v = try ValueCodec.value(a[0])
                switch v {
                case .null: return "[]"
                case .list: return ValueCodec.json(v)
                default: return ValueCodec.json(.list([v]))
                }
            },
            // The stored JSON of a property map: nulls dropped; only scalars and lists of scalars allowed.
            DatabaseFunction("cy_storeprops", argumentCount: 1, pure: true) { a in
                ValueCodec.json(.map(try storableMap(try ValueCodec.value(a[0]))))
            },
            // cy_setprops(stored JSON, map, replace): `SET n = map` (replace 1) or `SET n += map` (0).
            DatabaseFunction("cy_setprops", argumentCount: 3, pure: true) { a in
                var m: [String: Value] = [:]
                if Int64.fromDatabaseValue(a[2]) == 0, case .map(let old) = try JSONValueReader.read(String.fromDatabaseValue(a[0]) ?? "{}") { m = old }
                let update = try ValueCodec.value(a[1])
                let changes: [String: Value]
                switch update {
                case .map(let u): changes = u
                case .null: changes = [:]
                default: throw ScalarFunctions.typeError("SET needs a map, not \(update.typeName)")
                }
                for (k, v) in changes {
                    if v.isNull { m[k] = nil } else { m[k] = try storable(v) }
                }
                return ValueCodec.json(.map(m))
            },
            DatabaseFunction("cy_setprop", argumentCount: 3, pure: true) { a in
                guard case .map(var m) = try JSONValueReader.read(String.fromDatabaseValue(a[0]) ?? "{}"),
                      let key = String.fromDatabaseValue(a[1]) else { return nil }
                let v = try ValueCodec.value(a[2])
                m[key] = v.isNull ? nil : try storable(v)
                return ValueCodec.json(.map(m))
            },
            // A property map of an entity given as a node, relationship or map value (SET n = m, n += m).
            fn("cy_check_count", 1) { a in
                switch a[0] {
                case .null: return .null
                case .int(let i) where i >= 0: return .int(i)
                case .int: throw CypherFunctionError(.syntax, "NegativeIntegerArgument", "SKIP and LIMIT must not be negative")
                default: throw CypherFunctionError(.syntax, "InvalidArgumentType", "SKIP and LIMIT need an integer")
                }
            },
            // A variable-length segment from the expansion CTE: "n0,n1,…|r1,r2,…" (ids, in walk order).
            // cy_rels(segment, reversed): the relationships of a segment as a list.
            fn("cy_rels", 2) { a in
                guard case .string(let s) = a[0] else { return .null }
                let rels = segment(s).rels.map { Value.relationship(Relationship(id: $0)) }
                return .list(a[1] == .int(1) ? rels.reversed() : rels)
            },
            // cy_follow(rels, from, direction 0 → / 1 ← / 2 either, reversed, [[id,src,dst]…]):
            // the segment walking exactly these relationships from `from`, or null.
            fn("cy_follow", 5) { a in
                guard case .list(let items) = a[0], case .int(var cur) = a[1], case .int(let dir) = a[2],
                      case .string(let json) = a[4], case .list(let rows) = try JSONValueReader.read(json) else { return .null }
                var ends: [Int64: (Int64, Int64)] = [:]
                for case .list(let r) in rows { if case .int(let id) = r[0], case .int(let s) = r[1], case .int(let d) = r[2] { ends[id] = (s, d) } }
                var rels = items.compactMap { v -> Int64? in if case .relationship(let r) = v { return r.id } else { return nil } }
                guard rels.count == items.count else { return .null }
                if a[3] == .int(1) { rels.reverse() }
                var nodes = [cur]
                for r in rels {
                    guard let (s, d) = ends[r] else { return .null }
                    let walkRight = dir == 0 || (dir == 2 && s == cur)
                    let walkLeft = dir == 1 || (dir == 2 && d == cur)
                    if walkRight && s == cur { cur = d } else if walkLeft && d == cur { cur = s } else { return .null }
                    nodes.append(cur)
                }
                return .string(nodes.map(String.init).joined(separator: ",") + "|" + rels.map(String.init).joined(separator: ","))
            },
            fn("cy_segend", 1) { a in
                guard case .string(let s) = a[0], let last = segment(s).nodes.last else { return .null }
                return .int(last)
            },
            // cy_path(shape, ids…): shape has 'n' (node id), 'r' (relationship id), 'v'/'V' (segment, forward/reversed).
            fn("cy_path", nil) { a in
                guard case .string(let shape) = a.first else { return .null }
                var nodes: [Node] = [], rels: [Relationship] = []
                for (i, c) in shape.enumerated() {
                    let arg = a[i + 1]
                    switch c {
                    case "n":
                        guard case .int(let id) = arg else { return .null }
                        if nodes.count == rels.count + 1 { continue }
                        nodes.append(Node(id: id))
                    case "r":
                        guard case .int(let id) = arg else { return .null }
                        rels.append(Relationship(id: id))
                    default:
                        guard case .string(let s) = arg else { return .null }
                        var seg = segment(s)
                        if c == "V" { seg.nodes.reverse(); seg.rels.reverse() }
                        for (j, r) in seg.rels.enumerated() {
                            rels.append(Relationship(id: r))
                            nodes.append(Node(id: seg.nodes[j + 1]))
                        }
                    }
                }
                return .path(Path(nodes: nodes, relationships: rels))
            },
        ]
        for (name, entry) in ScalarFunctions.table {
            let body = entry.2
            fs.append(fn("cy_f_" + name, nil, body))
        }
        return fs
    }

    static func segment(_ s: String) -> (nodes: [Int64], rels: [Int64]) {
        let parts = s.split(separator: "|", omittingEmptySubsequences: false)
        let nodes = parts[0].split(separator: ",").compactMap { Int64($0) }
        let rels = parts.count > 1 ? parts[1].split(separator: ",").compactMap { Int64($0) } : []
        return (nodes, rels)
    }

    static func storable(_ v: Value) throws -> Value {
        switch v {
        case .bool, .int, .float, .string: return v
        case .list(let l):
            for e in l {
                switch e {
                case .bool, .int, .float, .string, .null: continue
                default: throw CypherFunctionError(.type, "InvalidPropertyType", "a property cannot hold a list of \(e.typeName)")
                }
            }
            return v
        default: throw CypherFunctionError(.type, "InvalidPropertyType", "a property cannot hold a \(v.typeName)")
        }
    }

    static func storableMap(_ v: Value) throws -> [String: Value] {
        switch v {
        case .null: return [:]
        case .map(let m):
            var out: [String: Value] = [:]
            for (k, e) in m where !e.isNull { out[k] = try storable(e) }
            return out
        default: throw ScalarFunctions.typeError("properties must be a map, not \(v.typeName)")
        }
    }
}
