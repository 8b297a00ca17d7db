/// Why a bulk import stopped. Every message names the file (and the line, for a bad row);
/// the import is one transaction, so after any of these nothing was imported.
public enum ImportError: Error, CustomStringConvertible, Sendable {
    case csv(CSVError)
    case badHeader(path: String, column: Int, text: String, reason: String)
    case missingColumn(path: String, what: String)
    case badRow(path: String, line: Int, reason: String)
    case noFiles(path: String)
    case database(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .csv(let e):
            return e.description
        case .badHeader(let path, let column, let text, let reason):
            return "\(path):1: header column \(column) '\(text)': \(reason)"
        case .missingColumn(let path, let what):
            return "\(path):1: the header has no \(what) column"
        case .badRow(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .noFiles(let path):
            return "\(path): no nodes/*.csv or edges/*.csv files to import"
        case .database(let path, let line, let reason):
            return "\(path):\(line): the database refused the row: \(reason)"
        }
    }
}
