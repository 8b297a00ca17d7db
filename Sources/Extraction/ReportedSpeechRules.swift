import ClaimGraphCore

/// Turning a cue and its speaker into claim mentions: the reported clause and the quotations in it.
extension ClaimFinder {
    /// Cues of a feeling or belief (担心, 相信): closing a sentence they tag no statement before them.
    static let feelingCues: Set = ["担心", "担忧", "相信", "坚信", "深信", "觉得", "猜测", "推测", "臆测", "记得"]
    /// Fears: inside someone's statement (分析人士称，…，中国担心…; 戈恩表示…，担心…) part of its
    /// words, as findings are, not a statement of their own; of a body, no claim (`fearOfABody`).
    static let fears = PhraseMatcher<Bool>(["担心", "担忧"].map { ($0, true) })

    /// Whether the cue at `cue` is a fear, read off the folded text (no string built: `findHits`
    /// asks at every cue).
    func isFear(_ cue: Range<Int>) -> Bool {
        Self.fears.match(text.folded, at: cue.lowerBound)?.length == cue.count
    }

    /// The cue of what someone learned (了解到), a report of outlets and bodies only.
    static let learned = "了解到"

    /// Words before a cue that point back to what was just quoted (see `Lexicon.pointingBackWords`).
    static let backPointers = PhraseMatcher<Bool>(Lexicon.pointingBackWords.map { ($0, true) })

    /// Whether what `speaker` learned is a report: an outlet's, a body's, a reporter's (记者了解到);
    /// not a person's, a pronoun's or anyone else's (人们了解到…).
    static func reportsWhatItLearned(_ speaker: Speaker) -> Bool {
        switch speaker {
        case .actor(let a): return a.kind != .person
        case .unnamed(let words): return words.contains("记者") || words.contains("記者")
        case .unresolved: return false
        }
    }

    /// Whether the quotation closing the sentence before the subject (“…。”X说) is the speaker's
    /// words: a person's always; anyone else's when nothing but the end of the sentence or, after
    /// a comma, another quotation follows the cue, or when unnamed people go on speaking
    /// (「…。」武汉海关工作人员表示，当晚…); never before a colon announcing the next quotation
    /// (她回答道：“…”). (“…。”路透社报道，… reports on.)
    private func creditsQuotationBefore(_ hit: Hit, _ speaker: Speaker, in sentence: ArticleText.Sentence) -> Bool {
        if speaker.actor?.kind == .person || speaksThroughMembers(hit, speaker) { return true }
        let k = pastPunctuation(hit.cue.upperBound, before: sentence.range.upperBound)
        if (hit.cue.upperBound..<k).contains(where: { Lexicon.isColon(text.original[$0]) }) { return false }
        return k >= sentence.range.upperBound || Lexicon.terminators.contains(text.original[k]) || text.opensQuote(after: k)
            || speaksOnAfterQuotation(hit, speaker)
    }

    /// Whether a body speaks through its people named by their post (「…。」汉阳医院有关负责人向财新
    /// 记者回忆，…): a person speaking for it, who credits the quotation before as a person does.
    private func speaksThroughMembers(_ hit: Hit, _ speaker: Speaker) -> Bool {
        guard speaker.actor?.kind == .organization else { return false }
        let np = hit.region.lowerBound..<nounPhraseEnd(hit.region)
        return Lexicon.memberNouns.match(text.folded, endingAt: trimmedTail(np)) != nil
    }

    /// Where the words after `p` start, past clause punctuation, colons and spaces, before `limit`.
    func pastPunctuation(_ p: Int, before limit: Int) -> Int {
        var k = p
        while k < limit, Lexicon.clausePunctuation.contains(text.original[k]) || text.original[k].isSpace { k += 1 }
        return k
    }

    /// Where the words before `p` end, back over clause punctuation and spaces, not before `floor`.
    func beforePunctuation(_ p: Int, after floor: Int) -> Int {
        var k = p
        while k > floor, Lexicon.clausePunctuation.contains(text.original[k - 1]) || text.original[k - 1].isSpace { k -= 1 }
        return k
    }

