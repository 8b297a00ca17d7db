import ClaimGraphCore

/// Cues that a character after them usually makes another word (说是, 预计将), still someone's
/// words after the right subject.
extension ClaimFinder {
    /// Whether a cue its usual blocker follows is still someone's words. IMF 现在预计今年的全球经济
    /// 增长率…: a forecast for a time (预计今年, 预测明年) is when a named speaker or people who
    /// forecast (分析师, 经济学家) are its subject, past adverbs, and one of what will be (预计将有,
    /// 预测会) when they are people; else it is what is expected of a thing or a body (会议预计明天
    /// 举行, 中国预计将超过美国). 说是 is after a person or 他 / 她 (他说是贪婪让他投资…: he said it
    /// was greed), where elsewhere it is no report (可以说是, 据说是).
    func speakerOwnsBlockedCue(_ i: Int, after next: Unicode.Scalar) -> Bool {
        let t = text.folded
        let says = t[i] == "说" && next == "是"
        let modal = Self.forecastModals.contains(next)
        guard says || t[i] == "预" && (Self.forecastTimes.contains(next) || modal) else { return false }
        var k = i
        while k > 0, mentionAt[k - 1] < 0, i - k < 4 {
            if Lexicon.adverbs.contains(t[k - 1]) || t[k - 1].isSpace { k -= 1 }
            else if let w = ActorFinder.timeWords.match(t, endingAt: k) { k -= w.length }
            else { break }
        }
        if says, k > 0, let p = Lexicon.pronouns.match(t, endingAt: k, maxLength: 1), p.value == .he || p.value == .she { return true }
        // (分析师预测明年…, 摩根士丹利的经济学家现在预测明年…: people forecast too, unnamed)
        if !says, Lexicon.unnamedSources.match(t, endingAt: k) != nil || Lexicon.memberNouns.match(t, endingAt: k) != nil { return true }
        guard k > 0, mentionAt[k - 1] >= 0 else { return false }
        return (says || modal ? [.person] : [.person, .organization, .outlet]).contains(mentions[mentionAt[k - 1]].actor.kind)
    }

    /// Times a forecast may open with (预计今年, 预测明年, 预估本季度).
    private static let forecastTimes = ScalarSet("今明本")
    /// What will be that a forecast by people may open with (詹金斯预计将有…, 专家预测会出现…).
    private static let forecastModals = ScalarSet("将会")
}
