import ClaimGraphCore

/// Quotations: which stand alone as statements, who is credited after one, and quotations without a cue.
extension ClaimFinder {
    /// A quotation stands alone when punctuation (or the edge of the stretch) is on both
    /// sides: “A”，并且，“B” — unlike a quoted term inside a clause (是“我们多年来的好传统”).
    func standsAlone(_ q: ArticleText.Quote, in r: Range<Int>) -> Bool {
        let b = text.beforeSpaces(q.open, after: r.lowerBound)
        let beforeOK = b == r.lowerBound || Lexicon.endsClause(text.original[b - 1])
        let a = text.pastSpaces(q.end, before: r.upperBound)
        // (「…的水平，」警告称…: the quotation's own punctuation ends the clause inside the marks,
        // and the speaker goes on with another cue)
        let afterOK = a >= r.upperBound || Lexicon.endsClause(text.original[a])
            || q.closed && q.content.upperBound > q.content.lowerBound && Lexicon.endsClause(text.original[q.content.upperBound - 1])
                && Lexicon.cues.match(text.folded, at: a) != nil
        return beforeOK && afterOK && !isListedTerm(q, in: r)
    }

    /// A short quotation next to another across a comma (例如「雙一流」，「清北」，「華五」，等等) is
    /// one of a list of quoted terms, not a statement.
    private func isListedTerm(_ q: ArticleText.Quote, in r: Range<Int>) -> Bool {
        guard q.content.count <= Self.listedTermLength else { return false }
        let a = text.pastSpaces(q.end, before: r.upperBound), b = text.beforeSpaces(q.open, after: r.lowerBound)
        let nextQuoted = a + 1 < r.upperBound && Self.listCommas.contains(text.original[a]) && text.quote(openingAt: text.pastSpaces(a + 1, before: r.upperBound)) != nil
        let previousQuoted = b - 1 > r.lowerBound && Self.listCommas.contains(text.original[b - 1]) && text.closesQuote(at: text.beforeSpaces(b - 1, after: r.lowerBound) - 1)
        return nextQuoted || previousQuoted
    }

    static let listedTermLength = 4
    private static let listCommas = ScalarSet("，,、")

    /// Whether a quotation starts a clause (after punctuation or at a paragraph's start),
    /// as a quoted statement does and a quoted term inside a clause does not.
    func opensClause(_ q: ArticleText.Quote) -> Bool {
        let start = text.paragraphs[q.paragraph].lowerBound
        let b = text.beforeSpaces(q.open, after: start)
        return b == start || Lexicon.endsClause(text.original[b - 1])
            || text.closesQuote(at: b - 1)
    }

    /// The person credited right after a quotation (“…。”中国社科院研究员肖斌说，…), in its
    /// paragraph: one opening the next (…重申上述观点：「…」⏎杨灵修表示，…) speaks for themselves.
    func speakerAfter(_ q: ArticleText.Quote) -> Actor? {
        var k = q.end
        while k < text.original.count, text.original[k].isSpace || text.original[k] == "，" { k += 1 }
        guard k < text.paragraphs[q.paragraph].upperBound else { return nil }
        var j = k
        while j < text.original.count, j - k < 40, text.quoteAt[j] < 0, !Lexicon.clausePunctuation.contains(text.original[j]),
              !Lexicon.terminators.contains(text.original[j]) {
            if mentionAt[j] < 0, let c = Lexicon.cues.match(text.folded, at: j), c.value.kind == .speech, cueAllowed(j, c.length) {
                let np = k..<nounPhraseEnd(k..<j)
                return mentionsIn(np).first(where: { $0.actor.kind == .person })?.actor
            }
            j += 1
        }
        return nil
    }

