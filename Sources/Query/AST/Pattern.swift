/// `(n:Label {k: v})`
struct NodePattern: Sendable {
    var variable: String?
    var labels: [String]
    var properties: Expression?
    var position: SourcePosition
}

/// `-[r:A|B*1..3 {k: v}]->`
struct RelationshipPattern: Sendable {
    enum Direction: Sendable { case right, left, both }
    var variable: String?
    var types: [String]
    var properties: Expression?
    var direction: Direction
    /// nil for a single hop; (min, max) for a variable-length relationship (max nil = unbounded).
    var length: (min: Int, max: Int?)?
    var position: SourcePosition
}

/// One comma-separated part of a pattern, possibly named (`p = ...`) or a shortestPath call.
struct PatternPart: Sendable {
    enum Shortest: Sendable { case none, single, all }
    var pathVariable: String?
    var nodes: [NodePattern]
    var relationships: [RelationshipPattern]   // relationships[i] joins nodes[i] and nodes[i+1]
    var shortest: Shortest
    var position: SourcePosition
}
