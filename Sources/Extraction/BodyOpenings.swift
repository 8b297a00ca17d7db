import ClaimGraphCore

/// The body heading a sentence, for 他们 and 它 opening the next (联邦快递因…被迫道歉。它表示…,
/// 这个加拿大公司 Netsweeper …。但他们也表示…).
extension ClaimFinder {
    /// The organization (not a country) heading this sentence before `limit`, or, when 他们 opens
    /// this one, the sentence before it (in the paragraph before, when 他们 opens a paragraph): its
    /// subject, or the body whose researchers or spokespeople are (Cybereason 的研究人员…。他们称, as
    /// they speak for it), not another owner (微软的产品) nor where a person named in its clause
    /// works (清华大学…主任马骏、…等人). An outlet opening a sentence reports on others.
    func bodyOpening(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        func opening(_ s: ArticleText.Sentence, _ end: Int) -> Actor? {
            // (此前，联邦快递…, 近几个月，联邦快递…: past a first clause that only places the sentence in time)
            var lead = skipLeading(s.range.lowerBound, end)
            let first = clauseEnd(from: lead, before: end)
            if first < end, Lexicon.clausePunctuation.contains(text.original[first]), lead == first || onlyTime(lead..<first) {
                lead = skipLeading(first + 1, end)
            }
            var lo = pastApposition(lead, end)
            if lo < end, mentionAt[lo] < 0, let described = describedBodyStart(lo, end) { lo = described }
            guard lo < end, mentionAt[lo] >= 0 else { return nil }
            let m = mentions[mentionAt[lo]]
            let members = text.pastSpaces(m.range.upperBound, before: end)
            guard m.range.lowerBound == lo, m.range.upperBound < end,
                  text.folded[members] != "的" || Lexicon.memberNouns.match(text.folded, at: text.pastSpaces(members + 1, before: end)) != nil,
                  m.actor.kind == .organization, !m.actor.isCountry,
                  !mentionsIn(lo..<clauseEnd(from: lo, before: end)).contains(where: { $0.actor.kind == .person }) else { return nil }
            return m.actor
        }
        if let body = opening(sentence, limit) { return body }
        guard skipLeading(sentence.range.lowerBound, limit) == limit,
              let i = text.sentenceIndex(containing: sentence.range.lowerBound), i > 0 else { return nil }
        let previous = text.sentences[i - 1]
        // (…的研究人员透露了…。⏎他们称: a paragraph 他们 opens goes on from the one before)
        let opensParagraph = text.pastSpaces(text.paragraphs[sentence.paragraph].lowerBound, before: limit) == skipLeading(sentence.range.lowerBound, limit)
        guard previous.paragraph == sentence.paragraph || opensParagraph && previous.paragraph == sentence.paragraph - 1 else { return nil }
        return opening(previous, previous.range.upperBound)
    }

    /// Where the body a description opening the clause at `lo` runs into starts (总部位于波士顿的
    /// 网络安全公司 Cybereason 的研究人员…): the words before it end like an institution and name
    /// no one but a country.
    private func describedBodyStart(_ lo: Int, _ end: Int) -> Int? {
        let e = clauseEnd(from: lo, before: end)
        guard let m = mentionsIn(lo..<e).first(where: { !$0.actor.isCountry }), m.actor.kind == .organization,
              m.range.lowerBound - lo <= Self.longestBodyDescription,
              endsLikeInstitution(text.beforeSpaces(m.range.lowerBound, after: lo)) else { return nil }
        return m.range.lowerBound
    }

    /// Longest description read before a body's name (总部位于波士顿的网络安全公司: 13).
    private static let longestBodyDescription = 24
}
