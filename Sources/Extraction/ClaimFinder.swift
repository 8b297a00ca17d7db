import ClaimGraphCore

/// Finds who said what, sentence by sentence.
///
/// A statement is found from a cue verb outside quotation marks (…说, 表示, 报道 …) whose
/// subject names a source, or from a quotation that stands on its own after a colon, a
/// cue, or in a paragraph that goes on quoting the previous speaker. The subject is the
/// clause before the cue: a person if one is named there (the head of 美国…教授朱志群),
/// else a document, an unnamed source (分析人士), a report (报道 → the last outlet), an
/// organization or outlet; a pronoun is resolved by `PronounResolver`, an empty subject (并称)
/// the previous speaker of the sentence.
struct ClaimFinder {
    struct Hit {
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
        /// Why the clause is no statement made, if it is none (并未谴责, 谴责外国干预, 提出质疑);
        /// it still ends the one before.
        var silence: Silence?
        var isSilent: Bool { silence != nil }
    }

    /// Why a cue's clause reports no words.
    enum Silence {
        /// 并未谴责, 尚未表示: a negated cue.
        case negated
        /// 谴责外国干预: condemning takes a noun phrase, no words.
        case condemnation
        /// 受到批评, 提出质疑: the cue is a noun, the object of a verb; who raised a 质疑 speaks
        /// on in the next cue (…提出质疑，称…).
        case cueAsObject
    }

    enum Subject {
        case speaker(Speaker)
        case pronoun(Lexicon.Pronoun)
        case inherit
    }

    let text: ArticleText
    let mentions: [Mention]
    let articleKey: String
    var mentionAt: [Int]
    var lastSpeaker: (speaker: Speaker, paragraph: Int)?
    /// The last person quoted who is not known to be a woman: what 他说 refers back to.
    var lastPerson: Actor?
    /// The pronoun the speaker being emitted was resolved from (他说 → the person): kept on
    /// the claim, so that the graph shows the speaker was inferred, not named.
    var speakerPronoun: String?
    /// People the article marks as women (catalog, 女士, 女发言人, or taken up by 她).
    var women: Set<String> = []
    /// People of unknown gender 她 was taken to: 她 may go back to them, but 他 is not kept
    /// from them, since the guess may be wrong.
    var takenUpAsShe: Set<String> = []
    var lastOutlet: Actor?
    /// The last organization quoted, and in which paragraph: what 该公司 / 这家机构 refers back to.
    var lastOrganization: (actor: Actor, paragraph: Int)?
    /// What finding a subject remembers (see `SubjectMemory`).
    let memory = SubjectMemory()
    var paragraph = 0
    var claims: [ClaimMention] = []
    /// `isProse` of each paragraph, asked for every sentence of it and more.
    private let proseParagraphs: [Bool]
    /// `turnLabel` of each paragraph.
    let turnLabels: [(label: Range<Int>, after: Range<Int>)?]

    init(text: ArticleText, mentions: [Mention], articleKey: String) {
        self.text = text
        self.mentions = mentions
        self.articleKey = articleKey
        mentionAt = Array(repeating: -1, count: text.folded.count)
        for (i, m) in mentions.enumerated() { for k in m.range { mentionAt[k] = i } }
        proseParagraphs = text.paragraphs.map { ClaimFinder.isProse($0, in: text) }
        turnLabels = text.paragraphs.map { ClaimFinder.turnLabel($0, in: text) }
        women = markedWomen()
    }

    mutating func run() -> [ClaimMention] {
        var turns = interviewTurns()
        if turns.isEmpty { turns = unlabelledAnswers() }
        if turns.isEmpty { turns = panelAnswers() }
        if turns.isEmpty { turns = commentThreads() }
        var turnRead = -1
        for sentence in text.sentences where paragraphIsProse(sentence.paragraph) || turns[sentence.paragraph] != nil {
            guard let turn = turns[sentence.paragraph], let speaker = turn.speaker else {
                process(sentence)
                if !text.blockQuotes.isEmpty { quoteBlock(after: sentence) }
                continue
            }
            // an interview's turn is its speaker's words as a whole, read once at its first sentence
            if turnRead != sentence.paragraph {
                turnRead = sentence.paragraph
                add(turn.words, .direct, nil, .actor(speaker), nil, sentence)
            }
        }
        creditExcerpts()
        return dedupe(claims)
    }

    func paragraphIsProse(_ p: Int) -> Bool { proseParagraphs[p] }

