import ClaimGraphCore

/// A second cue at the start of the words a first one introduces (米勒表示，美国对此表示关切): part
/// of them, not a second speaker, unless it stands apart from them.
extension ClaimFinder {
    /// Whether `next`'s clause starts the very statement `hit` introduces, with nothing but
    /// punctuation between (米勒表示，美国对此表示关切 / 汪文斌表示，中方坚决反对…的无理指责):
    /// a cue inside what is reported is part of it, not a second speaker. A person speaking
    /// there (知情人士称，科姆斯托克告诉…) is the statement's own speaker, relayed, unless the
    /// cue is negated (官员称，特朗普尚未表示…): what someone has not said is what is reported.
    func opensStatement(of hit: Hit, _ next: Hit) -> Bool {
        guard hit.afterQuote == nil, !hit.isSource else { return false }
        // (a cue after the words begin in the same clause is inside them: 王毅说美国表示将撤军,
        // 谷歌强调其政策要求开发者向用户披露…, Fawell 说他不认为…; but 说他认为… states the view
        // itself, and 表示强烈不满和谴责 joins a noun to another)
        if next.clauseStart <= hit.cue.upperBound {
            guard next.cue.lowerBound > hit.cue.upperBound, !Self.nounJoiners.contains(text.folded[next.cue.lowerBound - 1]) else { return false }
            return next.silence == .negated || !standsApart(next, inside: hit)
        }
        switch next.subject {
        // (one person saying what another claimed, Kuehl 称，特朗普声称…, says it all)
        case .speaker(let s) where s.actor?.kind == .person && !next.isSilent && !isPerson(hit.subject): return false
        case .pronoun where !next.isSilent: return false
        default: break
        }
        var sawPunctuation = false
        // (中国外交部称，对于美国将…签署成法，中方表示坚决反对…: the topic the words open with)
        if opensWithTopic(after: hit, before: next.clauseStart) { return true }
        for k in hit.cue.upperBound..<next.clauseStart {
            let c = text.original[k]
            if Lexicon.clausePunctuation.contains(c) { sawPunctuation = true; continue }
            if !c.isSpace { return false }
        }
        return sawPunctuation
    }

    /// Whether all between `hit`'s cue and `end` is the topic its words open with (对于…，关于…，
    /// 针对…，): one clause, with no clause mark inside it and none but a comma after it.
    private func opensWithTopic(after hit: Hit, before end: Int) -> Bool {
        let lo = pastPunctuation(hit.cue.upperBound, before: end)
        guard lo > hit.cue.upperBound, Self.topicOpeners.match(text.folded, at: lo) != nil else { return false }
        let hi = beforePunctuation(end, after: lo)
        guard hi < end, end - lo <= Self.longestTopic else { return false }
        return !(lo..<hi).contains { Lexicon.endsClause(text.original[$0]) }
    }

    static let topicOpeners = PhraseMatcher<Bool>(["对于", "关于", "针对", "至于"].map { ($0, true) })
    /// Longest topic read before the words' own clause.
    private static let longestTopic = 40

    /// Whether a cue in the same clause as `hit`'s words is no part of them: after a pronoun its
    /// view is stated itself (说他认为…); after 这类 or a document it is a noun or the document's
    /// own words (否认这类指责, 披露过一组数据显示); with no subject of its own between, the first
    /// cue is a word or a time clause (说客保证, 撰文时指出).
    private func standsApart(_ next: Hit, inside hit: Hit) -> Bool {
        let t = text.folded, c = next.cue.lowerBound
        return Lexicon.pronouns.match(t, at: text.pastSpaces(hit.cue.upperBound, before: c)) != nil
            || Self.beforeNouns.contains(t[c - 1]) || Lexicon.documentNouns.match(t, endingAt: c) != nil
            || hanCount(hit.cue.upperBound..<c) < 2 || Self.momentEnds.match(t, endingAt: c) != nil || t[c - 1] == "时"
    }

    /// Characters joining a noun to the one before (不满和谴责, 意见及建议).
    static let nounJoiners = ScalarSet("和及与、")
    /// Characters that make a noun of a cue after them (这类指责, 这些说法, 他的表态).
    static let beforeNouns = ScalarSet("这那些类种项个的")
}
