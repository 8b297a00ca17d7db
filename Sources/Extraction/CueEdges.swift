import ClaimGraphCore

/// Whether a cue word found in the text is a cue, by the words right around it: held inside a
/// longer word (第三人称, 说客), a verb of result (总结出), a time clause the cue sits in (他说…时，),
/// a pledge of what will be done (保证将…). `findHits` and the quotation rules ask `cueAllowed`.
extension ClaimFinder {
    /// Whether the character at `p` belongs to one of `words` starting at most three characters
    /// before it and not before `start`: a negation-like character in 不断 or 不得不, a cue in
    /// 第三人称 or 直言不讳.
    func inside(_ words: PhraseMatcher<Bool>, at p: Int, from start: Int) -> Bool {
        for k in 0..<4 where p - k >= start {
            if let word = words.match(text.folded, at: p - k), word.length > k { return true }
        }
        return false
    }

    /// 出 right after a cue makes it a verb of result with an object (总结出几点特征, 透露出一丝遗憾,
    /// 表示出很惊讶的样子): what was summed up or shown, no words reported; not 出 opening a word of
    /// its own (表示出于安全考虑…, 表示出口…), nor after a cue of estimating, whose result is a
    /// finding (估算出新冠 R0 为 3.8, 推测出 CRISPR 的功能可能与…有关).
    private func resultativeChu(after k: Int) -> Bool {
        let t = text.folded
        return k < t.count && t[k] == "出" && Lexicon.wordsOpeningWithChu.match(t, at: k) == nil
    }

    func cueAllowed(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        if len == 1, let context = Lexicon.singleCharacterCues[t[i]] {
            guard i + 1 < t.count, context.before.contains(t[i + 1]) else { return false }
            if i > 0, context.notAfter.contains(t[i - 1]) { return false }
        }
        if i > 0, let blocked = Lexicon.cueBlockedBefore[t[i]], blocked.contains(t[i - 1]),
           Lexicon.wordsFreeingCues.match(t, endingAt: i, maxLength: 2) == nil { return false }
        if inside(Lexicon.wordsHoldingCues, at: i, from: 0), Lexicon.wordsOpeningAfterCues.match(t, at: i + len) == nil { return false }
        if resultativeChu(after: i + len), Lexicon.estimatingCues.match(t, at: i)?.length != len { return false }
        if i > 0, Lexicon.cueNounMarkers.contains(t[i - 1]),
           t[i - 1] != "在" || i < 2 || !Lexicon.wordsEndingInZai.contains(t[i - 2]),
           t[i - 1] != "了" || !wordsGiven(after: i + len), t[i - 1] != "的" || !doubledManner(endingAt: i - 1) { return false }
        if explainsWhy(before: i) || hasMuchToSay(i, len) { return false }
        // (驳斥了任何认为其决策具有政治动机的揣测: 'any who think' describes a noun, no one speaks)
        if i >= 2, Self.everyoneWho.match(t, endingAt: i) != nil { return false }
        // (拜登父子的公开承诺, 伊朗方面的强烈否认: 的 and how it was made make a noun of the cue; a
        // notice so described still reports, 卫健委的公开通报，确认了…)
        if i >= 3, t[i - 3] == "的", Self.attributiveManners.match(t, at: i - 2)?.length == 2,
           Self.stanceNouns.match(t, at: i)?.length == len { return false }
        if Self.stanceNouns.match(t, at: i)?.length == len, madeInSuoClause(before: i) { return false }
        if let modal = Lexicon.modalsBeforeCue.match(t, endingAt: i, maxLength: 3),
           modal.length >= 2 || t[i - 1] != "应" || i < 2 || !Lexicon.wordsEndingInYing.contains(t[i - 2]) { return false }
        if i + len < t.count, Lexicon.cueNounFollowers.contains(t[i + len]), t[i + len] != "了" || !isStanceCue(i, len) { return false }
        if i + len < t.count, let blocked = Lexicon.cueBlockedAfter[t[i]], blocked.contains(t[i + len]),
           !speakerOwnsBlockedCue(i, after: t[i + len]) { return false }
        if endsInTimeClause(i + len) && !opensWordsWithSomeone(i, len) || accusesWithoutWords(i, len) || introducesPeople(i, len)
            || responseMade(i, len) || imaginedSpeaker(i) { return false }
        guard let m = Lexicon.cues.match(t, at: i), m.length == len else { return true }
        if m.value.needsPunctuation, case let k = text.pastSpaces(i + len, before: text.original.count),
           k == text.original.count || !Lexicon.clausePunctuation.contains(text.original[k])
            && !(m.value.quotationMayFollow && Lexicon.openQuoteMarks.contains(text.original[k])) && !pledgesWhatWillBe(i, len)
            && !quotationClosesSentence(openingAt: k),
           !creditsQuotation(i, endingAt: k) { return false }
        if m.value.isNoun {
            // (接受建议，…: the proposal someone took, not one made)
            if i > 0, Self.proposals.match(t, at: i)?.length == len, Self.takingProposals.contains(t[i - 1]) { return false }
            if i > 0, Self.nounJoiners.contains(t[i - 1]) { return false }  // (意见和建议: joined to a noun)
            // (谷歌宣布将…, 承认已经…: a verb announcing what will be or has been done)
            // (数据显示美国就业市场状况良好: a report noun showing a whole clause)
            if !text.contentFollows(i + len), !admitsAClause(i, len),
               m.value.kind == .report || !announcesAnAct(i + len) && !proposesAnAct(i, len) && !pledgesByADeadline(i, len) { return false }
            // 这则消息，… / 一篇报道，… / 这一建议，…: a counted report is a thing, not a source speaking
            // (对此回应 is a response to this).
            if i > 0, Lexicon.measureWords.contains(t[i - 1]) || t[i - 1] == "一" && i > 1 && Lexicon.measureWords.contains(t[i - 2]), i < 2 || t[i - 2] != "对" { return false }
        }
        return true
    }

