import GRDB

/// `cy_shortest(a, b, types, direction, maxHops)`: one shortest path from node `a` to node
/// `b` as `nodes|relationships` (comma-separated ids), or NULL when there is none within
/// `maxHops`. `types` is a JSON list (empty: any type), `direction` 0 right, 1 left, 2 both.
/// It reads the graph through the connection it is registered on, inside the statement
/// that calls it (SQLite allows reading from a function), which keeps a shortestPath query
/// one reusable SELECT.
enum ShortestPathFunction {
    static func make(_ db: Database) -> DatabaseFunction {
        let connection = Connection(db: db)
        return DatabaseFunction("cy_shortest", argumentCount: 5, pure: false) { args in
            guard let s = Int64.fromDatabaseValue(args[0]), let t = Int64.fromDatabaseValue(args[1]),
                  let typesJSON = String.fromDatabaseValue(args[2]), case .list(let typeValues) = try JSONValueReader.read(typesJSON),
                  let code = Int.fromDatabaseValue(args[3]), let maxHops = Int.fromDatabaseValue(args[4]) else { return nil }
            let types = typeValues.compactMap { v -> String? in if case .string(let t) = v { t } else { nil } }
            let direction: RelationshipPattern.Direction = code == 0 ? .right : (code == 1 ? .left : .both)
            let search = BidirectionalSearch(db: connection.db, types: types, direction: direction, maxHops: maxHops)
            guard let (nodes, edges) = try search.path(from: s, to: t) else { return nil }
            return nodes.map(String.init).joined(separator: ",") + "|" + edges.map(String.init).joined(separator: ",")
        }
    }

    /// The connection the function is registered on. The function only runs inside that
    /// connection's own statements, on its thread, and dies with it.
    private final class Connection: @unchecked Sendable {
        unowned(unsafe) let db: Database
        init(db: Database) { self.db = db }
    }
}
