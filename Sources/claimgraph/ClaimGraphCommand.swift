import ArgumentParser
import CMimalloc  // linked for its malloc, which replaces the C library's in the whole process (Package.swift)

@main
struct ClaimGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimgraph",
        abstract: "Who said what, about whom, where, and which outlet reported it.",
        subcommands: [
            IngestCommand.self,
            ReadCommand.self,
            StatsCommand.self,
            ExportCommand.self,
            QueryCommand.self,
            SaidCommand.self,
            AboutCommand.self,
            AuditCommand.self,
            ReplCommand.self,
            RenderCommand.self,
            ImportCommand.self,
        ])
}
