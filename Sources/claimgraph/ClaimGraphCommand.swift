import ArgumentParser

@main
struct ClaimGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimgraph",
        abstract: "Who said what, about whom, where, and which outlet reported it.",
        subcommands: [
            IngestCommand.self,
            StatsCommand.self,
            QueryCommand.self,
            ImportCommand.self,
        ])
}