    /// Whether `speaker` is unnamed people (工作人员, 一位警察), not an unnamed report or body, who
    /// speak with their cue (表示, 告诉): a view or a finding (一些员工认为, 研究人员发现) after a
    /// quotation is theirs, not the quotation.
    private func speaksOnAfterQuotation(_ hit: Hit, _ speaker: Speaker) -> Bool {
        guard case .unnamed(let words) = speaker, let last = words.unicodeScalars.last, Lexicon.peopleEnds.contains(last) else { return false }
        return !isFinding(hit.cue) && Self.viewCues.match(text.folded, at: hit.cue.lowerBound)?.length != hit.cue.count
    }

    mutating func emit(_ hit: Hit, speaker: Speaker, via: Actor?, until cut: Int, sentence: ArticleText.Sentence) {
        var hit = hit
        // (after 这样 or 如是 the cue points back to the quotation, and its object is what the
        // verdict is on: 「…。」一位…人士如是总结近期的「五难」)
        let pointsBack = Self.backPointers.match(text.folded, endingAt: hit.cue.lowerBound) != nil
        // (“…！”《彭博商业周刊》喊道，“…” and “…。”该公司表示。 credit it)
        if hit.afterQuoteCrossesSentence, !pointsBack, !creditsQuotationBefore(hit, speaker, in: sentence) { hit.afterQuote = nil }
        let cueWord = text.text(hit.cue)
        var p = hit.isSource ? max(hit.region.upperBound, hit.cue.upperBound) : hit.cue.upperBound  // 据X，… / 在X看来，…
        let end = p < cut ? wordsEnd(of: hit, in: p..<cut) : cut
        if Lexicon.characterizationCues.contains(text.folded, spelledAt: hit.cue), hit.afterQuote == nil, !text.opensQuote(after: p) { return }
        // (财新记者了解到, 美国公民自由联盟了解到: what an outlet or a body learned is its report; what a
        // person came to know, 奥巴马了解到…, is no statement, unless an outlet relays them: 财新记者从多名
        // 业内人士处了解到)
        if cueWord == Self.learned, !Self.reportsWhatItLearned(speaker), via?.kind != .outlet { return }
        if let q = hit.afterQuote {
            add(q.content, .direct, cueWord, speaker, via, sentence, priority: 1)
        }
        // (a shout's words are the quotation right after it, nothing after that: 高喊「…」刀杀路人)
        if isShout(hit.cue) {
            let k = text.pastSpaces(pastPunctuation(p, before: sentence.range.upperBound), before: sentence.range.upperBound)
            if let q = text.quote(openingAt: k) { add(q.content, .direct, cueWord, speaker, via, sentence) }
            return
        }
        // (告诉 Motherboard:⏎…: the colon may come after whom the words were told)
        let announcing = addresses(hit) ? addresseeEnd(from: p, before: sentence.range.upperBound) : p
        if hit.afterQuote == nil, let next = paragraphAfterColon(from: announcing, in: sentence) {
            add(next, .indirect, cueWord, speaker, via, sentence)
            return
        }
        if hit.afterQuote == nil, let q = quotationAfterColon(from: announcing, in: sentence) {
            add(q.content, .direct, cueWord, speaker, via, sentence)
            return
        }
        // What follows the cue: punctuation, then the statement (…朱鹮告诉财新记者。 ends there too).
        let cueAtEnd: Bool = {
            var k = p
            while k < sentence.range.upperBound, text.original[k].isSpace { k += 1 }
            if addresses(hit) { k = addresseeEnd(from: k, before: sentence.range.upperBound) }
            return k >= sentence.range.upperBound || Lexicon.terminators.contains(text.original[k])
        }()
        if let q = hit.afterQuote, !takesItsOwnWords(hit) {
            // After “…”，X说 only a new quotation continues (“A，”肖斌说，“B。”), or a clause after
            // punctuation; not the one addressed (“…”，Rickli 告诉 Al Bawaba。).
            var k = p
            if addresses(hit) { k = addresseeEnd(from: k, before: end) }
            while k < end, text.original[k].isSpace { k += 1 }
            guard k < end, Lexicon.clausePunctuation.contains(text.original[k]) || k == p else { return }
            k = pastPunctuation(k, before: end)
            if doesAlongside(at: k) { return }
            if k < end, k > p, isBiography(at: k, after: q) || isGloss(at: k) {
                guard let quote = quotationPastBiography(from: k, before: end) else { return }
                k = quote
            }
            guard k < end, k > p else { return }
            p = k
            // “A”，C说，叹了口气，“B”: between the credit and the next quotation, what the speaker
            // did, not what they said
            if let next = text.quotes(openingIn: p..<end).first, standsAlone(next, in: p..<end), next.open > p,
               hanCount(p..<next.open) <= Self.gestureLength,
               !(p..<next.open).contains(where: { Lexicon.cues.match(text.folded, at: $0) != nil }) { p = next.open }
        } else if cueAtEnd, !Self.feelingCues.contains(text.foldedText(hit.cue)) {
            // …，侍建宇说。 — the statement is the clause before the subject; not after a feeling
            // (参与者首先指出…，他们很担心。: what they worry about is not that clause).
            var lo = sentence.range.lowerBound
            if let last = claims.last, last.sentence == sentence.range { lo = max(lo, last.span.upperBound) }
            var hi = hit.clauseStart
            // 研究员、…教授贾平表示。: the titles before 、 are the subject's, not a clause; a
            // quotation before them (「…，」前白宫政治主任、…顾问费根表示。) still is the statement
            if titlesGoOn(before: hit.clauseStart) {
                hi = text.quotes(openingIn: lo..<hi).last { $0.end <= hit.clauseStart }?.end ?? lo
            }
            while hi > lo, Lexicon.clausePunctuation.contains(text.original[hi - 1]) || text.original[hi - 1].isSpace { hi -= 1 }
            // (「…。」作为在留学行业打拼 20 年的「老兵」，…郑天慷感慨道。: what the speaker is, not words;
            // “…。”8月18日，拜登总统…说。: when, not words)
            if hi > lo, isRoleClause(lo..<hi) || onlyTime(trim(lo..<hi)) { hi = lo }
            if hi > lo {
                split(lo..<hi, hit: hit, cue: cueWord, speaker: speaker, via: via, sentence: sentence)
            } else if let q = quoteEnding(before: sentence) {
                // 「…。」一名美国谷物贸易界人士表示。: the quotation just before is the statement.
                // an unresolved pronoun (「…」她说。) does not displace the quote's speaker so far
                let sure = if case .unresolved = speaker { false } else { true }
                add(q.content, .direct, cueWord, speaker, via, sentence, priority: sure ? 1 : 0)
            }
            return
        }
        // (说道：…, 批评道，…, but not 说，道理很简单: the 道 of the next word, past the comma; nor
        // 告诉道路…, 指出道琼斯…, 表示道歉: words that 道 opens)
        if p < end, text.folded[p] == "道", Self.wordsOpeningWithDao.match(text.folded, at: p) == nil { p += 1 }
        p = pastPunctuation(p, before: end)
        if doesAlongside(at: p) { return }
        let addressee = addresses(hit) ? addresseeEnd(from: p, before: end) : nil
        if pointsBack, !(hit.cue.upperBound..<p).contains(where: { Lexicon.clausePunctuation.contains(text.original[$0]) }) {
            // (not before a colon or a quotation: 曾经这样告诉我：“…”, 如此评价两位接班人：…)
            let k = addressee.map { pastPunctuation($0, before: end) } ?? p
            if !text.opensQuote(after: k), !(p..<end).contains(where: { Lexicon.isColon(text.original[$0]) }) { return }
        }
        // 告诉财新记者，… — the words after the person addressed.
        if let k = addressee, k < end, Lexicon.clausePunctuation.contains(text.original[k]) { p = k + 1 }
        // 告诉观众“…”。, 他告诉我 “…”。: the quotation right after them, closing the sentence, is what
        // was told (not 告诉英国“金融时报”，…: a name in quotation marks; not 提醒，任何…的活动「…」:
        // past a comma it is the words' own subject)
        if let k = addressee, k > p, k - p <= Self.toldLength, k < end, let q = text.quote(openingAt: k), quoteClosesSentence(q, sentence),
           !(hit.cue.upperBound..<k).contains(where: { Lexicon.clausePunctuation.contains(text.original[$0]) }) { p = k }
        if p < end, expressesAStance(cueWord, from: p, hit: hit, before: end) {
            // clauses after the stance are no longer the speaker's (对“九条底线”表示关注，…: the
            // quotation names what it concerns); only a stance closing its stretch (…“…”表示欢迎，并说)
            // leaves the quotation before it to be the words, below
            if hanCount(p..<end) >= 4 { return }
        } else if p < end {
            let produced = split(p..<end, hit: hit, cue: cueWord, speaker: speaker, via: via, sentence: sentence)
            if produced { return }
        }
        // 普京对俄中合作“…”表示欢迎: the statement sits between the speaker and the cue, in
        // quotation marks; without them (一些企业对贸易休战表示欢迎, 球迷纷纷通过社交媒体表示抗议)
        // it is what was welcomed or how, no words; nor is a term in them alone (很多研究者对「赤字货币化」表示了反对).
        let npEnd = nounPhraseEnd(hit.region)
        if cueWord == "表示" || cueWord == "表达", p < end, !hit.region.isEmpty, hit.cue.lowerBound - npEnd >= 4,
           (npEnd..<hit.cue.lowerBound).contains(where: { text.quoteAt[$0] >= 0 }),
           (npEnd..<hit.cue.lowerBound).count(where: { text.quoteAt[$0] < 0 && Lexicon.isHan(text.folded[$0]) }) >= 3 {
            add(trim(npEnd..<hit.cue.lowerBound), kindFor(hit, speaker), cueWord, speaker, via, sentence)
        }
    }

