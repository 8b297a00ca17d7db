import ClaimGraphCore

/// Whom a pronoun can point to without a name of its own: the people the article has just named.
extension ClaimFinder {
    /// The people named since the start of the previous sentence (of this paragraph or the one
    /// before) up to `limit`: whom a 他 or 她 can point to without a name of its own. When
    /// that sentence names nobody, the one before it too (张之杨似乎已无法…。现在，三分之一的客户…。⏎
    /// 他说): a sentence about something else does not end the topic. Nobody named inside the
    /// quotation the pronoun credits counts («第一夫人了解金正恩…，»他这样说: the speaker talks about them).
    func peopleJustNamed(_ sentence: ArticleText.Sentence, before limit: Int) -> [Mention] {
        guard let i = text.sentenceIndex(containing: sentence.range.lowerBound) else { return [] }
        let quoted = quotation(closingJustBefore: limit)
        func people(from start: Int) -> [Mention] {
            let found = Extractor.mentions(mentions, in: start..<limit).filter { $0.actor.kind == .person && !(quoted?.contains($0.range.lowerBound) ?? false) }
            // (奥古斯丁·塞奇威克（Augustine Sedgewick）: the name in parentheses spells the one before it)
            return found.indices.filter { n in n == 0 || !text.bracketed[found[n].range.lowerBound] || !glosses(found[n], found[n - 1]) }
                .filter { !text.inAside(found[$0].range, closingBefore: limit) }.map { found[$0] }
        }
        var from = sentence.range.lowerBound
        for back in 1...2 where i >= back {
            let s = text.sentences[i - back]
            guard s.paragraph >= sentence.paragraph - 1 else { break }
            from = s.range.lowerBound
            if back == 1, case let found = people(from: from), !found.isEmpty { return found }
        }
        return people(from: from)
    }

    /// Whether `m` stands in parentheses right after `before`, spelling that name out.
    private func glosses(_ m: Mention, _ before: Mention) -> Bool {
        let open = text.pastSpaces(before.range.upperBound, before: m.range.lowerBound)
        return open < m.range.lowerBound && "（(".unicodeScalars.contains(text.original[open])
            && text.pastSpaces(open + 1, before: m.range.lowerBound) == m.range.lowerBound
    }
}
