import ClaimGraphCore

/// An institution named by its bare kind (警方表示, 当局声称, 检方称, 政府说): news names the police
/// or the government of its story once and then writes the word alone. It is the body named
/// with that word before in the article (香港警方, 中国政府), else a body of this article only:
/// one article's 警方 is not another's, so the node is keyed by the article.
extension ClaimFinder {
    /// How many paragraphs back a body named with the word is still the one meant.
    static let institutionReferenceParagraphs = 3

    func bareInstitution(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        var start = np.lowerBound
        if t[start] == "后", end - start > 1 { start += 1 }  // 後警方確認: afterwards, the police
        let named = start
        guard let word = bareInstitutionWord(at: start, before: end), word.upperBound == end else { return nil }
        start = word.lowerBound
        let folded = text.foldedText(start..<end)
        // (within a few paragraphs: an article about Belarus that named Iran's government before)
        if let named = lastOrganizationNamed(before: start, paragraphsBack: Self.institutionReferenceParagraphs,
                                             where: { text.foldedText($0.range).hasSuffix(folded) }) {
            return named
        }
        if let last = lastOrganization, last.actor.isNamed(endingWith: folded) { return last.actor }
        let key = "actor:" + StableHash.hex(of: articleKey).prefix(16) + ":" + folded
        return Actor(key: key, name: text.text(named..<end), kind: .organization)
    }

    /// The institution word at `start` (警方, 政府), past a word placing it in the story's own
    /// town or region (当地警方表示, 地方政府称: named as written), before `limit`.
    func bareInstitutionWord(at start: Int, before limit: Int) -> Range<Int>? {
        let t = text.folded
        var k = start
        if let local = Self.localQualifiers.match(t, at: k), limit - k > local.length { k += local.length }
        guard let word = Lexicon.bareInstitutions.match(t, at: k), k + word.length <= limit else { return nil }
        return k..<(k + word.length)
    }

    /// Words that place a bare institution in the story's own town or region.
    static let localQualifiers = PhraseMatcher<Bool>(["当地", "地方", "本地"].map { ($0, true) })
}
