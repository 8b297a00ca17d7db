import Foundation
import Ingest
import Testing

/// Inputs kept from fuzzing (Tests/Fuzz/regressions/readers-*): each must read or fail
/// with a ReadError, as any file must.
@Suite struct ReaderFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")

    @Test func keptInputsReadOrFailCleanly() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasPrefix("readers-") }
        #expect(!names.isEmpty)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            do {
                let result = try ArticleReader.readAll(bytes: bytes, source: name)
                #expect(!result.documents.isEmpty || !result.problems.isEmpty, "\(name) gave nothing and no error")
            } catch is ReadError {
                // A clear error is a correct answer to a broken file.
            }
        }
    }
}
