import ArgumentParser
import Foundation
import Query
import Store

/// Imports a bench data set into a ClaimGraph store (timed like the references' loads) and
/// times the six questions with the kit's rule, writing the timings and the answers as JSON.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimgraph-bench",
        abstract: "Time ClaimGraph on the bench kit's six questions (see Benchmarks/README.md).")

    enum Engine: String, ExpressibleByArgument, CaseIterable { case cypher, sql }

    @Option(help: "A data folder made by gen_graph.py.")
    var data: String

    @Option(help: "The store to build and query.")
    var db: String

    @Flag(help: "Rebuild the store from the CSVs (timed) even if it exists.")
    var reload = false

    @Option(help: "cypher: Benchmarks/questions/*.cypher through the Query engine; sql: hand-written SQL over the generic schema.")
    var engine: Engine = .cypher

    @Option(help: "The folder of q1.cypher … q6.cypher.")
    var questions = "Benchmarks/questions"

    @Option(name: .customLong("repeat"), help: "Timed runs per question after one warm-up; the median is reported.")
    var repetitions = 5

    @Option(name: .customLong("only"), parsing: .upToNextOption,
            help: "Time only these questions (q1 … q6), e.g. to profile one of them.")
    var selected: [Question] = Question.allCases

    @Option(help: "Stop a Cypher question after this many seconds (raise it to profile under valgrind).")
    var timeout = QueryLimits.defaultTimeout

    @Option(help: "Connections a Cypher question may run on at once (1: never split).")
    var workers = QueryLimits.defaultWorkers

    @Option(help: "Write the answers here, in check_answers.py's shapes.")
    var answers: String

    @Option(help: "Write the load and question timings here.")
    var json: String

    func run() throws {
        let manifest = try Manifest(dataDirectory: data)
        var load: JSONValue = .null
        if reload || !FileManager.default.fileExists(atPath: db) {
            load = .double(try importData())
        }
        let store = try GraphStore(path: db)
        let engine: any QuestionEngine = switch self.engine {
        case .sql: GenericSQLEngine(store: store)
        case .cypher: try CypherEngine(store: store, directory: questions, limits: QueryLimits(timeout: timeout, workers: workers))
        }
        var timings: [(String, JSONValue)] = []
        var answered: [(String, JSONValue)] = []
        var failed = false
        for q in Question.allCases where selected.contains(q) {
            let parameters = try q.parameters(manifest)
            let line: String
            do {
                let (timing, answer) = try Timing.measure(repeat: repetitions) { try engine.answer(q, parameters) }
                line = String(format: "%.2f ms", timing.medianMS)
                timings.append((q.rawValue, timing.json))
                answered.append((q.rawValue, answer))
            } catch {
                // One question the engine cannot answer yet must not hide the others' figures.
                line = "failed: \(error)"
                timings.append((q.rawValue, .object([("median_ms", .null), ("error", .string("\(error)"))])))
                failed = true
            }
            FileHandle.standardError.write(Data("claimgraph \(self.engine.rawValue): \(q.rawValue) \(line)\n".utf8))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int).flatMap { $0 } ?? 0
        let report = JSONValue.object([
            ("engine", .string("claimgraph-\(self.engine.rawValue)")), ("load_s", load), ("db_bytes", .int(Int64(size))),
            ("rule", .string("one warm-up run, then the median of \(repetitions) runs, in-process")),
            ("questions", .object(timings)),
        ])
        try (report.text + "\n").write(toFile: json, atomically: true, encoding: .utf8)
        try (JSONValue.object(answered).text + "\n").write(toFile: answers, atomically: true, encoding: .utf8)
        if failed { throw ExitCode(1) }
    }

    /// From nothing to a queryable store: schema, rows, indexes, statistics.
    private func importData() throws -> Double {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        var plan = ImportPlan()
        try plan.addDirectory(data)
        let (ms, summary) = try Timing.time {
            try GraphStore(path: db).importCSV(plan)
        }
        FileHandle.standardError.write(Data("claimgraph: imported \(summary.nodes) nodes, \(summary.relationships) relationships in \(String(format: "%.2f", ms / 1000)) s\n".utf8))
        return (ms / 10).rounded() / 100
    }
}
