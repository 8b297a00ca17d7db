import ClaimGraphCore

/// Source credits opening a sentence: 据新华社报道，… / 根据 Zenz 的说法，… / 在杨卓舒看来，… /
/// 正如他所说，…: whose words the sentence goes on to give.
extension ClaimFinder {
    /// Whether a source credit (据, 根据, 依据, 按照…的说法, 在…看来) can start with `s`: asked
    /// first, because the clause-start test behind it ran at every position of every sentence.
    static func mayOpenSource(_ s: Unicode.Scalar) -> Bool { s == "据" || s == "根" || s == "依" || s == "在" || s == "按" || s == "正" || s == "照" || s == "如" || s == "诚" || s == "用" }

    /// 因为在他看来，… / 但据新华社报道，… / 或者正如她所说的，…: a connective opening the clause
    /// before the credit (或者 only before 正如: 或者根据…的故事 goes on with what was said).
    func afterOpeningConnective(_ i: Int, in r: Range<Int>) -> Bool {
        let t = text.folded
        var c = Lexicon.leadingConnectives.match(t, endingAt: i, maxLength: 4)?.length
        if c == nil, t[i] == "正", let or = Self.alternatives.match(t, endingAt: i) { c = or.length }
        guard let c, i - c >= r.lowerBound else { return false }
        return isClauseStart(i - c, in: r)
    }

    private static let alternatives = PhraseMatcher<Bool>([("或者", true)])

    /// The clause opened at `i` when it ends at clause punctuation within `limit` characters
    /// (an English gloss in parentheses not counted, as in `sourceHit`) and something is said
    /// after it: the end position.
    private func openingClauseEnd(at i: Int, in r: Range<Int>, limit: Int, closings: PhraseMatcher<Bool>) -> Int? {
        var e = i + 1, counted = 1
        // (、 lists titles or names inside the phrase, 用杂志主管、电影评论家 Marcos Uzal 的话来说; not
        // one typed for a comma after its closing, 在朱牧民看来、…)
        while e < r.upperBound, counted <= limit, !Lexicon.clausePunctuation.contains(text.original[e]) || text.quoteAt[e] >= 0
                || text.original[e] == "、" && closings.match(text.folded, endingAt: e) == nil {
            if !text.bracketed[e] { counted += 1 }
            e += 1
        }
        guard e < r.upperBound, Lexicon.clausePunctuation.contains(text.original[e]), text.contentFollows(e) else { return nil }
        return e
    }

    /// `在杨卓舒看来，…` (in his view), `在杨口中，…` (in his words): whose view the sentence goes
    /// on to state. The cue is the closing word, the one whose view it is the words between, at
    /// most 30 characters.
    func viewHit(at i: Int, in r: Range<Int>) -> Hit? {
        let t = text.folded
        guard let e = openingClauseEnd(at: i, in: r, limit: 32, closings: Lexicon.viewClosings), e - i >= 4,
              Lexicon.viewClosings.match(t, endingAt: e) != nil,
              t[e - 2] != "口" || t[e - 3] != "人" else { return nil }  // 在日本的未婚人口中: among a population
        return Hit(cue: (e - 2)..<e, kind: .speech, clauseStart: i, region: (i + 1)..<(e - 2), isSource: true)
    }

    /// `按照杨卓舒的说法，…` / `依照…所说，…` / `照瓦恩加德的说法，…` (according to what X says): X's
    /// words, like 据X说. Without 说法 or 所说 the clause is a rule followed (按照计划，…), no source.
    func accordingHit(at i: Int, in r: Range<Int>) -> Hit? {
        let t = text.folded
        let opener = t[i] != "照" && i + 1 < r.upperBound && t[i + 1] == "照" ? 2 : 1
        guard let e = openingClauseEnd(at: i, in: r, limit: 32, closings: Lexicon.accordingClosings), e - i - opener >= 3,
              let closing = Lexicon.accordingClosings.match(t, endingAt: e) else { return nil }
        let end = e - closing.length
        return Hit(cue: end..<e, kind: .speech, clauseStart: i, region: (i + opener)..<end, isSource: true)
    }

