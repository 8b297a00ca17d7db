/// What a survey or study was of, written between its author and the document noun (贝恩对主管们
/// 的一项调查发现, Leesman 近期对全球 60 万名职员的一项调查发现, 摩根士丹利针对跨国企业的调研显示):
/// the 的 in it belongs to what was surveyed, so the author is no owner before a 的, yet it is the
/// one the findings are credited to.
extension ArticleText {
    /// Where the document noun ends when a survey phrase follows `k`, past spaces and words of
    /// how recent it is: 对 or 针对, at most `longestSurveyed` characters of one clause, 的, a
    /// count of one (一项) and the noun.
    func surveyEnd(after k: Int) -> Int? {
        let t = folded
        var k = pastSpaces(k, before: t.count)
        while let recent = Self.recentWords.match(t, at: k) { k = pastSpaces(k + recent.length, before: t.count) }
        guard let about = Self.surveyedWords.match(t, at: k) else { return nil }
        var j = k + about.length
        while j < t.count, j - k <= Self.longestSurveyed, !Lexicon.endsClause(t[j]) {
            if t[j] == "的" {
                let d = j + 1 + (Self.singleSurvey.match(t, at: j + 1)?.length ?? 0)
                if let noun = Lexicon.documentNouns.match(t, at: d) { return d + noun.length }
            }
            j += 1
        }
        return nil
    }

    private static let surveyedWords = PhraseMatcher<Bool>(["对", "针对"].map { ($0, true) })
    /// Most characters read from 对 to the 的 of what was surveyed.
    private static let longestSurveyed = 30
    private static let recentWords = PhraseMatcher<Bool>(["近期", "最近", "日前", "此前", "近日", "本月", "上月", "今年", "去年", "曾"].map { ($0, true) })
    private static let singleSurvey = PhraseMatcher<Bool>(["一项", "一份", "一次"].map { ($0, true) })
}
