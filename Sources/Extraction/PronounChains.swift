import ClaimGraphCore

/// Sentences that open with 他 (or 她) one after another keep one person as their subject: a
/// pronoun after them goes on with that person, not with someone one of them names as an object;
/// 他 right after one unnamed person spoke goes on with them; and 他 after a sentence that is one
/// quotation with the man opening the sentence before it.
extension ClaimFinder {
    /// 我和一个朋友聊天，他很赞成…，并对我说：…: 他 or 她 opening the clause right before a cue
    /// with no subject of its own (并, 还), after `first`, the end of a first clause naming no one who
    /// speaks; the pronoun and where it stands, or nil.
    func pronounOpeningClauseBefore(_ hit: Hit, after first: Int) -> (Lexicon.Pronoun, Int)? {
        let comma = text.beforeSpaces(hit.clauseStart, after: first) - 1
        guard comma > first, Lexicon.isComma(text.original[comma]), text.quoteAt[comma] < 0 else { return nil }
        let k = skipLeading(clauseStart(before: comma, within: comma - first - 1), comma)
        guard k < comma, text.quoteAt[k] < 0, let p = Lexicon.pronouns.match(text.folded, at: k), p.value == .he || p.value == .she
        else { return nil }
        return (p.value, k)
    }

    /// Whether someone not named is introduced in `r` (和一个朋友聊天, 一位老人): whom a 他 after it
    /// means rather than anyone named before.
    func introducesSomeoneUnnamed(_ r: Range<Int>) -> Bool {
        let t = text.folded
        return r.contains { k in
            guard let one = Lexicon.indefinites.match(t, at: k), k + one.length < r.upperBound else { return false }
            return Lexicon.unnamedSources.match(t, at: k + one.length) != nil || Lexicon.offices.match(t, at: k + one.length) != nil
        }
    }

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
            if opens(with: .he, s) { chained += 1; continue }
            let people = Extractor.mentions(mentions, in: s.range).filter { $0.actor.kind == .person }
            guard chained > 0, let first = people.first, people.allSatisfy({ $0.actor.key == first.actor.key }),
                  !isWoman(first.actor) else { return nil }
            return first.actor
        }
        return nil
    }

    /// 周日，他表示…。到周一上午，他又…与习近平达成协议。⏎他说 / Lan 说，…。本周二，她将…。她的父母…。她说:
    /// when the sentences before open with the pronoun back to the one where someone last spoke, that
    /// person goes on (a man for 他; for 她 a woman or one of unknown gender with no man's given name),
    /// not one named as an object, however far back the chain runs within the paragraph before.
    func speakerInChain(of p: Lexicon.Pronoun, _ sentence: ArticleText.Sentence) -> Actor? {
        guard var i = text.sentenceIndex(containing: sentence.range.lowerBound), let last = claims.last,
              case .actor(let person) = last.speaker, person.kind == .person,
              p == .he ? !isWoman(person) : mayBeWoman(person) else { return nil }
        var chained = 0
        while i > 0 {
            i -= 1
            let s = text.sentences[i]
            guard s.paragraph >= sentence.paragraph - 1 else { return nil }
            // (a man's chain starts with 他 too; 她 after a woman named once goes on: Lan 说…。她…)
            if s.range.contains(last.span.lowerBound) { return opens(with: p, s) || p == .she && chained > 0 ? person : nil }
            guard opens(with: p, s) else { return nil }
            chained += 1
        }
        return nil
    }

    /// 现年 76 岁的何秀英驾驶着舢板…。…让她每天能净赚…。…她经常空手而归。「…」她说: the person its
    /// first sentence names, when the paragraph names nobody else before the pronoun, is whom it is about
    /// however many sentences back (for 她, a woman or one of unknown gender with no man's given name).
    func paragraphTopic(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        // (back from this sentence to its paragraph's first, not a scan from the article's start)
        guard var i = text.sentenceIndex(containing: sentence.range.lowerBound) else { return nil }
        while i > 0, text.sentences[i - 1].paragraph == sentence.paragraph { i -= 1 }
        let first = text.sentences[i]
        guard let one = onlyPersonNamed(in: first.range.lowerBound..<limit), first.range.contains(one.range.lowerBound), mayBeWoman(one.actor) else { return nil }
        return one.actor
    }

    /// 郁萍回憶自己接觸過的…。「…」⏎她記得…。「…」: in a paragraph 她 opens, naming no one before
    /// `limit`, she is the one person the paragraph before names (a woman or one of unknown gender
    /// with no man's given name), when it names no one else.
    func previousParagraphTopic(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        let paragraph = sentence.paragraph, start = text.paragraphs[paragraph].lowerBound
        guard paragraph > 0, Lexicon.pronouns.match(text.folded, at: text.pastSpaces(start, before: limit))?.value == .she,
              !Extractor.mentions(mentions, in: start..<limit).contains(where: { $0.actor.kind == .person }) else { return nil }
        guard let one = onlyPersonNamed(in: text.paragraphs[paragraph - 1]), mayBeWoman(one.actor) else { return nil }
        return one.actor
    }

    /// Most sentences opening with 他 that a chain runs back through, within this paragraph and
    /// the one before.
    static let heChainLength = 5

    /// Whether the pronoun `p` is the subject opening `s`, past a short opening clause (不久前，他…).
    private func opens(with p: Lexicon.Pronoun, _ s: ArticleText.Sentence) -> Bool {
        openingClause(from: s.range.lowerBound, before: s.range.upperBound, clauses: 2) { Lexicon.pronouns.match(text.folded, at: $0)?.value == p } != nil
    }

    /// 另一位 31 岁的非裔反驳说，「…」他转身对…说: one unnamed person who spoke last, in this
    /// paragraph or the one before, with no person named since, is whom 他 goes on with, not
    /// a man quoted before them.
    func oneUnnamedJustQuoted(_ sentence: ArticleText.Sentence, before limit: Int) -> Speaker? {
        guard let last = lastSpeaker, last.paragraph >= sentence.paragraph - 1, case .unnamed(let words) = last.speaker,
              let claim = claims.last, claim.span.upperBound <= limit,
              countsOnePerson(Array(words.unicodeScalars)) || words.contains("岁的"),
              !mentionsIn(claim.span.lowerBound..<limit).contains(where: { $0.actor.kind == .person }),
              opensItsSentence(limit, sentence) else { return nil }
        return last.speaker
    }

    /// 研究员沈庆涛…，师从隋森芳…。「…。」他说: when the sentence before the pronoun's is one
    /// quotation, the man opening the sentence before that quotation, in the same paragraph, is who
    /// is quoted: not the man he names as an object, nor whoever spoke last.
    func manBeforeQuotation(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        guard let q = quoteEnding(before: sentence), opensItsSentence(limit, sentence),
              let j = text.sentenceIndex(containing: q.open), j > 0, text.pastSpaces(text.sentences[j].range.lowerBound, before: q.open) == q.open,
              case let s = text.sentences[j - 1], s.paragraph == sentence.paragraph,
              let clause = personClause(from: s.range.lowerBound, before: s.range.upperBound),
              let person = clauseSubjectPerson(clause.lowerBound, clause.upperBound)?.actor, !isWoman(person) else { return nil }
        return person
    }

    /// Whether the pronoun at `k` opens its sentence: only a quotation, punctuation or a short
    /// connective before it (「…」他说, 随后他说; not 李对这样的观点不屑一顾，他说: a subject of its own).
    private func opensItsSentence(_ k: Int, _ sentence: ArticleText.Sentence) -> Bool {
        (sentence.range.lowerBound..<k).count { text.quoteAt[$0] < 0 && Lexicon.isHan(text.folded[$0]) } <= 2
    }

    /// Whether unnamed words are one person, counted at their start or after where they were
    /// (抢险现场的一位…负责人).
    private func countsOnePerson(_ w: [Unicode.Scalar]) -> Bool {
        if Self.onePerson.match(w, at: 0) != nil { return true }
        guard let de = w.firstIndex(of: "的") else { return false }
        return Self.onePerson.match(w, at: de + 1) != nil
    }

    /// Words that open a description of one person (一位, 另一名, 这位).
    private static let onePerson = PhraseMatcher<Bool>(["一位", "一名", "一个", "另一位", "另一名", "另一个", "这位", "那位", "该名"].map { ($0, true) })
}
