import ArgumentParser
import ClaimGraphCore
import Extraction
import Foundation
import Ingest
import Store

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles (files or directories, recursively) into the graph.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "An extra catalog file (YAML, the format of the bundled catalog.yaml); repeatable.")
    var catalog: [String] = []

    @Argument(help: "Article files or directories.")
    var paths: [String]

    func run() throws {
        let store = try database.open()
        let extractor: Extractor
        do {
            extractor = Extractor(catalog: try Catalog.load(extraFiles: catalog))
        } catch {
            throw CLIError(String(describing: error))
        }
        var run = IngestRun(store: store, extractor: extractor)
        let (files, missing) = SourceFiles.expand(paths)
        for path in missing {
            Terminal.error("\(path): no such file or directory")
            run.summary.failed += 1
        }
        for (i, file) in files.enumerated() {
            Terminal.progress("[\(i + 1)/\(files.count)] \((file as NSString).lastPathComponent)")
            run.ingest(file: file)
        }
        Terminal.endProgress()
        print(run.summary.line)
        if run.summary.failed > 0 { throw ExitCode(1) }
    }
}

/// Counts for the closing summary line of an ingest.
struct IngestSummary {
    var files = 0
    var read = 0
    var added = 0
    var replaced = 0
    var unchanged = 0
    var failed = 0
    var nodes = 0
    var edges = 0

    var line: String {
        "ingested \(files) files: \(read) articles read (\(added) new, \(replaced) replaced, \(unchanged) unchanged), "
            + "\(failed) failed; \(nodes) nodes and \(edges) relationships added"
    }
}

/// Reads, extracts and stores files one by one; a bad file is reported and skipped.
struct IngestRun {
    let store: GraphStore
    let extractor: Extractor
    var summary = IngestSummary()

    mutating func ingest(file: String) {
        summary.files += 1
        let documents: [Document]
        do {
            let result = try ArticleReader.readAll(contentsOf: file)
            documents = result.documents
            for problem in result.problems {
                Terminal.endProgress()
                Terminal.error("\(file): \(problem)")
                summary.failed += 1
            }
        } catch {
            Terminal.endProgress()
            Terminal.error("\(file): \(error)")
            summary.failed += 1
            return
        }
        for document in documents {
            do {
                let outcome = try store.store(document, fragment: extractor.extract(document))
                summary.read += 1
                summary.nodes += outcome.nodesAdded
                summary.edges += outcome.edgesAdded
                switch outcome.status {
                case .added: summary.added += 1
                case .replaced: summary.replaced += 1
                case .unchanged: summary.unchanged += 1
                }
            } catch {
                Terminal.endProgress()
                Terminal.error("\(document.source): \(error)")
                summary.failed += 1
            }
        }
    }
}
