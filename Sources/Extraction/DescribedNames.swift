import ClaimGraphCore

/// Chinese names met once, which the text itself marks as people who speak: a description in
/// 的 closing on the name just before its cue (研究公司盛博的何珊表示，…, …的朱夏莲一直认为，…),
/// or an age before the name (现年 76 岁的何秀英).
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

    /// Chinese names right after an age (现年 76 岁的何秀英驾驶着舢板, 一名 22 岁的王伟说): an age
    /// is written before people, so the name is a person's though written once with no cue. Three
    /// characters unless the third stops a name or the two are written without it; two only under
    /// one of the commonest surnames; not a word for people (17 岁的高中生, 30 岁的研究员), a region
    /// (华南海鲜市场), nor 22 岁的周姓男子.
    func namesAfterAges(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        for k in t.positions(in: 1..<max(1, t.count - 3), where: { $0 == "岁" }) where t[k + 1] == "的" {
            let before = text.beforeSpaces(k, after: 0)
            guard before > 0, Self.ageEnds.contains(t[before - 1]) else { continue }
            let s = k + 2
            let two = String(scalars: t[s..<min(s + 2, t.count)])
            guard Lexicon.surnames.contains(t[s]), s + 2 < t.count, (s..<(s + 2)).allSatisfy({ Lexicon.isHan(t[$0]) && !c.covered[$0] }), !stops(s + 1),
                  !Lexicon.commonWords.contains(two), !RegionNames.contains(two), !(s..<(s + 3)).contains(where: { t[$0] == "姓" }) else { continue }
            // (汪龙自…: the two written elsewhere without the third are the name)
            let three = Lexicon.isHan(t[s + 2]) && !c.covered[s + 2] && !stops(s + 2) && !writtenWithoutThird(at: s)
            let last = t[s + (three ? 2 : 1)]
            guard three || Lexicon.commonestSurnames.contains(t[s]), !Lexicon.peopleEnds.contains(last), !Self.wordsForPeopleEnds.contains(last) else { continue }
            let r = s..<(s + (three ? 3 : 2))
            let name = Array(t[r])
            if !found.contains(name) { found.insert(String(scalars: name), Actor(written: r, in: text, kind: .person)) }
        }
    }

    /// What an age ends in before 岁: a digit, a Chinese numeral, or 多 (30 多岁).
    private static let ageEnds = ScalarSet("0123456789０１２３４５６７８９一二三四五六七八九十多")
    /// Last characters of words for people that are not in `Lexicon.peopleEnds` (高中生, 老板娘).
    private static let wordsForPeopleEnds = ScalarSet("生娘工手")

    /// Brackets closing a gloss or a title before 的 (")", "）", "」", "》").
    private static let closingBrackets = ScalarSet(")）」》")
}
