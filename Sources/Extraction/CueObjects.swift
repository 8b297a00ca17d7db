/// What a cue verb takes after it: words reported, or only an act or a thing. Verbs of
/// announcing, admitting and finding report a whole clause (宣布公司电脑被…锁定) but not a noun
/// phrase (承认错误); condemning reports only a clause with a copula (谴责分裂主义是…), not what is
/// condemned (谴责外国干预).
extension ClaimFinder {
    /// 谴责外国干预: condemning takes a noun phrase, no words reported (only 谴责，…, 谴责称 or a
    /// clause with a copula, 谴责分裂主义是…, does); like a negated cue, the clause still ends the
    /// statement before it.
    func condemnsWithoutWords(_ cue: Range<Int>) -> Bool {
        guard let act = Lexicon.condemnations.match(text.folded, at: cue.lowerBound), act.length == cue.count else { return false }
        return !text.contentFollows(cue.upperBound) && !condemnsAClause(cue)
    }

    /// 谴责分裂主义是…的“政治艾滋病”, 抨击外出散步的人是“自私”的: condemning someone or
    /// something as something, a copula in the clause after the verb and its subject (not 还是, a
    /// choice, nor 总是, an adverb). Other clause marks there belong to a long noun phrase as
    /// often as to a clause (谴责美国主流媒体对…的漠视, 因抨击警察而被捕), and are not taken.
    private func condemnsAClause(_ cue: Range<Int>) -> Bool {
        let t = text.folded
        guard cue.lowerBound == 0 || !Self.deniedOrJoined.contains(t[cue.lowerBound - 1]),
              cue.upperBound < t.count, !Self.deniedOrJoined.contains(t[cue.upperBound]) else { return false }
        var k = cue.upperBound + 2
        while k < min(t.count, cue.upperBound + Self.clauseMarkerReach), !Lexicon.endsClause(t[k]) {
            if t[k] == "是", mentionAt[k] < 0 { return !Self.adverbsWithCopula.contains(t[k - 1]) }
            k += 1
        }
        return false
    }

    /// Characters making 是 part of an adverb or a choice (总是, 只是, 就是, 于是, 要是, 或是, 还是, 或者是).
    static let adverbsWithCopula = ScalarSet("或还者总只就而便于凡要")

    /// Whether an act announced follows (宣布将…, 确认已经…): a future or perfect marker, past spaces.
    func announcesAnAct(_ i: Int) -> Bool {
        var k = i
        while k < text.folded.count, text.folded[k].isSpace { k += 1 }
        return Lexicon.announcedActs.match(text.folded, at: k) != nil
    }

    /// Whether a whole clause follows an announcing or admitting verb (它宣布公司电脑被勒索软件
    /// 锁定, 参与者承认 Facebook 的列表非常准确): words, then a passive, a copula or a degree
    /// adverb before the clause ends. A noun phrase after it (承认错误, 宣布破产) is an act, no words.
    /// What data show needs no such marker (`ClauseTaking.shown`).
    func admitsAClause(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        if feltBySomeone(i, len) { return true }
        // (无法…或确认…: a verb denied or joined to another inside what is reported)
        guard let taking = Self.clauseTakingCues.match(t, at: i), taking.length == len, i == 0 || !Self.deniedOrJoined.contains(t[i - 1]) else { return false }
        var k = i + len
        while k < t.count, t[k].isSpace { k += 1 }
        let start = k
        // (承认自己…, 宣布他们…: a clause with a subject of its own; but 发现自己 / 发现他… is someone
        // finding themselves somewhere, a story told, not a finding reported)
        let own = k + 1 < t.count && (Lexicon.pronouns.match(t, at: k) != nil || t[k] == "自" && t[k + 1] == "己")
        if Lexicon.cues.match(t, at: i)?.value.isFinding == true, own || !foundByStudy(before: i) { return false }
        switch taking.value {
        case .marked: return clauseFollows(start, ownSubject: own || opensWithItsOwn(start))
        case .shown: return start < t.count && !Self.shownThings.contains(t[start]) && clauseLength(from: start) >= Self.shownClauseLength
        }
    }

