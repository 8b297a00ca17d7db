import ClaimGraphCore

/// Subjects that name nobody themselves: pronouns (他说) and empty subjects (并称).
extension ClaimFinder {
    mutating func resolve(_ subject: Subject, hit: Hit, sentence: ArticleText.Sentence, previous: Speaker?) -> Speaker? {
        switch subject {
        case .speaker(let s): return s
        case .inherit:
            if let previous { return previous }
            let r = sentence.range
            var e = r.lowerBound
            while e < hit.cue.lowerBound, !Lexicon.clausePunctuation.contains(text.original[e]) { e += 1 }
            let lo = skipLeading(r.lowerBound, e)
            guard lo < e else { return nil }
            if let p = Lexicon.pronouns.match(text.folded, at: lo), p.value { return lastPerson.map { .actor($0) } }
            let np = lo..<nounPhraseEnd(lo..<e)
            let inNP = mentionsIn(np)
            if let person = inNP.first(where: { $0.actor.kind == .person }) { return .actor(person.actor) }
            if let m = inNP.first(where: { $0.actor.kind == .organization || $0.actor.kind == .outlet }), m.range.lowerBound == lo { return .actor(m.actor) }
            return nil
        case .pronoun(let plural):
            if plural { return lastSpeaker?.speaker }
            // Someone named earlier in the same sentence (侍建宇…，他对BBC中文说) comes first.
            if let person = sentenceSubject(sentence, before: hit.region.lowerBound) { return .actor(person) }
            return lastPerson.map { .actor($0) }
        }
    }

    /// The person at the head of the sentence's first clause, when the cue is in a later one.
    func sentenceSubject(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        var e = sentence.range.lowerBound
        while e < limit, !Lexicon.clausePunctuation.contains(text.original[e]) { e += 1 }
        guard e < limit else { return nil }
        let lo = skipLeading(sentence.range.lowerBound, e)
        guard lo < e else { return nil }
        return mentionsIn(lo..<nounPhraseEnd(lo..<e)).first(where: { $0.actor.kind == .person })?.actor
            ?? personBeforeCue(lo..<nounPhraseEnd(lo..<e))
    }
}
