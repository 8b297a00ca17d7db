/// Who speaks after what describes them: a body or a person after a relative clause (隶属于多伦多
/// 大学蒙克政府学院的公民实验室称, 被北大解聘的前教授夏业良表示), anyone after a stance (对中国
/// 持强硬态度的人士认为).
extension ClaimFinder {
    /// The 的 ending a stance that opens a subject with 对 (对中国持强硬态度的…), if any.
    func stanceEnd(_ r: Range<Int>) -> Int? {
        let t = text.folded
        guard t[r.lowerBound] == "对", mentionAt[r.lowerBound] < 0,
              let stance = (r.lowerBound + 1..<r.upperBound).first(where: { Lexicon.stanceWords.match(t, at: $0) != nil }),
              let de = (stance..<r.upperBound).first(where: { t[$0] == "的" && mentionAt[$0] < 0 }), de + 1 < r.upperBound else { return nil }
        return de
    }

    /// The organization or outlet that ends the subject right after a 的, whatever the clause
    /// before it says (隶属于…的, 总部位于…的): the body is the head of the phrase, as a person
    /// is in …的教授朱志群. Clauses the noun phrase walk cuts short (于 breaks it) still end
    /// with their head.
    func relativeHead(_ r: Range<Int>) -> Actor? {
        let tail = trimmedTail(r)
        guard let m = mentionsIn(r.lowerBound..<tail).last, m.range.upperBound == tail,
              m.actor.kind == .organization || m.actor.kind == .outlet, !m.actor.isCountry,
              m.actor.properties["aliases"] != nil || text.original[m.range].contains(where: Lexicon.isHan) else { return nil }
        var k = m.range.lowerBound
        while k > r.lowerBound, text.original[k - 1].isSpace { k -= 1 }
        // (not one's own: 她的 ISP 透露 is no statement of hers or of the provider's)
        guard k - 1 > r.lowerBound, text.folded[k - 1] == "的", Lexicon.pronouns.match(text.folded, endingAt: k - 1) == nil else { return nil }
        return m.actor
    }

    /// The person a relative clause describes, ending the subject past a title and before where
    /// or when they spoke (因揭幕“棱镜门”而闻名全球的爱德华·斯诺登在接受…采访时表示, 被北大解聘的前
    /// 教授夏业良…, 同时也是盗版党的建立者Rick Falkvinge…): whatever verbs the clause holds (是,
    /// 被, 因…而), they describe the person, who speaks.
    func describedPerson(_ r: Range<Int>) -> Actor? {
        let t = text.folded
        guard let last = mentionsIn(r).last(where: { $0.actor.kind == .person }) else { return nil }
        let m = namedBeforeGloss(last)
        guard m.range.lowerBound > r.lowerBound, last.range.upperBound <= r.upperBound else { return nil }
        // (what follows names no one else: only adverbs, or where, when and to whom, 在接受 NBC 采访时)
        let after = last.range.upperBound..<max(last.range.upperBound, trimmedTail(r))
        guard after.isEmpty || onlyAdverbs(after)
              || Self.circumstanceStarts.contains(t[after.lowerBound]) && !mentionsIn(after).contains(where: { $0.actor.kind == .person }) else { return nil }
        // (的, then perhaps a title: …的前教授夏业良, not 中間商對麥高登 nor 是蒂尔)
        var start = m.range.lowerBound
        while start > r.lowerBound, text.original[start - 1].isSpace { start -= 1 }
        if let title = Lexicon.titles.match(t, endingAt: start) {
            start -= title.length
            start = qualifierStart(of: start, in: r)
        }
        if start > r.lowerBound, t[start - 1] == "前" || t[start - 1] == "副" { start -= 1 }
        guard start - 1 > r.lowerBound, t[start - 1] == "的", mentionAt[start - 1] < 0,
              Lexicon.pronouns.match(t, endingAt: start - 1) == nil else { return nil }
        return m.actor
    }

