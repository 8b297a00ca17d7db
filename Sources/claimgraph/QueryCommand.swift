import ArgumentParser
import Foundation
import Query

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query", abstract: "Run an openCypher query (see Queries/README.md for the supported subset).")

    @Argument(help: "The Cypher query.")
    var text: String

    @Option(name: .customLong("param"), help: "A parameter as name=value (JSON, else a string); repeatable.")
    var param: [String] = []

    @Option(help: "Parameters as one JSON object.")
    var params: String?

    @Option(help: "Output format: table, json, jsonl or csv.")
    var format: String = "table"

    @Option(help: "Stop the query after this many seconds.")
    var timeout: Double = QueryLimits.defaultTimeout

    @Option(help: "Longest variable-length expansion, in relationships.")
    var maxHops: Int = QueryLimits.defaultMaxHops

    @Flag(help: "Print the SQL statements the query runs to standard error.")
    var showSQL = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        guard let fmt = ResultFormat(rawValue: format) else {
            throw ValidationError("--format must be one of table, json, jsonl, csv")
        }
        do {
            var values = try params.map(ParameterParser.parse(json:)) ?? [:]
            for p in param {
                let (k, v) = try ParameterParser.parse(assignment: p)
                values[k] = v
            }
            let engine = QueryEngine(store: try database.open(), limits: QueryLimits(maxHops: maxHops, timeout: timeout))
            let trace: @Sendable (String) -> Void = { sql in FileHandle.standardError.write(Data((sql + ";\n").utf8)) }
            let result = try engine.run(text, parameters: values, traceSQL: showSQL ? trace : nil)
            // an updating query without RETURN prints nothing in table, CSV and JSON lines
            if result.columns.isEmpty && fmt != .json { return }
            print(ResultFormatter.render(result, as: fmt))
        } catch let e as QueryError {
            if fmt == .json || fmt == .jsonl { print(ResultFormatter.json(e)) } else { Terminal.error(e.rendered(in: text)) }
            throw ExitCode(1)
        }
    }
}