    /// In a dialogue (“你遇到什么人了吗？” / “有啊，”Lenny说。 / “什么样的人呢？”), a paragraph that
    /// ends by naming the speaker after the quotation closes that speaker's turn: the next bare
    /// quotation is someone else's. It is a dialogue when the tagged turn answers a bare
    /// quotation or the next one asks a question; in news a tagged quotation after narration
    /// (“…，”Omanovic 说。 / “但边境并非…”) goes on in the next paragraph, as a speech that goes
    /// on (X说：“… / “…”) does, and so does a credit closed by a comma (“…，”X说，).
    func turnEnded(before sentence: ArticleText.Sentence) -> Bool {
        guard let last = claims.last, last.priority == 1, last.paragraph == sentence.paragraph - 1 else { return false }
        let p = text.paragraphs[last.paragraph]
        var e = p.upperBound
        while e > p.lowerBound, text.original[e - 1].isSpace || Lexicon.terminators.contains(text.original[e - 1]) { e -= 1 }
        // (“…，”詹金斯说，⏎“…?…”: a credit closed by a comma goes on in the next paragraph)
        guard e > last.span.upperBound, !text.closesQuote(at: e - 1), !Lexicon.clausePunctuation.contains(text.original[e - 1]) else { return false }
        return asks(sentence.range) || last.paragraph > 0 && isBareQuotation(paragraph: last.paragraph - 1)
    }

    /// Whether a stretch holds a question mark: a turn of a dialogue.
    private func asks(_ r: Range<Int>) -> Bool {
        text.original[r].contains { $0 == "？" || $0 == "?" }
    }

    /// A paragraph that is one quotation and nothing else, no speaker named.
    private func isBareQuotation(paragraph i: Int) -> Bool {
        let p = text.paragraphs[i]
        guard let first = p.first, Lexicon.openQuoteMarks.contains(text.original[first]),
              let q = text.quotes(openingIn: p).first else { return false }
        return text.original[q.end..<p.upperBound].allSatisfy { $0.isSpace || Lexicon.terminators.contains($0) }
    }

