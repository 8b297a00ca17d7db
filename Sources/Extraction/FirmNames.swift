import ClaimGraphCore

/// Firms the catalog does not know, written right after what kind of firm they are (咨询公司贝恩,
/// 研究机构盖洛普, 银行业咨询公司奥纬咨询 (Oliver Wyman)): the trade before the kind says a firm is
/// named, as a title says a person is, and the name alone stands for the firm later (贝恩估计).
extension ActorFinder {
    func firmNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        var i = 2
        // (from one kind's first character to the next, found in one tight pass; a kind read moves on past it)
        for k in t.positions(in: 2..<max(2, t.count), where: Self.firmKindStarts.contains) where k >= i {
            i = k
            guard let kind = Self.firmKinds.match(t, at: i) else { continue }
            let kindStart = i, start = i + kind.length
            i = start
            // (…集团有限公司, 中国公司总裁 (Matt Tsien), …服务公司协会（CESSI）: more of the kind, a
            // title or a body's word, no name)
            guard start < t.count, !c.covered[start], describesTrade(before: kindStart), Lexicon.titles.match(t, at: start) == nil,
                  Lexicon.bodyKindWords.match(t, at: start) == nil, Self.kindsGoingOn.match(t, at: start) == nil,
                  Lexicon.unnamedSources.match(t, at: start) == nil,  // 电信公司职员安切斯（A. Kaya）: its staff
                  let end = transliteratedFirm(at: start, c) ?? glossedFirm(at: start, c) ?? firmOfDocument(at: start, c) else { continue }
            let name = text.foldedText(start..<end)
            if found.contains(Array(name.unicodeScalars)) { continue }
            found.insert(name, Actor(written: start..<end, in: text, kind: .organization))
        }
    }

    /// Kinds of firm a trade is written before (咨询公司, 研究机构, 电信集团, 会计师事务所).
    private static let firmKinds = PhraseMatcher<Bool>(["公司", "机构", "集团", "事务所", "平台"].map { ($0, true) })
    /// Their first characters, for the pass that finds where one may be written.
    private static let firmKindStarts = firmKinds.firstScalars

    /// Words going on with the kind rather than naming the firm (集团有限公司, 股份公司).
    private static let kindsGoingOn = PhraseMatcher<Bool>(["有限", "股份"].map { ($0, true) })

    /// Whether two Han characters of a trade end right before the kind at `k` (咨询, 研究): not
    /// a demonstrative or a count (该公司, 这家公司, 一家公司) nor whose it is (他的公司).
    private func describesTrade(before k: Int) -> Bool {
        let t = text.folded
        return Lexicon.isHan(t[k - 1]) && Lexicon.isHan(t[k - 2]) && !Self.beforeNoTrade.contains(t[k - 1]) && !Lexicon.numerals.contains(t[k - 1])
    }

    /// Characters that close no trade before a firm's kind (的公司, 家公司, 该公司, 分公司, 子公司).
    private static let beforeNoTrade = ScalarSet("的家该此这那个分子母总本其各某")

    /// The end of a transliterated name of two to four characters at `s` that stops where a word
    /// or a clause does (贝恩估计, 盖洛普的数据, 贝恩 (Bain)): nil for one running on (公司高管).
    private func transliteratedFirm(at s: Int, _ c: Coverage) -> Int? {
        let t = text.folded
        var e = s
        while e < t.count, e - s < Self.longestFirmName, Lexicon.transliteration.contains(t[e]), !c.covered[e], e == s || !stops(e) { e += 1 }
        guard e - s >= 2, e < t.count else { return nil }
        let next = text.pastSpaces(e, before: t.count)
        guard next < t.count else { return nil }
        return Lexicon.cues.match(t, at: next) != nil || t[next] == "的" || Lexicon.clausePunctuation.contains(text.original[next])
            || t[next] == "（" || t[next] == "(" || surveyAfterName(next) ? e : nil
    }

    /// Most characters of a transliterated firm's name read after its kind (高德纳, 普华永道).
    private static let longestFirmName = 4

    /// The end of a Han name at `s` whose data or report follow it (招聘平台智联招聘的数据显示):
    /// two to six characters, no cue in them, then 的 and a document.
    private func firmOfDocument(at s: Int, _ c: Coverage) -> Int? {
        let t = text.folded
        var e = s
        while e < t.count, e - s < 6, Lexicon.isHan(t[e]), !c.covered[e], t[e] != "的", Lexicon.cues.match(t, at: e) == nil { e += 1 }
        guard e - s >= 2, e + 1 < t.count, t[e] == "的", Lexicon.documentNouns.match(t, at: e + 1) != nil else { return nil }
        // (公司提交的文件, 机构近期的报告, 集团官方公布的数据: what was done with it, or when, no name)
        let describes = (s..<e).contains { Lexicon.issuingVerbs.match(t, at: $0) != nil || Lexicon.handlingVerbs.match(t, at: $0) != nil
            || Self.compilingVerbs.match(t, at: $0) != nil
            || Self.timeWords.match(t, at: $0) != nil || Self.describingWords.match(t, at: $0) != nil }
        return describes ? nil : e
    }

    /// What is done to compile data or a report, which no firm's name holds (提供, 统计), beside
    /// issuing (`Lexicon.issuingVerbs`) and handling them (`Lexicon.handlingVerbs`).
    private static let compilingVerbs = PhraseMatcher<Bool>(["提供", "报送", "进行", "统计", "审计", "汇总", "整理", "收集"].map { ($0, true) })

    /// Words saying whose or how recent the data are, which no firm's name holds (官方公布的数据,
    /// 戴德梁行近期的报告).
    private static let describingWords = PhraseMatcher<Bool>(["官方", "公开", "近期", "最新"].map { ($0, true) })

    /// The end of a Han name at `s` that a Latin name in parentheses spells out (奥纬咨询 (Oliver
    /// Wyman)), at most eight characters with no 的 or cue in them.
    private func glossedFirm(at s: Int, _ c: Coverage) -> Int? {
        let t = text.folded, o = text.original
        var e = s
        while e < t.count, e - s < 8, Lexicon.isHan(t[e]), !c.covered[e], t[e] != "的", Lexicon.cues.match(t, at: e) == nil { e += 1 }
        let open = text.pastSpaces(e, before: t.count)
        guard e - s >= 2, open + 1 < t.count, t[open] == "（" || t[open] == "(" else { return nil }
        let k = text.pastSpaces(open + 1, before: t.count)
        return k < t.count && Self.isUpperASCII(o[k]) ? e : nil
    }
}
