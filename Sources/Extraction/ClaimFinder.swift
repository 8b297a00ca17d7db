import ClaimGraphCore

/// Finds who said what, sentence by sentence.
///
/// A statement is found from a cue verb outside quotation marks (…说, 表示, 报道 …) whose
/// subject names a source, or from a quotation that stands on its own after a colon, a
/// cue, or in a paragraph that goes on quoting the previous speaker. The subject is the
/// clause before the cue: a person if one is named there (the head of 美国…教授朱志群),
/// else a document, an unnamed source (分析人士), a report (报道 → the last outlet), an
/// organization or outlet; a pronoun is the last person quoted, an empty subject (并称)
/// the previous speaker of the sentence.
struct ClaimFinder {
    private struct Hit {
        var cue: Range<Int>
        var kind: Lexicon.CueKind
        /// Where the clause holding the cue starts (after the previous ，), and its subject.
        var clauseStart: Int
        var region: Range<Int>
        var afterQuote: ArticleText.Quote?
        /// The quotation before the subject ends the previous sentence (“…。”肖斌说，…).
        var afterQuoteCrossesSentence = false
        var via: Actor?
        var subject: Subject?
        var isSource = false
        /// 并未谴责: the clause is a statement not made; it still ends the one before.
        var negated = false
    }

    private enum Subject {
        case speaker(Speaker)
        case pronoun(plural: Bool)
        case inherit
    }

    let text: ArticleText
    let mentions: [Mention]
    let articleKey: String
    private var mentionAt: [Int]
    private var lastSpeaker: (speaker: Speaker, paragraph: Int)?
    private var lastPerson: Actor?
    private var lastOutlet: Actor?
    private var documents: [String: Actor] = [:]
    private(set) var claims: [ClaimMention] = []

    init(text: ArticleText, mentions: [Mention], articleKey: String) {
        self.text = text
        self.mentions = mentions
        self.articleKey = articleKey
        mentionAt = Array(repeating: -1, count: text.folded.count)
        for (i, m) in mentions.enumerated() { for k in m.range { mentionAt[k] = i } }
    }

    mutating func run() -> [ClaimMention] {
        for sentence in text.sentences where paragraphIsProse(sentence.paragraph) {
            process(sentence)
        }
        return dedupe(claims)
    }

    // MARK: - Sentences

    /// Headlines, captions and link lists have no sentence-final punctuation; they are
    /// not the article's prose (a paragraph that opens a quotation is kept).
    private func paragraphIsProse(_ p: Int) -> Bool {
        let r = text.paragraphs[p]
        guard !r.isEmpty else { return false }
        if Lexicon.openQuotes[text.original[r.lowerBound]] != nil { return true }
        return text.original[r].contains { Lexicon.terminators.contains($0) }
    }

    private mutating func process(_ sentence: ArticleText.Sentence) {
        var hits = findHits(in: sentence)
        for k in hits.indices { hits[k].subject = subject(of: hits[k]) }
        let named = hits.indices.filter { hits[$0].subject != nil }
        var pendingVia: Actor?
        var previous: Speaker?
        for (n, k) in named.enumerated() {
            let hit = hits[k]
            guard !hit.negated else { continue }
            guard let speaker = resolve(hit.subject!, hit: hit, sentence: sentence, previous: previous) else { continue }
            let laterNamed = named[(n + 1)...].contains { hits[$0].subject.map(isNamedSource) ?? false }
            if hit.kind == .report || hit.isSource, laterNamed, speaker.actor.map({ $0.kind == .outlet || $0.kind == .document }) ?? false {
                pendingVia = speaker.actor
                if let a = speaker.actor, a.kind == .outlet { lastOutlet = a }
                continue
            }
            let cut = n + 1 < named.count ? hits[named[n + 1]].clauseStart : sentence.range.upperBound
            let before = claims.count
            emit(hit, speaker: speaker, via: hit.via ?? pendingVia, until: cut, sentence: sentence)
            if claims.count > before || true { previous = speaker }
            if let a = speaker.actor, a.kind == .outlet { lastOutlet = a }
        }
        orphanQuotes(in: sentence)
    }

    private func isNamedSource(_ s: Subject) -> Bool {
        switch s {
        case .speaker(let sp):
            if let a = sp.actor { return a.kind == .person || a.kind == .organization }
            return true
        case .pronoun: return true
        case .inherit: return false
        }
    }

