/// The last part of a catalog person's dotted name, standing alone for them later in the article.
extension ActorFinder {
    /// 亚当·斯密 … 斯密说: the last part alone of a catalog person's dotted name whose given name no
    /// rule reads (当 spells no transliteration) is that person too, as 克林顿 is after 希拉里·克林顿.
    func catalogSurname(across d: Int, _ found: inout PhraseMatcher<Actor>) {
        let t = text.folded
        for k in stride(from: d - 1, through: max(0, d - Self.longestGivenName), by: -1) {
            guard let m = index.aliases.match(t, at: k), k + m.length >= d + 3 else { continue }
            let last = Array(t[(d + 1)..<(k + m.length)])
            guard index.actors[m.value].kind == .person, !last.contains(where: Lexicon.nameDots.contains) else { return }
            if !index.aliases.contains(last), !found.contains(last) { found.insert(String(scalars: last), index.actors[m.value]) }
            return
        }
    }

    /// Most characters of a given name before a dot.
    private static let longestGivenName = 6
}
