/// Researchers referred to by what they are after their lead was named with them (Bagrow 教授和他
/// 在佛蒙特大学的团队发表了一篇论文。…研究人员说 / 安德鲁斯和他的同事…。研究人员认为): the lead
/// speaks for the team, as the article credits the work to them together.
///
/// Only a bare word for the researchers counts (研究人员, 科学家们, 该团队), and only a person the
/// article named as leading a team or working with colleagues: elsewhere 研究人员 are whoever
/// the article has not named, an unnamed source.
extension ClaimFinder {
    /// Bare words for the researchers of a study the article is about.
    static let researcherWords = PhraseMatcher<Bool>(
        ["研究人员", "研究人员们", "研究者", "研究者们", "科学家", "科学家们", "研究团队", "该团队", "这个团队", "这支团队", "研究小组",
         "该研究小组", "这些研究人员", "这些科学家", "这些研究者", "论文作者", "作者们"].map { ($0, true) })

    /// Teams a person leads (他的团队, 领导的研究小组).
    private static let teamWords = ["团队", "研究团队", "小组", "研究小组", "课题组", "实验室"]
    static let teams = PhraseMatcher<Bool>(teamWords.map { ($0, true) })

    /// Words for the people working with a lead: the teams and colleagues (其同事, 和他的合作者们).
    static let teamNouns = PhraseMatcher<Bool>((teamWords + ["同事", "同事们", "合作者", "合作者们", "团队成员"]).map { ($0, true) })

    /// Titles between a lead's name and the team (Bagrow 教授和他的团队).
    static let leadTitles = PhraseMatcher<Bool>(["教授", "博士", "研究员", "医生", "副教授"].map { ($0, true) })

    /// 该团队表示 / 该研究小组估计 after 波士顿大学的研究人员认为: the team pointed back to is the
    /// body whose members or team spoke last, a few paragraphs before at most.
    func teamPointedBack(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        guard let pointer = Self.teamPointers.match(t, at: np.lowerBound), let team = Self.teams.match(t, at: np.lowerBound + pointer.length),
              np.lowerBound + pointer.length + team.length == end,
              let last = memory.lastMemberBody, paragraph - last.paragraph <= Self.memberReferenceParagraphs else { return nil }
        // (the team speaking again keeps it in mind: 该团队表示 in [10], 该研究小组估计 in [13])
        memory.lastMemberBody = (last.actor, paragraph, last.noun)
        return last.actor
    }

    private static let teamPointers = PhraseMatcher<Bool>(["该", "这个", "这一", "此"].map { ($0, true) })

    /// Sentences back a researcher word looks for the team's lead.
    static let teamReach = 30

    /// The lead of the team named last before the bare researcher word opening `r`; nil when
    /// `r` is no such word or no team was named.
    func teamLead(_ r: Range<Int>) -> Actor? {
        let lo = skipLeading(r.lowerBound, r.upperBound)
        guard let word = Self.researcherWords.match(text.folded, at: lo), onlyAdverbs((lo + word.length)..<r.upperBound),
              let i = text.sentenceIndex(containing: lo) else { return nil }
        let from = text.sentences[max(0, i - Self.teamReach)].range.lowerBound
        guard let lead = mentionsIn(from..<lo).last(where: { $0.actor.kind == .person && leadsTeam(after: $0.range.upperBound, before: lo) }),
              !describesOtherResearchers(breakAfter(lead.range.upperBound, before: lo)..<lo) else { return nil }
        return lead.actor
    }

    /// Whether researchers described as someone else's are named in `r`, after the lead's
    /// clause (中国公安部六名研究人员称…研究人员说: the ministry's, not the geneticist's team named
    /// before): a researcher word with words of its own before it, not opening its clause.
    private func describesOtherResearchers(_ r: Range<Int>) -> Bool {
        r.contains { k in
            guard Self.researcherWords.match(text.folded, at: k) != nil, k > r.lowerBound else { return false }
            let before = text.original[k - 1]
            return !Lexicon.endsClause(before) && !before.isSpace
                && !Lexicon.adverbs.contains(text.folded[k - 1])
        }
    }

    /// Whether a team follows the name ending at `k`: 和他的团队, 与其同事, 和同事们, 及她在…的团队 (a
    /// qualifier ending in 的 before the team), 领导的研究小组, 团队 right after the name.
    private func leadsTeam(after k: Int, before limit: Int) -> Bool {
        let t = text.folded
        var k = skipBracketsAndSpaces(k, limit)
        if let title = Self.leadTitles.match(t, at: k) { k = skipBracketsAndSpaces(k + title.length, limit) }
        if k < limit, t[k] == "的" { k += 1 }
        if Self.teamNouns.match(t, at: k) != nil { return true }
        if let lead = Self.leadingVerbs.match(t, at: k) { return teamAfterQualifier(k + lead.length, limit) }
        guard let joiner = Self.pairJoiners.match(t, at: k), t[k] != "、" else { return false }
        k += joiner.length
        // (米尔金和同事们研发出…: colleagues with no pronoun are his as well)
        if Self.teamNouns.match(t, at: k) != nil { return true }
        guard k < limit, "他她其".unicodeScalars.contains(t[k]) else { return false }
        return teamAfterQualifier(k + 1, limit)
    }

    /// 他的团队发现 / 她的研究小组认为: the team of the person the pronoun points to, who speaks
    /// for it as after a name. Not 他的同事们说 (据他的同事们说, 贝佐斯…): colleagues speak of him.
    func pronounsTeam(_ r: Range<Int>) -> Lexicon.Pronoun? {
        let t = text.folded
        guard let p = Lexicon.pronouns.match(t, at: r.lowerBound), p.value == .he || p.value == .she,
              r.lowerBound + p.length < r.upperBound, t[r.lowerBound + p.length] == "的",
              let team = Self.teams.match(t, at: r.lowerBound + p.length + 1),
              onlyAdverbs((r.lowerBound + p.length + 1 + team.length)..<r.upperBound) else { return nil }
        return p.value
    }

    /// Verbs making a person a team's lead (张昊彤领导的团队).
    static let leadingVerbs = PhraseMatcher<Bool>(["领导的", "带领的", "率领的", "牵头的"].map { ($0, true) })

    /// Whether a team noun follows `k`, maybe past 的 and a qualifier ending in 的 (在佛蒙特大学的).
    private func teamAfterQualifier(_ start: Int, _ limit: Int) -> Bool {
        let t = text.folded
        var k = start
        if k < limit, t[k] == "的" { k += 1 }
        if Self.teamNouns.match(t, at: k) != nil { return true }
        // (the qualifier is read as a pair's is: `qualifies`)
        guard let de = (k..<min(limit, k + Self.qualifierLength + 1)).first(where: { t[$0] == "的" }), de + 1 < limit else { return false }
        return Self.teamNouns.match(t, at: de + 1) != nil && qualifies(k, de + 1)
    }
}
