import ClaimGraphCore

/// The catalog's aliases, folded and indexed once, shared by every document.
final class CatalogIndex: Sendable {
    let actors: [Actor]
    let entries: [Catalog.Entry]
    /// Alias (folded to simplified, ASCII lower-cased) → index into `actors`.
    let aliases: PhraseMatcher<Int>
    /// Each entry's aliases written in full around a name dot (查尔斯·达尔文), folded: read per
    /// dotted name of every article, so folded once here.
    private let dottedAliases: [[String]]

    init(_ catalog: Catalog) {
        entries = catalog.entries
        actors = catalog.entries.map(Actor.init)
        var m = PhraseMatcher<Int>()
        var dotted: [[String]] = []
        for (i, entry) in catalog.entries.enumerated() {
            let folded = ([entry.name] + entry.aliases).map(CatalogIndex.fold)
            for alias in folded { m.insert(alias, i) }
            let withDots = folded.dropFirst().filter { $0.unicodeScalars.contains(where: Lexicon.nameDots.contains) }
            // (伯尼桑德斯: copy that drops the name dot still writes 伯尼·桑德斯)
            for alias in withDots {
                let undotted = String(String.UnicodeScalarView(alias.unicodeScalars.filter { !Lexicon.nameDots.contains($0) }))
                if undotted.count >= CatalogIndex.shortestUndottedAlias { m.insert(undotted, i) }
            }
            dotted.append(withDots)
        }
        aliases = m
        dottedAliases = dotted
    }

    /// The catalog outlet a reader's publisher name stands for: the whole name (BBC中文),
    /// one of its words (法广 RFI), or an alias it starts with that covers most of it
    /// (自由亚洲电台粤语部); nil when the catalog does not know the outlet.
    func outlet(named name: String) -> Actor? {
        func exact(_ s: String) -> Actor? {
            let folded = Array(CatalogIndex.fold(s).unicodeScalars)
            guard let m = aliases.match(folded, at: 0), m.length == folded.count else { return nil }
            return actors[m.value].kind == .outlet ? actors[m.value] : nil
        }
        if let a = exact(name) { return a }
        for word in name.split(whereSeparator: \.isWhitespace) where word.count < name.count {
            if let a = exact(String(word)) { return a }
        }
        let folded = Array(CatalogIndex.fold(name).unicodeScalars)
        guard let m = aliases.match(folded, at: 0), m.length >= 3, 2 * m.length >= folded.count,
              actors[m.value].kind == .outlet else { return nil }
        return actors[m.value]
    }

    /// Whether the catalog writes person `i` in full with `surname` (查尔斯·达尔文): a full
    /// name it does not list (约翰·达尔文) is then someone else of that surname.
    func writesInFull(_ i: Int, surname: String) -> Bool {
        dottedAliases[i].contains { $0.hasSuffix(surname) }
    }

    /// The fewest characters of a dotted alias written without its dot that still name the
    /// entry (伯尼桑德斯); shorter ones (约翰李) are as likely other words run together.
    static let shortestUndottedAlias = 4

    static func fold(_ s: String) -> String {
        String(scalars: ArticleText.matchingForm(ChineseFolding.shared.toSimplified(s).unicodeScalars))
    }
}
