import ClaimGraphCore

/// Whom a cue addresses (告诉财新记者，…, 告诉 The Intercept，…, 告诉观众“…”): where they end, so
/// that what was told starts after them.
extension ClaimFinder {
    /// Where the one addressed after 告诉 ends: up to 12 characters before punctuation or a
    /// quotation, or up to 30 with a Latin name (`from` itself when it runs on longer: then it
    /// is the statement).
    func addresseeEnd(from p: Int, before end: Int) -> Int {
        var k = p
        while k < end, k - p <= Self.addresseeLength, !text.separatesClauses(at: k), !Lexicon.terminators.contains(text.original[k]) {
            // (告诉“国家”杂志，: a medium's short name in quotation marks is part of whom; 告诉警察
            // “我无法呼吸”。 is what was told)
            // (告诉“卫报”，…: an outlet's name alone in quotation marks is whom)
            if let q = text.quote(openingAt: k), q.closed, q.content.count <= Self.quotedAddresseeLength, q.close + 1 < end,
               Self.media.match(text.folded, at: q.close + 1) != nil || quotesOnlyAnOutlet(q) {
                k = q.close + 1
                continue
            }
            guard text.quoteAt[k] < 0, text.quote(openingAt: k) == nil else { break }
            k += 1
        }
        return k - p <= Self.addresseeHan || k - p <= Self.addresseeLength && isNameOfOutlet(p..<k) ? k : p
    }

    /// Whether `r` is Chinese words and Latin names (The Intercept, 《BBC Burmese》), the
    /// longer kind of whom a cue addresses, not a clause with figures (她 80% 的概率是…).
    private func isNameOfOutlet(_ r: Range<Int>) -> Bool {
        hanCount(r) <= Self.addresseeHan && r.allSatisfy { i in
            let c = text.original[i]
            return Lexicon.isHan(c) || c.isSpace || c.isASCII && c.properties.isAlphabetic || Self.outletMarks.contains(c)
        }
    }

    private static let outletMarks = ScalarSet("《》.'’&-")
    /// The marks of a title, which whom a cue addresses may hold (告诉官方媒体《环球时报》称).
    private static let titleMarks = ScalarSet("《》")

    /// Most characters of whom a cue addresses (告诉美国有线电视新闻网记者，), and of one with a Latin
    /// name (告诉 The Washington Post，).
    static let addresseeHan = 12
    static let addresseeLength = 30

    /// Longest whom told before the quotation of what (他的团队, 规划者们).
    static let toldLength = 6

    /// The 说 that goes on from whom 告诉 addresses (王建国告诉华盛顿邮报说，… / 告诉戴维斯说他…): one
    /// cue with 告诉, whose speaker is before it, not the one addressed.
    func sayingAfterAddressee(from p: Int, before end: Int) -> Range<Int>? {
        var k = p
        // (告诉官方媒体《环球时报》称: past the marks of a title)
        while k < end, k - p <= Self.addresseeHan, Lexicon.isHan(text.folded[k]) || text.original[k].isSpace || mentionAt[k] >= 0 || Self.titleMarks.contains(text.folded[k]) {
            if k > p, mentionAt[k] < 0, let say = Self.sayings.match(text.folded, at: k) { return k..<(k + say.length) }
            k += 1
        }
        return nil
    }

    private static let sayings = PhraseMatcher<Bool>(["说", "说道", "表示", "称"].map { ($0, true) })

    /// Longest name in quotation marks inside whom a cue addresses (告诉“国家”杂志).
    static let quotedAddresseeLength = 8
    /// Kinds of medium after a name in quotation marks (“国家”杂志, “观察家”报).
    private static let media = PhraseMatcher<Bool>(["杂志", "报", "周刊", "网站", "电视台", "电台", "频道", "节目"].map { ($0, true) })
}
