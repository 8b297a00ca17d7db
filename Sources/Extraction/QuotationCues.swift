/// Cues on either side of a quotation: the one whose colon opens it, which keeps it from the
/// speaker named after it, and the one closing a sentence, which credits it.
extension ClaimFinder {
    /// Whether a cue and a colon open the quotation (普京说：“A。”王毅说：“B。”), or a comma when
    /// `comma` (报告指出，“A。”桑百川在接受媒体采访时指出，…: a quotation ending its sentence): it is
    /// that cue's speaker's, not the next one's, who names the quotation after it. Not a quotation
    /// broken off at a comma (她说：「追星可以，」她说，「但是…」), which the cue after it goes on with.
    func introducedByCue(_ q: ArticleText.Quote, comma: Bool = false) -> Bool {
        let last = text.beforeSpaces(q.content.upperBound, after: q.content.lowerBound)
        guard last > q.content.lowerBound, text.original[last - 1] != "，", text.original[last - 1] != "," else { return false }
        let colon = text.beforeSpaces(q.open, after: 0)
        guard colon > 0, Lexicon.isColon(text.original[colon - 1]) || comma && Lexicon.isComma(text.original[colon - 1]) else { return false }
        let k = text.beforeSpaces(colon - 1, after: 0)
        return Lexicon.cues.match(text.folded, endingAt: k) != nil
    }

    /// Whether a cue closing its sentence (at `end`) credits the quotation its clause opens after
    /// (「…」王兴回答。): its words are that quotation, not an object after it. After a word pointing
    /// back (「…」杨鸣宇如此形容这椿案件。) the quotation is what was said of the object that follows.
    func creditsQuotation(_ i: Int, endingAt end: Int) -> Bool {
        let o = text.original
        let pointsBack = Self.backPointers.match(text.folded, endingAt: i) != nil
        guard end == o.count || Lexicon.terminators.contains(o[end]) || pointsBack && objectEndsSentence(from: end) else { return false }
        var b = i
        while b > 0, i - b < (pointsBack ? Self.pointedCreditLimit : Self.creditLimit), !Lexicon.endsClause(o[b - 1]), !text.closesQuote(at: b - 1) { b -= 1 }
        if b > 0, o[b - 1] == "，" || o[b - 1] == "," { b -= 1 }
        return b > 0 && text.closesQuote(at: b - 1)
    }

    /// Whether a quotation opening at `k`, right after a cue, closes its sentence (微博用户注意到
    /// “…”。): its words are what the cue gives, as after a comma; not a term the sentence goes
    /// on from (提出“一带一路”倡议), nor a word or two (形容为“讽刺”).
    func quotationClosesSentence(openingAt k: Int) -> Bool {
        guard k < text.original.count, let q = text.quote(openingAt: k), q.closed,
              hanCount(q.content) >= Self.shortestQuotedWords else { return false }
        let after = text.pastSpaces(q.end, before: text.original.count)
        return after == text.original.count || Lexicon.terminators.contains(text.original[after])
    }

    /// The fewest Han characters of words quoted right after a cue: fewer are a term.
    static let shortestQuotedWords = 4

    /// The most characters between a quotation and the cue that credits it (这位全球知名的墨西哥毒枭回答).
    private static let creditLimit = 16

    /// The most characters between a quotation and a cue pointing back to it (如此形容): the
    /// pointer names what is credited, so a longer title may stand between.
    private static let pointedCreditLimit = 30

    /// Whether the words at `k` are a short object closing the sentence (这椿案件。).
    private func objectEndsSentence(from k: Int) -> Bool {
        let o = text.original
        var e = k
        while e < o.count, e - k <= Self.objectLength, text.quoteAt[e] < 0, !Lexicon.endsClause(o[e]) { e += 1 }
        return e > k && (e == o.count || Lexicon.terminators.contains(o[e]))
    }

    /// Most characters of the object after a cue pointing back to a quotation.
    private static let objectLength = 12

    /// Whether a colon or a quotation right after `k` gives a cue's words (发出了警告：「…」): a cue
    /// after 了 is otherwise what was done, a noun (进行了报道, 提出了批评, 审查了批评…的用户).
    func wordsGiven(after k: Int) -> Bool {
        let j = text.pastSpaces(k, before: text.original.count)
        return j < text.original.count && Lexicon.isColon(text.original[j]) || text.opensQuote(after: k)
    }

    /// Whether a manner that doubles its last character ends at `k`, in 的 as Taiwan writes
    /// adverbs (笑嘻嘻的说, 慢吞吞的回答): 的 then makes no noun of the cue after it.
    func doubledManner(endingAt k: Int) -> Bool {
        let t = text.folded
        return k >= 3 && t[k - 1] == t[k - 2] && Lexicon.isHan(t[k - 1]) && Lexicon.isHan(t[k - 3])
    }

    /// Whether 之所以 opens the cue's clause just before it (他之所以这么说，是因为…): the writer
    /// explains why someone said something; what follows is the reason, no statement.
    func explainsWhy(before i: Int) -> Bool {
        var k = i
        while k > 0, i - k < Self.reasonReach, !Lexicon.endsClause(text.original[k - 1]) {
            k -= 1
            if let reason = Self.reasonOpeners.match(text.folded, at: k), k + reason.length <= i { return true }
        }
        return false
    }

    /// How far before a cue 之所以 is looked for (扎克伯格之所以这样说), and the word itself.
    private static let reasonReach = 12
    private static let reasonOpeners = PhraseMatcher<Bool>([("之所以", true)])
}
