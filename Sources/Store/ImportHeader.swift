/// The header row of a Neo4j-style import CSV, parsed: what each column means.
///
/// Follows `neo4j-admin database import`: `name:TYPE` columns, where the type is
/// `ID`, `START_ID`, `END_ID` (each with an optional id space, `ID(Person)`), `LABEL`,
/// `TYPE`, `IGNORE`, or a value type (`int`, `long`, `float`, `double`, `boolean`,
/// `string`, `date`, …, with `[]` for an array). A column with no type is a string.
public struct ImportHeader: Sendable {
    public enum Role: Sendable, Equatable {
        /// The node's id within an id space; `property` is the property that keeps it, if named.
        case id(space: String, property: String?)
        case startID(space: String)
        case endID(space: String)
        case label
        case type
        case ignore
        case property(name: String, type: ImportValueType, isArray: Bool)
    }

    public let columns: [Role]

    public init(fields: [String], path: String) throws(ImportError) {
        var roles: [Role] = []
        for (i, raw) in fields.enumerated() {
            roles.append(try Self.role(of: raw, column: i + 1, path: path))
        }
        columns = roles
    }

    private static func role(of raw: String, column: Int, path: String) throws(ImportError) -> Role {
        let name: Substring
        let type: Substring
        if let colon = raw.lastIndex(of: ":") {
            name = raw[..<colon]
            type = raw[raw.index(after: colon)...]
        } else {
            name = Substring(raw)
            type = "string"
        }
        let (keyword, space) = splitSpace(type)
        switch keyword.uppercased() {
        case "ID": return .id(space: space, property: name.isEmpty ? nil : String(name))
        case "START_ID": return .startID(space: space)
        case "END_ID": return .endID(space: space)
        case "LABEL": return .label
        case "TYPE": return .type
        case "IGNORE": return .ignore
        default: break
        }
        guard !name.isEmpty else { throw .badHeader(path: path, column: column, text: raw, reason: "a property column needs a name") }
        let isArray = keyword.hasSuffix("[]")
        let base = isArray ? String(keyword.dropLast(2)) : String(keyword)
        guard let valueType = ImportValueType(neo4jName: base) else {
            throw .badHeader(path: path, column: column, text: raw, reason: "unknown type \(base)")
        }
        return .property(name: String(name), type: valueType, isArray: isArray)
    }

    /// `ID(Person)` → ("ID", "Person"); `ID` → ("ID", "").
    private static func splitSpace(_ type: Substring) -> (Substring, String) {
        guard let open = type.firstIndex(of: "("), type.hasSuffix(")") else { return (type, "") }
        return (type[..<open], String(type[type.index(after: open)..<type.index(before: type.endIndex)]))
    }

    public var idColumn: Int? { columns.firstIndex { if case .id = $0 { true } else { false } } }
    public var startColumn: Int? { columns.firstIndex { if case .startID = $0 { true } else { false } } }
    public var endColumn: Int? { columns.firstIndex { if case .endID = $0 { true } else { false } } }
    public var labelColumn: Int? { columns.firstIndex(of: .label) }
    public var typeColumn: Int? { columns.firstIndex(of: .type) }
}