    /// “…”，Brett Bruen 说，他曾担任奥巴马的全球行动总监: after the speaker of a quotation, a clause
    /// of 他 / 她 with 曾 or 现任 tells who they are ("said X, who served as…"), not what they said;
    /// so does one saying what they are (他是牛津大学的独立顾问, 他是科比的超级粉丝: 是 and a noun
    /// for people closing the clause), served as (他在奥巴马政府后期曾担任…) or meant (他指的是…).
    ///
    /// After a quotation whose sentence goes on (“…，”何先生说 / “…”，Aisha Noor 说: no full stop
    /// inside), the translated "said X, who…", any clause of 他 / 她 not saying what they are is
    /// one (他饲养了大约150头猪, 他正在排队…, 他不参与该计划; 他是无辜的 is said) unless it has a
    /// cue word or a quotation of its own (她表示…).
    /// A quotation ending its own sentence (「…。」夏剑说，他参与抢救的…) is the way Chinese
    /// reporting goes on to what the speaker said next, so there only the narrow kinds count.
    func isBiography(at k: Int, after quote: ArticleText.Quote) -> Bool {
        let t = text.folded
        guard let p = Lexicon.pronouns.match(t, at: k), p.value == .he || p.value == .she else { return false }
        let c = k + p.length
        if Lexicon.biographyOpeners.match(t, at: c) != nil { return true }
        // (past a title's or an English name's own punctuation: 他是《明日中国：民主还是独裁？》(…) 的作者)
        var e = c, counted = 0
        while e < t.count, counted < 40, text.bracketed[e] || !Lexicon.endsClause(text.original[e]) {
            (counted, e) = (counted + (text.bracketed[e] ? 0 : 1), e + 1)
        }
        guard e > c + 2 else { return false }
        if t[c] == "是" { return Lexicon.peopleEnds.contains(t[e - 1]) || Self.fanEnds.contains(t[e - 1]) || Lexicon.titles.match(t, endingAt: e) != nil }
        if (c..<(e - 1)).contains(where: { t[$0] == "担" && t[$0 + 1] == "任" }) { return true }
        guard let last = quote.content.last.map({ text.original[$0] }), !Lexicon.terminators.contains(last) else { return false }
        return !(c..<e).contains { Lexicon.cues.match(t, at: $0) != nil || text.quoteAt[$0] >= 0 }
    }

