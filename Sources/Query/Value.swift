/// A node as a query returns it. Two nodes are the same when their ids are.
public struct Node: Hashable, Sendable {
    public var id: Int64
    public var labels: [String]
    public var properties: [String: Value]
    public init(id: Int64, labels: [String] = [], properties: [String: Value] = [:]) {
        self.id = id; self.labels = labels; self.properties = properties
    }
    public static func == (a: Node, b: Node) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

/// A relationship as a query returns it. Two relationships are the same when their ids are.
public struct Relationship: Hashable, Sendable {
    public var id: Int64
    public var type: String
    public var start: Int64
    public var end: Int64
    public var properties: [String: Value]
    public init(id: Int64, type: String = "", start: Int64 = 0, end: Int64 = 0, properties: [String: Value] = [:]) {
        self.id = id; self.type = type; self.start = start; self.end = end; self.properties = properties
    }
    public static func == (a: Relationship, b: Relationship) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

/// A path: nodes[i] and nodes[i+1] are joined by relationships[i].
public struct Path: Hashable, Sendable {
    public var nodes: [Node]
    public var relationships: [Relationship]
    public init(nodes: [Node], relationships: [Relationship]) { self.nodes = nodes; self.relationships = relationships }
}

/// A Cypher value. Integers and floats stay distinct.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([Value])
    case map([String: Value])
    case node(Node)
    case relationship(Relationship)
    case path(Path)

    var typeName: String {
        switch self {
        case .null: "Null"
        case .bool: "Boolean"
        case .int: "Integer"
        case .float: "Float"
        case .string: "String"
        case .list: "List"
        case .map: "Map"
        case .node: "Node"
        case .relationship: "Relationship"
        case .path: "Path"
        }
    }

    var isNull: Bool { if case .null = self { return true } else { return false } }

    var number: Double? {
        switch self {
        case .int(let i): Double(i)
        case .float(let f): f
        default: nil
        }
    }
}