    /// Headlines, captions and link lists have no sentence-final punctuation; they are
    /// not the article's prose (a paragraph that opens a quotation is kept, one that
    /// announces the next with a colon, 他们发现：, and one cut off at a comma, its sentence
    /// going on in the next paragraph, or one that ends in a verb of speech, 陈独秀说⏎, the
    /// break standing for its colon; or a Chinese one closing a quotation in English, 他说：“… in my life.”).
    private static func isProse(_ r: Range<Int>, in text: ArticleText) -> Bool {
        guard !r.isEmpty else { return false }
        if Lexicon.openQuoteMarks.contains(text.original[r.lowerBound]) { return true }
        let end = text.beforeSpaces(r.upperBound, after: r.lowerBound)
        if end > r.lowerBound, "：:，,；".unicodeScalars.contains(text.original[end - 1]) { return true }
        if end - r.lowerBound >= 2, text.closesQuote(at: end - 1), text.original[end - 2] == ".", text.original[r].contains(where: Lexicon.isHan) { return true }
        if isSpeakerLine(r, in: text) { return true }
        return text.original[r].contains { Lexicon.terminators.contains($0) }
    }

    /// Whether the paragraph `r` is only who speaks and a verb of saying (陈独秀说), short and
    /// with no clause or quotation in it: the next paragraph holds the words.
    static func isSpeakerLine(_ r: Range<Int>, in text: ArticleText) -> Bool {
        let end = text.beforeSpaces(r.upperBound, after: r.lowerBound)
        guard r.count <= 30, let verb = sayingVerbs.match(text.folded, endingAt: end) else { return false }
        // (罗素的论说: a discourse, the heading of what follows)
        let before = end - verb.length - 1
        return (before < r.lowerBound || text.folded[before] != "论") && !text.original[r].contains(where: { notInASpeakerLine.contains($0) })
    }

    /// Verbs of saying that end a paragraph whose words are the next one (not those that are
    /// also nouns of headings: 传染程度评估与预测, 文学批评).
    static let sayingVerbs = PhraseMatcher<Bool>(["说", "说道", "表示", "指出", "认为", "写道", "强调"].map { ($0, true) })
    /// Marks a paragraph of only who speaks holds none of: a clause before the speaker
    /// (…仍可以作为未来的一种指引，汤姆·斯坦迪奇指出) or a quotation it credits (「…」迪迪安表示).
    static let notInASpeakerLine = ScalarSet("，,；;。「」“”『』")

    mutating func process(_ sentence: ArticleText.Sentence) {
        paragraph = sentence.paragraph
        var hits = findHits(in: sentence)
        for k in hits.indices { hits[k].subject = subject(of: hits[k]) }
        let named = hits.indices.filter { hits[$0].subject != nil }
        var pendingVia: Actor?
        var previous: Speaker?
        var absorbed: Set<Int> = []
        for (n, k) in named.enumerated() where !absorbed.contains(k) {
            let hit = hits[k]
            speakerPronoun = nil
            guard let speaker = resolve(hit.subject!, hit: hit, sentence: sentence, previous: previous) else { continue }
            if case .inherit? = hit.subject, feelsNothing(speaker, hit) { continue }  // (报道称，选民…，并担心…)
            if fearOfABody(speaker, hit) { continue }
            // (宁波中院称，桂敏海表示… / 该公司未回应: a body that spoke, even through someone else's
            // words or to say nothing, is what 该法院 / 该公司 point back to)
            noteBody(speaker, paragraph: paragraph)
            if hit.silence != nil {
                // 提出质疑，称… / 北京方面没有提到…，而是说… / 谴责这些行动，并说…: no statement in the
                // noun, the negated cue or the condemnation, but its subject speaks on
                previous = speaker
                continue
            }
            // (a negated cue names no one who speaks: 报道，中国方面不愿承诺… is the outlet's report)
            // (虽然 BBC 报道称…，但英国警方表示…: a speaker set against the report does not relay it)
            // (路透社报道，A，王毅说，B: a report with words of its own before the next speaker
            // relays nobody either)
            let laterSpeaker = named[(n + 1)...].prefix { !contrasts(hits[$0]) }
                .first { !hits[$0].isSilent && (hits[$0].subject.map(isNamedSource) ?? false) }
            let laterNamed = laterSpeaker.map { !reportsWordsBefore(hits[$0], after: hit) } ?? false
            // (据知情人士透露，本周早些时候，白宫表示…: who told of it relays the speaker after a
            // few words that only set the scene, and is no via when no outlet is named)
            if let later = laterSpeaker, relaysOnly(hit, hits[later]), !(speaker.actor.map({ $0.kind == .outlet || $0.kind == .document }) ?? false) {
                continue
            }
            // A report (报道称 / 报道也说 / 据…) followed by a named speaker is the intermediary.
            // Not a finding (进一步调查发现，…，Ansani 称…): the study carries no one's words; nor
            // an outlet credited with the quotation before it (“A”，纽约时报说；“B”，Wired 说).
            if laterNamed, !isFinding(hit.cue), hit.afterQuote == nil, speaker.actor.map({ $0.kind == .outlet || $0.kind == .document }) ?? false {
                pendingVia = speaker.actor
                if let a = speaker.actor, a.kind == .outlet { lastOutlet = a }
                continue
            }
            var next = n + 1
            if next < named.count, opensStatement(of: hit, hits[named[next]]) {
                absorbed.insert(named[next])
                next += 1
            }
            // (cues inside the words run on past them; one of evidence, 表明, is no statement of its own)
            while next < named.count {
                let later = hits[named[next]]
                if showsWithin(later, hit) {
                    absorbed.insert(named[next])
                } else if !(holdsAView(later, within: hit, of: speaker) || givesReason(later, within: hit) || onlySceneBefore(later, after: hit)
                            || countedInFinding(later, after: hit, of: speaker)) {
                    break
                }
                next += 1
            }
            var cut = next < named.count ? hits[named[next]].clauseStart : sentence.range.upperBound
            cut = unknownSpeakerAfterSemicolon(hits, after: hit, before: cut) ?? cut
            emit(hit, speaker: speaker, via: hit.via ?? pendingVia, until: cut, sentence: sentence)
            speakerPronoun = nil
            previous = speaker
            if let a = speaker.actor, a.kind == .outlet { lastOutlet = a }
        }
        orphanQuotes(in: sentence)
    }