    /// Last characters of words for fans (粉丝, 球迷, 影迷).
    private static let fanEnds = ScalarSet("丝迷")

    /// 他们发现：⏎间谍会利用…: a cue and a colon closing the paragraph announce the next one, which
    /// is the statement (one that opens a quotation: `quotationAfterColon`).
    func paragraphAfterColon(from p: Int, in sentence: ArticleText.Sentence) -> Range<Int>? {
        guard let i = paragraphAnnounced(from: p, in: sentence) else { return nil }
        let next = text.paragraphs[i]
        guard let first = next.first, !Lexicon.openQuoteMarks.contains(text.original[first]) else { return nil }
        return paragraphIsProse(i) ? next : subtitleStatement(from: i, after: sentence)
    }

    /// 一位卓达员工曾说：⏎「…」: the quotation opening the paragraph a cue and a colon announce,
    /// whoever speaks (a quotation after a named person's colon is found without it too).
    func quotationAfterColon(from p: Int, in sentence: ArticleText.Sentence) -> ArticleText.Quote? {
        guard let i = paragraphAnnounced(from: p, in: sentence), let first = text.paragraphs[i].first,
              let q = text.quotes(openingIn: first..<(first + 1)).first else { return nil }
        return q
    }

    private static let announcingMarks = ScalarSet("：:，,")

