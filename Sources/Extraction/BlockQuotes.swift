/// Block quotations: paragraphs the page set in `<blockquote>` with no quotation marks of
/// their own (a union leader's account, a scholar's explanation, a prize speech). Nothing
/// in them says who speaks: the paragraph that introduces them does, or the block before.
/// Pages also set quoted news in blocks, with its own cues (…西蒙旋即從其官網發表回應):
/// those are read as the article's other sentences are, and such a block is no quotation.
extension ClaimFinder {
    /// After the last sentence of a block quotation that no claim took, credits it whole to
    /// whoever the paragraphs before it make its speaker; leaves it out when they make nobody
    /// its speaker (blocks also hold laws, tenders and poems, which nobody in the article says).
    mutating func quoteBlock(after sentence: ArticleText.Sentence) {
        let p = sentence.paragraph
        guard text.blockQuotes.contains(p), endsParagraph(sentence), let r = blockContent(p),
              !opensSomethingElse(r), !opensWithLabel(r), letters(r) >= Self.blockLetters, ownQuotes(r) * 2 < r.count,
              !claims.suffix(40).contains(where: { $0.span.overlaps(r) }),
              let speaker = creditAfter(p).map({ (Speaker.actor($0), nil) }) ?? blockSpeaker(p) else { return }
        add(r, .direct, nil, speaker.speaker, speaker.via, ArticleText.Sentence(range: r, paragraph: p))
    }

    /// Fewer letters than this are a heading or a line of verse (《过冬》, 亲爱的朋友们).
    static let blockLetters = 10

    private func endsParagraph(_ s: ArticleText.Sentence) -> Bool {
        guard let i = text.sentenceIndex(containing: s.range.lowerBound) else { return false }
        return i + 1 == text.sentences.count || text.sentences[i + 1].paragraph != s.paragraph
    }

    /// The paragraph without the spaces around it.
    func blockContent(_ p: Int) -> Range<Int>? {
        var (lo, hi) = (text.paragraphs[p].lowerBound, text.paragraphs[p].upperBound)
        while lo < hi, text.original[lo].isSpace { lo += 1 }
        while hi > lo, text.original[hi - 1].isSpace { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }

    /// A block ending in a colon opens what follows (亲爱的朋友们：, 声明全文如下：) rather than
    /// saying something itself.
    private func opensSomethingElse(_ r: Range<Int>) -> Bool {
        Lexicon.isColon(text.original[r.upperBound - 1])
    }

    /// A transcript's turn (父亲：我求他们不要…, Father: I begged…) names its own speaker, whom the
    /// paragraph before does not: a colon among the first few letters, no clause before it.
    /// Looser than `turnLabel` (interview turns) on purpose: a block opening with its own cue and
    /// colon (犹大对俄南说：“…) is no words of whoever introduced it either. `length` bounds the
    /// label with its colon (a summary's, 概括：, is shorter: `ExcerptCredits`).
    func opensWithLabel(_ r: Range<Int>, within length: Int = labelLength) -> Bool {
        let head = r.lowerBound..<min(r.upperBound, r.lowerBound + length)
        guard let colon = head.first(where: { Lexicon.isColon(text.original[$0]) }) else { return false }
        return !text.original[r.lowerBound..<colon].contains(where: Lexicon.clausePunctuation.contains)
    }

    /// Longest label of a transcript's turn, colon included.
    static let labelLength = 16

    /// Characters inside the quotations of `r`: a block holding “…” quotes what those hold.
    private func ownQuotes(_ r: Range<Int>) -> Int {
        text.quotes(openingIn: r).reduce(0) { $0 + $1.content.count }
    }

    /// The one quoted in the block just before (a speech set as several blocks), or the speaker
    /// of a cue closing the paragraph before with a colon (James Leibold 解释说：); else, when that
    /// paragraph's last sentence ends in a colon, the person opening it (王毅在致辞中谈到了…：), the
    /// person its opening 他 is, or the one person it names. A block opening what follows (a
    /// salutation) is passed over.
    private mutating func blockSpeaker(_ p: Int) -> (speaker: Speaker, via: Actor?)? {
        var before = p - 1
        while before >= 0, text.blockQuotes.contains(before), blockContent(before).map(opensSomethingElse) ?? true { before -= 1 }
        guard before >= 0 else { return nil }
        if let last = claims.last, last.paragraph == before, closesParagraph(last, before) {
            return (last.speaker, last.via)
        }
        guard let intro = lastSentence(of: before), endsInColon(intro) else { return nil }
        if let person = personOpening(intro) { return (.actor(person), nil) }
        // (在一次访谈中，他曾被问起…，他的回答干脆有力：)
        if let he = openingClause(from: intro.range.lowerBound, before: intro.range.upperBound, clauses: 2, opens: {
            Lexicon.pronouns.match(text.folded, at: $0)?.value == .he
        }), case .actor(let person) = pronounReferent(.he, sentence: intro, before: he.lowerBound, sameSentence: false) {
            return (.actor(person), nil)
        }
        // (…显然也是傅瑞德所秉持的，于是，我们就看到了这样的两段话：)
        return onlyPersonAnnouncing(intro).map { (.actor($0), nil) }
    }

    /// An epigraph's credit: the person a short block right after the block names (> 一个人如果
    /// 极力宣扬…。⏎ > 托马斯·潘恩, > 节选自: 乔治·奥威尔《1984》), ending the blocks; a short
    /// paragraph outside them is more often a heading, and a short block before more blocks a
    /// line of verse.
    private func creditAfter(_ p: Int) -> Actor? {
        guard p + 1 < text.paragraphs.count, text.blockQuotes.contains(p + 1), !text.blockQuotes.contains(p + 2),
              let credit = blockContent(p + 1), credit.count <= Self.creditLength,
              !text.original[credit].contains(where: Self.sentenceEnds.contains) else { return nil }
        let people = mentionsIn(credit).filter { $0.actor.kind == .person }
        return people.count == 1 ? people[0].actor : nil
    }

    /// Longest credit line of an epigraph.
    static let creditLength = 30

    /// Marks ending a Chinese sentence, which a credit line is not (its dots may be a name's:
    /// 乔治.奥威尔.).
    private static let sentenceEnds = ScalarSet("。！？")

    /// Whether `claim` closes paragraph `p`: a statement a colon closing `p` announces (a claim of
    /// `p` may take the paragraph after it: 他们发现：⏎…), or, when `p` is a block quotation, what
    /// it says up to its end (…发出一份声明回应，他不接受…。⏎ the statement's words go on).
    private func closesParagraph(_ claim: ClaimMention, _ p: Int) -> Bool {
        let end = text.paragraphs[p].upperBound
        let block = text.blockQuotes.contains(p)
        return text.original[min(claim.span.upperBound, end)..<end].allSatisfy {
            $0.isSpace || Lexicon.isColon($0) || block && (Lexicon.terminators.contains($0) || Lexicon.closeQuotes.contains($0))
        }
    }

    private func lastSentence(of p: Int) -> ArticleText.Sentence? {
        guard let i = text.sentenceIndex(containing: text.paragraphs[p].upperBound - 1) else { return nil }
        return text.sentences[i]
    }

    private func endsInColon(_ s: ArticleText.Sentence) -> Bool {
        Lexicon.isColon(text.original[s.range.upperBound - 1])
    }

    /// Letters and digits in `r`, without punctuation and spaces.
    private func letters(_ r: Range<Int>) -> Int {
        text.original[r].count {
            !($0.isSpace || Lexicon.endsClause($0)
              || Lexicon.openQuoteMarks.contains($0) || Lexicon.closeQuotes.contains($0))
        }
    }
}