    /// Whether the cue is having something to say (如果凯恩斯今天还活着，他将有很多话要说，…), not
    /// saying it; a colon after it announces the words (投资者也有话要说：…).
    private func hasMuchToSay(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        guard i >= 2, t[i - 2] == "话", t[i - 1] == "要" else { return false }
        let k = text.pastSpaces(i + len, before: text.original.count)
        return k == text.original.count || !Lexicon.isColon(text.original[k])
    }

    /// Whether a pledge (誓言, 保证) is followed straight by what will be done (誓言要进行报复,
    /// 保证将撤军): the pledge's words, with no comma; 保证安全 is an act, 发下誓言要… an oath taken.
    private func pledgesWhatWillBe(_ i: Int, _ len: Int) -> Bool {
        Self.pledges.contains(text.foldedText(i..<(i + len))) && Self.willWords.match(text.folded, at: i + len) != nil
            && (i == 0 || !Self.beforeOaths.contains(text.folded[i - 1]))
    }

    /// Whether 承诺 is followed straight by the deadline of what will be done (承诺在当年 7 月
    /// 25 日前完成…, 承诺于年底前撤军): 在 or 于, then 前 or 内 closing the time in its clause.
    /// (保证 and 誓言 take no object as nouns: `pledgesWhatWillBe`.)
    private func pledgesByADeadline(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded, k = i + len
        guard len == 2, t[i] == "承", t[i + 1] == "诺", k < t.count, t[k] == "在" || t[k] == "于" else { return false }
        var e = k + 1
        while e < t.count, e - k <= Self.deadlineLength, !Lexicon.endsClause(text.original[e]) {
            if t[e] == "前" || t[e] == "内" { return true }
            e += 1
        }
        return false
    }

    /// Most characters from 在 to the 前 closing a deadline (在当年 7 月 25 日前: 14).
    private static let deadlineLength = 16

    private static let pledges: Set = ["誓言", "保证"]
    /// Characters before 誓言 that make a noun of it (发下誓言, 立誓言, 许下誓言, 他的誓言).
    private static let beforeOaths = ScalarSet("下立许发的个了")
    private static let willWords = PhraseMatcher<Bool>(["要", "将", "会", "不会", "绝不", "一定"].map { ($0, true) })

