import ClaimGraphCore

/// Subjects that are only adverbs (并多次表示, 转而警告, 直截了当地警告): they name nobody, and
/// the speaker goes on from before.
extension ClaimFinder {
    /// A subject made only of adverbs (并多次, 还) names nobody: the speaker goes on.
    func onlyAdverbs(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            if text.original[k].isSpace { k += 1; continue }
            guard mentionAt[k] < 0 else { return false }
            if Lexicon.adverbs.contains(text.folded[k]) { k += 1; continue }
            if let b = Lexicon.breakers.match(text.folded, at: k), k + b.length <= r.upperBound { k += b.length; continue }
            if let date = leadingDateEnd(k, r.upperBound, reachingEnd: true) { k = date; continue }  // (…今年 1 月曾表示, 则在 4 月 26 日表示)
            if let manner = mannerAdverb(at: k, before: r.upperBound) { k = manner; continue }
            return false
        }
        return true
    }

    /// Whether `r` is only 其 ("he", "it") right before the cue, past adverbs (…声称A，但其强调B;
    /// 。其表示), whom `qiSubject` finds; not the 其 of a word (尤其强调, 极其, 与其, 及其).
    func onlyQi(_ r: Range<Int>) -> Bool {
        let q = r.upperBound - 1
        guard q >= r.lowerBound, text.folded[q] == "其", mentionAt[q] < 0 else { return false }
        return (q == r.lowerBound || !Self.wordsEndingInQi.contains(text.folded[q - 1])) && onlyAdverbs(r.lowerBound..<q)
    }

    /// Whom 其 at `q`, right before a cue, points back to: the person or body its sentence named
    /// last before it, the one reached (财新记者联系…律师马西蒙，其表示) or the one going on (王毅声称A，
    /// 但其强调B); the last speaker of this paragraph or the one before when it opens the sentence
    /// (。其表示, 。据其回忆); else someone the sentence does not name (…联系上收废品的老板，其回忆说),
    /// left unresolved.
    func qiSubject(at q: Int) -> Subject {
        let s = text.sentenceIndex(containing: q).map { text.sentences[$0].range.lowerBound } ?? q
        if let m = lastMention(in: s..<q, where: { !$0.actor.isCountry && ($0.actor.kind == .person || $0.actor.kind == .organization) }) {
            return .speaker(.actor(m.actor))
        }
        let opening = q > s && text.folded[q - 1] == "据" ? q - 1 : q  // (。据其介绍，…: by the one just quoted)
        guard onlyAdverbs(s..<opening) else { return .speaker(.unresolved("其")) }
        if let last = lastSpeaker, last.paragraph >= paragraph - 1 { return .speaker(last.speaker) }
        return .speaker(.unresolved("其"))
    }

    /// First characters of words ending in 其 (尤其, 极其, 与其, 及其, 何其).
    private static let wordsEndingInQi = ScalarSet("尤极与及何")

    /// Whether `r` holds only adverbs, then perhaps whom the words were addressed to: a reporter,
    /// an outlet or someone named (现场一位救援人员向财新记者表示, 也有人士对本报记者称), not what
    /// the words are about (参与者对森林的占领表示声援).
    func onlyAdverbsOrAddressee(_ r: Range<Int>) -> Bool {
        if onlyAdverbs(r) { return true }
        guard let k = r.first(where: { Lexicon.addresseeMarkers.contains(text.folded[$0]) && mentionAt[$0] < 0 }),
              r.upperBound - k <= 10, onlyAdverbs(r.lowerBound..<k) else { return false }
        let end = trimmedTail((k + 1)..<r.upperBound)
        return Self.addressees.match(text.folded, endingAt: end) != nil || mentionsIn((k + 1)..<end).last?.range.upperBound == end
    }

    private static let addressees = PhraseMatcher<Bool>(["记者", "笔者", "媒体", "我", "我们", "你", "你们"].map { ($0, true) })

    /// Whether a clause after a comma opens with a one-character verb in progress
    /// (她手拿写字板，瞇着眼睛看着小组成员说, 指着袋子说): how the subject of the clause before was
    /// speaking, so the speaker goes on. Not after a pronoun (他笑着说: its own subject) or an
    /// adverb, not 有着 and the like describing the one who speaks (有着多年经验的分析师说: 的
    /// makes it a description), nor the prepositions made with 着 (随着, 沿着, 对着).
    func opensWithVerbInProgress(_ r: Range<Int>) -> Bool {
        let t = text.folded
        let lo = r.lowerBound
        guard r.count > 2, lo > 0, Lexicon.isComma(t[lo - 1]), t[lo + 1] == "着", mentionAt[lo] < 0, Lexicon.isHan(t[lo]) else { return false }
        return !Self.prepositionsInProgress.contains(t[lo]) && !Lexicon.adverbs.contains(t[lo]) && Lexicon.pronouns.match(t, at: lo) == nil
            && mentionsIn(r).isEmpty && !r.contains { t[$0] == "的" }
    }

    /// Characters that with 着 make a preposition or a possession, not a manner (随着, 沿着, 有着).
    private static let prepositionsInProgress = ScalarSet("随沿本朝向冲凭顺按照为意有接对")

    /// The subject before a manner adverb that follows a name or a space (脸书自相矛盾地认为,
    /// Facebook 自相矛盾地认为), when something is left before it. With neither to mark where
    /// the adverb starts, it is the commonest shape, two characters and 地, after a word that
    /// ends like a source (一份新报告惊人地显示, 知情人士无奈地说).
    func beforeMannerAdverb(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        guard r.count > 3, t[r.upperBound - 1] == "地" else { return nil }
        var k = r.upperBound - 1
        while k > r.lowerBound, r.upperBound - k < 6, Lexicon.isHan(t[k - 1]), mentionAt[k - 1] < 0 { k -= 1 }
        if k == r.lowerBound || mentionAt[k - 1] < 0 && !text.original[k - 1].isSpace {
            var a = r.upperBound - 3
            guard a > r.lowerBound, mannerAdverb(at: a, before: r.upperBound) != nil else { return nil }
            // (外公很生气地说: how much, before the adverb)
            if let degree = Lexicon.degreeWords.match(t, endingAt: a), a - degree.length > r.lowerBound { a -= degree.length }
            return endsLikeSource(a) ? r.lowerBound..<a : nil
        }
        guard k > r.lowerBound, mentionAt[k - 1] >= 0 || text.original[k - 1].isSpace,
              mannerAdverb(at: k, before: r.upperBound) != nil else { return nil }
        while k > r.lowerBound, text.original[k - 1].isSpace { k -= 1 }
        return k > r.lowerBound ? r.lowerBound..<k : nil
    }

    /// Whether the words before `k` end like a source: a document, people, a title or a body.
    private func endsLikeSource(_ k: Int) -> Bool {
        let t = text.folded
        return Lexicon.documentNouns.match(t, endingAt: k) != nil || Lexicon.unnamedSources.match(t, endingAt: k) != nil
            || Lexicon.titles.match(t, endingAt: k) != nil || endsLikeInstitution(k)
    }

    /// The subject before words of how openly one spoke, right before the cue (台湾官方对外透露,
    /// 该公司私下表示), when something is left before them.
    func beforePublicity(_ r: Range<Int>) -> Range<Int>? {
        let end = trimmedTail(r)
        guard let words = Self.publicityWords.match(text.folded, endingAt: end), mentionAt[end - 1] < 0 else { return nil }
        var k = end - words.length
        while k > r.lowerBound, text.original[k - 1].isSpace { k -= 1 }
        return k > r.lowerBound && !onlyAdverbs(r.lowerBound..<k) ? r.lowerBound..<k : nil
    }

    /// The people before 报告 used as a verb right before the cue (受访者报告说, 发表关键评论的人报告说):
    /// those who report speak; 报告 after anything else is a report (该报告称).
    func beforeReportingVerb(_ r: Range<Int>) -> Range<Int>? {
        let end = trimmedTail(r)
        guard let verb = Self.reportingVerbs.match(text.folded, endingAt: end), mentionAt[end - 1] < 0 else { return nil }
        let k = end - verb.length
        return k > r.lowerBound && Lexicon.groupEnds.contains(text.folded[k - 1]) ? r.lowerBound..<k : nil
    }

    private static let reportingVerbs = PhraseMatcher<Bool>(["报告", "汇报"].map { ($0, true) })

    /// The subject before a reply to a reporter or an outlet (崔晶晶…回复财新记者称, 其相关人士
    /// 答复本报记者时说): who replied speaks, not the reporter replied to. Right after the cue
    /// 回应 (河北方面回应财新记者称) nothing is left: the cue goes on with who responded.
    func beforeReply(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        var end = trimmedTail(r)
        if end > r.lowerBound, t[end - 1] == "时" { end -= 1 }
        let replyAt = { (k: Int) in k >= 0 && Self.replies.match(t, at: k) != nil && self.mentionAt[k] < 0 }
        guard let k = (r.lowerBound..<end).last(where: replyAt) ?? (replyAt(r.lowerBound - 2) ? r.lowerBound - 2 : nil) else { return nil }
        let addressee = (k + 2)..<end
        guard !addressee.isEmpty, addressee.count <= Self.longestAddressee,
              Self.repliedTo.match(t, endingAt: end) != nil || mentionsIn(addressee).last.map({ $0.actor.kind == .outlet && $0.range.upperBound == end }) ?? false else { return nil }
        if k < r.lowerBound { return r.lowerBound..<r.lowerBound }
        return k > r.lowerBound && !onlyAdverbs(r.lowerBound..<k) ? r.lowerBound..<k : nil
    }

    private static let replies = PhraseMatcher<Bool>(["回复", "答复", "回应"].map { ($0, true) })
    private static let repliedTo = PhraseMatcher<Bool>(["记者", "媒体", "本报", "本刊"].map { ($0, true) })
    /// Most characters of whom a reply or words go to (《华尔街日报》记者, 对 Julian).
    static let longestAddressee = 12

    /// The subject clause `r` without how, where or when the words were given (直截了当地, 在接受…
    /// 采访时, 会见…时, 在其网站上, 《…》卷三), or nil when it holds none of them.
    func headPastCircumstance(_ r: Range<Int>) -> Range<Int>? {
        if let head = beforeLocator(r) ?? beforeMannerAdverb(r) ?? beforePublicity(r) ?? beforeReportingVerb(r) ?? beforeReply(r) { return head }
        return beforeActWhen(r) ?? beforeOwnSite(r) ?? beforePlaceNamed(r) ?? beforeInterview(r) ?? afterPlaceOfWords(r) ?? titledWorkHolding(r)
    }

    /// The subject of a clause of when naming what it did (习近平会见世界卫生组织总干事谭德赛时表示,
    /// 新东方发布季度财报时预计, 王毅出席论坛时说): who met, published or attended speaks, not
    /// the one met nor the report; the name right before the act. (在会见…时 is read by
    /// `beforeInterview` and the circumstance rules.)
    func beforeActWhen(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let end = trimmedTail(r)
        guard end - r.lowerBound > 4, t[end - 1] == "时",
              let k = (r.lowerBound..<(end - 1)).last(where: { Self.actsWhen.match(t, at: $0) != nil && mentionAt[$0] < 0 }),
              k > r.lowerBound, mentionAt[k - 1] >= 0, mentions[mentionAt[k - 1]].range.upperBound == k else { return nil }
        return onlyAdverbs(r.lowerBound..<k) ? nil : r.lowerBound..<k
    }

    /// Acts a clause of when names its subject by (会见…时, 发布…时, 出席…时).
    private static let actsWhen = PhraseMatcher<Bool>(["会见", "会晤", "接见", "拜会", "拜见", "召见", "约见", "发布", "发表", "公布",
                                                       "出席", "参加", "视察", "考察", "致辞", "谈到", "谈及", "回答"].map { ($0, true) })

    /// The subject before 在 and a name right before the cue (Kodachi 的作者在 Github 回覆稱,
    /// 发言人在白宫表示): where the words were given, not who gave them.
    func beforePlaceNamed(_ r: Range<Int>) -> Range<Int>? {
        let end = trimmedTail(r)
        guard end > r.lowerBound, mentionAt[end - 1] >= 0, case let place = mentions[mentionAt[end - 1]], place.range.upperBound == end else { return nil }
        var k = place.range.lowerBound
        while k > r.lowerBound, text.original[k - 1].isSpace { k -= 1 }
        // (not 现在 ZDNet 报道: 在 ending another word)
        guard k > r.lowerBound, text.folded[k - 1] == "在", mentionAt[k - 1] < 0,
              k - 2 < r.lowerBound || !Lexicon.wordsEndingInZai.contains(text.folded[k - 2]) else { return nil }
        var lo = k - 1
        while lo > r.lowerBound, text.original[lo - 1].isSpace { lo -= 1 }
        return lo > r.lowerBound && !onlyAdverbs(r.lowerBound..<lo) ? r.lowerBound..<lo : nil
    }

    /// How openly something was said: in public, in private, to the outside world, again and
    /// again (口口声声).
    private static let publicityWords = PhraseMatcher<Bool>(["对外", "公开", "私下", "当面", "正式", "对外公开", "向外界", "口口声声"].map { ($0, true) })

    /// 直截了当地警告 / 一再公开地表示: an adverb in 地 of three to six characters running to the
    /// cue (not a place: 当地, 各地; nor 他深情地, whose pronoun is the subject); where it ends.
    private func mannerAdverb(at k: Int, before end: Int) -> Int? {
        let t = text.folded
        guard end - k >= 3, end - k <= 6, t[end - 1] == "地", Lexicon.pronouns.match(t, at: k) == nil,
              (k..<end).allSatisfy({ Lexicon.isHan(t[$0]) && mentionAt[$0] < 0 }) else { return nil }
        return end
    }
}
