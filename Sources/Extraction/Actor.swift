import ClaimGraphCore

/// A person, organization, outlet, document or event as the graph will hold it.
struct Actor: Hashable, Sendable {
    var key: String
    var name: String
    var kind: Catalog.Entry.Kind
    var properties: [String: PropertyValue]

    init(key: String, name: String, kind: Catalog.Entry.Kind, properties: [String: PropertyValue] = [:]) {
        self.key = key
        self.name = name
        self.kind = kind
        self.properties = properties
        self.properties["name"] = .string(name)
    }

    init(_ entry: Catalog.Entry) {
        var props: [String: PropertyValue] = ["aliases": .list(entry.aliases.map { .string($0) })]
        if let w = entry.wikidata { props["wikidata"] = .string(w) }
        if let r = entry.role { props["role"] = .string(r) }
        if let a = entry.affiliation { props["affiliation"] = .string(a) }
        if let g = entry.gender { props["gender"] = .string(g) }
        if let d = entry.date { props["date"] = .string(d) }
        if let p = entry.place { props["place"] = .string(p) }
        self.init(key: entry.key, name: entry.name, kind: entry.type, properties: props)
    }

    var label: String {
        switch kind {
        case .person: return GraphSchema.Label.person
        case .organization: return GraphSchema.Label.organization
        case .outlet: return GraphSchema.Label.outlet
        case .document: return GraphSchema.Label.document
        case .event: return GraphSchema.Label.event
        }
    }

    /// An actor the catalog does not know, named by the words at `r`: keyed by their simplified
    /// spelling (one node across scripts and articles), shown as the article writes them.
    init(written r: Range<Int>, in text: ArticleText, kind: Catalog.Entry.Kind, properties: [String: PropertyValue] = [:]) {
        self.init(key: Actor.localKey(text.foldedText(r)), name: text.text(r), kind: kind, properties: properties)
    }

    /// The catalog's gender, `nil` for people found in the text.
    var gender: String? {
        if case .string(let g)? = properties["gender"] { return g }
        return nil
    }

    /// Whether the actor's name or one of its catalog aliases, folded to simplified, ends
    /// with `suffix` (Myanmar junta, 缅甸军政府: 军政府).
    func isNamed(endingWith suffix: String) -> Bool {
        if ChineseFolding.shared.toSimplified(name).hasSuffix(suffix) { return true }
        guard case .list(let aliases)? = properties["aliases"] else { return false }
        return aliases.contains { if case .string(let a) = $0 { return ChineseFolding.shared.toSimplified(a).hasSuffix(suffix) } else { return false } }
    }

    /// A country in the catalog (美国政府研究人员: researchers of a nation's government), known by
    /// an alias that names a region.
    var isCountry: Bool {
        guard kind == .organization, case .list(let aliases)? = properties["aliases"] else { return false }
        return aliases.contains { if case .string(let a) = $0 { return RegionNames.contains(a) } else { return false } }
    }

    /// Key for an actor found in the text: its folded spelling, whole. A later 杜本 in the article
    /// that named 比约恩·亚历山大·杜本 is found as that person; another article's 杜本 is not
    /// assumed to be him (two people of a surname are not made one node).
    static func localKey(_ foldedName: String) -> String {
        "actor:" + foldedName
    }
}

/// Where an actor is named in the text.
struct Mention {
    var range: Range<Int>
    var actor: Actor
}
