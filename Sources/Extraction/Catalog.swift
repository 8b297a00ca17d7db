import ClaimGraphCore
import Foundation
import Yams

/// The curated list of well-known actors, outlets, documents and events, so that every
/// spelling of one real-world entity (普京 / 普丁 / Putin) becomes one graph node.
///
/// The bundled `catalog.yaml` is always loaded; users add their own files in the same
/// format, and a later entry with the same `name` adds aliases to the earlier one.
public struct Catalog: Sendable {
    public struct Entry: Decodable, Sendable, Hashable {
        public enum Kind: String, Decodable, Sendable {
            case person, organization, outlet, document, event
        }
        public var name: String
        public var type: Kind
        public var wikidata: String?
        public var aliases: [String]
        public var role: String?
        public var affiliation: String?
        /// People only: `female` or `male`, so that 她说 is never credited to a man.
        public var gender: String?
        /// Events only: first day, last day (YYYY-MM-DD) and place.
        public var date: String?
        public var end: String?
        public var place: String?

        public init(name: String, type: Kind, aliases: [String], wikidata: String? = nil, role: String? = nil,
                    affiliation: String? = nil, gender: String? = nil, date: String? = nil, end: String? = nil, place: String? = nil) {
            self.name = name
            self.type = type
            self.aliases = aliases
            self.wikidata = wikidata
            self.role = role
            self.affiliation = affiliation
            self.gender = gender
            self.date = date
            self.end = end
            self.place = place
        }

        /// The graph node key: one per real-world entity, whatever the spelling.
        public var key: String { (type == .event ? "event:" : "actor:") + name }
    }

    private struct File: Decodable {
        var actors: [Entry]
    }

    public private(set) var entries: [Entry]

    public init(entries: [Entry]) {
        var merged: [Entry] = []
        var index: [String: Int] = [:]
        for entry in entries {
            if let i = index[entry.name] {
                merged[i].aliases += entry.aliases.filter { !merged[i].aliases.contains($0) }
            } else {
                index[entry.name] = merged.count
                merged.append(entry)
            }
        }
        self.entries = merged
    }

    /// Parses catalog YAML text.
    public static func parse(_ yaml: String, source: String) throws -> [Entry] {
        if let entries = CatalogNodes.entries(yaml) { return entries }
        do {
            return try decoded(yaml)
        } catch {
            throw CatalogError.invalid(source: source, reason: String(describing: error))
        }
    }

    /// The entries as `YAMLDecoder` reads them (see `CatalogNodes`).
    static func decoded(_ yaml: String) throws -> [Entry] {
        try YAMLDecoder().decode(File.self, from: yaml).actors
    }

    /// Where the bundled `catalog.yaml` is.
    static func bundledURL() throws -> URL {
        guard let url = Bundle.module.url(forResource: "catalog", withExtension: "yaml", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "catalog", withExtension: "yaml")
        else { throw CatalogError.missingBundled }
        return url
    }

    /// The bundled catalog plus the user's files, in that order.
    public static func load(extraFiles: [String] = []) throws -> Catalog {
        let url = try bundledURL()
        var entries = try parse(String(contentsOf: url, encoding: .utf8), source: url.path)
        for path in extraFiles {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CatalogError.unreadable(path: path)
            }
            entries += try parse(text, source: path)
        }
        return Catalog(entries: entries)
    }

    /// The bundled catalog, loaded once per process.
    public static let bundled: Catalog = (try? load()) ?? Catalog(entries: [])
}

/// Why a catalog file could not be used.
public enum CatalogError: Error, CustomStringConvertible {
    case missingBundled
    case unreadable(path: String)
    case invalid(source: String, reason: String)

    public var description: String {
        switch self {
        case .missingBundled: return "the bundled catalog.yaml is missing from the Extraction resources; rebuild claimgraph"
        case .unreadable(let path): return "\(path): cannot read the catalog file"
        case .invalid(let source, let reason): return "\(source): not a catalog (expected `actors:` with name, type, aliases): \(reason)"
        }
    }
}