    // MARK: - Cues

    private func findHits(in sentence: ArticleText.Sentence) -> [Hit] {
        var hits: [Hit] = []
        let t = text.folded
        let r = sentence.range
        var i = r.lowerBound
        while i < r.upperBound {
            if text.quoteAt[i] >= 0 || mentionAt[i] >= 0 { i += 1; continue }
            if isClauseStart(i, in: r), let source = sourceHit(at: i, in: r) {
                hits.append(source)
                i = source.cue.upperBound
                continue
            }
            guard let m = Lexicon.cues.match(t, at: i), cueAllowed(i, m.length) else { i += 1; continue }
            // Two cues in a row are one (发文爆料, 表示称).
            if let last = hits.last, last.cue.upperBound == i, !last.isSource {
                hits[hits.count - 1].cue = last.cue.lowerBound..<(i + m.length)
                i += m.length
                continue
            }
            let cue = i..<(i + m.length)
            var hit = Hit(cue: cue, kind: m.value, clauseStart: r.lowerBound, region: cue.lowerBound..<cue.lowerBound)
            locateRegion(&hit, sentence: r)
            hit.negated = isNegated(hit.region)
            hits.append(hit)
            i += m.length
        }
        return hits
    }

    private func isNegated(_ r: Range<Int>) -> Bool {
        for n in 1...4 where r.upperBound - n >= r.lowerBound {
            if let neg = Lexicon.negations.match(text.folded, at: r.upperBound - n), neg.length <= n, mentionAt[r.upperBound - n] < 0 { return true }
        }
        return false
    }

    private func cueAllowed(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        if i > 0, let blocked = Lexicon.cueBlockedBefore[t[i]], blocked.contains(t[i - 1]) { return false }
        if i > 0, Lexicon.cueNounMarkers.contains(t[i - 1]) { return false }
        if i + len < t.count, Lexicon.cueNounFollowers.contains(t[i + len]) { return false }
        if i + len < t.count, let blocked = Lexicon.cueBlockedAfter[t[i]], blocked.contains(t[i + len]) { return false }
        return true
    }

    private func isClauseStart(_ i: Int, in r: Range<Int>) -> Bool {
        var j = i
        while j > r.lowerBound, text.original[j - 1].isSpace { j -= 1 }
        return j == r.lowerBound || Lexicon.clausePunctuation.contains(text.original[j - 1])
    }

    /// `据新华社报道，…` is a cue hit already; `根据中国央视网，…` (no cue) credits a source too.
    private func sourceHit(at i: Int, in r: Range<Int>) -> Hit? {
        let t = text.folded
        var p = i
        if t[p] == "据" { p += 1 } else if p + 1 < r.upperBound, (t[p] == "根" || t[p] == "依"), t[p + 1] == "据" { p += 2 } else { return nil }
        var e = p
        while e < r.upperBound, !Lexicon.clausePunctuation.contains(text.original[e]) || text.quoteAt[e] >= 0 {
            if text.quoteAt[e] < 0, mentionAt[e] < 0, Lexicon.cues.match(t, at: e) != nil, cueAllowed(e, 1) { return nil }
            e += 1
        }
        guard e < r.upperBound, e - p >= 2, e - p <= 40 else { return nil }
        return Hit(cue: i..<p, kind: .report, clauseStart: i, region: p..<e, isSource: true)
    }

