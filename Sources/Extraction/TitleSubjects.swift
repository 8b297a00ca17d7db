import ClaimGraphCore

/// Subjects that are only a title (外长表示, 这位发言人还说, 该大臣警告): news names a person
/// once with their title (俄罗斯外长拉夫罗夫) and then by the title alone.
extension ClaimFinder {
    /// The speaker of a subject phrase that is a title, with 这位, 该, 这名 or 此 before it or
    /// nothing: the last person before the phrase whom the article wrote with that phrase
    /// (外交部发言人 → 外交部发言人赵立坚; a title alone after a demonstrative → whoever
    /// had it). A bare title alone (外长表示) must be an office one person holds, and its
    /// holder the only one named with it so far, in this paragraph or the one before;
    /// 记者, 律师 or 林律师 (a surname) are never taken for a person named earlier. After a
    /// demonstrative, a phrase with 的 (该公司的首席运营官) or with nobody to point back to
    /// (这位高管) is an unnamed source, and so is a qualified office nobody held (卫生部长).
    /// Words naming people in general (专家, 官员) are left to the unnamed-source rules.
    func titleSubject(_ np: Range<Int>) -> Speaker? {
        let t = text.folded
        let end = trimmedTail(np)
        var lo = np.lowerBound
        let demonstrative = Lexicon.demonstratives.match(t, at: lo)
        if let demonstrative { lo += demonstrative.length }
        guard end - lo >= 2, end - lo <= Self.longestTitlePhrase, (lo..<end).allSatisfy({ Lexicon.isHan(t[$0]) }),
              mentionsIn(lo..<end).isEmpty, Lexicon.unnamedSources.match(t, endingAt: end) == nil,
              let title = Lexicon.titles.match(t, endingAt: end) ?? Lexicon.offices.match(t, endingAt: end) else { return nil }
        let qualifier = end - lo - title.length
        let owned = (lo..<end).contains { t[$0] == "的" }
        let office = Lexicon.offices.match(t, endingAt: end)?.length == title.length
        guard demonstrative != nil || (!owned && office && qualifier != 1) else { return nil }
        if !owned, let person = lastPersonTitled(Array(t[lo..<end]), before: np.lowerBound,
                                                  nearParagraph: demonstrative == nil && qualifier == 0 ? paragraph : nil) {
            return .actor(person)
        }
        // 卫生部长警告 with no minister named before: an office described, not named
        return demonstrative == nil && qualifier < 2 ? nil : .unnamed(text.text(np.lowerBound..<end))
    }

    /// Characters before a title naming another office (副总统, 前总统, 代总统).
    static let otherHolders = ScalarSet("副前代")

    /// Longest title phrase taken as a title alone (国家安全事务助理 is 8 characters).
    static let longestTitlePhrase = 8

    /// The person named last before `limit` with `phrase` just before the name (俄罗斯外长
    /// 拉夫罗夫), inside the name as written (普京总统), or in the role found for them. With
    /// `nearParagraph`, only a person named in that paragraph or the one before, and only
    /// when no other person was named with the phrase before.
    private func lastPersonTitled(_ phrase: [Unicode.Scalar], before limit: Int, nearParagraph: Int?) -> Actor? {
        let t = text.folded
        let written = String(scalars: phrase)
        func titled(_ m: Mention) -> Bool {
            guard m.range.upperBound <= limit, m.actor.kind == .person else { return false }
            // (副总统 is not 总统: a deputy, former or acting holder is another office)
            for upper in [m.range.lowerBound, m.range.upperBound] where upper >= phrase.count {
                let start = upper - phrase.count
                if t[start..<upper].elementsEqual(phrase), start == 0 || !Self.otherHolders.contains(t[start - 1]) { return true }
            }
            guard case .string(let role)? = m.actor.properties["role"], role.hasSuffix(written) else { return false }
            return role == written || !Self.otherHolders.contains(role.unicodeScalars.dropLast(phrase.count).last!)
        }
        guard let near = nearParagraph else { return mentions.last(where: titled)?.actor }
        let holders = mentions.filter(titled)
        guard let last = holders.last, holders.allSatisfy({ $0.actor.key == last.actor.key }),
              let s = text.sentenceIndex(containing: last.range.lowerBound), text.sentences[s].paragraph >= near - 1 else { return nil }
        return last.actor
    }
}
