/// The answer to a query: column names and rows of typed values.
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[Value]]
    public init(columns: [String], rows: [[Value]]) { self.columns = columns; self.rows = rows }
}
