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

    /// mimalloc hands memory it has not used for 25 ms back to the system by default, and
    /// an ingest asks for it again at once: 110,000 of the 188,000 page faults of an ingest
    /// of the corpus, and a second of system time. A second's grace keeps it (the
    /// `MIMALLOC_DECOMMIT_DELAY` environment variable still decides when set).
    static let decommitDelayMilliseconds = 1000

    static func main() {
        mi_option_set_default(mi_option_decommit_delay, decommitDelayMilliseconds)
        main(nil)
    }
}