    mutating func orphanQuotes(in sentence: ArticleText.Sentence) {
        for q in text.quotes(openingIn: sentence.range) {
            if claims.suffix(40).contains(where: { $0.span.overlaps(q.content) }) { continue }
            if q.isCarried {
                if let claim = carriedFrom(q) { add(q.content, .direct, nil, claim.speaker, claim.via, sentence) }
                continue
            }
            if let credited = dashCredit(after: q) {
                add(q.content, .direct, nil, .actor(credited), nil, sentence)
                continue
            }
            if let person = personActingRightAfter(q) {
                add(q.content, .direct, nil, .actor(person), nil, sentence)
                continue
            }
            let b = text.beforeSpaces(q.open, after: sentence.range.lowerBound)
            if b > sentence.range.lowerBound, let sayer = sayer(beforeComma: b - 1, in: sentence) {
                add(q.content, .direct, nil, .actor(sayer), nil, sentence)
                continue
            }
            let afterColon = b > sentence.range.lowerBound && Lexicon.isColon(text.original[b - 1])
            if afterColon, let author = labelledPostAuthor(colon: b - 1, in: sentence) {
                add(q.content, .direct, nil, .actor(author), nil, sentence)
                continue
            }
            if afterColon {
                // X这样总结：“…”
                var s = b - 1
                while s > sentence.range.lowerBound, !Lexicon.clausePunctuation.contains(text.original[s - 1]) { s -= 1 }
                let lo = skipLeading(s, b - 1)
                let np = lo..<nounPhraseEnd(lo..<(b - 1))
                if let person = mentionsIn(np).first(where: { $0.actor.kind == .person }) {
                    add(q.content, .direct, nil, .actor(person.actor), nil, sentence)
                } else if let p = Lexicon.pronouns.match(text.folded, at: lo), p.value == .he || p.value == .she, mentionAt[lo] < 0 {
                    // (他承认瑞典在一些地区拥有大政府：“…”: the person the pronoun points back to)
                    let speaker = resolvePronoun(p.value, sentence: sentence, before: lo, sameSentence: lo > sentence.range.lowerBound)
                    if speaker.actor != nil { add(q.content, .direct, nil, speaker, nil, sentence) }
                } else if s > sentence.range.lowerBound, quoteClosesSentence(q, sentence), !(s..<(b - 1)).contains(where: { announcesWords(at: $0) }),
                          Lexicon.unnamedSources.match(text.folded, at: skipLeading(s, b - 1)) == nil, let person = personOpening(sentence) {
                    // (罗兰巴特在当天参加了多场庆祝，…，太多少儿的活动看到腻烦：“…”: the person heading
                    // the sentence, as after a comma; not when the clause names another's words,
                    // 正如推特网友 @chuhan 所说：“…”)
                    add(q.content, .direct, nil, .actor(person), nil, sentence)
                } else if quoteClosesClause(q, sentence), let people = unnamedPeopleOpening(lo..<(b - 1)) {
                    add(q.content, .direct, nil, .unnamed(text.text(people)), nil, sentence)
                }
                continue
            }
            // A sentence that is nothing but a quotation goes on quoting the last speaker.
            // (the sets as locals: a static is checked for initialisation at every access)
            let (spaces, terminators, opens, closes) = (ScalarSet.whitespace, Lexicon.terminators, Lexicon.openQuoteMarks, Lexicon.closeQuotes)
            // (nor an ornament closing the post, “…。“ ◾️)
            func words(_ r: Range<Int>) -> Int {
                text.original[r].count { !(spaces.contains($0) || terminators.contains($0) || opens.contains($0) || closes.contains($0) || Self.isOrnament($0)) }
            }
            let inside = words(q.content)
            // (a short one, “我们赢了。”, only as a whole sentence right after its speaker's, “…，”X 说。)
            guard inside >= 6 || inside >= 2 && closesWithTerminator(q) && followsCredit(sentence) && lastSpeaker?.paragraph == sentence.paragraph else { continue }
            // (X表示：“…。”；“…”: punctuation after the quotation just credited is no word of the
            // sentence; after one nobody said, “ClubHouse好不好？”；“…”, it is)
            var opening = pastPunctuation(sentence.range.lowerBound, before: q.open)
            if opening > sentence.range.lowerBound, claims.last.map({ sentence.range.lowerBound - $0.span.upperBound > 3 }) ?? true {
                opening = sentence.range.lowerBound
            }
            let quoteOnly = words(opening..<sentence.range.upperBound) == inside || quotesWithAsides(sentence, words)
            // (unless this paragraph opened with a sentence about someone else: 习近平的新政策…。「…」)
            let topic = quoteOnly ? previousSentenceSubject(sentence) ?? previousParagraphTopic(sentence) : nil
            if quoteOnly, let person = personActingAfter(sentence) ?? creditPointingBack(after: q) {
                add(q.content, .direct, nil, .actor(person), nil, sentence)
            } else if quoteOnly, let last = lastSpeaker, last.paragraph >= sentence.paragraph - 1 || resumesAfterNarration(last, sentence), !turnEnded(before: sentence),
               last.paragraph == sentence.paragraph || topic == nil {
                add(q.content, .direct, nil, last.speaker, claims.last?.via, sentence)
            } else if let person = quoteOnly ? topic : narratedSpeaker(of: q, in: sentence) {
                add(q.content, .direct, nil, .actor(person), nil, sentence)
            } else if !quoteOnly, let speaker = narratingPronounSpeaker(of: q, in: sentence) {
                add(q.content, .direct, nil, speaker, nil, sentence)
            } else if !quoteOnly, let person = paragraphSpeakerGoingOn(q, in: sentence) {
                add(q.content, .direct, nil, .actor(person), nil, sentence)
            }
        }
    }