    /// Whether 觉得 at `i` is what a person named or 他 / 她 right before it, past adverbs, feels about
    /// a clause right after it (她还是觉得风险太大了): their view, as 认为 gives one. After
    /// anyone else (我觉得, 人们觉得很累) a comma must come first (`needsPunctuation`).
    private func feltBySomeone(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        guard len == 2, t[i] == "觉", t[i + 1] == "得", clauseLength(from: i + len) >= 4 else { return false }
        var k = i
        while k > 0, mentionAt[k - 1] < 0 {
            if let a = Self.feelingAdverbs.match(t, endingAt: k) { k -= a.length } else if Lexicon.adverbs.contains(t[k - 1]) { k -= 1 } else { break }
        }
        if k > 0, mentionAt[k - 1] >= 0 { return mentions[mentionAt[k - 1]].actor.kind == .person && mentions[mentionAt[k - 1]].range.upperBound == k }
        return k > 0 && Lexicon.pronouns.match(t, endingAt: k, maxLength: 1).map { $0.value == .he || $0.value == .she } ?? false
    }

    /// Whether 其 ("its") opens a clause of its own at `k` (宣布其 Edge 浏览器使用 Chromium 内核):
    /// as long as a clause, where 承认其错误 is an object; not 其他, 其中, 其实 …
    private func opensWithItsOwn(_ k: Int) -> Bool {
        let t = text.folded
        return k + 1 < t.count && t[k] == "其" && !Self.wordsInQi.contains(t[k + 1]) && clauseLength(from: k) >= Self.clauseAfterQi
    }

    /// Characters making 其 part of another word (其他, 其中, 其余, 其实, 其次).
    private static let wordsInQi = ScalarSet("他她它中余实次")
    /// Fewest characters from 其 to the clause's end for 其 to open a clause of its own.
    private static let clauseAfterQi = 8

    /// Adverbs of two characters between someone and what they feel (还是觉得, 一直觉得).
    private static let feelingAdverbs = PhraseMatcher<Bool>(["还是", "仍然", "依然", "始终", "一直", "总是", "其实", "并不", "反而"].map { ($0, true) })

    /// Whether 建议 proposes an act right after it (普京还建议强化…的地位, 凯恩斯建议各国政府管理总需求):
    /// a verb, not the noun a verb before takes (接受建议, 提出建议) or that goes on into a noun
    /// (建议书, 建议是…).
    func proposesAnAct(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        // (after 接受 / 提出 … `cueAllowed` has refused the cue already)
        guard Self.proposals.match(t, at: i)?.length == len else { return false }
        let k = text.pastSpaces(i + len, before: t.count)
        guard k < t.count, Lexicon.isHan(t[k]) || Lexicon.openQuoteMarks.contains(t[k]) else { return false }
        return !Self.proposalNounEnds.contains(t[k]) && clauseLength(from: k) >= 6
    }

    /// How many characters the clause starting at `k` runs before its punctuation.
    private func clauseLength(from k: Int) -> Int {
        var e = k
        while e < text.folded.count, !Lexicon.endsClause(text.original[e]) { e += 1 }
        return e - k
    }

    static let proposals = PhraseMatcher<Bool>(["建议"].map { ($0, true) })
    /// Last characters of verbs taking a proposal as their object (接受, 提出, 采纳, 听取, 征求, 提供, 给出).
    static let takingProposals = ScalarSet("受出纳取求供听项条些个的")
    /// Characters going on from 建议 into a noun (建议书, 建议案, 建议稿, 建议权) or a copula.
    static let proposalNounEnds = ScalarSet("书案稿权是的中和与")

    /// Whether the words from `i` make a clause before theirs ends: a subject of their own
    /// (`ownSubject`: 自己, 他们), or a passive, a copula, a degree adverb or 了 past their first two
    /// characters (北京隐瞒了…, 公司电脑被…锁定); and no question of whether something holds.
    func clauseFollows(_ i: Int, ownSubject: Bool = false) -> Bool {
        let t = text.folded
        var start = i
        while start < t.count, t[start].isSpace { start += 1 }
        var marked = ownSubject
        var k = start
        while k < min(t.count, start + Self.clauseMarkerReach), !Lexicon.endsClause(t[k]) {
            // (确认…是否…, 承认…还是…: whether something holds is asked, not stated)
            if t[k] == "否" || t[k] == "还" && k + 1 < t.count && t[k + 1] == "是" { return false }
            if k > start + 1, mentionAt[k] < 0, Self.clauseMarkers.match(t, at: k) != nil { marked = true }
            k += 1
        }
        return marked
    }

