import ArgumentParser
import Query
import Store

/// Options and running shared by `said`, `about` and `audit`.
struct EverydayOptions: ParsableArguments {
    @Option(help: "Output format: table, json, jsonl or csv.")
    var format: ResultFormat = .table

    @Flag(help: "Print the Cypher the command runs instead of running it.")
    var explain = false

    @OptionGroup var database: DatabaseOptions

    func run(_ question: EverydayQuestion, _ words: String) throws {
        if explain {
            print(question.cypher)
            return
        }
        do {
            let result = try question.run(words, engine: QueryEngine(store: try database.open()))
            print(ResultFormatter.render(result, as: format))
        } catch let e as LookupError {
            throw CLIError(e.description)
        } catch let e as QueryError {
            throw CLIError(e.description)
        }
    }
}

extension ResultFormat: ExpressibleByArgument {}

struct SaidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "said", abstract: "What an actor said: each claim, when it was first reported, and by which outlets.")
    @Argument(help: "The actor, by any name in any script (普京, 普丁, Putin) or #id.") var actor: String
    @OptionGroup var options: EverydayOptions
    func run() throws { try options.run(.said, actor) }
}

struct AboutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "about", abstract: "Who said what about an actor or event.")
    @Argument(help: "The actor or event, by any name in any script, or #id.") var actor: String
    @OptionGroup var options: EverydayOptions
    func run() throws { try options.run(.about, actor) }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Every article and outlet that reported a claim, oldest first: date, exact wording, and via whom.")
    @Argument(help: "The claim, by #id or by a piece of its text in either script.") var claim: String
    @OptionGroup var options: EverydayOptions
    func run() throws { try options.run(.audit, claim) }
}
