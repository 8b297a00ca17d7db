import Foundation
import Query
import Render
import Store

/// One REPL session: reads statements, runs Cypher or `:` commands, prints results.
struct ReplSession {
    let engine: QueryEngine
    let editor: LineEditor
    var format: ResultFormat
    var maxRows: Int
    var parameters: [String: Value] = [:]
    /// The last query and its result, for `:render`.
    private(set) var lastResult: QueryResult?
    private var lastQuery = ""
    private var failures = 0
    private let interrupter: QueryInterrupter

    init(engine: QueryEngine, editor: LineEditor, format: ResultFormat, maxRows: Int) {
        self.engine = engine
        self.editor = editor
        self.format = format
        self.maxRows = maxRows
        interrupter = QueryInterrupter(store: engine.store)
    }

    /// Runs until end of input or `:quit`; false when any statement failed (for scripts).
    mutating func loop() -> Bool {
        if editor.interactive { print("claimgraph — Cypher ended by ';', :help for commands, :quit to leave") }
        var buffer = StatementBuffer()
        while let line = editor.readLine(prompt: buffer.isEmpty ? "claimgraph> " : "      ...> ") {
            for statement in buffer.add(line) {
                editor.remember(statement.hasPrefix(":") ? statement : statement + ";")
                if !execute(statement) { return failures == 0 }
            }
        }
        if let rest = buffer.flush() { _ = execute(rest) }
        return failures == 0
    }

    /// Runs one statement; false when the session should end.
    private mutating func execute(_ statement: String) -> Bool {
        if statement.hasPrefix(":") { return command(statement) }
        let (engine, parameters) = (self.engine, self.parameters)
        lastQuery = statement
        runQuery(statement) { try engine.run(statement, parameters: parameters) }
        return true
    }

    /// Runs a query (`text` is what the user typed, for the caret under an error).
    private mutating func runQuery(_ text: String, _ body: () throws -> QueryResult) {
        do {
            let (result, _) = try interrupter.guarded(body)
            lastResult = result
            show(result)
        } catch {
            failures += 1
            if interrupter.wasCancelled {
                report("query cancelled (Ctrl-C)")
            } else if let e = error as? QueryError, format == .json || format == .jsonl {
                print(ResultFormatter.json(e))
            } else if let e = error as? QueryError {
                report(e.rendered(in: text))
            } else {
                report(String(describing: error))
            }
        }
    }

    private func show(_ result: QueryResult) {
        guard format == .table, result.rows.count > maxRows else {
            print(ResultFormatter.render(result, as: format))
            return
        }
        let shown = QueryResult(columns: result.columns, rows: Array(result.rows.prefix(maxRows)))
        let table = ResultFormatter.render(shown, as: .table).split(separator: "\n", omittingEmptySubsequences: false)
        // The table's own last line counts the rows shown; replace it with the true count.
        print(table.dropLast().joined(separator: "\n"))
        print("… \(result.rows.count - maxRows) more rows (\(result.rows.count) in all; :rows N shows more)")
    }

    private func report(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    /// `:name argument…`
    private mutating func command(_ line: String) -> Bool {
        let parts = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first ?? "", argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "quit", "exit", "q": return false
        case "help", "h", "?": print(ReplSession.help)
        case "schema": schema()
        case "format": setFormat(argument)
        case "rows":
            if let n = Int(argument), n > 0 { maxRows = n } else { print("rows shown: \(maxRows)") }
        case "param": setParameter(argument)
        case "params":
            for (k, v) in parameters.sorted(by: { $0.key < $1.key }) { print("$\(k) = \(ResultFormatter.json(v))") }
        case "said", "about", "audit":
            guard !argument.isEmpty else { report(":\(name) needs a name or claim text"); failures += 1; break }
            let question = EverydayQuestion(rawValue: name)!
            let engine = self.engine
            lastQuery = ":\(name) \(argument)"
            runQuery(question.cypher) { try question.run(argument, engine: engine) }
        case "render": render(to: argument)
        default:
            report("unknown command :\(name); :help lists the commands")
            failures += 1
        }
        return true
    }

    private mutating func setFormat(_ argument: String) {
        guard !argument.isEmpty else { print("format: \(format.rawValue)"); return }
        guard let f = ResultFormat(rawValue: argument) else {
            report("unknown format \(argument); use table, json, jsonl or csv")
            failures += 1
            return
        }
        format = f
    }

    private mutating func setParameter(_ argument: String) {
        // `:param name value` or `:param name=value`; the value is JSON when it parses as JSON.
        let assignment = argument.contains("=") ? argument
            : argument.replacingOccurrences(of: " ", with: "=", options: [], range: argument.range(of: " "))
        do {
            let (name, value) = try ParameterParser.parse(assignment: assignment)
            parameters[name] = value
        } catch {
            report(String(describing: error))
            failures += 1
        }
    }

    /// Draws the nodes, relationships and paths of the last result (at most 60 nodes).
    private mutating func render(to path: String) {
        guard !path.isEmpty else { report(":render needs a file name ending in .svg, .png, .pdf or .dot"); failures += 1; return }
        guard let result = lastResult else { report(":render draws the last query's result; run a query first"); failures += 1; return }
        do {
            let diagram = try QueryDiagram.build(store: engine.store, query: lastQuery, result: result).cut(maxNodes: 60)
            print(try DiagramFile.write(diagram, to: path))
        } catch {
            report(String(describing: error))
            failures += 1
        }
    }

    private mutating func schema() {
        do {
            let s = try engine.store.schemaSummary()
            print("Node labels:")
            for e in s.labels { print("  :\(e.name)  \(e.count)  {\(e.keys.joined(separator: ", "))}") }
            print("Relationship types:")
            for e in s.types { print("  [:\(e.name)]  \(e.count)  {\(e.keys.joined(separator: ", "))}") }
        } catch {
            report(String(describing: error))
            failures += 1
        }
    }

    static let help = """
        Cypher statements end with ';' and may span lines. Commands:
          :help                   this text
          :schema                 labels, relationship types, their counts and property keys
          :format table|json|jsonl|csv   how results are printed
          :rows N                 rows shown in a table before '… N more rows'
          :param name value       set $name (JSON value, else a string); :params lists them
          :said ACTOR             what an actor said (any name, any script: 普京, 普丁, Putin)
          :about ACTOR            who said what about an actor or event
          :audit CLAIM            every article that reported a claim (#id or words, either script)
          :render FILE            draw the last result's nodes, relationships and paths (.svg .png .pdf .dot)
          :quit                   leave (also Ctrl-D); Ctrl-C cancels a running query
        """
}
