/// What can go wrong in the store, worded for the person who has to act on it.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case missingNode(key: String)
    /// A relationship holds the highest id SQLite allows, past which it numbers new ones at
    /// random, which ingest cannot foresee (see `FragmentWriter.nextEdgeID`).
    case edgeIDsExhausted

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open database \(path): \(reason)"
        case .newerSchema(let path, let found, let supported):
            return "database \(path) has schema version \(found), newer than this claimgraph supports (\(supported)); upgrade claimgraph"
        case .missingNode(let key):
            return "relationship refers to node \(key), which the fragment does not define"
        case .edgeIDsExhausted:
            return "a relationship has the highest id SQLite allows; no more can be added by ingest"
        }
    }
}
