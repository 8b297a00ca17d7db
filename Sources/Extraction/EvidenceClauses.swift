/// What reported words show, said in a clause of their own (王毅表示，这次会谈很成功，表明双方关系
/// 良好; 分析人士认为，现在是发出信号，表明北京不会容忍…): a cue of evidence with no subject of its
/// own after a comma goes on with the same words; it is no second statement.
extension ClaimFinder {
    /// Whether `next` is a cue of evidence opening a clause of `hit`'s words, with nothing but
    /// clause punctuation before it in that clause.
    func showsWithin(_ next: Hit, _ hit: Hit) -> Bool {
        guard hit.afterQuote == nil, !hit.isSource, next.clauseStart > hit.cue.upperBound, case .inherit? = next.subject,
              Self.evidenceCues.match(text.folded, at: next.cue.lowerBound)?.length == next.cue.count,
              !text.original[hit.cue.upperBound..<next.clauseStart].contains(where: { $0 == "；" || $0 == ";" }) else { return false }
        return text.original[next.clauseStart..<next.cue.lowerBound].allSatisfy { $0.isSpace || Lexicon.clausePunctuation.contains($0) }
    }

    /// Whether what shows is a thing that happened or was seen (历史表明, 一个明确的迹象表明,
    /// 其他基本面困境也表明, 意大利的情况表明): no one's statement, whoever the phrase names
    /// on the way (英国政府对极端分子的资助历史). A study, a document or data shows as a source does,
    /// and so does what a body published (3 月 18 日发布的 2 月运输情况显示).
    func showsByAThing(_ hit: Hit) -> Bool {
        let t = text.folded
        guard !hit.region.isEmpty, Self.evidenceCues.match(t, at: hit.cue.lowerBound)?.length == hit.cue.count else { return false }
        var end = trimmedTail(hit.region)
        while end > hit.region.lowerBound + 2, Lexicon.adverbs.contains(t[end - 1]) { end -= 1 }
        // (发布的 2 月运输情况显示: figures someone published are their report)
        return Self.thingsShowing.match(t, endingAt: end) != nil
            && !(hit.region.lowerBound..<end).contains(where: { Lexicon.issuingVerbs.match(t, at: $0) != nil })
    }

    /// What happened or was seen, which shows without saying (迹象, 历史, 情况, 事实, 经验).
    private static let thingsShowing = PhraseMatcher<Bool>(["迹象", "历史", "情况", "事实", "经验", "案例", "行动", "举动", "做法",
                                                             "经历", "现象", "趋势", "困境", "表现", "变化", "事件", "一切"].map { ($0, true) })

    /// Cues that say what something shows (表明, 显示, 说明, 证明, 意味着).
    private static let evidenceCues = PhraseMatcher<Bool>(["表明", "显示", "说明", "证明", "意味着"].map { ($0, true) })
}
