import CSQLFunctions
import GRDB
import Store

/// What a compiled expression yields: a node id, a relationship id, an SQL truth value
/// (1/0/NULL, so SQLite's own AND/OR/NOT apply Cypher's three-valued logic), or an encoded
/// value (see ValueCodec).
enum SQLKind: Equatable, Sendable { case node, relationship, predicate, value }

struct Compiled {
    var sql: String
    var kind: SQLKind
    /// The Cypher type when it is known before running (literals, paths, lists): lets type
    /// errors be reported at compile time, as openCypher requires.
    var staticType: String? = nil
    /// Known never to be NULL (a node or relationship a MATCH bound): its label and
    /// equality tests then need no NULL case, which costs SQLite as much as the test.
    var nonNull = false
}

/// A variable in scope: an SQL expression over the current stage (alias `s`) or over the
/// tables of the SELECT being built, its kind, and (when a table alias has it) its props column.
struct Binding {
    var sql: String
    var kind: SQLKind
    var props: String? = nil
    var staticType: String? = nil
    /// Bound by a MATCH (not OPTIONAL), or a column copied from one: never NULL.
    var nonNull = false
}

/// The rows flowing between clauses: a table (CTE or temporary table) read as alias `s`,
/// and the variables in scope as expressions over it.
struct Stage {
    var table: String
    var bindings: [String: Binding]
    /// Variable names in the order they were introduced (RETURN * sorts them by name).
    var order: [String]
    /// True when `table` is a temporary table holding a `_r` row number column.
    var numbered: Bool = false
    /// True for the single empty row a statement starts from: a first MATCH leaves it out of its
    /// joins, since SQLite cannot flatten a FROM-less subquery and would build a table for it.
    var isUnit: Bool = false
}

/// Compiles a statement clause by clause into SQL and runs it. Read clauses become a chain of
/// CTEs that SQLite plans as one statement; write clauses materialise the rows so far into a
/// temporary table and run set-based INSERT/UPDATE/DELETE statements against it.
final class SQLCompiler {
    let db: Database
    let parameters: [String: Value]
    let limits: QueryLimits
    var arguments: [String: DatabaseValue] = [:]
    var ctes: [(name: String, sql: String)] = []
    var materializedCTEs: Set<String> = []
    var counter = 0
    var tempTables: [String] = []
    /// Highest id per table before this query deleted anything (ids are not reused within a query).
    var highWater: [String: Int64] = [:]
    /// Temporary tables listing the nodes and relationships this query deleted (with their
    /// types), so that reading a deleted entity fails instead of returning nothing.
    var deleted: [(nodes: String, relationships: String)] = []
    /// Whether the statement only reads. Then label checks that `edge_end_labels` implies may
    /// be dropped (no clause can change the facts between compiling and running) and no
    /// entity read can have been deleted by the statement itself.
    var readOnly = false
    /// The store's facts, read when first needed.
    private var endLabelFacts: Set<String>? = nil
    /// The facts this compilation relied on (a cached plan is reused only while they hold).
    var usedFacts: Set<String> = []
    /// The relationship types with their own indexes (see `EdgeTypeIndexes`), read when first needed.
    private var indexedTypes: Set<String>? = nil
    /// Whether compiling ran any statement (writes, temporary tables): such a plan is not reusable.
    var ranStatements = false
    /// Placeholders bound from `$parameters`, by placeholder name.
    var parameterSlots: [String: String] = [:]
    /// Whether the SQL's shape depends on a parameter's value (a `$map` in a pattern).
    var parameterShaped = false
    /// The aggregation that may run split over several connections (see PartitionedAggregation),
    /// the clause being compiled, and the grouping CTE once compiled with its filtered SQL.
    var partitionDriver: PartitionDriver? = nil
    var currentClause = 0
    var partitionPoint: PartitionPoint? = nil

    init(db: Database, parameters: [String: Value], limits: QueryLimits) {
        self.db = db
        self.parameters = parameters
        self.limits = limits
    }

