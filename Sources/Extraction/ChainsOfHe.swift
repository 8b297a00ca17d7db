import ClaimGraphCore

/// Sentences that open with 他 one after another keep one man as their subject: a 他 after
/// them goes on with him, not with a man one of them names as an object.
extension ClaimFinder {
    /// 像建筑师张之杨这样的小企业主…。不久前，他拿着…。⏎「…」他说: when the sentences just
    /// before open with 他 themselves, 他 goes on with the one man named where that chain starts,
    /// though he has not spoken yet. Nil when the chain starts on no person or on several.
    func personOpeningChainOfHe(_ sentence: ArticleText.Sentence) -> Actor? {
        guard var i = text.sentenceIndex(containing: sentence.range.lowerBound) else { return nil }
        var chained = 0
        while i > 0, chained <= Self.heChainLength {
            i -= 1
            let s = text.sentences[i]
            guard s.paragraph >= sentence.paragraph - 1 else { return nil }
            if opensWithHe(s) { chained += 1; continue }
            let people = Extractor.mentions(mentions, in: s.range).filter { $0.actor.kind == .person }
            guard chained > 0, let first = people.first, people.allSatisfy({ $0.actor.key == first.actor.key }),
                  !isWoman(first.actor) else { return nil }
            return first.actor
        }
        return nil
    }

    /// 周日，他表示…。到周一上午，他又…与习近平达成协议。⏎他说: when the chain of 他 runs back past
    /// where its man was named, the man who spoke inside it goes on, not one named as an object.
    func speakerInChainOfHe(_ sentence: ArticleText.Sentence) -> Actor? {
        guard var i = text.sentenceIndex(containing: sentence.range.lowerBound), let last = claims.last,
              case .actor(let person) = last.speaker, person.kind == .person, !isWoman(person) else { return nil }
        while i > 0 {
            i -= 1
            let s = text.sentences[i]
            guard s.paragraph >= sentence.paragraph - 1, opensWithHe(s) else { return nil }
            if s.range.contains(last.span.lowerBound) { return person }
        }
        return nil
    }

    /// Most sentences opening with 他 that a chain runs back through, within this paragraph and
    /// the one before.
    static let heChainLength = 5

    /// Whether 他 is the subject opening `s`, past a short opening clause (不久前，他…).
    private func opensWithHe(_ s: ArticleText.Sentence) -> Bool {
        openingClause(from: s.range.lowerBound, before: s.range.upperBound, clauses: 2) { Lexicon.pronouns.match(text.folded, at: $0)?.value == .he } != nil
    }
}