    /// Whether a study, a document or researchers find at `i` (该调查发现有…, 报告使用了一套工具，发现…):
    /// a document noun, 研究人员 or another source (统计, 证据) in the sentence before it. Anyone else who 发现 something is
    /// told about (他发现家里的网络总是不正常), not reporting a finding.
    /// A body finding (京东发现…, 公民实验室还发现) reports what it found, as a study does (not what
    /// a scan or a picture shows: CT 显示).
    func foundByStudy(before i: Int) -> Bool {
        guard let s = text.sentenceIndex(containing: i) else { return false }
        let t = text.folded
        if i + 1 < t.count, t[i] == "发", t[i + 1] == "现", let m = Extractor.mentions(mentions, in: max(text.sentences[s].range.lowerBound, i - Self.bodyFindingGap)..<i).last,
           m.actor.kind == .organization, !m.actor.isCountry, (m.range.upperBound..<i).allSatisfy({ t[$0].isSpace || Self.findingAdverbs.contains(t[$0]) }) {
            return true
        }
        return (max(text.sentences[s].range.lowerBound, i - 40)..<i).contains {
            Lexicon.documentNouns.match(t, at: $0) != nil || Lexicon.memberNouns.match(t, at: $0) != nil || Self.findingSources.match(t, at: $0) != nil
        }
    }

    /// Most characters between a body and the 发现 it reports, and the adverbs they may be.
    private static let bodyFindingGap = 6
    private static let findingAdverbs = ScalarSet("还也则又亦曾已先")

    /// What makes 显示 show a thing, not a finding (显示了, 显示出, 显示为, 显示屏).
    static let shownThings = ScalarSet("了出为着屏器")
    /// Shortest clause 显示 shows without a comma.
    static let shownClauseLength = 6

    /// Sources of a finding besides documents and researchers (统计显示…, 有关的文献表明…).
    static let findingSources = PhraseMatcher<Bool>(["统计", "文献", "证据", "分析", "照片", "视频", "影像"].map { ($0, true) })

    /// How far after the verb a clause's predicate is looked for.
    static let clauseMarkerReach = 30
    /// How a verb that takes a whole clause without a comma tells the clause from a noun phrase.
    enum ClauseTaking: Sendable {
        /// By a passive, a copula, a degree or an aspect in it (`clauseMarkers`).
        case marked
        /// By its length, unless an aspect or a result follows the verb (显示了决心, 显示出).
        case shown
    }

    /// Verbs of announcing, admitting, finding and showing that take a whole clause without a comma
    /// (宣布公司…被…, 报告发现有30个国家…, 最新的就业数据显示美国就业市场状况良好).
    static let clauseTakingCues = PhraseMatcher<ClauseTaking>(["宣布", "宣告", "承认", "确认", "发现"].map { ($0, .marked) } + [("显示", .shown)])
    /// Characters before such a verb that deny it or join it to another inside a statement
    /// (无法…或确认…, 不能承认, 未宣布).
    static let deniedOrJoined = ScalarSet("或和及法能不未没")
    /// Words that make what follows such a verb a clause, not a noun phrase: a passive, a copula,
    /// a degree, an aspect, or what is had, may be or will be (只有 6.6% 曾有…, 事件会有…).
    static let clauseMarkers = PhraseMatcher<Bool>(["被", "是", "非常", "很", "十分", "已经", "已", "正在", "了",
                                                    "有", "会", "可以", "可能", "将", "也", "都", "没有", "不"].map { ($0, true) })

    /// 指控 accuses only when whom and what follow it at once (检方指控孟建伟利用…); the noun of
    /// an accusation goes on with punctuation or a joining word (刑事指控，, 腐败指控和…, 对其指控作出
    /// 回应, 因 “虚假新闻” 指控而被监禁) or is what a verb takes (否认指控).
    func accusesWithoutWords(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        guard len == 2, t[i] == "指", t[i + 1] == "控" else { return false }
        let k = text.pastSpaces(i + len, before: t.count)
        guard k < t.count, !Lexicon.endsClause(text.original[k]),
              !Self.afterAccusationNoun.contains(t[k]) else { return true }
        return i >= 2 && Self.takingAccusations.match(t, endingAt: i, maxLength: 2) != nil
    }

    /// Characters after the noun 指控: joining, acting on it, what it is or when (指控和, 指控作出回应, 指控为, 指控时).
    private static let afterAccusationNoun = ScalarSet("和与及作并是的了而被为有时")
    /// Verbs whose object is the noun 指控 (否认指控, 驳斥指控).
    private static let takingAccusations = PhraseMatcher<Bool>(["否认", "驳斥", "回应", "反驳", "澄清", "撤销", "撤回", "面对"].map { ($0, true) })

