import Foundation
import Ingest
import Testing

/// Broken files must each be refused with a `ReadError` that says why, never crash the reader.
@Suite struct MalformedInputTests {
    static var fixtureDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/malformed").path
    }

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtureDirectory)) ?? []).sorted()
    }

    @Test func thereAreAtLeastTenKindsOfBrokenFile() {
        #expect(Self.fixtures.count >= 10)
    }

    @Test(arguments: fixtures)
    func brokenFixtureIsRefused(_ name: String) {
        let path = (Self.fixtureDirectory as NSString).appendingPathComponent(name)
        #expect(throws: ReadError.self) { try ArticleReader.read(contentsOf: path) }
    }

    @Test func reasonsAreSpecific() throws {
        func error(_ name: String) -> ReadError? {
            do {
                _ = try ArticleReader.read(contentsOf: (Self.fixtureDirectory as NSString).appendingPathComponent(name))
                return nil
            } catch let e as ReadError {
                return e
            } catch {
                return nil
            }
        }
        #expect(error("empty.html") == .empty)
        #expect(error("whitespace-only.txt") == .empty)
        #expect(error("invalid-utf8.html") == .invalidText(encoding: "UTF-8"))
        #expect(error("unknown-encoding.xml") == .unknownEncoding("x-klingon-8"))
        #expect(error("invalid-gb2312.xml") == .invalidText(encoding: "GB18030"))
    }

    @Test func binaryFilesAreRefused() throws {
        let dir = try TemporaryDirectory()
        let nul = try dir.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0x41, count: 100))
        let controls = try dir.write("controls.txt", bytes: (0..<400).map { UInt8(1 + $0 % 8) } + Array("<p>text</p>".utf8))
        #expect(throws: ReadError.binary) { try ArticleReader.read(contentsOf: nul) }
        #expect(throws: ReadError.binary) { try ArticleReader.read(contentsOf: controls) }
    }

    @Test func hugeFileIsRefusedWithoutReadingIt() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("huge.html", "<html><body><p>x</p>")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ArticleReader.maxFileBytes + 1))
        try handle.close()
        #expect(throws: ReadError.tooLarge(bytes: ArticleReader.maxFileBytes + 1, limit: ArticleReader.maxFileBytes)) {
            try ArticleReader.read(contentsOf: path)
        }
    }

    @Test func missingFileAndDirectoryAreUnreadable() throws {
        let dir = try TemporaryDirectory()
        #expect(throws: ReadError.self) { try ArticleReader.read(contentsOf: dir.path + "/missing.html") }
        #expect(throws: ReadError.self) { try ArticleReader.read(contentsOf: dir.path) }
    }

    @Test func everyErrorHasAOneLineMessage() {
        let errors: [ReadError] = [
            .unreadable(reason: "x"), .empty, .tooLarge(bytes: 2, limit: 1), .binary, .invalidText(encoding: "UTF-8"),
            .unknownEncoding("x"), .truncated("x"), .noArticle("x"), .malformed("x"),
        ]
        for e in errors { #expect(!e.description.isEmpty && !e.description.contains("\n")) }
    }
}
