import ClaimGraphCore

/// Chinese names met once, which the text itself marks as people who speak: a description in
/// 的 closing on the name just before its cue (研究公司盛博的何珊表示，…, …的朱夏莲一直认为，…).
/// Written once elsewhere, a name is too often a word; here who it is and that it speaks are
/// both written.
extension ActorFinder {
    /// Whether the name at `r` closes a description in 的 right before a verb cue whose words
    /// follow its punctuation (民主党的单仲偕认为，…). Common words follow 的 there too (的文学认为,
    /// 的成年人表示, 的高管说): two characters need one of the commonest surnames, three no last
    /// character of a group, an institution or a place (董事会, 简历中).
    func describedBeforeItsWords(_ r: Range<Int>, cueAt cue: Int) -> Bool {
        let t = text.folded
        guard r.lowerBound >= 2, t[r.lowerBound - 1] == "的", let m = Lexicon.cues.match(t, at: cue), !m.value.isNoun, m.value.kind == .speech else { return false }
        // (what 的 closes: a word, or a gloss or a title in brackets, 「自主研究」(Autonomous Research) 的)
        var d = r.lowerBound - 1
        while d > 0, t[d - 1].isSpace { d -= 1 }
        guard d > 0, Lexicon.isHan(t[d - 1]) || Self.closingBrackets.contains(text.original[d - 1]) else { return false }
        let last = t[r.upperBound - 1]
        guard r.count == 2 ? Lexicon.commonestSurnames.contains(t[r.lowerBound])
                : !Lexicon.groupEnds.contains(last) && !Lexicon.institutionEnds.contains(last) && !Lexicon.notInNamesSaidOnce.contains(last) else { return false }
        let k = text.pastSpaces(cue + m.length, before: text.original.count)
        // (a full name under one of the commonest surnames needs no punctuation after its cue,
        // 「自主研究」(Autonomous Research) 的朱夏莲一直认为中国的…; not a surname and a word of
        // degree, 的王更加…)
        return k < text.original.count && (Lexicon.clausePunctuation.contains(text.original[k]) || Lexicon.isColon(text.original[k])
            || r.count == 3 && Lexicon.commonestSurnames.contains(t[r.lowerBound]) && Lexicon.degreeWords.match(t, at: r.lowerBound + 1) == nil)
    }

    /// Brackets closing a gloss or a title before 的 (")", "）", "」", "》").
    private static let closingBrackets = ScalarSet(")）」》")
}
