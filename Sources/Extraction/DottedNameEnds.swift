import ClaimGraphCore

/// Where a dotted name ends when its characters alone do not tell: a Latin spelling in
/// parentheses closes it (费尔南德·布罗代尔 (Fernand Braudel): 代尔 is in no transliteration
/// table), a part between two dots belongs to it (阿兰·麦席森·图灵), and a title its last
/// characters open does not (迈克尔·瑞安博士); and where it starts when a hyphen joins two given
/// names (安娜-莉莎·莱蒂宁).
extension ActorFinder {
    /// Where the name whose reading stopped at `hi` really ends: past one to three Han
    /// characters when a Latin name in parentheses follows them, unless those characters are
    /// a title, a form of address or a word that follows names (教授, 先生, 父子, 一世, 爵士).
    func surnameEnd(reachingGlossFrom hi: Int) -> Int? {
        let t = text.folded
        var k = hi
        while k < t.count, k - hi < Self.longestGlossedTail, Lexicon.isHan(t[k]) { k += 1 }
        guard k > hi, k < t.count else { return nil }
        let open = text.pastSpaces(k, before: t.count)
        guard open + 1 < t.count, t[open] == "(" || t[open] == "（",
              Self.isUpperLatin(text.original[text.pastSpaces(open + 1, before: t.count)]) else { return nil }
        // (瑞安博士, 施梅陶伯爵, 杜兰特夫妇: a word the name's last character opens is no surname)
        let tail = (hi - 1)..<k
        guard !tail.contains(where: { p in Lexicon.titles.match(t, at: p) != nil || Lexicon.titlesAfterName.match(t, at: p) != nil
                    || Lexicon.addressAfterName.match(t, at: p) != nil || Self.wordsAfterNames.match(t, at: p) != nil }),
              !Lexicon.endsLikeInstitution(t, at: k) else { return nil }
        return k
    }

    /// Where a name read up to `hi` ends when its last one or two characters open a title
    /// that runs on past it (迈克尔·瑞安博士, 威廉·道格拉斯大法官), keeping two characters
    /// after `partStart`.
    func beforeTitle(opening hi: Int, after partStart: Int) -> Int {
        let t = text.folded
        for back in [2, 1] where hi - back - partStart >= 2 {
            let title = Lexicon.titles.match(t, at: hi - back) ?? Lexicon.titlesAfterName.match(t, at: hi - back)
            if let title, title.length > back { return hi - back }
        }
        return hi
    }

    /// The dot after at most three more Han characters of a name part at `k`, when another
    /// part follows it and one of them transliterates (阿兰·麦席森·图灵: 席 and 森 are no
    /// transliteration characters, but sit between two dots after 麦).
    func middlePartEnd(from k: Int) -> Int? {
        let t = text.folded
        var e = k
        while e < t.count, e - k < Self.longestGlossedTail, Lexicon.isHan(t[e]) { e += 1 }
        // (not 卡萨姆和杰森·斯坦利: two people; not 黄冈·随州·宜昌: places in a list)
        guard e > k, e + 1 < t.count, Lexicon.nameDots.contains(t[e]), Lexicon.isHan(t[e + 1]),
              (k..<e).contains(where: { Lexicon.transliteration.contains(t[$0]) }),
              !(k..<e).contains(where: { Self.joiningCharacters.contains(t[$0]) }) else { return nil }
        return e
    }

    /// Characters joining two names (A和B, A与B, A及B), which no name part holds.
    private static let joiningCharacters = ScalarSet("和与及同跟、")

    /// The most Han characters a Latin spelling carries a dotted name over.
    static let longestGlossedTail = 3

    /// Words written right after a person's name that are not part of it.
    private static let wordsAfterNames = PhraseMatcher<Bool>((["父子", "夫妇", "兄弟", "姐妹", "家族", "一世", "二世", "三世", "公寓", "家", "等",
                                                                    "王子", "公主"] + Lexicon.nobleTitles).map { ($0, true) })

    /// Where the first part of a hyphenated given name starts, ending at `h` (安娜 of 安娜-莉莎·…).
    func givenNameStart(before h: Int, _ covered: [Bool]) -> Int? {
        var k = h
        while k > 0, h - k < 4, Self.namePartBeforeDot(text.folded[k - 1]), !covered[k - 1], Lexicon.titles.match(text.folded, endingAt: k) == nil { k -= 1 }
        return k < h ? k : nil
    }
}
