import ClaimGraphCore

/// Cutting reported words into mentions: each quotation that stands alone is a direct one, and
/// the clauses around it reported ones, unless they only introduce the quotation, answer it or
/// join two clauses.
extension ClaimFinder {
    /// Cuts a reported stretch into its standalone quotations (direct) and the reported
    /// words around them (indirect or report). Returns whether anything was added.
    @discardableResult
    mutating func split(_ r: Range<Int>, hit: Hit, cue: String, speaker: Speaker, via: Actor?, sentence: ArticleText.Sentence) -> Bool {
        var pieces: [Range<Int>] = []
        var start = r.lowerBound
        var added = false
        for q in text.quotes(openingIn: r) where q.content.upperBound <= r.upperBound {
            guard standsAlone(q, in: r), !finishesClause(q, from: start) else { continue }
            var b = q.open
            while b > start, text.original[b - 1].isSpace { b -= 1 }
            // What precedes a colon introduces the quotation (总结习的议程：“…”), it is not a claim;
            // unless clauses go before the introducing one (称，在看到邮件后，自己立刻回复了这位学生，
            // 并向这位学生道歉：“…”): those are reported.
            let introduced = b > start && Lexicon.isColon(text.original[b - 1])
                && !reportedBeforeIntroduction(start..<(b - 1))
            if !introduced { pieces.append(start..<q.open) }
            var sp = speaker
            if q.open > r.lowerBound, let after = speakerAfter(q), after.kind == .person { sp = .actor(after) }
            add(q.content, .direct, cue, sp, via, sentence)
            added = true
            start = min(r.upperBound, q.end)
        }
        pieces.append(start..<r.upperBound)
        for piece in pieces {
            var t = trim(piece)
            // (「…，」警告称中俄两国…: a cue right after a quotation's closing mark is not among the
            // words after it; “…”，指的是…: a gloss there is the writer's, of the quotation)
            if piece.lowerBound > r.lowerBound, text.quote(closingAt: piece.lowerBound - 1) != nil {
                if Lexicon.glossWords.match(text.folded, at: t.lowerBound) != nil { continue }
                while let c = Lexicon.cues.match(text.folded, at: t.lowerBound), c.length < t.count { t = trim((t.lowerBound + c.length)..<t.upperBound) }
            }
            // (“…”，Simon Zhen，法律分析师…告诉…; 告诉 The Intercept。: a name alone is who, not words)
            guard hanCount(t) >= 4, !isOneName(t), !(t.lowerBound > r.lowerBound && opensWithContrast(t)),
                  Self.clauseConnectives.match(text.folded, at: t.lowerBound)?.length != t.count, !namesWhatIsDisputed(t, cue: hit.cue) else { continue }
            add(t, kindFor(hit, speaker), cue, speaker, via, sentence)
            added = true
        }
        return added
    }

    /// 透露，目前全球的新精神活性物质，「相当一部分在中国生产」。: a quoted clause with no sentence
    /// end of its own, after the speaker's words across a comma, finishes their sentence in
    /// their own wording; it is part of the statement, not a second one. A quotation that
    /// holds a sentence end (…，「这是事实。我们要改变」), runs to several clauses (“对北京来说，
    /// 重点不一定是…，而是…”) or is credited to someone after it stands alone.
    private func finishesClause(_ q: ArticleText.Quote, from start: Int) -> Bool {
        let b = text.beforeSpaces(q.open, after: start)
        guard q.closed, b > start, Lexicon.isComma(text.original[b - 1]) else { return false }
        // (the words before must be a clause: not a name addressed, 告诉 BuzzFeed News，“…”, nor 尽管如此，「…」)
        let before = trim(start..<(b - 1))
        guard text.original[before].count(where: Lexicon.isHan) >= 4, !isOneName(before),
              Self.clauseConnectives.match(text.folded, at: before.lowerBound)?.length != before.count,
              !text.original[q.content].contains(where: { Lexicon.terminators.contains($0) }),
              text.original[q.content].count(where: Lexicon.isComma) <= 1 else { return false }
        return speakerAfter(q) == nil
    }