    /// The subject clause before a cue: back to the previous clause punctuation or quote.
    private func locateRegion(_ hit: inout Hit, sentence r: Range<Int>) {
        var s = hit.cue.lowerBound
        while s > r.lowerBound {
            let c = text.original[s - 1]
            if text.bracketed[s - 1] { s -= 1; continue }
            if Lexicon.closeQuotes.contains(c), let q = text.quote(closingAt: s - 1), !opensClause(q) {
                s = q.open
                continue
            }
            if text.quoteAt[s - 1] < 0 && (Lexicon.clausePunctuation.contains(c) || Lexicon.closeQuotes.contains(c) || Lexicon.terminators.contains(c)) { break }
            if text.quoteAt[s - 1] >= 0 { break }
            s -= 1
        }
        hit.clauseStart = s
        // A quotation just before the subject is what the subject said (“…”，X说).
        var b = s
        while b > 0, text.original[b - 1] == " " || text.original[b - 1] == "\u{3000}" || text.original[b - 1] == "，" || text.original[b - 1] == "," { b -= 1 }
        let crossesSentence = b <= r.lowerBound
        if b > 0, Lexicon.closeQuotes.contains(text.original[b - 1]), let q = text.quote(closingAt: b - 1),
           opensClause(q),
           !crossesSentence || Lexicon.terminators.contains(text.original[b - 2]) && hit.cue.lowerBound - s <= 30
            && nounPhraseEnd(s..<hit.cue.lowerBound) == hit.cue.lowerBound {
            hit.afterQuote = q
            hit.afterQuoteCrossesSentence = crossesSentence
            if !crossesSentence { hit.clauseStart = q.open }
        }
        var lo = s
        let hi = hit.cue.lowerBound
        lo = skipLeading(lo, hi)
        // 法新社引述…专家表示 / 俄罗斯通讯社援引绍伊古的话说: the first part is the intermediary.
        var k = lo
        while k < hi {
            if mentionAt[k] < 0, let relay = Lexicon.relayWords.match(text.folded, at: k) {
                hit.via = relayActor(lo..<k)
                lo = skipLeading(k + relay.length, hi)
                break
            }
            k += 1
        }
        var end = hi
        if end - lo >= 2, text.folded[end - 2] == "的", text.folded[end - 1] == "话" { end -= 2 }
        hit.region = lo..<max(lo, end)
    }

    private func skipLeading(_ from: Int, _ to: Int) -> Int {
        var lo = from
        while lo < to {
            if text.original[lo].isSpace { lo += 1; continue }
            if mentionAt[lo] < 0, let c = Lexicon.leadingConnectives.match(text.folded, at: lo), lo + c.length <= to { lo += c.length; continue }
            break
        }
        return lo
    }

    private func relayActor(_ r: Range<Int>) -> Actor? {
        if let outlet = adHocOutlet(r) { return outlet }
        if let m = mentionsIn(r).last(where: { $0.actor.kind == .outlet }) { return m.actor }
        return mentionsIn(r).last(where: { $0.actor.kind == .organization })?.actor
    }

    // MARK: - Subjects

    private func mentionsIn(_ r: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        var k = r.lowerBound
        while k < r.upperBound {
            if mentionAt[k] >= 0 {
                let m = mentions[mentionAt[k]]
                if m.actor.kind != .event { out.append(m) }
                k = m.range.upperBound
            } else { k += 1 }
        }
        return out
    }

    private mutating func subject(of hit: Hit) -> Subject? {
        let r = hit.region
        let t = text.folded
        if r.isEmpty || onlyAdverbs(r) {
            if hit.kind == .report, !hit.isSource, let outlet = lastOutlet { return .speaker(.actor(outlet)) }
            return .inherit
        }
        if let p = Lexicon.pronouns.match(t, at: r.lowerBound), mentionAt[r.lowerBound] < 0 {
            return .pronoun(plural: !p.value)
        }
        if text.bracketed[r].filter({ !$0 }).count > 60 { return nil }
        // A social-media handle in quotes: 帐号“@Gerashchenko_en”.
        for q in text.quotes(openingIn: r) where q.close < r.upperBound && text.original[q.content.lowerBound] == "@" {
            let handle = text.text(q.content)
            return .speaker(.actor(Actor(key: Actor.localKey(handle.lowercased()), name: handle, kind: .person)))
        }
        let np = r.lowerBound..<nounPhraseEnd(r)
        let inNP = mentionsIn(np)
        if let person = inNP.first(where: { $0.actor.kind == .person }) { return .speaker(.actor(person.actor)) }
        if let person = personBeforeCue(r) { return .speaker(.actor(person)) }
        if let doc = document(in: r, nounPhrase: np) { return .speaker(.actor(doc)) }
        let tailEnd = trimmedTail(np)
        if tailEnd > np.lowerBound, let u = Lexicon.unnamedSources.match(t, endingAt: tailEnd), mentionAt[tailEnd - 1] < 0 {
            let noun = text.foldedText((tailEnd - u.length)..<tailEnd)
            let source = inNP.last(where: { $0.actor.kind == .outlet || $0.actor.kind == .organization })
            if let source, Lexicon.textSources.contains(noun) { return .speaker(.actor(source.actor)) }
            return .speaker(.unnamed(text.text(np.lowerBound..<tailEnd)))
        }
        if let m = inNP.last(where: { $0.actor.kind == .outlet || $0.actor.kind == .document || $0.actor.kind == .organization }) {
            return .speaker(.actor(m.actor))
        }
        if inNP.isEmpty, Lexicon.reportNouns.match(t, at: np.lowerBound) != nil, let outlet = lastOutlet {
            return .speaker(.actor(outlet))
        }
        if let outlet = adHocOutlet(np) { return .speaker(.actor(outlet)) }
        if let u = Lexicon.unnamedSources.match(t, at: r.lowerBound), u.length >= 2 || r.count == 1 {
            return .speaker(.unnamed(text.text(r.lowerBound..<(r.lowerBound + u.length))))
        }
        return nil
    }

