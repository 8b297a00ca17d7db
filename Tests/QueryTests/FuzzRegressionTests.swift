import Foundation
import Query
import Testing

/// Queries kept from fuzzing (Tests/Fuzz/regressions/query-*): each must check or fail
/// with a QueryError carrying a position, never anything else.
@Suite struct QueryFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")

    @Test func keptQueriesCheckOrFailCleanly() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasPrefix("query-") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            do {
                try CypherSyntax.check(text)
            } catch let error as QueryError {
                #expect(!error.message.isEmpty, "\(name)")
            }
        }
    }
}