    /// 質疑自己這個「無用之用」的說法, 否认针对这一说法: after a cue that disputes something, one
    /// clause ending in words for what someone said names what is disputed; it is no statement.
    private func namesWhatIsDisputed(_ r: Range<Int>, cue: Range<Int>) -> Bool {
        Self.disputingCues.contains(text.foldedText(cue)) && Lexicon.someonesWords.match(text.folded, endingAt: r.upperBound) != nil
            && !r.contains { Lexicon.clausePunctuation.contains(text.original[$0]) }
    }

    /// Cues that take what they dispute as their object (质疑, 否认, 驳斥).
    private static let disputingCues: Set = ["质疑", "否认", "驳斥", "反驳", "指责", "批评", "抨击", "谴责"]

    /// Whether `r` is exactly one actor's name (The Intercept, Simon Zhen), not an event's.
    private func isOneName(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, mentionAt[r.lowerBound] >= 0 else { return false }
        let m = mentions[mentionAt[r.lowerBound]]
        return m.range == r && m.actor.kind != .event
    }

    /// Connectives that make a whole clause of four characters (表示，尽管如此，他仍认为…): no
    /// statement of their own.
    static let clauseConnectives = PhraseMatcher<Bool>(["尽管如此", "即便如此", "即使如此", "虽然如此", "话虽如此", "不仅如此",
                                                        "除此之外", "与此同时", "另一方面", "总而言之", "换句话说"].map { ($0, true) })

    /// Most Han characters of a gesture between a speaker's credit and the next quotation
    /// (叹了口气, 露出厌恶的神情); a longer clause there is mostly paraphrase (“…”，他说，这些设备并
    /// 没有为公司发展作出太多贡献，“…”).
    static let gestureLength = 7

    /// Whether the clause at `k` opens with 一边 ('while'): 她一边说，一边打量着客厅 pairs the
    /// saying with something done at the same time, not with its words.
    func doesAlongside(at k: Int) -> Bool {
        k + 1 < text.folded.count && text.folded[k] == "一" && text.folded[k + 1] == "边"
    }

    /// Whether the words before a colon that introduces a quotation report something of their
    /// own: clauses before the introducing one, which itself says nothing (not 你奶奶曾经说：
    /// or 结论经常是：, whose words are the quotation's).
    func reportedBeforeIntroduction(_ r: Range<Int>) -> Bool {
        // (a colon inside a quotation, 「…难过：『…』」, is the quoted speaker's; a quoted term closed
        // before it, 讓體制「去正當化」：「…」, is not)
        guard !text.quotes(openingIn: r).contains(where: { !$0.closed || $0.end > r.upperBound }),
              !r.contains(where: { Lexicon.openQuoteMarks.contains(text.original[$0]) && text.quote(openingAt: $0) == nil }) else { return false }
        let t = text.folded
        let start = r.last(where: { Lexicon.clausePunctuation.contains(text.original[$0]) }).map { $0 + 1 } ?? r.lowerBound
        var end = r.upperBound
        while end > start, text.original[end - 1].isSpace { end -= 1 }
        let introducing = start..<end
        // one clause alone reports only when it is a statement's length (表示，探索使用此类技术的
        // 可能性将与增长趋势保持一致：“…”), not an introduction's (总结习的议程：)
        if start == r.lowerBound, hanCount(introducing) < Self.statementBeforeColon { return false }
        if introducing.contains(where: { Lexicon.cues.match(t, at: $0) != nil }) { return false }
        return end > start && !Self.introducingEnds.contains(t[end - 1])
    }

    /// Characters from which a single clause before a colon is a statement of its own.
    static let statementBeforeColon = 16

    /// Last characters of a clause that hands over to what follows its colon (…的回答是：, 如下：).
    static let introducingEnds: Set<Unicode.Scalar> = ["是", "为", "下", "道", "说", "称", "曰"]

    /// “…”，但很多人对此视而不见: after a quotation, a clause opening with a contrast is the
    /// writer answering the speaker, not the speaker going on.
    func opensWithContrast(_ r: Range<Int>) -> Bool {
        Lexicon.contrastOpeners.match(text.folded, at: r.lowerBound).map { $0.length < r.count } ?? false
    }
}
