import ClaimGraphCore

/// A person heading the cue from the end of a long subject phrase: the last one named, a
/// title, an affiliation or a gloss before (…政治与国际关系高级讲师科罗廖夫（…）这样总结).
extension ClaimFinder {
    /// A person named last before the cue with only a parenthesis and a few adverbs in
    /// between: the head of a long title (…政治与国际关系高级讲师科罗廖夫（…）这样总结).
    /// Not the one addressed: 一名滞留者对麦高登说 is the stranded man speaking to 麦高登; nor one
    /// who only owns a thing named after them (拒绝了释放桂敏海的要求，称…).
    func personBeforeCue(_ r: Range<Int>) -> Mention? {
        // (珀尔曼对财新记者表示: the outlet named in whom he spoke to does not end the search)
        guard let m = mentionsIn(r).last(where: { $0.actor.kind == .person }) else { return nil }
        if m.range.lowerBound > r.lowerBound + 1, Lexicon.addresseeMarkers.contains(text.folded[m.range.lowerBound - 1]) { return nil }
        let after = pastGloss(from: m.range.upperBound, before: r.upperBound)
        if ownsAThing(at: after, before: r.upperBound) { return nil }
        return r.upperBound - after <= 8 ? m : nil
    }

    /// Whether the words at `k`, right after a person, are something of theirs that holds no
    /// words of theirs nor names people of theirs (释放桂敏海的要求: the demand is 桂敏海's;
    /// Bolton 的回忆录 holds his words; …舒斯特的消息人士 and 特朗普的律师 speak for them, see
    /// `ownedGroupEnd`).
    private func ownsAThing(at k: Int, before limit: Int) -> Bool {
        let t = text.folded
        guard k + 1 < limit, t[k] == "的" else { return false }
        let owned = k + 1
        return Lexicon.documentNouns.match(t, at: owned) == nil && Lexicon.someonesWords.match(t, at: owned) == nil
            && Lexicon.unnamedSources.match(t, at: owned) == nil && Lexicon.titles.match(t, at: owned) == nil
            && Lexicon.memberNouns.match(t, at: owned) == nil
    }

    /// Where the words after a name go on, past spaces and its gloss in parentheses
    /// (卡拉加诺夫 (Sergei Karaganov) 这样总结).
    func pastGloss(from k: Int, before limit: Int) -> Int {
        var k = k
        while k < limit, text.original[k].isSpace { k += 1 }
        guard k < limit, text.original[k] == "（" || text.original[k] == "(" else { return k }
        while k < limit, text.original[k] != "）", text.original[k] != ")" { k += 1 }
        k += 1
        while k < limit, text.original[k].isSpace { k += 1 }
        return k
    }
}
