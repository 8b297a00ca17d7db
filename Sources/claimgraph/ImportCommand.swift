import ArgumentParser
import Foundation
import Store

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bulk-load node and relationship CSV files (Neo4j import headers) in one transaction.",
        discussion: """
            A DIRECTORY holds nodes/<Label>.csv and edges/<TYPE>.<From>-<To>.csv (the bench kit's \
            layout). Single files: --nodes [Label[:Label2]=]FILE, --relationships [TYPE=]FILE. \
            Headers follow neo4j-admin import: id:ID, :LABEL, :START_ID, :END_ID, :TYPE, name:int, \
            date:date, tags:string[] ... A bad row stops the import and nothing is kept.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Directories in the nodes/ + edges/ layout.")
    var directories: [String] = []

    @Option(name: .long, help: "A node file, optionally prefixed with its labels: Person=people.csv.")
    var nodes: [String] = []

    @Option(name: .long, help: "A relationship file, optionally prefixed with its type: SAID=said.csv.")
    var relationships: [String] = []

    @Option(name: .long, help: "The field delimiter (one ASCII character).")
    var delimiter: String = ","

    func validate() throws {
        if directories.isEmpty && nodes.isEmpty && relationships.isEmpty {
            throw ValidationError("give a directory, or --nodes / --relationships files")
        }
        guard delimiter.utf8.count == 1, delimiter.unicodeScalars.first!.isASCII else {
            throw ValidationError("--delimiter must be one ASCII character")
        }
    }

    func run() throws {
        var plan = ImportPlan()
        do {
            for directory in directories { try plan.addDirectory(directory) }
        } catch { throw CLIError(String(describing: error)) }
        plan.nodes += nodes.map(ImportPlan.nodeFile)
        plan.relationships += relationships.map(ImportPlan.relationshipFile)
        let store = try database.open()
        let started = Date()
        let summary: ImportSummary
        do {
            summary = try store.importCSV(plan, delimiter: delimiter.utf8.first!)
        } catch {
            throw CLIError("import failed, nothing imported: \(error)")
        }
        let seconds = Date().timeIntervalSince(started)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? nil
        print("imported \(summary.nodes) nodes and \(summary.relationships) relationships from \(summary.files) files in "
              + String(format: "%.1f s", seconds) + (bytes.map { String(format: "; database %.0f MB", Double($0) / 1e6) } ?? ""))
    }
}
