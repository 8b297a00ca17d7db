import ClaimGraphCore

/// Turns a document into the claims, actors and events it contains.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ document: Document) -> GraphFragment {
        GraphFragment()
    }
}
