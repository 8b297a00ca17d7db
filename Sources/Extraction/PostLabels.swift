/// Posts quoted under a label that counts them (然后 Khan 发布了三条推文。第一条：“…”⏎第二条推文：
/// “…”): nobody is named at the quotation; the one who posted is the person the sentence that
/// announced the posts names, before its word for them.
extension ClaimFinder {
    /// The author of the post a label counts, when the clause before the colon at `colon` is such
    /// a label (第一条, 第二条推文), looking back past the run of labelled posts before it.
    func labelledPostAuthor(colon: Int, in sentence: ArticleText.Sentence) -> Actor? {
        var s = colon
        while s > sentence.range.lowerBound, !Lexicon.clausePunctuation.contains(text.original[s - 1]) { s -= 1 }
        guard isPostLabel(text.pastSpaces(s, before: colon)..<colon), var i = text.sentenceIndex(containing: colon) else { return nil }
        let t = text.folded
        for _ in 0..<Self.postLookBack where i > 0 {
            i -= 1
            let r = text.sentences[i].range
            if opensWithPostLabel(r) { continue }
            guard let post = r.first(where: { Self.postWords.match(t, at: $0) != nil && text.quoteAt[$0] < 0 }) else { continue }
            return mentionsIn(r.lowerBound..<post).last(where: { $0.actor.kind == .person })?.actor
        }
        return nil
    }

    /// Whether `r` is a label counting posts: 第, a number, a measure word, perhaps the post's noun.
    private func isPostLabel(_ r: Range<Int>) -> Bool {
        let t = text.folded
        guard r.count >= 3, t[r.lowerBound] == "第" else { return false }
        var k = r.lowerBound + 1
        while k < r.upperBound, Self.numerals.contains(t[k]) { k += 1 }
        guard k > r.lowerBound + 1, k < r.upperBound, Self.postMeasures.contains(t[k]) else { return false }
        k += 1
        if let noun = Self.postWords.match(t, at: k) { k += noun.length }
        return k == r.upperBound
    }

    /// Whether the sentence `r` opens with a post's label and its colon.
    private func opensWithPostLabel(_ r: Range<Int>) -> Bool {
        let lo = text.pastSpaces(r.lowerBound, before: r.upperBound)
        guard let colon = (lo..<min(r.upperBound, lo + Self.longestLabel)).first(where: { Lexicon.isColon(text.original[$0]) }) else { return false }
        return isPostLabel(lo..<colon)
    }

    private static let numerals = ScalarSet("一二三四五六七八九十0123456789")
    private static let postMeasures = ScalarSet("条封篇则")
    /// Words for what is posted (推文, 微博, 帖子).
    private static let postWords = PhraseMatcher<Bool>(["推文", "推特", "发推", "微博", "帖子", "贴文", "帖文"].map { ($0, true) })
    /// How many sentences back the announcement of the posts may be.
    private static let postLookBack = 8
    /// The most characters of a label before its colon (第十二条推文).
    private static let longestLabel = 8
}
