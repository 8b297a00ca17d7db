import ClaimGraphCore

/// The documents read from one file, and what went wrong with the parts that were skipped.
public struct ReadResult: Sendable {
    /// One part of a file (a line of JSON Lines, an item of a feed) that could not be read.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// Where in the file: `line 7`, `item 3`.
        public var location: String
        public var error: ReadError
        public var description: String { "\(location): \(error)" }
    }

    public var documents: [Document]
    public var problems: [Problem] = []
}
