import ClaimGraphCore
import Foundation
import Ingest
import Store

/// Runs `body` on a store in a new file under the temporary directory (its name starting with
/// `name`), and removes the file, its write-ahead log and its shared memory afterwards.
/// `body` also gets the path, for tests that look at the files themselves.
func withTemporaryStore<T>(_ name: String, _ body: (GraphStore, String) throws -> T) throws -> T {
    let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString).sqlite"
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    return try body(try GraphStore(path: path), path)
}

/// The example articles of `Examples/articles`, read: real documents for a store to hold.
func exampleDocuments() throws -> [Document] {
    try IngestIdempotenceTests.examples.flatMap { try ArticleReader.read(contentsOf: $0) }
}
