import ClaimGraphCore

/// 国际特赦组织还报告说 / 该组织也报告称: after an adverb, 报告 is the verb "reports", not a
/// report that speaks; the subject is who reports, before the adverb.
extension ClaimFinder {
    /// The subject before an adverb and 报告 closing `r`, or nil when 报告 is a noun there.
    func reportingSubject(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let tail = trimmedTail(r)
        guard tail - r.lowerBound > 3, t[tail - 1] == "告", t[tail - 2] == "报" else { return nil }
        var k = tail - 2
        guard k > r.lowerBound, Lexicon.adverbs.contains(t[k - 1]) else { return nil }
        k -= 1
        while k > r.lowerBound, t[k - 1].isSpace { k -= 1 }
        return k > r.lowerBound ? r.lowerBound..<k : nil
    }
}
