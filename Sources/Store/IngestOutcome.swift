/// What storing one article did to the graph.
public struct IngestOutcome: Sendable, Equatable {
    public enum Status: String, Sendable { case added, replaced, unchanged }
    public var status: Status
    public var nodesAdded: Int
    public var edgesAdded: Int

    public init(status: Status, nodesAdded: Int = 0, edgesAdded: Int = 0) {
        self.status = status
        self.nodesAdded = nodesAdded
        self.edgesAdded = edgesAdded
    }
}
