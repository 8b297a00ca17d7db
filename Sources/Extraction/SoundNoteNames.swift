import ClaimGraphCore

/// Chinese names a translator writes by ear and marks so (荣强 (音), 曹雪飞（音）, 向金国 (音译),
/// 张元新[音]):
/// the note says a person's name ends there, though no title or cue is near it.
extension ActorFinder {
    /// Whether the parenthesis at `p` is such a note; the name before it is then found.
    /// (Called from `parenthesizedNames`, which already visits every parenthesis: a walk of
    /// its own over every character would cost more than the rule's work.)
    func nameBeforeSoundNote(at p: Int, _ found: inout PhraseMatcher<Actor>, _ covered: [Bool]) -> Bool {
        let t = text.folded
        guard p + 2 < t.count, t[p + 1] == "音" else { return false }
        let close = t[p + 2] == "译" && p + 3 < t.count ? p + 3 : p + 2  // (folded: 譯 is 译)
        guard Lexicon.soundNoteClosers.contains(t[close]) else { return false }
        var end = p
        while end > 0, t[end - 1] == " " { end -= 1 }
        if let lo = chineseNameStart(endingAt: end, covered, opensPhrase: false) {
            let name = text.foldedText(lo..<end)
            if !found.contains(Array(name.unicodeScalars)) { found.insert(name, Actor(written: lo..<end, in: text, kind: .person)) }
        }
        return true
    }

    /// Where a Chinese name of three characters (two, when three would not start on a surname)
    /// ends at `end`. Half the common characters are surnames too (武器, 石油), so where nothing
    /// else marks the name, it must open its phrase (`opensPhrase`): after punctuation, a space,
    /// 的 or a title. 和 joins two names rather than starting one (罗勒和可汗), and the last
    /// character of a title is no surname (分析师秦严).
    func chineseNameStart(endingAt end: Int, _ covered: [Bool], opensPhrase: Bool) -> Int? {
        let t = text.folded
        for size in [3, 2] where end >= size {
            let s = end - size
            guard Lexicon.surnames.contains(t[s]), t[s] != "和", (s..<end).allSatisfy({ Lexicon.isHan(t[$0]) && !covered[$0] }),
                  size == 2 || Lexicon.titles.match(t, endingAt: s + 1) == nil  // 分析师秦严: 师 ends the title
            else { continue }
            if !opensPhrase || s == 0 || !Lexicon.isHan(t[s - 1]) || t[s - 1] == "的" || Lexicon.titles.match(t, endingAt: s) != nil { return s }
        }
        return nil
    }
}