    /// 他说最后一句话时，…: the cue sits in a time clause (…时, …的时候), describing the act
    /// of speaking rather than reporting what was said. Not when 在 or 当 opens the time after
    /// the cue (王毅表示美方在访问期间，…): the time is inside the words. So is the time since
    /// the act (自特朗普宣布撤军以来，…): 自 opens the clause before the cue, 以来 closes it.
    func endsInTimeClause(_ i: Int) -> Bool {
        var k = i
        while k < text.original.count, k - i <= 20, text.quoteAt[k] < 0,
              !Lexicon.endsClause(text.original[k]) { k += 1 }
        guard k > i, k < text.original.count, Lexicon.clausePunctuation.contains(text.original[k]) else { return false }
        if k - i >= 2, text.folded[k - 2] == "以", text.folded[k - 1] == "来", opensSinceBefore(i) { return true }
        guard opensTimeBefore(i) || !opensTimeInWords(i..<k) else { return false }
        return text.folded[k - 1] == "时" || Lexicon.timeClauseEnds.match(text.folded, endingAt: k) != nil
    }

    /// Whether 自 or 自从 opens the clause of the cue at `i` (自特朗普宣布…).
    private func opensSinceBefore(_ i: Int) -> Bool {
        let lo = clauseOpening(before: i)
        return lo < i && text.folded[lo] == "自"
    }

    /// Where the words of the clause holding the cue at `i` open, past leading words (但, 而).
    private func clauseOpening(before i: Int) -> Int {
        skipLeading(clauseStart(before: i, within: i + 1), i)
    }

    /// Words before a cue that make it a description of whoever holds the view (任何认为…的揣测,
    /// 所有相信…的人).
    private static let everyoneWho = PhraseMatcher<Bool>(["任何", "所有", "凡是"].map { ($0, true) })

    /// 他父亲所做的经济发展承诺，…: a 所 clause and its 的 before the cue, in its clause, make a
    /// noun of it (the pledge someone made), as 的 and a manner do.
    private func madeInSuoClause(before i: Int) -> Bool {
        let t = text.folded
        var k = i - 1
        while k >= 2, i - k <= Self.suoClauseReach, !Lexicon.clausePunctuation.contains(t[k]), text.quoteAt[k] < 0 {
            if t[k] == "的", t[k - 2] == "所" || k >= 3 && t[k - 3] == "所" { return true }
            k -= 1
        }
        return false
    }

    /// Farthest a 所 clause's 的 is read before a cue (所做的经济发展承诺: 5).
    private static let suoClauseReach = 8

    /// How a statement was made, between 的 and a cue that is then a noun (的公开承诺, 的书面声明).
    private static let attributiveManners = PhraseMatcher<Bool>(["公开", "口头", "书面", "正式", "明确", "官方", "严厉", "强烈"].map { ($0, true) })
    /// Cues that name a stance taken, not a notice issued, when they are nouns (承诺, 否认, 批评).
    private static let stanceNouns = PhraseMatcher<Bool>(["承诺", "保证", "否认", "批评", "抱怨", "回应", "表态"].map { ($0, true) })

    /// 她认为美联储提高利率时，…: after a cue of a view, someone named opens the words, and the
    /// time clause is theirs (美联储 raising rates), not the time of the thinking.
    private func opensWordsWithSomeone(_ i: Int, _ len: Int) -> Bool {
        let k = text.pastSpaces(i + len, before: text.original.count)
        return Self.viewCues.match(text.folded, at: i)?.length == len && k < text.original.count && mentionAt[k] >= 0
    }

    /// Whether 当 opens the clause the cue at `i` is in (当 Carroll 说…时): the time is the speaking's.
    private func opensTimeBefore(_ i: Int) -> Bool {
        text.folded[clauseOpening(before: i)] == "当"
    }

    /// Whether 在 or 当 opens a time within the first characters of `r`, past at most a short
    /// subject, and not as the end of a word (正在, 存在, 现在).
    private func opensTimeInWords(_ r: Range<Int>) -> Bool {
        let t = text.folded
        return r.prefix(Self.subjectBeforeTime + 1).contains { k in
            Self.timeOpeners.contains(t[k]) && (k == r.lowerBound || !Self.endingInZai.contains(t[k - 1]))
        }
    }

    private static let timeOpeners = ScalarSet("在当")
    /// Most characters of the subject between a cue and the time its words open with (美方在…期间).
    private static let subjectBeforeTime = 4
    /// Characters before 在 that make a word of it (正在, 存在, 现在, 所在, 实在, 还在, 不在).
    private static let endingInZai = ScalarSet("正存现所实还不内自好潜")
}