    /// 调查发现，有计划修读 MBA 的学生中，有 43% 认为…: a share of the people a survey or a
    /// document counts speaks inside its finding, which runs on past it (the share's view is
    /// a claim of its own as well).
    func countedInFinding(_ next: Hit, after hit: Hit, of speaker: Speaker) -> Bool {
        guard hit.kind == .report || isFinding(hit.cue) || speaker.actor.map({ $0.kind == .document || $0.kind == .organization }) ?? false,
              case .speaker(.unnamed)? = next.subject else { return false }
        return countedPhraseEnd(next.region) != nil
    }

    /// 分析人士称，这是中国的胜利，此前中国一直担心美国会施压: a view someone else holds (担心,
    /// 相信, 希望 …) in a later clause of the words is part of them, not the next statement; the
    /// words run on past it (and the view is a claim of its own). Not the speaker going on
    /// (表示…，认为…), a clause set against the words (而分析人士认为), nor the same kind of
    /// source again (有人认为A，有人认为B).
    func holdsAView(_ next: Hit, within hit: Hit, of speaker: Speaker) -> Bool {
        guard hit.afterQuote == nil, !hit.isSource, next.clauseStart > hit.cue.upperBound, !contrasts(next),
              text.folded[text.pastSpaces(next.clauseStart, before: next.cue.lowerBound)] != "而",
              !text.original[hit.cue.upperBound..<next.clauseStart].contains(where: { $0 == "；" || $0 == ";" }),
              Self.viewCues.match(text.folded, at: next.cue.lowerBound)?.length == next.cue.count else { return false }
        // (新华社报道称，大多数选民反对暴力，并担心…: an outlet or a document fears nothing; the
        // voters in its words do)
        if case .inherit? = next.subject, feelsNothing(speaker, next) { return true }
        guard case .speaker(let holder)? = next.subject else { return false }
        if let a = holder.actor { return a.key != speaker.actor?.key }
        return speaker.actor != nil
    }

    /// Whether `hit`'s feeling (担心, 相信) would be the outlet's or the document's `speaker`,
    /// which feel nothing: the feeling is inside their words.
    func feelsNothing(_ speaker: Speaker, _ hit: Hit) -> Bool {
        guard let a = speaker.actor, a.kind == .outlet || a.kind == .document else { return false }
        return Self.feelingCues.contains(text.foldedText(hit.cue))
    }

    /// Whether `hit` is a fear (担心) of a company, a government or a country: what the narrator
    /// reads into a body (壳牌或许有理由担心…, 戴姆勒似乎已经开始担心…), where people who fear
    /// (一些分析人士担心, 贝基·弗朗西斯担心) tell of it.
    func fearOfABody(_ speaker: Speaker, _ hit: Hit) -> Bool {
        guard let a = speaker.actor, a.kind == .organization else { return false }
        return isFear(hit.cue)
    }

    /// Cues of what someone thinks or fears rather than says.
    static let viewCues = PhraseMatcher<Bool>(["担心", "担忧", "希望", "相信", "认为", "觉得", "怀疑", "预计", "预期", "期待", "害怕"].map { ($0, true) })