    func fresh(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    /// Binds a value as a named SQL parameter and returns its placeholder.
    func bind(_ v: Value) -> String {
        let name = fresh("p")
        arguments[name] = ValueCodec.databaseValue(v)
        return ":" + name
    }

    /// Binds the value of `$name`, remembering where it came from so that a compiled plan
    /// can be run again with other values (of the same types).
    func bindParameter(_ name: String, _ v: Value) -> String {
        let placeholder = bind(v)
        parameterSlots[String(placeholder.dropFirst())] = name
        return placeholder
    }

    /// The statement as a plan the engine may run again, or nil when it cannot be: it ran
    /// statements while compiling, or its SQL depends on parameter values beyond their types.
    func plan(columns: [String], sql: String) -> CompiledPlan? {
        guard !ranStatements, !parameterShaped else { return nil }
        var sources: [String: CompiledPlan.Argument] = [:]
        for name in placeholders(in: sql) {
            if let p = parameterSlots[name] { sources[name] = .parameter(p) } else if let v = arguments[name] { sources[name] = .constant(v) }
        }
        return CompiledPlan(sql: sql, columns: columns, arguments: sources, facts: usedFacts.sorted(),
                            parallel: partitionedAggregation(sql))
    }

    func bindText(_ s: String) -> String { bind(.string(s)) }

    /// A new CTE; `materialized` keeps SQLite from copying its expressions into the queries
    /// that read it (an expensive column then runs once per row, not once per use).
    func addCTE(_ sql: String, materialized: Bool = false) -> String {
        let name = fresh("q")
        ctes.append((name, sql))
        if materialized { materializedCTEs.insert(name) }
        return name
    }

    /// `WITH RECURSIVE …` for the CTEs defined so far (empty when none).
    var ctePrefix: String { withClause(ctes[...]) }

    /// `WITH RECURSIVE …` for `list` (empty when none); a split plan writes its own lists.
    func withClause(_ list: ArraySlice<(name: String, sql: String)>) -> String {
        list.isEmpty ? "" : "WITH RECURSIVE " + list.map {
            "\($0.name) AS \(materializedCTEs.contains($0.name) ? "MATERIALIZED " : "")(\($0.sql))"
        }.joined(separator: ",\n") + "\n"
    }

    /// The arguments a statement's text actually names.
    func arguments(for sql: String) -> StatementArguments {
        var used: [String: DatabaseValue] = [:]
        for name in placeholders(in: sql) { if let v = arguments[name] { used[name] = v } }
        return StatementArguments(used)
    }

    /// The names of the `:pN` placeholders in `sql`.
    private func placeholders(in sql: String) -> [String] {
        var names: [String] = []
        let bytes = Array(sql.utf8)
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: "p") else { i += 1; continue }
            var j = i + 2
            while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") { j += 1 }
            if j > i + 2 { names.append(String(decoding: bytes[i + 1..<j], as: UTF8.self)) }
            i = j
        }
        return names
    }

    func execute(_ sql: String) throws {
        ranStatements = true
        try db.execute(sql: sql, arguments: arguments(for: sql))
    }

    /// Whether every relationship of each of `types` has `label` at each of `sides`.
    func endLabelImplied(_ label: String, types: [String], sides: [EdgeEndLabels.Side]) -> Bool {
        guard readOnly, !types.isEmpty else { return false }
        if endLabelFacts == nil { endLabelFacts = (try? EdgeEndLabels.all(db)) ?? [] }
        let keys = types.flatMap { t in sides.map { EdgeEndLabels.key(type: t, side: $0, label: label) } }
        guard keys.allSatisfy(endLabelFacts!.contains) else { return false }
        usedFacts.formUnion(keys)
        return true
    }

    /// The one type of `types` when it has its own indexes, to name in `INDEXED BY`. A plan
    /// naming an index that is later dropped fails with "no such index" and is compiled again.
    func indexedType(_ types: [String]) -> String? {
        guard types.count == 1 else { return nil }
        if indexedTypes == nil { indexedTypes = (try? EdgeTypeIndexes.all(db)) ?? [] }
        return indexedTypes!.contains(types[0]) ? types[0] : nil
    }

    // MARK: the statement

    /// Compiles the statement, running its updating clauses; returns the columns and the
    /// final SELECT to run (nil when the statement returns nothing).
    func run(_ statement: Statement) throws -> (columns: [String], sql: String?) {
        var stage = Stage(table: addCTE("SELECT 1 AS one"), bindings: [:], order: [], isUnit: true)
        let clauses = statement.clauses
        readOnly = clauses.allSatisfy { clause in
            switch clause {
            case .match, .unwind, .with, .returning: true
            default: false
            }
        }
        partitionDriver = partitionCandidate(clauses)
        for (i, clause) in clauses.enumerated() {
            let isLast = i == clauses.count - 1
            currentClause = i
            switch clause {
            case .match(let patterns, let whereExpr, let optional, let pos):
                stage = try compileMatch(patterns, where: whereExpr, optional: optional, on: stage, at: pos)
            case .unwind(let e, let alias, let pos):
                stage = try compileUnwind(e, alias: alias, on: stage, at: pos)
            case .with(let p, let whereExpr):
                stage = try compileWith(p, where: whereExpr, on: stage)
                dropUnfinishedSplit()
            case .returning(let p):
                guard isLast else { throw QueryError(.syntax, "RETURN must be the last clause", at: p.position, code: "InvalidClauseComposition") }
                defer { dropUnfinishedSplit() }
                return try compileReturn(p, on: stage)
            case .create(let parts, let pos):
                stage = try compileCreate(parts, on: stage, at: pos)
            case .merge(let part, let onCreate, let onMatch, let pos):
                stage = try compileMerge(part, onCreate: onCreate, onMatch: onMatch, on: stage, at: pos)
            case .set(let items, _):
                stage = try materialize(stage)
                for item in items { try compileSet(item, on: stage) }
            case .remove(let items, _):
                stage = try materialize(stage)
                for item in items { try compileRemove(item, on: stage) }
            case .delete(let exprs, let detach, let pos):
                stage = try compileDelete(exprs, detach: detach, on: stage, at: pos)
            case .createIndex(let label, let props, _):
                try createIndex(label: label, properties: props)
            }
            if !isLast, case .createIndex = clause {
                throw QueryError(.syntax, "CREATE INDEX must be the only clause", code: "InvalidClauseComposition")
            }
        }
        if let last = clauses.last {
            switch last {
            case .match, .unwind, .with:
                throw QueryError(.syntax, "a query must end with RETURN or an updating clause", code: "InvalidClauseComposition")
            default: break
            }
        }
        // An updating query without RETURN still runs its pending reads (nothing to return).
        return ([], nil)
    }

    /// Copies the rows of `stage` into a numbered temporary table so that write statements
    /// can address them, and rebinds the variables to its columns.
    func materialize(_ stage: Stage) throws -> Stage {
        if stage.numbered { return stage }
        let name = fresh("temp.t")
        let cols = stage.order.enumerated().map { (i, v) in "\(stage.bindings[v]!.sql) AS c\(i)" }
        let sql = "CREATE TEMP TABLE \(name.replacingOccurrences(of: "temp.", with: "")) AS \(ctePrefix)SELECT row_number() OVER () AS _r"
            + (cols.isEmpty ? "" : ", " + cols.joined(separator: ", ")) + " FROM \(stage.table) s"
        try execute(sql)
        ctes = []
        tempTables.append(name)
        var out = Stage(table: name, bindings: [:], order: stage.order, numbered: true)
        for (i, v) in stage.order.enumerated() {
            let b = stage.bindings[v]!
            out.bindings[v] = Binding(sql: "s.c\(i)", kind: b.kind == .predicate ? .value : b.kind, staticType: b.staticType)
        }
        return out
    }

    /// Projects `bindings` (in `order`) from a SELECT body into a new CTE stage.
    /// `page` (SKIP/LIMIT) applies to the rows selected, after DISTINCT.
    func stage(selecting order: [String], _ bindings: [String: Binding], body: String, distinct: Bool = false,
               page: String = "", numbered: Bool = false) -> Stage {
        var cols: [String] = []
        var out = Stage(table: "", bindings: [:], order: order)
        for (i, v) in order.enumerated() {
            let b = bindings[v]!
            let kind: SQLKind = b.kind == .predicate ? .value : b.kind
            let sql = b.kind == .predicate ? "cy_bool(\(b.sql))" : b.sql
            cols.append("\(sql) AS c\(i)")
            out.bindings[v] = Binding(sql: "s.c\(i)", kind: kind, staticType: b.staticType ?? (b.kind == .predicate ? "Boolean" : nil),
                                      nonNull: b.nonNull)
        }
        if numbered { cols.append("s._r AS _r") }
        if cols.isEmpty { cols = ["1 AS one"] }
        if distinct, let ids = distinctIDs(order.map { bindings[$0]! }, body: body) {
            // materialised, as SQLite materialises a DISTINCT subquery: read once, not per outer row
            out.table = addCTE(ids + page, materialized: true)
        } else {
            out.table = addCTE("SELECT \(distinct ? "DISTINCT " : "")\(cols.joined(separator: ", ")) \(body)" + page)
        }
        out.numbered = numbered
        return out
    }

    /// DISTINCT rows of node and relationship ids only, gathered in a hash set in C and read
    /// back as rows (cy_distinct_ids and cy_id_tuples, Sources/CSQLFunctions): SQLite's
    /// DISTINCT inserts every row into a temporary B-tree, which cost two thirds of a two-hop
    /// DISTINCT over 238,000 rows. Nil for other rows (strings, lists, … compare by value).
    private func distinctIDs(_ columns: [Binding], body: String) -> String? {
        guard !columns.isEmpty, columns.count <= Int(CG_ID_TUPLE_COLUMNS), columns.allSatisfy({ $0.kind == .node || $0.kind == .relationship }) else { return nil }
        let gathered = "(SELECT \(Self.distinctIDSet(columns)) \(body))"
        let cols = columns.indices.map { "t.c\($0) AS c\($0)" }
        return "SELECT \(cols.joined(separator: ", ")) FROM cy_id_tuples(\(gathered)) t"
    }

    /// The aggregate that gathers the distinct tuples of `columns` (ids) into one BLOB.
    static func distinctIDSet(_ columns: [Binding]) -> String {
        "cy_distinct_ids(\(columns.map(\.sql).joined(separator: ", ")))"
    }

    /// Whether node `id` has one of `labels`, looked up by node first: the planner picks the
    /// primary key (label, node_id) for the same lookup, whose text comparisons made a label
    /// test cost twice as much (Q3's 32,489 candidates: 250 M instructions against 130 M).
    /// With several labels the unary `+` keeps `label` out of the index search: one seek to
    /// the node's few labels, not one per label (148 M against 107 M for 32,000 nodes).
    func hasLabel(_ id: String, _ labels: [String]) -> String {
        let test = labels.count == 1 ? "label = \(bindText(labels[0]))" : "+label IN (\(labels.map(bindText).joined(separator: ", ")))"
        return "EXISTS (SELECT 1 FROM node_labels INDEXED BY node_labels_by_node WHERE node_id = \(id) AND \(test))"
    }

    func createIndex(label: String, properties: [String]) throws {
        for p in properties {
            let name = "idx_prop_" + String(StableName.of(p))
            ranStatements = true
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(name) ON nodes(\(SQLCompiler.jsonExtract("props", p)))")
        }
        _ = label
    }

    /// The exact property expression that expression indexes are built on, so the planner
    /// matches them: `json_extract(props,'$.name')`.
    static func jsonExtract(_ props: String, _ key: String) -> String {
        "json_extract(\(props),\(jsonPath(key)))"
    }

    /// An identifier chosen in the query (a property name) as an SQL string literal.
    static func sqlText(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    static func jsonPath(_ key: String) -> String {
        let simple = !key.isEmpty && key.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) || $0 == "_" }
            && !(key.first!.isNumber)
        let path = simple ? "$.\(key)" : "$.\"" + key.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return "'" + path.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// A short stable identifier for a property name, for index names.
enum StableName {
    static func of(_ s: String) -> String {
        let h = hash(s)
        let clean = s.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return clean.prefix(24) + "_" + String(h % 0xFFFFFF, radix: 16)
    }

    /// FNV-1a over the UTF-8 bytes: the same on every run and machine (Swift's `hashValue` is not).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
