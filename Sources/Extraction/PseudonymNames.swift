import ClaimGraphCore

/// People the article names under a pseudonym it marks as one (队伍里的精灵 (化名), 队长蜘蛛（化名）,
/// 衣着朴素的农民杨军 (化名)), or by a name it marks as rendered from another script (约克大学的
/// 王静 (音译), 一名名叫王前(音译)的中国记者): the mark says the word before it is a person's
/// name, even one no surname opens, which the other passes never take for a name.
extension ActorFinder {
    /// Every name right before a parenthesis holding 化名 (化名, 均为化名, 化名，下同) or 音译.
    func pseudonyms(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        for m in t.positions(in: 1..<max(1, t.count - 1), where: { $0 == "化" || $0 == "音" })
        where t[m] == "化" ? t[m + 1] == "名" : t[m + 1] == "译" {
            guard let open = (max(0, m - Self.longestMarkOpening)..<m).last(where: { t[$0] == "(" || t[$0] == "（" }),
                  case let end = text.beforeSpaces(open, after: 0), let name = pseudonym(endingAt: end, c, rendered: t[m] == "音") else { continue }
            let written = text.foldedText(name)
            if !found.contains(Array(written.unicodeScalars)) { found.insert(written, Actor(written: name, in: text, kind: .person)) }
        }
    }

    /// The name ending at `end`: the Han characters back to a function word, a title or
    /// punctuation; of a longer run (农民杨军, 内地学生马克), its last three when a common surname
    /// opens them (媒体人李红缤), else its last two. A rendered name of four characters standing
    /// alone (交通办公室的伊藤隆典 (音译)) is cut so only where a common surname opens the cut:
    /// else it is a name of its own script (Japanese) that no cut gives.
    private func pseudonym(endingAt end: Int, _ c: Coverage, rendered: Bool) -> Range<Int>? {
        let t = text.folded
        // (a character of the run: Han, no catalog name's, no 的, and no title ending right after it)
        let inRun = { (i: Int) in Lexicon.isHan(t[i]) && !c.covered[i] && t[i] != "的" && (i + 1 == end || Lexicon.titles.match(t, endingAt: i + 1) == nil) }
        var lo = end
        while lo > 0, end - lo < Self.longestRun, inRun(lo - 1) { lo -= 1 }
        if end - lo > 3 || lo > 0 && inRun(lo - 1) {
            let surname = Lexicon.commonestSurnames.contains
            if rendered, end - lo == 4, lo == 0 || !inRun(lo - 1), !surname(t[end - 3]), !surname(t[end - 2]) { return nil }
            lo = surname(t[end - 3]) ? end - 3 : end - 2
        }
        guard end - lo >= 2, !(lo..<end).contains(where: stops) else { return nil }
        return lo..<end
    }

    /// 化名 or 音译 inside the parenthesis, after at most this many characters (均为化名).
    private static let longestMarkOpening = 3
    /// Longest run of characters read back before a pseudonym mark.
    private static let longestRun = 6
}