    /// Whether `c` is a symbol or a mark on one (◾, ▶, ️): no word of anyone's.
    /// Geometric shapes count whatever their category (◾ is a mathematical symbol to Unicode);
    /// other mathematical symbols do not (⋯ writes an ellipsis in words).
    static func isOrnament(_ c: Unicode.Scalar) -> Bool {
        // (ASCII, the CJK ideographs and the full-width forms, nearly every character of a
        // quotation, hold no symbol or mark: told by value, where the category lookup cost
        // 300 instructions a character of every quotation)
        if c.value < 0x80 || Self.ideographs.contains(c.value) || Self.fullWidthForms.contains(c.value) { return false }
        if Self.geometricShapes.contains(c.value) { return true }
        switch c.properties.generalCategory {
        case .otherSymbol, .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static let geometricShapes: ClosedRange<UInt32> = 0x25A0...0x25FF
    private static let ideographs: ClosedRange<UInt32> = 0x4E00...0x9FFF
    private static let fullWidthForms: ClosedRange<UInt32> = 0xFF01...0xFF5E

    /// Whether the sentence before ends with a cue (“…，”喀土穆的工程师 Ahmed Elyas 说。): the
    /// credit of the quotation before, whose speaker goes on.
    private func followsCredit(_ sentence: ArticleText.Sentence) -> Bool {
        let b = text.beforeSpaces(sentence.range.lowerBound, after: 0)
        guard b > 1, Lexicon.terminators.contains(text.original[b - 1]), let cue = Lexicon.cues.match(text.folded, endingAt: b - 1) else { return false }
        let k = b - 1 - cue.length
        return k > 0 && !Lexicon.closeQuotes.contains(text.original[k - 1])
    }

    /// Whether the quotation's words end a sentence of their own (“我们赢了。”).
    private func closesWithTerminator(_ q: ArticleText.Quote) -> Bool {
        text.lastCharacter(of: q).map(Lexicon.terminators.contains) ?? false
    }

    /// 那就是孔子所说的，“…”: the one named right before what they said (所说的, 的名言) and a comma at
    /// `k`, which introduces the quotation after it as a colon does.
    private func sayer(beforeComma k: Int, in sentence: ArticleText.Sentence) -> Actor? {
        guard text.original[k] == "，" || text.original[k] == "," else { return nil }
        let e = text.beforeSpaces(k, after: sentence.range.lowerBound)
        guard let words = Self.sayingEnds.match(text.folded, endingAt: e) else { return nil }
        let named = text.beforeSpaces(e - words.length, after: sentence.range.lowerBound)
        guard named > sentence.range.lowerBound, mentionAt[named - 1] >= 0 else { return nil }
        let m = mentions[mentionAt[named - 1]]
        return m.range.upperBound == named && m.actor.kind != .event && !m.actor.isCountry ? m.actor : nil
    }

    /// What someone said, named before the quotation (所说的, 所言, 的名言).
    private static let sayingEnds = PhraseMatcher<Bool>(["所说的", "所说", "所言", "说过的", "的名言", "的一句话", "所写的"].map { ($0, true) })

    /// 「而且我们还有 CBA 呢，」也就是中国篮球职业联赛，「当然没那么好看。」: a sentence opening with
    /// a quotation whose other words are only a short aside between quotations, naming no one
    /// and no cue, quotes as a sentence of one quotation does.
    private func quotesWithAsides(_ sentence: ArticleText.Sentence, _ words: (Range<Int>) -> Int) -> Bool {
        let quotes = text.quotes(openingIn: sentence.range)
        // (a quotation broken off at a comma: not a list of quoted sayings, “…” 、 “…”, nor of
        // quoted user names, “Sawgrass,” “TheSource,”)
        guard quotes.count >= 2, let first = quotes.first, text.pastSpaces(sentence.range.lowerBound, before: first.open) == first.open,
              case let end = text.beforeSpaces(first.content.upperBound, after: first.content.lowerBound), end > first.content.lowerBound,
              text.original[end - 1] == "，" || text.original[end - 1] == ",",
              text.original[first.content].contains(where: { Lexicon.isHan($0) || $0 == " " }) else { return false }
        var aside = 0, k = first.end
        for q in quotes.dropFirst() {
            guard q.open >= k, !mentionsIn(k..<q.open).contains(where: { $0.actor.kind == .person }), !(k..<q.open).contains(where: { Lexicon.cues.match(text.folded, at: $0) != nil }) else { return false }
            aside += words(k..<q.open)
            k = q.end
        }
        return aside <= Self.asideLimit && words(k..<sentence.range.upperBound) == 0
    }

    /// The most characters an aside between quotations holds (也就是中国篮球职业联赛: 10).
    private static let asideLimit = 16

    /// …谈到了他的工作：⏎“…”⏎工人们向菲多利抗议…⏎“这不是一份好工作。…: a person quoted, a paragraph
    /// of narration naming no one, then a quotation standing alone: the same person goes on.
    private func resumesAfterNarration(_ last: (speaker: Speaker, paragraph: Int), _ sentence: ArticleText.Sentence) -> Bool {
        guard last.paragraph == sentence.paragraph - 2, last.speaker.actor?.kind == .person,
              text.original[sentence.range.lowerBound] == "“" || text.original[sentence.range.lowerBound] == "「" else { return false }
        let between = text.paragraphs[sentence.paragraph - 1]
        return !mentionsIn(between).contains { $0.actor.kind == .person } && text.quotes(openingIn: between).isEmpty
    }

    /// “没有任何一种加密货币是真正分散的。“ — — Nicholas Weaver，国际计算机科学研究所: a quotation
    /// credited by a dash and the name after it, as epigraphs are.
    private func dashCredit(after q: ArticleText.Quote) -> Actor? {
        guard q.closed else { return nil }
        let o = text.original
        var k = q.end, dashes = 0
        while k < o.count, o[k].isSpace || Self.dashes.contains(o[k]) {
            if Self.dashes.contains(o[k]) { dashes += 1 }
            k += 1
        }
        guard dashes > 0, k < o.count, mentionAt[k] >= 0 else { return nil }
        // (—— 美国前总统西奥多·罗斯福: the person the credit names, not the country before the title)
        var e = k
        while e < o.count, e - k < 40, o[e] != "\n", !Lexicon.clausePunctuation.contains(o[e]) { e += 1 }
        if let person = mentionsIn(k..<e).first(where: { $0.actor.kind == .person }) { return person.actor }
        let m = mentions[mentionAt[k]]
        return m.range.lowerBound == k && m.actor.kind != .event && !m.actor.isCountry ? m.actor : nil
    }

    static let dashes = ScalarSet("—–-─―")

    /// The claim of the quotation a paragraph with no opening mark goes on with (see
    /// `ArticleText.carryQuote`): the last claim, when it quotes the paragraph before.
    private func carriedFrom(_ q: ArticleText.Quote) -> ClaimMention? {
        guard let last = claims.last, !last.span.isEmpty, last.span.upperBound <= q.open else { return nil }
        let index = text.quoteAt[last.span.upperBound - 1]
        return index >= 0 && text.quotes[index].paragraph == q.paragraph - 1 ? last : nil
    }

    /// Lin-Greenberg 没有与外国军官一起做过这项研究，但他的印象是…。⏎“我有机会见到…”: a
    /// quotation opening a paragraph after one whose last sentence is about a person is that
    /// person's, when nobody spoke in that paragraph (…佩洛西…访问台湾“…”，他说。⏎“…” goes on
    /// with who said it). Nil when the sentence does not open its paragraph.
    private func previousParagraphTopic(_ sentence: ArticleText.Sentence) -> Actor? {
        guard let i = text.sentenceIndex(containing: sentence.range.lowerBound), i > 0 else { return nil }
        let previous = text.sentences[i - 1]
        guard previous.paragraph == sentence.paragraph - 1, claims.last.map({ $0.paragraph < previous.paragraph }) ?? true else { return nil }
        return personOpening(previous) ?? onlyPersonAnnouncing(previous)
    }

    /// 记者与…工会负责人Mark McCarter进行了交谈，他…谈到了他的工作以及他罢工的原因：⏎“…: a sentence
    /// ending in a colon with no cue announces the quotation after it as the words of the one
    /// person it names.
    func onlyPersonAnnouncing(_ sentence: ArticleText.Sentence) -> Actor? {
        var e = sentence.range.upperBound
        while e > sentence.range.lowerBound, text.original[e - 1].isSpace { e -= 1 }
        guard e > sentence.range.lowerBound, Lexicon.isColon(text.original[e - 1]) else { return nil }
        let people = mentionsIn(sentence.range).filter { $0.actor.kind == .person }
        guard let first = people.first, people.allSatisfy({ $0.actor.key == first.actor.key }) else { return nil }
        return first.actor
    }

    /// 「法律又怎樣？…」露比淡然一笑。: a sentence that is a quotation, followed at once in its
    /// paragraph by a sentence that opens with a person and holds no cue outside quotation
    /// marks (露比嗚咽起來，「…他還有心情說這些」), is that person's: features and stories tag a
    /// turn of dialogue with what its speaker does.
    private func personActingAfter(_ sentence: ArticleText.Sentence) -> Actor? {
        let k = text.pastSpaces(sentence.range.upperBound, before: text.paragraphs[sentence.paragraph].upperBound)
        guard let i = text.sentenceIndex(containing: k), text.sentences[i].paragraph == sentence.paragraph else { return nil }
        return personActing(at: k, through: text.sentences[i].range.upperBound)?.actor
    }

    /// 「我不懂⋯⋯」海樹兒眉頭深鎖，「…」 / 「沒事。」海樹兒放低身子: a quotation opening its clause,
    /// then at once a person doing something, no cue in that clause outside quotation marks,
    /// is that person's, however short (a story's turn of dialogue); not a person whose
    /// thing follows (「…」王毅的講話).
    private func personActingRightAfter(_ q: ArticleText.Quote) -> Actor? {
        let o = text.original, end = text.paragraphs[q.paragraph].upperBound
        var k = text.pastSpaces(q.end, before: end)
        if k < end, Lexicon.isComma(o[k]) { k = text.pastSpaces(k + 1, before: end) }
        guard q.closed, k < end, mentionAt[k] >= 0, case let named = mentions[mentionAt[k]].range.upperBound, named < end,
              !Lexicon.possessives.contains(text.folded[named]),
              opensSentence(q), endsAsSpeech(q), text.original[q.content].contains(where: Lexicon.isHan), !isEchoOrSound(q) else { return nil }
        var e = named
        while e < end, !Lexicon.endsClause(o[e]), !Lexicon.openQuoteMarks.contains(o[e]) { e += 1 }
        return e > named ? personActing(at: k, through: e)?.actor : nil
    }

    /// The person whose mention opens at `k`, when nothing before `end` outside quotation marks
    /// is a cue: someone doing something, not saying it (the tag of a story's turn).
    private func personActing(at k: Int, through end: Int) -> Mention? {
        let t = text.folded
        guard k < end, mentionAt[k] >= 0, case let m = mentions[mentionAt[k]], m.range.lowerBound == k, m.actor.kind == .person,
              !(k..<end).contains(where: { p in text.quoteAt[p] < 0 && Lexicon.cues.match(t, at: p).map { cueAllowed(p, $0.length) } ?? false })
        else { return nil }
        return m
    }

    /// Whether a quotation opens its paragraph or follows the end of a sentence.
    private func opensSentence(_ q: ArticleText.Quote) -> Bool {
        let start = text.paragraphs[q.paragraph].lowerBound
        let b = text.beforeSpaces(q.open, after: start)
        return b == start || Lexicon.terminators.contains(text.original[b - 1]) || text.closesQuote(at: b - 1)
    }

    /// Whether a short quotation only echoes words said just before (「香菜？」 after 「…就是常見的香菜吧。」)
    /// or is only a sound (「嗯啊。」): a turn of dialogue that states nothing.
    private func isEchoOrSound(_ q: ArticleText.Quote) -> Bool {
        let words = text.folded[q.content].filter(Lexicon.isHan)
        guard words.count <= Self.shortTurnLength else { return false }
        if words.allSatisfy(Self.sounds.contains) { return true }
        let before = text.folded[max(0, q.open - Self.echoReach)..<q.open]
        return words.count >= 2 && before.indices.contains { k in before[k...].starts(with: words) }
    }

    /// Most characters a short turn of dialogue holds (「沒事。」, 「香菜？」, 「不過，」).
    private static let shortTurnLength = 4
    /// Characters that only voice a sound (嗯, 啊, 哦 …).
    private static let sounds = ScalarSet("嗯啊哦喔呃哈唉嘿哎呀噢唔")
    /// How far back a short quotation's words count as echoed (about a paragraph).
    private static let echoReach = 200

    /// Whether the words inside a quotation end as speech does, in a mark of their own
    /// (「沒事。」, 「我不懂⋯⋯」), not as a quoted term (「社会主义者」); a short one not at a
    /// comma, where it is a word broken off (「不過，」).
    private func endsAsSpeech(_ q: ArticleText.Quote) -> Bool {
        guard let last = text.lastCharacter(of: q), Lexicon.speechEnds.contains(last) else { return false }
        return q.content.count > Self.shortTurnLength || !Lexicon.isComma(last)
    }

    /// Whether a cue at `k` names words of its own (正如…所说：, 她回答道：), as a cue word taking an
    /// object does not (还谈到了自己对未来的期待：“…”: the quotation is the one the sentence is about).
    private func announcesWords(at k: Int) -> Bool {
        guard let cue = Lexicon.cues.match(text.folded, at: k) else { return false }
        return cueAllowed(k, cue.length)
    }

    /// Whether only punctuation follows the quotation in its sentence.
    func quoteClosesSentence(_ q: ArticleText.Quote, _ sentence: ArticleText.Sentence) -> Bool {
        text.original[q.end..<sentence.range.upperBound].allSatisfy { $0.isSpace || Lexicon.terminators.contains($0) || Lexicon.closeQuotes.contains($0) }
    }
}