    /// `正如 Intrusion Truth 在报告中指出的那样，…` / `正如他所说，…` / `如同他在记者会所说，…` (as X said): X's words follow. The cue
    /// runs from the verb to the clause's end; who said it is before the verb (and its 所, needed without 那样).
    /// `i` is where an opener of `asSaidOpeners` starts, `opener` its length.
    private func asSaidHit(at i: Int, opener: Int, in r: Range<Int>) -> Hit? {
        let t = text.folded
        guard let e = openingClauseEnd(at: i, in: r, limit: 40, closings: Lexicon.asSaidClosings) else { return nil }
        let closing = Lexicon.asSaidClosings.match(t, endingAt: e)?.length ?? 0
        // (如 alone only right before 所说 / 所述: 如 Penney 所述，…; not 如果他所说的… nor
        // 如果按照财报所述)
        if opener == 1, closing > 0 || i + 1 < t.count && t[i + 1] == "果" { return nil }
        var verb = e - closing
        // (写 and 述 alone are no cues, 他写了一本书, 叙述, but 正如他所写的那样 and 正如 Lynn 在书中所述
        // give what he wrote)
        guard let cue = Lexicon.cues.match(t, endingAt: verb, maxLength: 4)?.length ?? Self.recordedVerbs.match(t, endingAt: verb)?.length
                ?? (Self.wroteOrSaid(t, before: verb) ? 1 : nil) else { return nil }
        verb -= cue
        var end = verb
        if end > i + opener, t[end - 1] == "所" { end -= 1 } else if closing == 0 { return nil }
        guard end - (i + opener) >= 1 else { return nil }
        // (without 那样, only someone found or pointed to, or a body or its people written out:
        // 正如 James Dolan 所说 is his cue's, 正如招商银行的分析师所说 the bank's, 正如该论文所说 the
        // paper's; not 正如前文所说)
        if closing == 0, !((i + opener)..<end).contains(where: { mentionAt[$0] >= 0 || Lexicon.pronouns.match(t, at: $0) != nil }),
           !endsLikeBodyName(end), Lexicon.memberNouns.match(t, endingAt: end) == nil,
           Lexicon.documentNouns.match(t, endingAt: end) == nil { return nil }
        return Hit(cue: verb..<e, kind: .speech, clauseStart: i, region: (i + opener)..<end, isSource: true)
    }

    /// Verbs that are no cues alone (报告 is a document, 记录 a record, 解释 an explanation) but after
    /// 正如 say what someone found and stated: 正如联合国核查人员所报告的那样，…, 正如斯密解释的那样，…
    private static let recordedVerbs = PhraseMatcher<Bool>(["报告", "记录", "记载", "预言", "阐述", "论证", "叙述", "描绘", "描述", "解释", "观察到"].map { ($0, true) })

    /// Whether 写, 所述 or 所言 ends at `verb`: what someone wrote or said, after 正如 (言 and 述
    /// alone are no cues: 言论, 叙述).
    private static func wroteOrSaid(_ t: [Unicode.Scalar], before verb: Int) -> Bool {
        t[verb - 1] == "写" || verb >= 2 && t[verb - 2] == "所" && Lexicon.sayingAfterSuo.contains(t[verb - 1])
    }

    /// Words opening `正如X所说，` (如同他所说, 诚如…所言, 如 Penney 所述): "as X said".
    static let asSaidOpeners = PhraseMatcher<Bool>(["正如", "如同", "诚如", "如"].map { ($0, true) })

    /// 俄罗斯人据称删除了…, 该产品据称能…: a cue of speech right after 据 says "allegedly",
    /// hearsay nobody is named for, and whoever heads the clause is what the hearsay is about.
    /// The 据称 itself, for the unnamed source; nil when 据 ends another word (根据, 证据, 数据)
    /// or the cue is a report's (据报道 is the outlet just named).
    func hearsay(_ hit: Hit) -> Range<Int>? {
        let t = text.folded, c = hit.cue.lowerBound
        guard hit.kind == .speech, c >= 1, t[c - 1] == "据", c == 1 || !Self.wordsEndingInJu.contains(t[c - 2]) else { return nil }
        return (c - 1)..<hit.cue.upperBound
    }

    /// Whether hearsay at `r` (据称, 据说) only hedges the words after it, an adverb with no comma
    /// (杜马袭击中据称使用的化学品, 据称没有成功: 'allegedly'), where 据称，… reports them.
    func hedgesOnly(_ r: Range<Int>) -> Bool {
        let k = text.pastSpaces(r.upperBound, before: text.original.count)
        return k < text.original.count && !Lexicon.clausePunctuation.contains(text.original[k]) && !Lexicon.isColon(text.original[k])
    }

    /// Characters before 据 that make it part of another word (根据, 依据, 证据, 数据).
    private static let wordsEndingInJu = ScalarSet("根依证数单论票字凭")

