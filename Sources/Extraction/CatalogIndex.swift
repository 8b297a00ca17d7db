import ClaimGraphCore

/// The catalog's aliases, folded and indexed once, shared by every document.
final class CatalogIndex: Sendable {
    let actors: [Actor]
    let entries: [Catalog.Entry]
    /// Alias (folded to simplified, ASCII lower-cased) → index into `actors`.
    let aliases: PhraseMatcher<Int>

    init(_ catalog: Catalog) {
        entries = catalog.entries
        actors = catalog.entries.map(Actor.init)
        var m = PhraseMatcher<Int>()
        for (i, entry) in catalog.entries.enumerated() {
            for alias in [entry.name] + entry.aliases {
                m.insert(CatalogIndex.fold(alias), i)
            }
        }
        aliases = m
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
        entries[i].aliases.contains { alias in
            let folded = CatalogIndex.fold(alias)
            return folded.unicodeScalars.contains(where: Lexicon.nameDots.contains) && folded.hasSuffix(surname)
        }
    }

    static func fold(_ s: String) -> String {
        String(scalars: ArticleText.lowerASCII(Array(ChineseFolding.shared.toSimplified(s).unicodeScalars)))
    }
}