    /// A person named last before the cue with only a parenthesis and a few adverbs in
    /// between: the head of a long title (…政治与国际关系高级讲师科罗廖夫（…）这样总结).
    private func personBeforeCue(_ r: Range<Int>) -> Actor? {
        guard let m = mentionsIn(r).last, m.actor.kind == .person else { return nil }
        var k = m.range.upperBound
        if k < r.upperBound, text.original[k] == "（" || text.original[k] == "(" {
            while k < r.upperBound, text.original[k] != "）", text.original[k] != ")" { k += 1 }
            k += 1
        }
        return r.upperBound - k <= 8 ? m.actor : nil
    }

    /// A subject made only of adverbs (并多次, 还) names nobody: the speaker goes on.
    private func onlyAdverbs(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            if text.original[k].isSpace { k += 1; continue }
            guard mentionAt[k] < 0 else { return false }
            if "也还并又则亦更都就曾再均同时另而".unicodeScalars.contains(text.folded[k]) { k += 1; continue }
            if let b = Lexicon.breakers.match(text.folded, at: k), k + b.length <= r.upperBound { k += b.length; continue }
            return false
        }
        return true
    }

    /// The subject noun phrase ends at the first breaker outside a name (在, 与, 周二 …).
    private func nounPhraseEnd(_ r: Range<Int>) -> Int {
        var k = r.lowerBound
        while k < r.upperBound {
            if mentionAt[k] >= 0 { k = min(r.upperBound, mentions[mentionAt[k]].range.upperBound); continue }
            if k > r.lowerBound, Lexicon.breakers.match(text.folded, at: k) != nil { return k }
            let c = text.folded[k]
            if k > r.lowerBound, ("0"..."9").contains(c) { return k }
            k += 1
        }
        return r.upperBound
    }

    /// The end of a phrase without trailing parentheses and titles in 《》.
    private func trimmedTail(_ r: Range<Int>) -> Int {
        var e = r.upperBound
        while e > r.lowerBound {
            let c = text.original[e - 1]
            if c.isSpace { e -= 1; continue }
            if c == "）" || c == ")" || c == "》" {
                let open: Unicode.Scalar = c == "》" ? "《" : (c == "）" ? "（" : "(")
                var j = e - 1
                while j > r.lowerBound, text.original[j] != open { j -= 1 }
                if j == r.lowerBound && text.original[j] != open { return e }
                e = j
                continue
            }
            return e
        }
        return e
    }

    /// A report or statement named in the subject (报告《…》指出, 该报告认为, 据美国2022年评估):
    /// one node per article and noun, named by its title when the article gives one.
    private mutating func document(in r: Range<Int>, nounPhrase np: Range<Int>) -> Actor? {
        if let m = mentionsIn(np).last(where: { $0.actor.kind == .document }) { return m.actor }
        let tail = trimmedTail(r)
        guard tail > r.lowerBound, let noun = Lexicon.documentNouns.match(text.folded, endingAt: tail) else { return nil }
        let nounText = text.foldedText((tail - noun.length)..<tail)
        var title: String?
        var k = tail
        while k < r.upperBound {
            if text.original[k] == "《" {
                var j = k + 1
                while j < r.upperBound, text.original[j] != "》" { j += 1 }
                title = text.text(k..<min(j + 1, r.upperBound))
                break
            }
            k += 1
        }
        let key = "document:" + StableHash.hex(of: articleKey).prefix(16) + ":" + nounText
        if var known = documents[key] {
            if let title, known.properties["title"] == nil {
                known.name = title
                known.properties["name"] = .string(title)
                known.properties["title"] = .string(title)
                documents[key] = known
            }
            return known
        }
        var start = r.lowerBound
        if tail - start > 20 { start = tail - noun.length }
        let name = title ?? text.text(start..<tail)
        var actor = Actor(key: key, name: name, kind: .document)
        if let title { actor.properties["title"] = .string(title) }
        documents[key] = actor
        return actor
    }

    /// An outlet the catalog does not know, named by its kind (俄罗斯通讯社, …电视台).
    private func adHocOutlet(_ r: Range<Int>) -> Actor? {
        let tail = trimmedTail(r)
        let s = text.foldedText(r.lowerBound..<tail)
        guard s.count >= 3, s.count <= 16, Lexicon.outletSuffixes.contains(where: { s.hasSuffix($0) }) else { return nil }
        let name = text.text(r.lowerBound..<tail).trimmingCharacters(in: "《》")
        return Actor(key: Actor.localKey(s.trimmingCharacters(in: "《》")), name: name, kind: .outlet)
    }

    private mutating func resolve(_ subject: Subject, hit: Hit, sentence: ArticleText.Sentence, previous: Speaker?) -> Speaker? {
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
    private func sentenceSubject(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        var e = sentence.range.lowerBound
        while e < limit, !Lexicon.clausePunctuation.contains(text.original[e]) { e += 1 }
        guard e < limit else { return nil }
        let lo = skipLeading(sentence.range.lowerBound, e)
        guard lo < e else { return nil }
        return mentionsIn(lo..<nounPhraseEnd(lo..<e)).first(where: { $0.actor.kind == .person })?.actor
            ?? personBeforeCue(lo..<nounPhraseEnd(lo..<e))
    }

    // MARK: - Claims

    private mutating func emit(_ hit: Hit, speaker: Speaker, via: Actor?, until cut: Int, sentence: ArticleText.Sentence) {
        var hit = hit
        if hit.afterQuoteCrossesSentence, speaker.actor?.kind != .person { hit.afterQuote = nil }
        let cueWord = text.text(hit.cue)
        var p = hit.isSource ? hit.region.upperBound : hit.cue.upperBound
        let end = cut
        if let q = hit.afterQuote {
            add(q.content, .direct, cueWord, speaker, via, sentence, priority: 1)
        }
        // What follows the cue: punctuation, then the statement.
        let cueAtEnd: Bool = {
            var k = p
            while k < sentence.range.upperBound, text.original[k].isSpace { k += 1 }
            return k >= sentence.range.upperBound || Lexicon.terminators.contains(text.original[k])
        }()
        if hit.afterQuote != nil {
            // After “…”，X说 only a new quotation continues (“A，”肖斌说，“B。”).
            var k = p
            while k < end, Lexicon.clausePunctuation.contains(text.original[k]) || text.original[k].isSpace { k += 1 }
            guard k < end, k > p else { return }
            p = k
        } else if cueAtEnd {
            // …，侍建宇说。 — the statement is the clause before the subject.
            var lo = sentence.range.lowerBound
            if let last = claims.last, last.sentence == sentence.range { lo = max(lo, last.span.upperBound) }
            var hi = hit.clauseStart
            while hi > lo, Lexicon.clausePunctuation.contains(text.original[hi - 1]) || text.original[hi - 1].isSpace { hi -= 1 }
            if hi > lo { split(lo..<hi, hit: hit, cue: cueWord, speaker: speaker, via: via, sentence: sentence) }
            return
        }
        while p < end, Lexicon.clausePunctuation.contains(text.original[p]) || text.original[p].isSpace { p += 1 }
        if p < end, text.folded[p] == "道" { p += 1 }
        if Lexicon.addressCues.contains(text.foldedText(hit.cue)) {
            // 告诉财新记者，… — the words after the person addressed.
            var k = p
            while k < end, k - p <= 12, !Lexicon.clausePunctuation.contains(text.original[k]), text.quoteAt[k] < 0 { k += 1 }
            if k < end, k - p <= 12, Lexicon.clausePunctuation.contains(text.original[k]) { p = k + 1 }
        }
        if p < end {
            let produced = split(p..<end, hit: hit, cue: cueWord, speaker: speaker, via: via, sentence: sentence)
            if produced { return }
        }
        // 普京对俄中合作“…”表示欢迎: the statement sits between the speaker and the cue.
        let npEnd = nounPhraseEnd(hit.region)
        if cueWord == "表示" || cueWord == "表达", p < end, !hit.region.isEmpty, hit.cue.lowerBound - npEnd >= 4 {
            add(trim(npEnd..<hit.cue.lowerBound), kindFor(hit, speaker), cueWord, speaker, via, sentence)
        }
    }

    /// Cuts a reported stretch into its standalone quotations (direct) and the reported
    /// words around them (indirect or report). Returns whether anything was added.
    @discardableResult
    private mutating func split(_ r: Range<Int>, hit: Hit, cue: String, speaker: Speaker, via: Actor?, sentence: ArticleText.Sentence) -> Bool {
        var pieces: [Range<Int>] = []
        var start = r.lowerBound
        var added = false
        for q in text.quotes(openingIn: r) where q.content.upperBound <= r.upperBound {
            guard standsAlone(q, in: r) else { continue }
            var b = q.open
            while b > start, text.original[b - 1].isSpace { b -= 1 }
            // What precedes a colon introduces the quotation (总结习的议程：“…”), it is not a claim.
            let introduced = b > start && (text.original[b - 1] == "：" || text.original[b - 1] == ":")
            if !introduced { pieces.append(start..<q.open) }
            var sp = speaker
            if q.open > r.lowerBound, let after = speakerAfter(q), after.kind == .person { sp = .actor(after) }
            add(q.content, .direct, cue, sp, via, sentence)
            added = true
            start = min(r.upperBound, q.end)
        }
        pieces.append(start..<r.upperBound)
        for piece in pieces {
            let t = trim(piece)
            guard hanCount(t) >= 4 else { continue }
            add(t, kindFor(hit, speaker), cue, speaker, via, sentence)
            added = true
        }
        return added
    }

    private func kindFor(_ hit: Hit, _ speaker: Speaker) -> ClaimMention.Kind {
        if hit.kind == .report || hit.isSource { return .report }
        if let a = speaker.actor, a.kind == .outlet || a.kind == .document { return .report }
        return .indirect
    }

    /// A quotation stands alone when punctuation (or the edge of the stretch) is on both
    /// sides: “A”，并且，“B” — unlike a quoted term inside a clause (是“我们多年来的好传统”).
    private func standsAlone(_ q: ArticleText.Quote, in r: Range<Int>) -> Bool {
        var b = q.open
        while b > r.lowerBound, text.original[b - 1].isSpace { b -= 1 }
        let beforeOK = b == r.lowerBound || Lexicon.clausePunctuation.contains(text.original[b - 1]) || Lexicon.terminators.contains(text.original[b - 1])
        var a = q.end
        while a < r.upperBound, text.original[a].isSpace { a += 1 }
        let afterOK = a >= r.upperBound || Lexicon.clausePunctuation.contains(text.original[a]) || Lexicon.terminators.contains(text.original[a])
        return beforeOK && afterOK
    }

    /// Whether a quotation starts a clause (after punctuation or at a paragraph's start),
    /// as a quoted statement does and a quoted term inside a clause does not.
    private func opensClause(_ q: ArticleText.Quote) -> Bool {
        var b = q.open
        let start = text.paragraphs[q.paragraph].lowerBound
        while b > start, text.original[b - 1].isSpace { b -= 1 }
        return b == start || Lexicon.clausePunctuation.contains(text.original[b - 1]) || Lexicon.terminators.contains(text.original[b - 1])
            || Lexicon.closeQuotes.contains(text.original[b - 1])
    }

    /// The person credited right after a quotation (“…。”中国社科院研究员肖斌说，…).
    private func speakerAfter(_ q: ArticleText.Quote) -> Actor? {
        var k = q.end
        while k < text.original.count, text.original[k].isSpace || text.original[k] == "，" { k += 1 }
        var j = k
        while j < text.original.count, j - k < 40, text.quoteAt[j] < 0, !Lexicon.clausePunctuation.contains(text.original[j]),
              !Lexicon.terminators.contains(text.original[j]) {
            if mentionAt[j] < 0, let c = Lexicon.cues.match(text.folded, at: j), c.value == .speech, cueAllowed(j, c.length) {
                let np = k..<nounPhraseEnd(k..<j)
                return mentionsIn(np).first(where: { $0.actor.kind == .person })?.actor
            }
            j += 1
        }
        return nil
    }

    private func trim(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        func junk(_ c: Unicode.Scalar) -> Bool {
            c.isSpace || Lexicon.clausePunctuation.contains(c) || Lexicon.terminators.contains(c)
        }
        while lo < hi, junk(text.original[lo]) { lo += 1 }
        while hi > lo, junk(text.original[hi - 1]) { hi -= 1 }
        for word in ["并且", "而且", "并", "同时", "还"] where hi - lo > word.count {
            let w = Array(word.unicodeScalars)
            if Array(text.folded[lo..<(lo + w.count)]) == w {
                lo += w.count
                while lo < hi, junk(text.original[lo]) { lo += 1 }
                break
            }
        }
        return lo..<hi
    }

    private func hanCount(_ r: Range<Int>) -> Int {
        text.original[r].reduce(0) { $0 + (Lexicon.isHan($1) || $1.properties.isAlphabetic ? 1 : 0) }
    }

    private mutating func add(_ span: Range<Int>, _ kind: ClaimMention.Kind, _ cue: String?, _ speaker: Speaker, _ via: Actor?,
                              _ sentence: ArticleText.Sentence, priority: Int = 0) {
        var s = span
        while s.upperBound > s.lowerBound, text.original[s.upperBound - 1].isSpace { s = s.lowerBound..<(s.upperBound - 1) }
        guard !s.isEmpty, hanCount(s) >= 2 else { return }
        var via = via
        if let v = via, v.key == speaker.actor?.key { via = nil }
        claims.append(ClaimMention(span: s, kind: kind, cue: cue, speaker: speaker, via: via, sentence: sentence.range,
                                   paragraph: sentence.paragraph, priority: priority))
        lastSpeaker = (speaker, sentence.paragraph)
        if let a = speaker.actor, a.kind == .person { lastPerson = a }
    }

    // MARK: - Quotations without a cue

    private mutating func orphanQuotes(in sentence: ArticleText.Sentence) {
        for q in text.quotes(openingIn: sentence.range) {
            if claims.suffix(40).contains(where: { $0.span.overlaps(q.content) }) { continue }
            var b = q.open
            while b > sentence.range.lowerBound, text.original[b - 1].isSpace { b -= 1 }
            if b > sentence.range.lowerBound, text.original[b - 1] == "：" || text.original[b - 1] == ":" {
                // X这样总结：“…”
                var s = b - 1
                while s > sentence.range.lowerBound, !Lexicon.clausePunctuation.contains(text.original[s - 1]) { s -= 1 }
                let lo = skipLeading(s, b - 1)
                let np = lo..<nounPhraseEnd(lo..<(b - 1))
                if let person = mentionsIn(np).first(where: { $0.actor.kind == .person }) {
                    add(q.content, .direct, nil, .actor(person.actor), nil, sentence)
                }
                continue
            }
            // A sentence that is nothing but a quotation goes on quoting the last speaker.
            let rest = text.original[sentence.range].filter {
                !($0.isSpace || Lexicon.terminators.contains($0) || Lexicon.openQuoteMarks.contains($0) || Lexicon.closeQuotes.contains($0))
            }.count
            let inside = text.original[q.content].filter {
                !($0.isSpace || Lexicon.terminators.contains($0) || Lexicon.openQuoteMarks.contains($0) || Lexicon.closeQuotes.contains($0))
            }.count
            if rest == inside, let last = lastSpeaker, last.paragraph >= sentence.paragraph - 1, inside >= 6 {
                add(q.content, .direct, nil, last.speaker, claims.last?.via, sentence)
            }
        }
    }

    /// Two readings of one quotation keep the one credited to the speaker after it.
    private func dedupe(_ claims: [ClaimMention]) -> [ClaimMention] {
        var best: [Range<Int>: Int] = [:]
        for (i, c) in claims.enumerated() {
            if let j = best[c.span], claims[j].priority >= c.priority { continue }
            best[c.span] = i
        }
        return claims.indices.filter { best[claims[$0].span] == $0 }.map { claims[$0] }
    }
}

private extension String {
    func trimmingCharacters(in chars: String) -> String {
        let set = Set(chars.unicodeScalars)
        var s = Substring(self)
        while let f = s.unicodeScalars.first, set.contains(f) { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, set.contains(l) { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }
}
