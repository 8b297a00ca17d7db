import ArgumentParser
import ClaimGraphCore
import Foundation
import Ingest

/// Shows what the readers make of a file, without touching a database: the way to check
/// why an article's text looks wrong before blaming extraction.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print the documents read from files (metadata and numbered paragraphs).")

    @Argument(help: "Article files or directories.")
    var paths: [String]

    func run() throws {
        var failed = false
        for file in SourceFiles.expand(paths).files {
            do {
                let result = try ArticleReader.readAll(contentsOf: file)
                result.documents.forEach(show)
                for problem in result.problems { Terminal.error("\(file): \(problem)") }
            } catch {
                Terminal.error("\(file): \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    private func show(_ d: Document) {
        print("source:    \(d.source)")
        print("format:    \(d.format)")
        print("title:     \(d.title)")
        print("url:       \(d.url ?? "-")")
        print("outlet:    \(d.outlet ?? "-")")
        print("authors:   \(d.authors.joined(separator: "; "))")
        print("published: \(d.published.map(ISO8601.dateTime) ?? "-")")
        print("language:  \(d.language)")
        for (key, value) in d.metadata.sorted(by: { $0.key < $1.key }) { print("meta:      \(key) = \(value)") }
        for (i, p) in d.paragraphs.enumerated() { print("[\(i + 1)] \(p.text)") }
        print("")
    }
}