    /// The paragraph after this one when a colon right after `p` closes this one, or a comma
    /// (他接受《The Irrawaddy》採訪時表示，⏎「…」: the quotation was set as its own paragraph), or
    /// nothing at all (陈独秀说⏎我们爱的是…: the break stands for the colon).
    private func paragraphAnnounced(from p: Int, in sentence: ArticleText.Sentence) -> Int? {
        let paragraph = text.paragraphs[sentence.paragraph]
        var k = p
        while k < paragraph.upperBound, text.original[k].isSpace { k += 1 }
        if k < paragraph.upperBound {
            guard Self.announcingMarks.contains(text.original[k]) else { return nil }
            k += 1
        } else if !Self.isSpeakerLine(paragraph, in: text) {
            return nil
        }
        while k < paragraph.upperBound, text.original[k].isSpace { k += 1 }
        guard k == paragraph.upperBound, sentence.paragraph + 1 < text.paragraphs.count else { return nil }
        return sentence.paragraph + 1
    }

    /// “…”，班农说，CCP 指的是中国共产党: the translator's gloss of a word in the quotation, not
    /// what was said; the clause at `k` defines a term (X 指的是 / 是指 Y).
    func isGloss(at k: Int) -> Bool {
        var e = k
        while e < text.folded.count, e - k < 24, !Lexicon.endsClause(text.original[e]) {
            if Lexicon.glossWords.match(text.folded, at: e) != nil { return true }
            e += 1
        }
        return false
    }

    /// Whether `r` is one clause saying what the speaker is, opening with 作为 ("as").
    func isRoleClause(_ r: Range<Int>) -> Bool {
        let k = text.pastSpaces(r.lowerBound, before: r.upperBound)
        return k + 1 < r.upperBound && text.folded[k] == "作" && text.folded[k + 1] == "为"
            && !r.contains { Lexicon.clausePunctuation.contains(text.original[$0]) && text.quoteAt[$0] < 0 }
    }

    /// …称此举「完全是失礼的」，她指的是法国总统马克龙: a clause of 他 / 她 saying whom or what the
    /// words meant is the writer's gloss on them; the statement ends at the comma before it.
    func meaningGloss(in r: Range<Int>) -> Int? {
        let t = text.folded
        for k in r.dropFirst() where Lexicon.isComma(text.original[k - 1]) && text.quoteAt[k] < 0 {
            guard let p = Lexicon.pronouns.match(t, at: k), p.value != .it else { continue }
            let c = k + p.length
            if c < r.upperBound, Lexicon.glossWords.match(t, at: t[c] == "所" ? c + 1 : c) != nil { return k - 1 }
        }
        return nil
    }

    /// Where the quotation that goes on after a clause on who the speaker is, or a gloss, starts,
    /// past one clause or several (…说，他曾研究过…，“…” / 他指的是…，他的名字出现在…，“…”); nil when
    /// none does.
    func quotationPastBiography(from k: Int, before end: Int) -> Int? {
        var k = k
        while k < end, !Lexicon.clausePunctuation.contains(text.original[k]) { k += 1 }
        return text.quotes(openingIn: k..<end).first?.open
    }

    /// Words opening with 道 that may follow a cue (道路, 道歉, 道琼斯), where 道 is not "said".
    private static let wordsOpeningWithDao = PhraseMatcher<Bool>(["道路", "道歉", "道德", "道理", "道琼斯", "道义", "道具", "道教", "道家", "道格拉斯"].map { ($0, true) })

    /// Whether an enumeration comma (、) ends the stretch before `i`: the subject's titles go on.
    func titlesGoOn(before i: Int) -> Bool {
        var k = i
        while k > 0, text.original[k - 1].isSpace { k -= 1 }
        return k > 0 && text.original[k - 1] == "、"
    }

    /// The quotation that closes right before `sentence` in its paragraph, if any.
    func quoteEnding(before sentence: ArticleText.Sentence) -> ArticleText.Quote? {
        var k = sentence.range.lowerBound
        while k > 0, text.original[k - 1].isSpace { k -= 1 }
        guard k > 0, let q = text.quote(closingAt: k - 1), q.paragraph == sentence.paragraph else { return nil }
        return q
    }

