import ClaimGraphCore

/// 虽然美国表示上述举动与贸易谈判无关，但仍可能激怒中国官员: a cue inside a concession (虽然,
/// 尽管) reports words the writer then answers in the main clause (但, 却, 可是); that clause is
/// the writer's, not the speaker's.
extension ClaimFinder {
    /// Where the words after `hit`'s cue, at most `r`, end: before the writer's main clause
    /// answering a concession, or before a gloss on whom they meant (`meaningGloss`).
    func wordsEnd(of hit: Hit, in r: Range<Int>) -> Int {
        let stop = concessionAnswer(to: hit, in: r)
        return stop > r.lowerBound ? meaningGloss(in: r.lowerBound..<stop) ?? stop : stop
    }

    /// The comma before the main clause when the cue's own clause opens a concession, else the
    /// end of `r`.
    private func concessionAnswer(to hit: Hit, in r: Range<Int>) -> Int {
        guard opensConcession(hit) else { return r.upperBound }
        for k in r.dropFirst() where Lexicon.isComma(text.original[k - 1]) && text.quoteAt[k - 1] < 0 {
            let c = text.pastSpaces(k, before: r.upperBound)
            if c < r.upperBound, text.quoteAt[c] < 0, answersConcession(at: c) { return k - 1 }
        }
        return r.upperBound
    }

    /// Whether a concessive word stands in the cue's own clause, before the cue and outside
    /// quotation marks (尽管大邱市政府强调称, 一些人虽然确信); not 尽管如此 (nevertheless), which
    /// concedes what came before and leaves the clause a main one.
    private func opensConcession(_ hit: Hit) -> Bool {
        let t = text.folded
        return (hit.clauseStart..<hit.cue.lowerBound).contains { k in
            text.quoteAt[k] < 0 && Self.concessives.match(t, at: k) != nil && !concedesWhatCameBefore(at: k)
        }
    }

    /// Words opening a concession (虽 covers 虽然, 虽说, 虽则).
    private static let concessives = PhraseMatcher<Bool>(["虽", "尽管"].map { ($0, true) })

    /// Whether the concessive word at `k` is part of a connective that concedes what came before
    /// (尽管如此, 话虽如此: `clauseConnectives`), not the opening of a concession.
    private func concedesWhatCameBefore(at k: Int) -> Bool {
        Self.clauseConnectives.match(text.folded, at: k) != nil || k > 0 && Self.clauseConnectives.match(text.folded, at: k - 1) != nil
    }

    /// Whether the main clause answering a concession opens at `c`: a word setting it against what
    /// came before (`contrastives`: 但, 然而 …) or 却.
    private func answersConcession(at c: Int) -> Bool {
        Self.contrastives.match(text.folded, at: c) != nil || text.folded[c] == "却"
    }
}
