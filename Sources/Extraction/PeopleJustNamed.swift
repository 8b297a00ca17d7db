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
            // (奥古斯丁·塞奇威克（Augustine Sedgewick）: the name in parentheses spells the one before it;
            // a name inside an aside closing before the pronoun is no one it points to)
            return found.indices.filter { n in
                (n == 0 || !text.bracketed[found[n].range.lowerBound] || !glosses(found[n], found[n - 1])) && !text.inAside(found[n].range, closingBefore: limit)
            }.map { found[$0] }
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

    /// The one person not known to be a woman named since the start of the previous sentence
    /// (…的李保罗就一直不主张戴口罩。他说，…): someone just introduced, though not quoted yet,
    /// is who 他 points to. Nil when nobody or several people were named there.
    func onlyManJustNamed(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        let people = peopleJustNamed(sentence, before: limit).filter { !isWoman($0.actor) }
        guard let first = people.first, people.allSatisfy({ $0.actor.key == first.actor.key }) else { return nil }
        return first.actor
    }

    /// The one person named since the start of the previous sentence who may be a woman (张叶子说，…。⏎
    /// 她说：「…」, 28 岁的 Katherine Law …，她表示): known as one, or of unknown gender with no man's
    /// given name; men named beside her do not count (就在习近平夫妇访问荷兰的同时，…米歇尔·奥巴马…。
    /// 尽管她宣称…), unless she is listed among them (挂着 Rosa Luxemburg、Friedrich Engels、Karl Marx
    /// 的画像: names, not the topic). Nil when nobody or several such people were named there.
    func onlyWomanJustNamed(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        let quoted = quotation(closingJustBefore: limit)
        let named = peopleJustNamed(sentence, before: limit).filter { !(quoted?.contains($0.range.lowerBound) ?? false) }
        let people = named.filter { mayBeWoman($0.actor) }
        guard let first = people.first, people.allSatisfy({ $0.actor.key == first.actor.key }) else { return nil }
        if people.count < named.count, people.contains(where: isListed) { return nil }
        return first.actor
    }

    /// Whether the name of `m` stands in a list, 、 right before or after it.
    private func isListed(_ m: Mention) -> Bool {
        let o = text.original
        let after = text.pastSpaces(m.range.upperBound, before: o.count), before = text.beforeSpaces(m.range.lowerBound, after: 0)
        return after < o.count && o[after] == "、" || before > 0 && o[before - 1] == "、"
    }

    /// Whether `m` stands in parentheses right after `before`, spelling that name out.
    private func glosses(_ m: Mention, _ before: Mention) -> Bool {
        let open = text.pastSpaces(before.range.upperBound, before: m.range.lowerBound)
        return open < m.range.lowerBound && "（(".unicodeScalars.contains(text.original[open])
            && text.pastSpaces(open + 1, before: m.range.lowerBound) == m.range.lowerBound
    }
}