    /// 介绍，… tells what someone knows (业内人士介绍，…); brought about by someone (经朋友介绍，…,
    /// 通过社交媒体介绍，…, 俩人的相识，系他的副手介绍，…) it is who introduced people to each other.
    func introducesPeople(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        guard len == 2, t[i] == "介", t[i + 1] == "绍" else { return false }
        let s = text.pastSpaces(clauseStart(before: i, within: i), before: i)
        if Self.introducers.match(t, at: s) != nil { return true }
        // (经朋友介绍, not 经济学家介绍 or 经理介绍)
        return t[s] == "经" && s + 1 < i && !Self.wordsOpeningWithJing.contains(t[s + 1])
    }

    /// Words that open a clause saying through whom people met (通过, 或经, 系).
    private static let introducers = PhraseMatcher<Bool>(["通过", "透过", "或经", "系", "经由"].map { ($0, true) })
    /// Second characters of words opening with 经 that name who speaks (经济学家, 经理, 经销商).
    private static let wordsOpeningWithJing = ScalarSet("济理营销纪")

    /// 回应 made or taken a few words before it (作出公开回应，…, 以暴力作为回应，…) is a response, a
    /// noun: what follows is the narration's, unless a colon opens the words (做出了直接回应：…).
    /// (Made right before it, 做回应 or 作出回应, `Lexicon.cueBlockedBefore` already tells.)
    func responseMade(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        guard len == 2, t[i] == "回", t[i + 1] == "应" else { return false }
        let k = text.pastSpaces(i + len, before: t.count)
        if k < t.count, Lexicon.isColon(t[k]) { return false }
        return (clauseStart(before: i, within: Self.responseReach)..<i).contains { Self.makingResponses.match(t, at: $0) != nil }
    }

    /// Verbs that make or take a response (作出回应, 做出了回应, 作为回应), and how far before 回应 they are looked for.
    private static let makingResponses = PhraseMatcher<Bool>(["作出", "做出", "作为", "给出", "给予", "采取"].map { ($0, true) })
    private static let responseReach = 8

    /// 可能会有人质疑, 自会有读者指出, 我担心会有人说: someone who will be there to speak is
    /// imagined, and what they would say is the writer's foil, not a report.
    /// (Not 会 closing a body's name, 基金业协会有关人士表示, nor 有关 'concerned'.)
    func imaginedSpeaker(_ i: Int) -> Bool {
        let t = text.folded, s = clauseStart(before: i, within: Self.imaginedReach)
        return i - s >= 2 && (s..<(i - 1)).contains { k in
            t[k] == "会" && t[k + 1] == "有" && (k + 2 >= i || t[k + 2] != "关") && Lexicon.institutionNames.match(t, endingAt: k + 1) == nil
        }
    }

    private static let imaginedReach = 8

    /// Where the clause holding position `i` starts: after the clause punctuation or sentence end
    /// before it, at most `reach` characters back.
    func clauseStart(before i: Int, within reach: Int) -> Int {
        var s = i
        while s > 0, i - s < reach, !Lexicon.endsClause(text.original[s - 1]) { s -= 1 }
        return s
    }

    /// Whether `r` is only a word for what was said or done, pointed back to (否认这些指控, 质疑这项
    /// 政策, 相信这个道理): the cue's object, no words reported.
    func onlyAThingPointedBack(_ r: Range<Int>) -> Bool {
        let t = text.folded
        var e = r.upperBound
        while e > r.lowerBound, !Lexicon.isHan(t[e - 1]) { e -= 1 }
        guard let pointer = Self.objectPointers.match(t, at: r.lowerBound), let thing = Self.pointedThings.match(t, at: r.lowerBound + pointer.length) else { return false }
        return r.lowerBound + pointer.length + thing.length == e
    }

    private static let objectPointers = PhraseMatcher<Bool>(["这些", "这一", "这个", "这项", "这种", "这类", "这份", "那些", "那个", "该", "此", "其", "这"].map { ($0, true) })
    /// Words for what was said, done or held (指控, 事实, 政策, 道理) that a cue takes as its object.
    private static let pointedThings = PhraseMatcher<Bool>((Lexicon.viewWords + ["指控", "指责", "事实", "报道", "传言", "谣言", "消息", "批评", "政策",
                                                                                 "道理", "问题", "概念", "做法", "宣言", "决定", "计划", "结论", "罪名",
                                                                                 "官腔", "声明", "说词", "措施", "合法性"]).map { ($0, true) })
}
