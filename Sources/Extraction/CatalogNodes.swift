import Foundation
import Yams

/// Reads catalog entries straight from the YAML node tree, the way `YAMLDecoder` reads them
/// through `Decodable`, for catalogs written plainly: every ingest loads the bundled one,
/// and the decoder's containers, coding paths and dynamic casts per value cost 190 M
/// instructions, twice the parse itself (an ingest of 1,000 articles is 18 G).
///
/// The same values come out: keys are matched as the decoder matches plain keys, and
/// scalars are read as it reads them. Anything the decoder would treat otherwise or reject
/// (a merge key, a tagged key, a value that is not a scalar or a list of scalars, a missing
/// key, an unknown type) makes this return nil, and the caller decodes the text with
/// `YAMLDecoder`, errors and all.
enum CatalogNodes {
    static func entries(_ yaml: String) -> [Catalog.Entry]? {
        guard let parser = try? Parser(yaml: yaml, resolver: .basic),
              let root = try? parser.singleRoot(), let file = plainMapping(root),
              case .sequence(let actors)? = file["actors"] else { return nil }
        var entries: [Catalog.Entry] = []
        entries.reserveCapacity(actors.count)
        for node in actors {
            guard let entry = entry(node) else { return nil }
            entries.append(entry)
        }
        return entries
    }

    private static func entry(_ node: Node) -> Catalog.Entry? {
        guard let fields = plainMapping(node), let name = string(fields["name"]),
              let type = string(fields["type"]).flatMap(Catalog.Entry.Kind.init(rawValue:)),
              let aliases = strings(fields["aliases"]) else { return nil }
        var entry = Catalog.Entry(name: name, type: type, aliases: aliases)
        guard let wikidata = optional(fields["wikidata"]), let role = optional(fields["role"]),
              let affiliation = optional(fields["affiliation"]), let gender = optional(fields["gender"]),
              let date = optional(fields["date"]), let end = optional(fields["end"]), let place = optional(fields["place"])
        else { return nil }
        (entry.wikidata, entry.role, entry.affiliation, entry.gender) = (wikidata, role, affiliation, gender)
        (entry.date, entry.end, entry.place) = (date, end, place)
        return entry
    }

    /// A mapping's values by key, as the decoder's lookups find them (the last of a repeated
    /// key), when every key is a scalar of no tag or `!!str` and none is a merge (`<<`): the
    /// decoder's lookup compares nodes, resolving their tags with regular expressions at each
    /// comparison, which made its ten lookups per entry cost 90,000 instructions.
    private static func plainMapping(_ node: Node) -> [String: Node]? {
        guard case .mapping(let mapping) = node else { return nil }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let k) = key, k.tag.rawValue.isEmpty || k.tag.rawValue == Tag.Name.str.rawValue,
                  !(k.string == "<<" && k.style == .plain) else { return nil }
            fields[k.string] = value
        }
        return fields
    }

    /// A scalar's text, as `decode(String.self, forKey:)` reads it.
    private static func string(_ node: Node?) -> String? {
        guard case .scalar(let scalar)? = node else { return nil }
        return scalar.string
    }

    /// Every item of a list of scalars, as `decode([String].self, forKey:)` reads it.
    private static func strings(_ node: Node?) -> [String]? {
        guard case .sequence(let items)? = node else { return nil }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard let s = string(item) else { return nil }
            out.append(s)
        }
        return out
    }

    /// An optional field as `decodeIfPresent(String.self, forKey:)` reads it: `.some(nil)`
    /// when absent or null, nil when the decoder would reject it.
    private static func optional(_ node: Node?) -> String?? {
        guard let node else { return .some(nil) }
        if node.null != nil { return .some(nil) }
        return string(node).map { .some($0) }
    }
}
