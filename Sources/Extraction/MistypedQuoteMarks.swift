import ClaimGraphCore

/// Quotation marks typed wrongly, as translations and hurried posts type them: “ closing a
/// quotation, ” opening one, and a “ never closed before the next quotation opens. `findQuotes`
/// asks these before pairing a mark the usual way.
extension ArticleText {
    /// Whether the “ at `i` opens a quotation after a colon while the “ at `open`, which opened
    /// a term inside a phrase, was never closed (叶嘉莹提出的“弱德之美…之间的关系。她认为：“…”): the
    /// earlier mark ran past the end of its sentence, and a ” closes the new one later in the
    /// paragraph. (A quotation opened after a colon or a comma is one left open, not a term.)
    /// Also a “ typed for a ” right after a full stop, when a quotation closed before it (…的了解。
    /// “ Sacks 补充说：“…”): it opened nothing, and the credit up to the colon is a short clause.
    func abandons(_ open: Int, at i: Int, in range: Range<Int>) -> Bool {
        let p = beforeSpaces(i, after: open + 1)
        guard open > range.lowerBound, p > open + 1, Lexicon.isColon(original[p - 1]) else { return false }
        let passedItsSentence = (open..<p).contains(where: { Lexicon.terminators.contains(original[$0]) })
        let b = beforeSpaces(open, after: range.lowerBound)
        let strayAfterStop = b > range.lowerBound && Lexicon.terminators.contains(original[b - 1]) && !passedItsSentence
            && p - open <= Self.strayCreditLength
        guard Lexicon.isHan(original[open - 1]) && passedItsSentence || strayAfterStop else { return false }
        return ((i + 1)..<range.upperBound).contains { original[$0] == "”" }
    }

    /// Most characters from a stray “ after a full stop to the colon of the credit it opens.
    static let strayCreditLength = 40

    /// Whether the “ at `i`, inside a quotation opened with “ at `open`, closes it: typed the
    /// wrong way round, as some translations do (“…，“他说。“…“), it follows the quotation's own
    /// punctuation, comes before punctuation or ends the paragraph; a quotation inside a
    /// quotation takes ‘ instead.
    func closesWrongWay(_ i: Int, after open: Int, in range: Range<Int>) -> Bool {
        var p = i
        while p > open + 1, original[p - 1].isSpace { p -= 1 }
        guard p > open + 1 else { return false }
        let before = original[p - 1]
        if Lexicon.endsClause(before) { return true }
        var k = i + 1
        while k < range.upperBound, original[k].isSpace { k += 1 }
        // (“我们“，这是个有意思的词: punctuation right after it, as after no opening mark)
        return k == range.upperBound || Lexicon.endsClause(original[k])
    }

    /// Whether the ” at `i`, outside any quotation, opens one: typed the wrong way round (”…“，
    /// 后面的人喊道), it opens its paragraph or follows punctuation, and a “ or ” closes it later in
    /// the paragraph; or, after a word, a “ closes it within a short term and no punctuation
    /// (赞成这种”铁腕政策“，: a quotation going on from the paragraph before ends in punctuation, 。”).
    func opensWrongWay(_ i: Int, in range: Range<Int>) -> Bool {
        let p = beforeSpaces(i, after: range.lowerBound)
        guard p == range.lowerBound || Lexicon.endsClause(original[p - 1]) else {
            return Lexicon.isHan(original[p - 1]) && closesReversedTerm(after: i, in: range)
        }
        return ((i + 2)..<max(i + 2, range.upperBound)).contains { original[$0] == "“" || original[$0] == "”" }
    }

    /// Whether a “ closes the term the ” at `i` opens, within `reversedTermLength` characters and
    /// no punctuation or other mark.
    private func closesReversedTerm(after i: Int, in range: Range<Int>) -> Bool {
        for k in (i + 1)..<min(range.upperBound, i + 2 + Self.reversedTermLength) {
            let c = original[k]
            if c == "“" { return k > i + 1 }
            if c == "”" || Lexicon.endsClause(c) { return false }
        }
        return false
    }

    /// Most characters of a term in quotation marks typed the wrong way round after a word.
    static let reversedTermLength = 12
}