    /// `据新华社报道，…` is a cue hit already; `根据中国央视网，…` (no cue) credits a source too.
    func sourceHit(at i: Int, in r: Range<Int>) -> Hit? {
        let t = text.folded
        if let opener = Self.asSaidOpeners.match(t, at: i) { return asSaidHit(at: i, opener: opener.length, in: r) }
        if t[i] == "在" { return viewHit(at: i, in: r) }
        // (用他的话说，…: in his words, as 按照他的说法)
        if t[i] == "按" || t[i] == "照" || t[i] == "用" || t[i] == "依" && i + 1 < r.upperBound && t[i + 1] == "照" { return accordingHit(at: i, in: r) }
        var p = i
        if t[p] == "据" { p += 1 } else if p + 1 < r.upperBound, (t[p] == "根" || t[p] == "依"), t[p + 1] == "据" { p += 2 } else { return nil }
        // 据说, 据悉, 据称: hearsay with no source named.
        if p < r.upperBound, Lexicon.hearsayAfterJu.contains(t[p]) { return nil }
        var e = p
        while e < r.upperBound, !Lexicon.clausePunctuation.contains(text.original[e]) || text.quoteAt[e] >= 0 {
            if text.quoteAt[e] < 0, mentionAt[e] < 0, Lexicon.cues.match(t, at: e) != nil, cueAllowed(e, 1), !closesWithTally(e, r) { return nil }
            e += 1
        }
        // (at most 40 characters, an English gloss in parentheses not counted)
        guard e < r.upperBound, e - p >= 2, text.bracketed[p..<e].filter({ !$0 }).count <= 40 else { return nil }
        // 根据 Zenz 的说法，…: someone's account, as 按照…的说法 is
        if let closing = Lexicon.accordingClosings.match(t, endingAt: e), e - closing.length - p >= 2 {
            return Hit(cue: (e - closing.length)..<e, kind: .speech, clauseStart: i, region: p..<(e - closing.length), isSource: true)
        }
        // 根据缅甸政治犯援助协会（AAPP）统计，… / 根据国际货币基金组织 (IMF) 的最新预测，…: who counted or
        // estimated is the source, past a gloss; the tally is the cue
        if let tally = Self.tallies.match(t, endingAt: e), e - tally.length - p >= 2 {
            return Hit(cue: (e - tally.length)..<e, kind: .report, clauseStart: i, region: p..<beforeGloss(e - tally.length, from: p), isSource: true)
        }
        return Hit(cue: i..<p, kind: .report, clauseStart: i, region: p..<e, isSource: true)
    }

    /// A count or an estimate closing `根据X统计，` / `根据X的估计，` / `据X测算，`: X counted or estimated. The
    /// estimates are cues too (联合国预测，…), which elsewhere end a source credit before its comma.
    static let tallies = PhraseMatcher<Bool>(["的统计", "统计", "的预测", "的最新预测", "的估计", "的估算", "的预估", "计算", "的计算", "测算", "的测算"].map { ($0, true) })

    /// Whether the cue at `e` ends a tally right before the clause's punctuation (的最新预测，).
    private func closesWithTally(_ e: Int, _ r: Range<Int>) -> Bool {
        guard let cue = Lexicon.cues.match(text.folded, at: e), e + cue.length < r.upperBound,
              Lexicon.clausePunctuation.contains(text.original[e + cue.length]) else { return false }
        return Self.tallies.match(text.folded, endingAt: e + cue.length) != nil
    }

    /// 财新记者从多名业内人士处了解到，…: whom the outlet learned it from speak, and the outlet
    /// relays them. The outlet opening `r` before 从, and the words between 从 and 处 (or 那里).
    func learnedFrom(_ r: Range<Int>, cue: Range<Int>) -> (outlet: Actor, source: Range<Int>)? {
        let t = text.folded
        // (asked for every cue's region: matched in place, no string made)
        guard Self.learningCues.match(t, at: cue.lowerBound)?.length == cue.count else { return nil }
        let end = trimmedTail(r)
        guard let place = Self.sourcePlaces.match(t, endingAt: end), let from = r.last(where: { t[$0] == "从" }),
              from > r.lowerBound, from + 1 < end - place.length,
              let outlet = relayActor(r.lowerBound..<from), outlet.kind == .outlet else { return nil }
        return (outlet, (from + 1)..<(end - place.length))
    }

    private static let learningCues = PhraseMatcher<Bool>(["了解到", "获悉", "得知"].map { ($0, true) })
    private static let sourcePlaces = PhraseMatcher<Bool>([("处", true), ("那里", true), ("那儿", true)])
}
