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

    @Flag(help: "Print only counts, not the documents (to check that a folder reads).")
    var summary = false

    func run() throws {
        var files = 0, documents = 0, failed = 0
        for file in SourceFiles.expand(paths).files {
            files += 1
            do {
                let result = try ArticleReader.readAll(contentsOf: file)
                documents += result.documents.count
                if !summary { result.documents.forEach(show) }
                for problem in result.problems { Terminal.error("\(file): \(problem)") }
                failed += result.problems.count
            } catch {
                Terminal.error("\(file): \(error)")
                failed += 1
            }
        }
        if summary { print("read \(files) files: \(documents) documents, \(failed) failed") }
        if failed > 0 { throw ExitCode(1) }
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
        // (a block quotation is marked as Markdown marks one)
        for (i, p) in d.paragraphs.enumerated() { print("[\(i + 1)] \(p.isBlockQuote ? "> " : "")\(p.text)") }
        print("")
    }
}
