import Store

/// A SELECT being assembled for one MATCH: its FROM items, WHERE conditions and the
/// variables (user-visible and internal `#…` ones) as SQL over those items.
struct SelectBuilder {
    var from: [String]
    var conditions: [String]
    var live: [String: Binding]
    var order: [String]
    /// Internal names of the single relationships matched so far (relationship uniqueness).
    var edges: [String] = []
    /// Internal names of the variable-length segments matched so far.
    var segments: [String] = []
    /// Relationship variables first bound by this MATCH.
    var boundHere: Set<String> = []
    /// The types each matched relationship is restricted to (empty: any).
    var edgeTypes: [String: [String]] = [:]
    /// CTEs of a pattern predicate's own subquery (correlated to the outer row).
    var inlineCTEs: [String] = []
    /// Whether a variable-length relationship may split the SELECT into CTEs (not inside EXISTS).
    var canSplit: Bool
    /// Whether relationships are joined in the order the walk meets them: a split
    /// aggregation's share filter divides the work only when the first node's scan drives.
    var keepsWalkOrder = false
    /// The alias of the first single relationship matched (a row split divides rows by its id).
    var firstEdge: String? = nil
    /// The types and possible sides (as `src`/`dst`) of the node the last single relationship
    /// reached; nil after a variable-length one.
    var lastEnd: (types: [String], sides: [EdgeEndLabels.Side])? = nil

    /// Positions in `from` of the tables SQLite must join after every table before them.
    private var joinedAfterAll: Set<Int> = []

    init(from: [String], conditions: [String], live: [String: Binding], order: [String], canSplit: Bool) {
        self.from = from
        self.conditions = conditions
        self.live = live
        self.order = order
        self.canSplit = canSplit
    }

    var body: String {
        "FROM " + (from.isEmpty ? "(SELECT 1)" : joinedFrom)
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
    }

    /// Adds `table`, to be joined after everything added before it (SQLite keeps the left
    /// side of a CROSS JOIN in the outer loops).
    mutating func appendAfterAll(_ table: String) {
        joinedAfterAll.insert(from.count)
        from.append(table)
    }

    /// Starts the FROM list again from one table (a CTE of the rows so far), with no conditions.
    mutating func restart(from table: String) {
        from = [table]
        joinedAfterAll = []
        conditions = []
    }

    private var joinedFrom: String {
        from.enumerated().map { i, table in
            i == 0 ? table : (joinedAfterAll.contains(i) ? " CROSS JOIN " : ", ") + table
        }.joined()
    }
}
