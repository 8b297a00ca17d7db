import GRDB

/// One pair of partial indexes per relationship type, `(src, type, dst)` and `(dst, type,
/// src)` over that type's rows only, which the query compiler names with `INDEXED BY`
/// when a pattern follows a relationship of one type from a bound end.
///
/// Why: the generic `edges_out` / `edges_in` keys start with the node and carry the type
/// text, and every type shares one B-tree of all relationships. Following SAID then ABOUT
/// from 75 speakers (238,007 rows, bench M) took 171 ms through them and 99 ms through
/// per-type indexes, the layout of the hand-written SQL reference (measured in the `sqlite3`
/// shell, 2026-12-01). SQLite's planner does not pick them by itself: its per-index
/// averages make `(dst, type)` over all relationships look more selective than `dst` within
/// one type, so the compiler forces them; and a partial index serves only SQL that names
/// its type as a literal, which is why only types spelled as plain identifiers get one.
/// The type is a key column, not only the index's condition, so that the lookup uses the
/// type term as a key: left over as a filter, it makes SQLite 3.40 put a Bloom filter on
/// the lookup that reads the table instead of the index (Q5's join took twice as long).
public enum EdgeTypeIndexes {
    /// Types indexed at most: each pair costs a sort of its rows at import and two B-trees.
    public static let maximumTypes = 64
    /// Longest type name indexed (it becomes part of two index names).
    static let maximumNameLength = 64

    public enum Direction: String, Sendable {
        /// Keyed by `src`: follows a relationship forwards from its start node.
        case out
        /// Keyed by `dst`: follows a relationship backwards from its end node.
        case `in`
    }

    static let namePrefix = "edges_type_"

    /// The index of `type` keyed by the end `direction` starts from.
    public static func name(_ type: String, _ direction: Direction) -> String {
        "\(namePrefix)\(direction.rawValue)_\(type)"
    }

    /// Whether `type` may appear in index names and SQL literals: ASCII letters, digits and
    /// `_`, not starting with a digit, so it can neither end a literal nor an identifier.
    public static func isIndexable(_ type: String) -> Bool {
        guard let first = type.utf8.first, type.utf8.count <= maximumNameLength,
              !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return type.utf8.allSatisfy { b in
            b == UInt8(ascii: "_") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b)
        }
    }

    /// The types that have both indexes now.
    public static func all(_ db: Database) throws -> Set<String> {
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name GLOB ?",
                                        arguments: [namePrefix + "*"])
        var byDirection: [Direction: Set<String>] = [:]
        for name in names {
            for d in [Direction.out, .in] where name.hasPrefix(namePrefix + d.rawValue + "_") {
                let type = String(name.dropFirst(namePrefix.count + d.rawValue.count + 1))
                if isIndexable(type) { byDirection[d, default: []].insert(type) }
            }
        }
        return (byDirection[.out] ?? []).intersection(byDirection[.in] ?? [])
    }

    /// Creates the missing indexes of the stored types, the first `maximumTypes` of them by
    /// name; relationships of other types are still found through the generic indexes.
    static func create(_ db: Database) throws {
        for type in try storedTypes(db).filter(isIndexable).prefix(maximumTypes) { try createPair(type, db) }
    }

    /// Creates the missing indexes of `types`, stored or not, while fewer than `maximumTypes`
    /// types have theirs.
    static func create(_ db: Database, types: [String]) throws {
        let indexed = try all(db)
        let missing = types.filter { isIndexable($0) && !indexed.contains($0) }
        for type in missing.prefix(max(0, maximumTypes - indexed.count)) { try createPair(type, db) }
    }

    private static func createPair(_ type: String, _ db: Database) throws {
        for (d, key) in [(Direction.out, "src, type, dst"), (.in, "dst, type, src")] {
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(name(type, d)) ON edges(\(key)) WHERE type = '\(type)'")
        }
    }

    /// The distinct relationship types, sorted: one `edges_by_type` seek per type rather
    /// than a scan of every relationship.
    static func storedTypes(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            WITH RECURSIVE t(type) AS (
                SELECT min(type) FROM edges
                UNION ALL
                SELECT (SELECT min(type) FROM edges WHERE type > t.type) FROM t WHERE t.type IS NOT NULL)
            SELECT type FROM t WHERE type IS NOT NULL
            """)
    }
}
