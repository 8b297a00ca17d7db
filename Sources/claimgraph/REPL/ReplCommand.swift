import ArgumentParser
import Foundation
import Query

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Ask the graph questions interactively (Cypher ended by ';', or :help).",
        discussion: "Reads piped standard input too, so a session can be scripted: echo 'MATCH (n) RETURN count(n);' | claimgraph repl")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, json, jsonl or csv.")
    var format: ResultFormat = .table

    @Option(help: "Rows shown in a table before '… N more rows'.")
    var maxRows = 50

    @Option(help: "Stop a query after this many seconds.")
    var timeout: Double = QueryLimits.defaultTimeout

    func run() throws {
        let engine = QueryEngine(store: try database.open(), limits: QueryLimits(timeout: timeout))
        let history = ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.claimgraph_history" }
        var session = ReplSession(engine: engine, editor: LineEditor(historyPath: history), format: format, maxRows: maxRows)
        let ok = session.loop()
        if !ok { throw ExitCode(1) }
    }
}
