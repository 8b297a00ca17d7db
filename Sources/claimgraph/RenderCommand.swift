import ArgumentParser
import Foundation
import Query
import Render
import Store

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw part of the graph with Graphviz: an actor's relationships, a claim's provenance, an event.",
        discussion: """
            The format follows the extension of -o: .dot (DOT text), .svg, .png or .pdf.
            Names and claim words match in either Chinese script; #42 names a node by id.
            Examples:
              claimgraph render --actor 普京 -o putin.svg
              claimgraph render --claim 中國還沒有做好甩掉俄羅斯的準備 -o claim.png
              claimgraph render --event 上海合作组织峰会 -o sco.pdf
              claimgraph render --query 'MATCH p=(:Person)-[:SAID]->(:Claim)-[:ABOUT]->(:Person {name: "Vladimir Putin"}) RETURN p' -o about-putin.svg
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "A person or organization: whom they made claims about, who made claims about them, affiliations, events.")
    var actor: String?
    @Option(help: "A claim (id or words): who said it, every article that reported it and how, the outlets.")
    var claim: String?
    @Option(help: "An event: who attended, who said what there, who reported it.")
    var event: String?
    @Option(help: "A Cypher query: draw the nodes, relationships and paths it returns.")
    var query: String?

    @Option(name: .shortAndLong, help: "The file to write (.dot, .svg, .png, .pdf).")
    var output: String
    @Option(help: "The Graphviz layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: String = "dot"
    @Option(help: "Draw at most this many nodes (0: no limit); a note in the picture says when some were left out.")
    var maxNodes: Int = 60
    @Option(help: "For --actor: how many steps of relationships to follow.")
    var depth: Int = 1

    func validate() throws {
        let chosen = [actor, claim, event, query].compactMap { $0 }
        guard chosen.count == 1 else { throw ValidationError("choose exactly one of --actor, --claim, --event, --query") }
        guard LayoutEngine(rawValue: layout) != nil else {
            throw ValidationError("unknown --layout \(layout); use one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard maxNodes >= 0, depth >= 1 else { throw ValidationError("--max-nodes must be 0 or more and --depth 1 or more") }
    }

    func run() throws {
        let store = try database.open()
        do {
            let message = try DiagramFile.write(try build(store).cut(maxNodes: maxNodes), to: output,
                                                layout: LayoutEngine(rawValue: layout) ?? .dot)
            Terminal.note(message)
        } catch let error as LookupError {
            throw CLIError(error.description)
        }
    }

    private func build(_ store: GraphStore) throws -> Diagram {
        if let actor { return try ActorDiagram.build(store: store, actor: actor, depth: depth, shown: maxNodes) }
        if let claim { return try ClaimDiagram.build(store: store, claim: claim) }
        if let event { return try EventDiagram.build(store: store, event: event) }
        let text = query ?? ""
        do {
            guard try !CypherSyntax.writes(text) else {
                throw CLIError("render --query draws what a query returns; run CREATE, MERGE, SET, REMOVE or DELETE with `claimgraph query`")
            }
            return try QueryDiagram.build(store: store, query: text, result: QueryEngine(store: store).run(text))
        } catch let error as QueryError {
            throw CLIError(error.rendered(in: text))
        }
    }
}

/// Draws a diagram into a file whose extension names the format; shared by `render` and
/// the REPL's `:render`.
enum DiagramFile {
    /// Returns the line to show the user ("wrote putin.svg: 16 nodes, 16 arrows").
    static func write(_ diagram: Diagram, to path: String, layout: LayoutEngine = .dot) throws -> String {
        do {
            let data = try GraphvizRenderer.shared.draw(diagram, format: OutputFormat(path: path), layout: layout)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch let error as RenderError {
            throw CLIError(error.description)
        } catch let error as CocoaError {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
        return "wrote \(path): \(diagram.nodes.count) nodes, \(diagram.edges.count) arrows" + (diagram.note.map { " (\($0))" } ?? "")
    }
}
