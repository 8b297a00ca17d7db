import ArgumentParser
import Store

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count the graph's nodes by label and relationships by type, and list the articles.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let stats = try database.open().stats()
        print("\(stats.articles.count) articles, \(stats.nodes) nodes, \(stats.edges) relationships")
        print("\nArticles:")
        for a in stats.articles {
            print("  \(a.published.map { String($0.prefix(10)) } ?? "(no date)")  \(a.outlet ?? "(no outlet)")  \(a.title)")
        }
        print("\nNodes by label:")
        for (label, n) in stats.labels { print("  \(label): \(n)") }
        print("\nRelationships by type:")
        for (type, n) in stats.types { print("  \(type): \(n)") }
    }
}