    /// Whether `hit` is a credit (据知情人士透露) whose clause holds nothing before the clause of
    /// the speaker `next` but when it was (本周早些时候) or the speaker's title set off by 、
    /// (中国首席谈判代表、副总理刘鹤): the words are `next`'s. Words of the source's own
    /// (据知情人士透露，中国将放宽限制，莱特希泽说) are its claim.
    func relaysOnly(_ hit: Hit, _ next: Hit) -> Bool {
        guard hit.afterQuote == nil, credited(hit), next.clauseStart > hit.cue.upperBound else { return false }
        let lo = pastPunctuation(hit.cue.upperBound, before: next.clauseStart)
        let hi = text.beforeSpaces(next.clauseStart, after: lo)
        guard hi > lo else { return false }  // (调查显示，31%的人表示…: what the survey found, whole)
        if text.original[hi - 1] == "、" { return !(lo..<(hi - 1)).contains { Lexicon.clausePunctuation.contains(text.original[$0]) } }
        return onlySetsTheScene(lo..<beforePunctuation(hi, after: lo))
    }

    /// 王毅说，我小时候，父亲曾经说：“…”: nothing but when or where stands between the cue and the
    /// next speaker's clause, so the words are not cut there (they would be a time alone).
    func onlySceneBefore(_ next: Hit, after hit: Hit) -> Bool {
        guard hit.afterQuote == nil, !hit.isSource, next.clauseStart > hit.cue.upperBound else { return false }
        let lo = pastPunctuation(hit.cue.upperBound, before: next.clauseStart)
        let hi = beforePunctuation(next.clauseStart, after: lo)
        return hi > lo && onlySetsTheScene(lo..<hi)
    }

    /// Whether `r` only says when or where (本周早些时候, 2019年3月, 在交谈中, 当乐团返回平壤时):
    /// a date, a moment word, or a clause of 在 / 当 closed by 中 / 时 / 后 / 前 / 间, naming nobody.
    private func onlySetsTheScene(_ r: Range<Int>) -> Bool {
        let t = text.folded
        let lo = skipLeading(r.lowerBound, r.upperBound)
        guard lo < r.upperBound else { return true }
        guard mentionsIn(lo..<r.upperBound).isEmpty, r.upperBound - lo <= 20 else { return false }
        if Self.momentEnds.match(t, endingAt: r.upperBound) != nil || ActorFinder.timeWords.match(t, at: lo)?.length == r.upperBound - lo { return true }
        return "在当".unicodeScalars.contains(t[lo]) && "中时后前间".unicodeScalars.contains(t[r.upperBound - 1])
    }

    /// Whether a hit's clause credits its source with 据 (据知情人士透露, 据新华社报道).
    func credited(_ hit: Hit) -> Bool {
        hit.isSource || (hit.clauseStart..<hit.cue.lowerBound).contains(where: { text.folded[$0] == "据" })
    }

    /// Whether a whole clause of words stands between a report's cue and the clause of the
    /// next speaker (路透社报道，大多数路由器都不安全，王毅说，…). Not a source credit
    /// (据新华社报道，中俄元首在周四会面时，普京…), whose words are all the next speaker's.
    func reportsWordsBefore(_ next: Hit, after report: Hit) -> Bool {
        guard !credited(report) else { return false }
        let k = pastPunctuation(report.cue.upperBound, before: next.clauseStart)
        let between = text.original[k..<max(k, next.clauseStart)]
        return between.contains { Lexicon.clausePunctuation.contains($0) } && hanCount(k..<next.clauseStart) >= 6
    }

    /// Words opening a clause set against the one before (虽然…，但…).
    static let contrastives = PhraseMatcher<Bool>(["但", "但是", "然而", "不过", "可是"].map { ($0, true) })

    /// Whether a hit's clause opens by setting itself against what came before (但, 然而 …).
    func contrasts(_ hit: Hit) -> Bool {
        Self.contrastives.match(text.folded, at: text.pastSpaces(hit.clauseStart, before: hit.cue.lowerBound)) != nil
    }

    /// Whether a subject names a person (or points to one by 他 / 她).
    func isPerson(_ s: Subject?) -> Bool {
        switch s {
        case .speaker(let sp)?: return sp.actor?.kind == .person
        case .pronoun(let p)?: return p == .he || p == .she
        default: return false
        }
    }

    func isNamedSource(_ s: Subject) -> Bool {
        switch s {
        case .speaker(let sp):
            if let a = sp.actor { return a.kind == .person || a.kind == .organization }
            return true
        case .pronoun: return true
        case .inherit: return false
        }
    }

    func mentionsIn(_ r: Range<Int>) -> [Mention] {
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

    /// Two readings of one quotation keep the one credited to the speaker after it.
    func dedupe(_ claims: [ClaimMention]) -> [ClaimMention] {
        var best: [Range<Int>: Int] = [:]
        for (i, c) in claims.enumerated() {
            if let j = best[c.span], claims[j].priority >= c.priority { continue }
            best[c.span] = i
        }
        return claims.indices.filter { best[claims[$0].span] == $0 }.map { claims[$0] }
    }
}
