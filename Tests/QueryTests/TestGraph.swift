import Foundation
@testable import Query
import Store

/// A fresh store in a temporary file, with helpers to run Cypher against it; the file goes
/// when the graph does.
final class TestGraph {
    let engine: QueryEngine
    let directory: URL

    init(limits: QueryLimits = QueryLimits()) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cg-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        engine = QueryEngine(store: try GraphStore(path: directory.appendingPathComponent("g.sqlite").path), limits: limits)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func run(_ q: String, _ params: [String: Value] = [:]) throws -> QueryResult {
        try engine.run(q, parameters: params)
    }

    /// The rows of a query as typed values.
    func rows(_ q: String, _ params: [String: Value] = [:]) throws -> [[Value]] { try run(q, params).rows }

    /// The single column of a query's rows.
    func column(_ q: String, _ params: [String: Value] = [:]) throws -> [Value] { try rows(q, params).map { $0[0] } }

    /// The error a query raises (nil when it succeeds).
    func error(_ q: String, _ params: [String: Value] = [:]) -> QueryError? {
        do { _ = try run(q, params); return nil } catch let e as QueryError { return e } catch { return nil }
    }
}

/// Every SQL statement a query runs, collected from `QueryEngine.run`'s `traceSQL`.
final class SQLTrace: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ s: String) { lock.withLock { lines.append(s) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
}
