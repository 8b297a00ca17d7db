import ArgumentParser
import Foundation
import Store

/// The `--db` option every command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The graph database file (default: $CLAIMGRAPH_DB, else ./claimgraph.sqlite).")
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["CLAIMGRAPH_DB"] ?? "claimgraph.sqlite"
    }

    func open() throws -> GraphStore {
        do {
            return try GraphStore(path: path)
        } catch {
            throw CLIError(String(describing: error))
        }
    }
}

/// A failure reported to the user as one line, with a non-zero exit status.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
