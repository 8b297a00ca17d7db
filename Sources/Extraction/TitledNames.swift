import ClaimGraphCore

/// People written after a title (卡内基俄罗斯欧亚中心主任加布耶夫, 局长邱国正): how long the name
/// after the title is, and the role words before it kept as the person's role.
extension ActorFinder {
    /// A name after a title (…教授朱志群), with the role words before the title.
    func titledNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        let catalogEnd = c.catalogEnd
        let titles = Lexicon.titles
        // (only where a title may start, found in one tight pass)
        for i in t.positions(in: 0..<t.count, where: Self.titleStarts.contains) {
            // (CMO 李文青: a role in Latin capitals, a space after it)
            let plain = titles.match(t, at: i)
            let latin = plain == nil && Self.isUpperASCII(text.original[i]) ? Self.roleAcronyms.match(t, at: i) : nil
            guard let title = plain ?? latin, latin == nil || i == 0 || !Self.isASCIIWordCharacter(text.original[i - 1]) else { continue }
            var start = latin == nil ? i + title.length : text.pastSpaces(i + title.length, before: t.count)
            if nameAfterDe(at: start) { start += 1 }  // (曾任赵紫阳秘书的鲍彤所言)
            guard start < t.count, !catalogEnd[start], !covered[start], Lexicon.isHan(t[start]),
                  !Lexicon.titleContinuations.contains(t[start]),
                  Lexicon.breakers.match(t, at: start) == nil || surnameZhou(at: start) || surnameZeng(at: start), Lexicon.cues.match(t, at: start) == nil,
                  Lexicon.titles.match(t, at: start) == nil,
                  let len = nameLength(at: start) else { continue }
            let name = text.foldedText(start..<(start + len))
            if found.contains(Array(name.unicodeScalars)) { continue }
            var props: [String: PropertyValue] = [:]
            props["role"] = .string(text.text(roleStart(before: i)..<start))
            found.insert(name, Actor(written: start..<(start + len), in: text, kind: .person, properties: props))
        }
    }

    /// Whether 的 at `k` stands between a title and a Chinese name its cue follows straight away,
    /// the words after the cue's punctuation (曾任国民党政府官员的苏起说。), after the one told
    /// (担任总裁的张斌对财新记者说，) or after 所言 (曾任赵紫阳秘书的鲍彤所言): the title describes the
    /// one speaking. Not a noun the cue's object follows (总经理的简历透露出更多细节).
    private func nameAfterDe(at k: Int) -> Bool {
        let t = text.folded, s = k + 1
        guard k < t.count, t[k] == "的", s + 2 < t.count, Lexicon.surnames.contains(t[s]),
              !Lexicon.commonWords.contains(String(scalars: t[s..<(s + 2)])) else { return false }
        return [2, 3].contains { len in
            s + len < t.count && (s..<(s + len)).allSatisfy({ Lexicon.isHan(t[$0]) && ($0 == s || !stops($0)) })
                && (saidBy(at: s + len) || cueWithPunctuation(at: s + len) || toldAt(s + len))
        }
    }

    /// Whether a cue at `k` is followed by punctuation (说。, 表示，).
    private func cueWithPunctuation(at k: Int) -> Bool {
        Lexicon.cues.match(text.folded, at: k).map { punctuationAfter(k + $0.length) } ?? false
    }

    /// Whether 对 or 向 at `k` opens the one told, a few Han characters, before a cue and its
    /// punctuation (对财新记者说，).
    private func toldAt(_ k: Int) -> Bool {
        let t = text.folded
        guard k < t.count, t[k] == "对" || t[k] == "向" else { return false }
        var j = k + 1
        while j < t.count, j - k <= Self.longestTold, Lexicon.isHan(t[j]) {
            if j > k + 1, cueWithPunctuation(at: j) { return true }
            j += 1
        }
        return false
    }

    /// Most characters of the one told between 对 and the cue (对财新记者说).
    private static let longestTold = 8

    /// Whether punctuation follows `k`, past spaces: the clause's, a colon or the sentence's end
    /// (「…」…的苏起说。).
    private func punctuationAfter(_ k: Int) -> Bool {
        let p = text.pastSpaces(k, before: text.original.count)
        guard p < text.original.count else { return true }
        let c = text.original[p]
        return Lexicon.clausePunctuation.contains(c) || Lexicon.isColon(c) || Lexicon.terminators.contains(c)
    }

    /// Roles written in Latin capitals before a name (CEO 李文青, CMO 王芳), as the folded text
    /// spells them.
    private static let roleAcronyms = PhraseMatcher<Bool>(["ceo", "cfo", "coo", "cto", "cmo", "cio"].map { ($0, true) })

    /// The first characters of titles and of role acronyms (as matched: lower-cased).
    private static let titleStarts = Lexicon.titles.firstScalars.union(roleAcronyms.firstScalars)

    /// 曾 opening a name after a title (副主任曾益新表示), not the adverb (副主任曾表示, 曾多次
    /// 表示, 曾经, 曾如此评价, 曾口头承诺): two characters that open no breaker or cue and are
    /// no manner follow, then the cue. (Written twice elsewhere was tried: 记者曾获得 recurs. 于
    /// the same way was tried: 发言人于北京表示 is a place.)
    private func surnameZeng(at i: Int) -> Bool {
        let t = text.folded
        guard t[i] == "曾", i + 3 < t.count, t[i + 1] != "经", ((i + 1)..<(i + 3)).allSatisfy({ Lexicon.isHan(t[$0]) && !stops($0) }) else { return false }
        let two = String(scalars: t[(i + 1)..<(i + 3)])
        return !Lexicon.mannerWords.contains(two) && !Self.waysOfSaying.contains(two) && cueAt(i + 3)
    }

    /// 曾 opening a full name written more than once where a name opens a clause before its cue
    /// (「…」曾佳欣向财新记者称: `isChineseName`), not the adverb (曾表示, 曾经, 曾多次说: what follows
    /// it stops a name, and the adverb's words are seldom the same three characters twice). After
    /// a title, `surnameZeng(at:)` asks for the cue instead (记者曾获得 recurs there).
    func surnameZeng(opening r: Range<Int>) -> Bool {
        let t = text.folded
        return r.count == 3 && t[r.lowerBound] == "曾" && t[r.lowerBound + 1] != "经" && Self.writtenTwice(Array(t[r]), in: t)
    }

    /// Verbs of what officials do that follow a name of two characters straight (李斌表达了…的考虑,
    /// 张伟出席了…): their first character is no third one of the name.
    private static let verbsAfterNames = PhraseMatcher<Bool>(["表达", "发表", "出席", "参加", "会见", "访问", "主持", "签署", "接受", "前往",
                                                              "抵达", "带领", "率领", "提交", "撰写", "召开", "举行", "指示"].map { ($0, true) })

    /// How something was said, between 曾 and its cue (曾口头承诺, 曾私下表示).
    private static let waysOfSaying: Set = ["口头", "私下", "当面", "亲口", "书面", "明确", "反复"]

    /// The start of the role words before a title (美国巴克内尔大学国际关係系教授): back to
    /// the previous punctuation or function word (…因此对该校教授), at most 30 characters.
    private func roleStart(before end: Int) -> Int {
        var s = end
        while s > 0, end - s < 30, !Lexicon.roleSeparators.contains(text.folded[s - 1]),
              Lexicon.isHan(text.folded[s - 1]) || text.folded[s - 1].isASCII && text.folded[s - 1] != "," || "（）()".unicodeScalars.contains(text.folded[s - 1]) {
            s -= 1
        }
        return s
    }

    /// Length of a name written after a title: a transliteration (韦伯斯特) or a Chinese
    /// name of two or three characters (朱志群, 肖斌).
    private func nameLength(at s: Int) -> Int? {
        let t = text.folded
        var run = 0
        while s + run < t.count, run < 8, Lexicon.transliteration.contains(t[s + run]), run == 0 || !stops(s + run) { run += 1 }
        // 政治分析人士林和立说, 国台办原副主任王在希去年底…说: 和 or 在 inside a three-character name
        // right before its cue, or written twice, is no conjunction (记者张和李说 joins two surnames)
        if Lexicon.surnames.contains(t[s]), s + 3 < t.count, givenNameBreaker(at: s + 1, in: s..<(s + 3)), Lexicon.isHan(t[s + 2]), !stops(s + 2),
           cueAt(s + 3) || Self.writtenTwice(Array(t[s..<(s + 3)]), in: t) {
            return 3
        }
        // (评论家陈思和认为, 学者李大同说: 和 or 同 ending a name right before its cue, or written
        // twice, is no conjunction; 陈思和王明说 joins two people)
        // (not 张伟正在…: 正在 is a word of its own)
        if Lexicon.surnames.contains(t[s]), s + 3 < t.count, Self.thirdCharacterBreakers.contains(t[s + 2]), Lexicon.isHan(t[s + 1]), !stops(s + 1),
           !Self.wordEndsAfterBreaker.contains(t[s + 3]), cueAt(s + 3) || Self.writtenTwice(Array(t[s..<(s + 3)]), in: t) {
            return 3
        }
        if Lexicon.surnames.contains(t[s]), s + 1 < t.count, Lexicon.isHan(t[s + 1]), !stops(s + 1) {
            if s + 2 < t.count, t[s + 2] == "地" { return nil }  // 研究助手严肃地指出: an adverb, not a name
            // 经理解雇了他: a verb and its 了, not a name (部长王毅了解到: 了解 is a word of its own)
            if s + 3 < t.count, t[s + 2] == "了", t[s + 3] != "解" { return nil }
            // A surname character starts many common words (记者任何国家…, 应该有).
            if Lexicon.commonWords.contains(String(scalars: t[s..<(s + 2)])) { return run >= 4 ? run : nil }
            // Four characters straight before a cue: a Japanese name (官房长官松野博一表示).
            // (not 策展人陈文玉来说: 来说 holds its 说; not 主席郭树清均表示: 均 says 'both')
            if s + 4 < t.count, ((s + 1)..<(s + 4)).allSatisfy({ Lexicon.isHan(t[$0]) && !stops($0) }), cueAt(s + 4),
               !Self.allOf.contains(t[s + 3]), t[s + 3] != "所",  // (经济学家王建国所说: what he said)
               !mannerWord(at: s + 2),  // (创始人王冉如此总结: 如此 points back to the quotation)
               Lexicon.wordsHoldingCues.match(t, at: s + 3) == nil,
               Lexicon.titlesAfterName.match(t, at: s + 2) == nil, Lexicon.titles.match(t, at: s + 2) == nil {
                return 4
            }
            // 分析师张瑜估算 … 张瑜称: a third character is part of the name only if the
            // two-character name is not written elsewhere without it.
            let three = s + 2 < t.count && Lexicon.isHan(t[s + 2]) && (!stops(s + 2) || adverbEndsName(s + 2))
                && Lexicon.titlesAfterName.match(t, at: s + 2) == nil  // 吴谦大校: a rank, not a name
                && !writtenWithoutThird(at: s) && !saidBy(at: s + 2) && !mannerWord(at: s + 2)
                && Self.verbsAfterNames.match(t, at: s + 2) == nil  // (副主任李斌表达了…: 表 opens a verb)
            let chinese = three ? 3 : 2
            if run > chinese && run >= 4 { return run }
            return chinese
        }
        return run >= 2 ? run + (endsPastTransliteration(s, run) ? 1 : 0) : uncommonSurnameName(at: s)
    }

    /// Whether the name of `run` transliteration characters at `s` goes on one character more
    /// (教授劳东燕在会上…，劳东燕说: 燕 is no transliteration's): a Han character that stops no
    /// name and opens no cue, the longer name written again elsewhere.
    private func endsPastTransliteration(_ s: Int, _ run: Int) -> Bool {
        let t = text.folded, k = s + run
        guard k + 1 < t.count, Lexicon.isHan(t[k]), !stops(k), Lexicon.cues.match(t, at: k) == nil, !Lexicon.isHan(t[k + 1]) || stops(k + 1) || cueAt(k + 1),
              !Lexicon.placeEnds.contains(t[k]), Lexicon.titles.match(t, endingAt: k + 1) == nil  // (德克萨斯州, 斯拉博士)
        else { return false }
        return Self.writtenTwice(Array(t[s...k]), in: t)
    }

    /// 创办人达鸿飞说, 主任楼仲平认为: three characters straight between a title and a cue, opening
    /// with a surname too common as a word to open names anywhere else (`wordSurnames`), none of
    /// them an adverb, a particle or a word that stops a name, are a name.
    private func uncommonSurnameName(at s: Int) -> Int? {
        let t = text.folded
        guard s + 3 < t.count, Lexicon.wordSurnames.contains(t[s]), cueAt(s + 3),
              (s..<(s + 3)).allSatisfy({ Lexicon.isHan(t[$0]) && !stops($0) && !Lexicon.adverbs.contains(t[$0]) && !Self.notInNames.contains(t[$0]) }),
              !Self.waysOfSaying.contains(String(scalars: t[s..<(s + 2)])), !Lexicon.commonWords.contains(String(scalars: t[s..<(s + 2)])),
              Lexicon.documentNouns.match(t, endingAt: s + 3) == nil else { return nil }  // (采购经理人调查显示: a survey)
        return 3
    }

    /// Particles and words of number or manner that no name holds (笑着说, 们普遍认为, 私下里说), and
    /// 人, which ends a title before it (经理人).
    private static let notInNames = ScalarSet("着地得过们里皆才仍或其之所人")

    /// 局长邱国正也表示: 正 or 同 ends a three-character name when a cue or another adverb follows
    /// it at once (not 张伟正在: 正在 is one word; not 亦 or 更, which say 'also' and 'further' right
    /// before a cue: 高力亦表示).
    private func adverbEndsName(_ i: Int) -> Bool {
        let t = text.folded
        guard i + 1 < t.count, Self.adverbsInNames.contains(t[i]) else { return false }
        return cueAt(i + 1) || Self.adverbsAfterNames.contains(t[i + 1])
    }

    /// A word of manner right after a name (王冉如此总结, 李明这样说), which no name holds.
    private func mannerWord(at i: Int) -> Bool {
        let t = text.folded
        return i + 2 <= t.count && Lexicon.mannerWords.contains(String(scalars: t[i..<(i + 2)]))
    }

    /// 所 before a verb of saying (律师滕彪所言, 所说, 所写): "what X said", no third character of X's name.
    private func saidBy(at i: Int) -> Bool {
        let t = text.folded
        return t[i] == "所" && i + 1 < t.count && (cueAt(i + 1) || Lexicon.sayingAfterSuo.contains(t[i + 1]))
    }

    private static let adverbsInNames = ScalarSet("正同")
    /// Characters that end given names but also join or place (陈思和, 李大同, 王立正).
    private static let thirdCharacterBreakers = ScalarSet("和同正")
    /// Characters that make one of those a word's start (正在, 正是, 同时, 同样, 和平).
    private static let wordEndsAfterBreaker = ScalarSet("在是时样平")
    /// 'Both', 'all' between listed people and their cue (易纲、郭树清均表示).
    private static let allOf = ScalarSet("均皆")
    private static let adverbsAfterNames = ScalarSet("也还则都曾亦又")

    /// Whether the two characters at `s` are written somewhere without the one at `s + 2`, i.e.
    /// more often than the three together, and not as the start of a second three-character
    /// name, one a function word or a cue closes or written twice (村民徐文成 beside 村支书
    /// 徐文海则表示: two people, neither 徐文; 杨波前往 still shows 杨波). A scan that stops at the first.
    func writtenWithoutThird(at s: Int) -> Bool {
        let t = text.folded
        let (a, b, c) = (t[s], t[s + 1], t[s + 2])
        // (only where the first character is written, found in one tight pass)
        for p in t.positions(in: 0..<(t.count - 1), where: { $0 == a }) where t[p + 1] == b && (p + 2 == t.count || t[p + 2] != c) {
            guard p + 2 < t.count, Lexicon.isHan(t[p + 2]), !stops(p + 2) else { return true }
            let closed = p + 3 == t.count || !Lexicon.isHan(t[p + 3]) || stops(p + 3)
            if !closed && !Self.writtenTwice(Array(t[p..<(p + 3)]), in: t) { return true }
        }
        return false
    }

    /// A Chinese name opening its clause with a title written after names right before a cue
    /// (郭兵教授说，…, 陈军医生表示): the title says a person, so once is enough. Returns whether
    /// it found one.
    func titledBeforeCue(_ found: inout PhraseMatcher<Actor>, _ covered: [Bool], cue: Int) -> Bool {
        let t = text.folded
        guard let title = Lexicon.titlesAfterName.match(t, endingAt: cue), case let e = cue - title.length, e >= 2 else { return false }
        for length in [3, 2] where e - length >= 0 {
            let lo = e - length
            guard lo == 0 || !Lexicon.isHan(t[lo - 1]), isChineseName(lo..<e, covered) else { continue }
            let name = text.foldedText(lo..<e)
            if !found.contains(Array(name.unicodeScalars)) { found.insert(name, Actor(written: lo..<e, in: text, kind: .person)) }
            return true
        }
        return false
    }
}
