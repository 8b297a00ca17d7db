/// Which clause of a sentence opens it with its topic: past short clauses of time and place
/// (10 月 11 日，特朗普…; 2006 年，史蒂夫·詹姆斯和蒂姆·萨金特…), what a pronoun or a pair word
/// later points back to.
extension ClaimFinder {
    /// The first clause from `start` that opens with a name, past up to two short opening
    /// clauses that name nobody (10 月 11 日，特朗普…; 同一天，美国总统特朗普…): who opens it is
    /// the sentence's topic.
    func namedClause(from start: Int, before limit: Int) -> Range<Int>? {
        openingClause(from: start, before: limit, clauses: 3) { mentionAt[$0] >= 0 }
    }

    /// `namedClause`, or the first clause whose subject phrase names a person after what they
    /// are (不过，雷神国际首席执行官约翰·哈里斯…，他对 CNBC 说): the topic a later 他 is.
    func personClause(from start: Int, before limit: Int) -> Range<Int>? {
        openingClause(from: start, before: limit, clauses: 3) { k in
            self.mentionAt[k] >= 0 || self.mentionsIn(k..<self.nounPhraseEnd(k..<self.breakAfter(k, before: limit))).contains { $0.actor.kind == .person }
        }
    }

    /// Past what kind of body the name after it is (网络安全公司 Cybereason): where that name
    /// starts, else `lo`.
    func pastApposition(_ lo: Int, _ end: Int) -> Int {
        guard lo < end, mentionAt[lo] < 0,
              let k = (lo..<min(end, lo + Self.appositionLimit)).first(where: { mentionAt[$0] >= 0 }),
              (lo..<k).allSatisfy({ Lexicon.isHan(text.folded[$0]) || text.original[$0].isSpace }),
              endsLikeInstitution(text.beforeSpaces(k, after: lo)) else { return lo }
        return k
    }

    /// The longest apposition `pastApposition` reads (网络安全公司: 6).
    private static let appositionLimit = 10

    /// The first of up to `clauses` clauses from `start` whose first word (past connectives and
    /// dates) `opens`, the ones before it short and naming nobody.
    func openingClause(from start: Int, before limit: Int, clauses: Int, opens: (Int) -> Bool) -> Range<Int>? {
        var start = start
        for _ in 0..<clauses {
            let e = breakAfter(start, before: limit)
            let lo = skipLeading(start, e)
            if lo < e, opens(lo) { return lo..<e }
            guard e - start <= 10, mentionsIn(start..<e).isEmpty, e < limit else { return nil }
            start = e + 1
        }
        return nil
    }

    /// Where the clause or sentence from `start` ends: its punctuation, or `limit`.
    func breakAfter(_ start: Int, before limit: Int) -> Int {
        var e = start
        while e < limit, !Lexicon.endsClause(text.original[e]) { e += 1 }
        return e
    }
}