    /// An outlet's or document's words are a report; a person's words relayed by an outlet
    /// (卫星通讯社援引鲁坚科的话报道) are that person's reported speech.
    func kindFor(_ hit: Hit, _ speaker: Speaker) -> ClaimMention.Kind {
        // 据王毅介绍，…: a person's account, however it is introduced, is reported speech
        if hit.via != nil || hit.isSource, speaker.actor?.kind == .person { return .indirect }
        if hit.kind == .report { return .report }  // 据X，… too; 在X看来 is a .speech source
        if let a = speaker.actor, a.kind == .outlet || a.kind == .document { return .report }
        if case .unnamed = speaker, endsInUnnamedPiece(hit.region) { return .report }
        return .indirect
    }

    /// Whether a subject ends in a document or a report that nobody is named for, which reports
    /// all the same (一些研究显示, 有研究表明, 未经证实的报道称, 报道还说); not in one said of people
    /// (许多人报告, 受访者报告: people who report speak).
    private func endsInUnnamedPiece(_ r: Range<Int>) -> Bool {
        let t = text.folded, tail = trimmedTail(r)
        guard let noun = Lexicon.documentNouns.match(t, endingAt: tail) ?? Lexicon.reportWords.match(t, endingAt: tail) else { return false }
        let before = tail - noun.length
        return before == r.lowerBound || !Lexicon.groupEnds.contains(t[before - 1])
    }

    func trim(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        func junk(_ c: Unicode.Scalar) -> Bool {
            c.isSpace || Lexicon.endsClause(c)
        }
        while lo < hi, junk(text.original[lo]) { lo += 1 }
        while hi > lo, junk(text.original[hi - 1]) { hi -= 1 }
        // the close of an aside the statement sits in (（…美国官员表示，中国违反了协议）)
        while hi > lo, text.original[hi - 1] == "）", !text.original[lo..<hi].contains("（") {
            hi -= 1
            while hi > lo, junk(text.original[hi - 1]) { hi -= 1 }
        }
        for w in Self.joiningWords where hi - lo > w.count {
            if text.folded[lo..<(lo + w.count)].elementsEqual(w) {
                lo += w.count
                while lo < hi, junk(text.original[lo]) { lo += 1 }
                break
            }
        }
        return lo..<hi
    }

    /// Conjunctions that may open a statement's words (…表示，并且…), taken off its start.
    private static let joiningWords = ["并且", "而且", "并", "同时", "还"].map { Array($0.unicodeScalars) }

    /// Han characters and letters in `r` (ASCII asked without a Unicode property lookup).
    func hanCount(_ r: Range<Int>) -> Int {
        text.original[r].count { Lexicon.isHan($0) || ($0.isASCII ? $0.value | 0x20 &- 0x61 < 26 : $0.properties.isAlphabetic) }
    }

    mutating func add(_ span: Range<Int>, _ kind: ClaimMention.Kind, _ cue: String?, _ speaker: Speaker, _ via: Actor?,
                              _ sentence: ArticleText.Sentence, priority: Int = 0) {
        var s = span
        while s.upperBound > s.lowerBound, text.original[s.upperBound - 1].isSpace { s = s.lowerBound..<(s.upperBound - 1) }
        guard !s.isEmpty, hanCount(s) >= 2, kind == .direct || !onlyAThingPointedBack(s) else { return }
        var via = via
        if let v = via, v.key == speaker.actor?.key { via = nil }
        claims.append(ClaimMention(span: s, kind: kind, cue: cue, speaker: speaker, via: via, sentence: sentence.range,
                                   paragraph: sentence.paragraph, priority: priority, pronoun: speaker.actor == nil ? nil : speakerPronoun))
        lastSpeaker = (speaker, sentence.paragraph)
        if let a = speaker.actor, a.kind == .person, !isWoman(a) { lastPerson = a }
        noteBody(speaker, paragraph: sentence.paragraph)
    }

    /// Remembers an organization that spoke, even to say nothing (该公司未回应), as what 该公司 and
    /// 它 point back to next.
    mutating func noteBody(_ speaker: Speaker, paragraph: Int) {
        if let a = speaker.actor, a.kind == .organization { lastOrganization = (a, paragraph) }
    }
}