    /// The mention a parenthesized gloss repeats (史剑道 (Derek Scissors)): the name the phrase
    /// is built around, with its title, stands before the gloss.
    private func namedBeforeGloss(_ m: Mention) -> Mention {
        let open = text.beforeSpaces(m.range.lowerBound, after: 0)
        guard open > 0, text.folded[open - 1] == "(" || text.folded[open - 1] == "（" else { return m }
        let k = text.beforeSpaces(open - 1, after: 0)
        guard k > 0, mentionAt[k - 1] >= 0, mentions[mentionAt[k - 1]].actor.key == m.actor.key else { return m }
        return mentions[mentionAt[k - 1]]
    }

    /// Where the words qualifying a title begin, back to the relative clause's 的 (…顾问的美国企业
    /// 研究所 (American Enterprise Institute) 贸易专家史剑道): a field or a body, no clause, no
    /// other person; else the title's own start.
    private func qualifierStart(of title: Int, in r: Range<Int>) -> Int {
        var k = title
        while k > r.lowerBound, title - k < Self.qualifierLimit {
            let c = text.folded[k - 1]
            if c == "的" { return mentionAt[k - 1] < 0 ? k : title }
            if Lexicon.endsClause(c) || text.quoteAt[k - 1] >= 0 { return title }
            if mentionAt[k - 1] >= 0, mentions[mentionAt[k - 1]].actor.kind == .person { return title }
            k -= 1
        }
        return title
    }

    /// The longest qualifier of a title that `qualifierStart` reads (sixty characters hold a body
    /// named in two scripts).
    private static let qualifierLimit = 60

    /// What opens a phrase about whom someone speaks to or for (对, 向 …), and what inside one
    /// makes it the writer's, the reader's or a cause's (我, 你, 使, 让, 令).
    private static let notDescribing = ScalarSet("对向跟给为于")
    private static let notDescribers = ScalarSet("我你使让令")
    /// Heads ending like people that are none (或者说, 独家消息, 私人消息), and the crowds 众 ends
    /// (民众, 观众; not 动机众说纷纭).
    private static let notPeople: Set<String> = ["或者", "独家", "国家", "私人", "个人"]
    private static let crowds = ScalarSet("民群公观听")

    /// Where a subject goes on with where, when or to whom someone spoke (在, 曾, 于, 对, 向).
    private static let circumstanceStarts = ScalarSet("在曾于对向")

    /// People a relative clause describes, named by no one (现在在一家地图公司工作的贡献者说,
    /// 在中美两国倒卖服饰生意的商人认为): the clause and its head, up to the cue, are an unnamed
    /// source, however many breakers the clause holds.
    func peopleDescribedByClause(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let end = trimmedTail(r)
        guard end - r.lowerBound <= 24, mentionsIn(r).isEmpty, let de = lastDe(in: r.lowerBound..<end),
              de > r.lowerBound, end - de - 1 >= 1, end - de - 1 <= 5, Lexicon.peopleEnds.contains(t[end - 1]),
              (r.lowerBound..<end).allSatisfy({ Lexicon.isHan(t[$0]) && text.quoteAt[$0] < 0 && Lexicon.cues.match(t, at: $0) == nil }),
              ((de + 1)..<end).allSatisfy({ Lexicon.pronouns.match(t, at: $0) == nil && Lexicon.breakers.match(t, at: $0) == nil }),
              !Self.notPeople.contains(text.foldedText((de + 1)..<end)),
              t[end - 1] != "众" || Self.crowds.contains(t[end - 2]) else { return nil }
        // (not the people addressed or made to speak, 对于第一次看到的读者说, 旅程使我们发现; not
        // the writer's own, 据我的个人统计)
        let start = skipLeading(r.lowerBound, end)
        guard !Self.notDescribing.contains(t[start]),
              !(start..<end).contains(where: { Self.notDescribers.contains(t[$0]) || Lexicon.causatives.match(t, at: $0) != nil }) else { return nil }
        return start..<end
    }
}

