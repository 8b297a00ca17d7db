import ClaimGraphCore

/// Finding cue verbs and the subject clause before them (X表示, 据新华社报道, 援引…的话说).
extension ClaimFinder {
    func findHits(in sentence: ArticleText.Sentence) -> [Hit] {
        var hits: [Hit] = []
        let t = text.folded
        let r = sentence.range
        let cues = Lexicon.cues  // a local: a static is checked for initialisation at every access
        var i = r.lowerBound
        while i < r.upperBound {
            // A cue inside a title (社评《回应习近平》) names the work, and one inside
            // parentheses glosses a word ((Amur River, 中国称黑龙江)): neither is a statement.
            if text.bracketed[i] || text.quoteAt[i] >= 0 || mentionAt[i] >= 0 { i += 1; continue }
            if Self.mayOpenSource(t[i]), isClauseStart(i, in: r) || afterOpeningConnective(i, in: r), let source = sourceHit(at: i, in: r) {
                if !insideStatement(of: hits.last, at: i) { hits.append(source) }
                i = source.cue.upperBound
                continue
            }
            guard let m = cues.match(t, at: i), cueAllowed(i, m.length) else { i += 1; continue }
            // Two cues in a row are one (发文爆料, 表示称), also across whom 告诉 addresses (告诉华盛顿邮报说)
            if let last = hits.last, !last.isSource, last.cue.upperBound == i
                || addresses(last) && sayingAfterAddressee(from: last.cue.upperBound, before: r.upperBound)?.lowerBound == i {
                hits[hits.count - 1].cue = last.cue.lowerBound..<(i + m.length)
                i += m.length
                continue
            }
            let cue = i..<(i + m.length)
            if isFinding(cue) || isFear(cue) || isShout(cue), insideStatement(of: hits.last, at: i) { i += m.length; continue }
            var hit = Hit(cue: cue, kind: m.value.kind, clauseStart: r.lowerBound, region: cue.lowerBound..<cue.lowerBound)
            locateRegion(&hit, sentence: r)
            switch sayingOwner(hit) {
            case .notASaying: break
            case .owned(let owner) where !continuesClause(of: hits.last, at: i): hit.region = owner
            // (当时的说法是: nobody's; 称他…的说法是“谎言”: inside the statement before)
            case .owned, .nobody: i += m.length; continue
            }
            hit.silence = isCueAsObject(cue) ? .cueAsObject : isNegated(hit.region) ? .negated
                : condemnsWithoutWords(cue) ? .condemnation : nil
            hits.append(hit)
            i += m.length
        }
        return hits
    }

    /// Whether the hit's cue is one said to someone (告诉, 提醒), read without building its text:
    /// `findHits` asks at every cue after the first of a sentence.
    func addresses(_ hit: Hit) -> Bool {
        Lexicon.addressCues.match(text.folded, at: hit.cue.lowerBound)?.length == hit.cue.count
    }

    /// 麦高登发现，… / 他觉得，…: what someone found or feels, a statement only standing alone.
    func isFinding(_ cue: Range<Int>) -> Bool {
        guard let m = Lexicon.cues.match(text.folded, at: cue.lowerBound) else { return false }
        return m.value.isFinding && m.length == cue.count
    }

    /// 推特指，CNN 的记者和他们一起高呼「我們做到了」: a shout inside someone's words is theirs.
    func isShout(_ cue: Range<Int>) -> Bool {
        Lexicon.shoutCues.contains(text.folded, spelledAt: cue)
    }

    /// 穆萨维告诉记者，在大部分伊朗人看来，… / 王娃娃说，她在采访后发现，…: a view credited or a
    /// finding after someone's cue in the same sentence is part of what that someone said.
    private func insideStatement(of outer: Hit?, at i: Int) -> Bool {
        guard let outer, !outer.isSource, outer.kind == .speech, outer.silence == nil, outer.cue.upperBound < i else { return false }
        return !text.original[outer.cue.upperBound..<i].contains { $0 == "；" || $0 == ";" }  // …表示，A；根据…，B: a new clause
    }

    /// 受到批评, 提出质疑: the cue word is the object of a verb, a noun. Not what is raised with a
    /// colon after it (耶伦提出质疑：即使全球需求增长，…): the words follow as after the cue alone.
    func isCueAsObject(_ cue: Range<Int>) -> Bool {
        guard let verb = Lexicon.cueAsObject.match(text.folded, endingAt: cue.lowerBound, maxLength: 2) else { return false }
        let raised = text.foldedText((cue.lowerBound - verb.length)..<cue.lowerBound) == "提出"
        let after = text.pastSpaces(cue.upperBound, before: text.original.count)
        return !(raised && after < text.original.count && Lexicon.isColon(text.original[after]))
    }

    func isNegated(_ r: Range<Int>) -> Bool {
        // 拒绝确认或否认: a cue paired by 或 with a verb of two characters is negated with the pair
        let t = text.folded
        if r.count >= 4, t[r.upperBound - 1] == "或", isNegated(r.lowerBound..<(r.upperBound - 3)) { return true }
        // 见怪不怪地说, 不情愿地说: a 不 inside an adverb of manner negates the manner, not the
        // saying (不公开说, with no 地, still negates)
        let manner = r.upperBound - 1 >= r.lowerBound && text.folded[r.upperBound - 1] == "地"
        for n in 1...4 where r.upperBound - n >= r.lowerBound {
            let p = r.upperBound - n
            if let neg = Lexicon.negations.match(text.folded, at: p), neg.length <= n, mentionAt[p] < 0,
               !(manner && neg.length == 1 && text.folded[p] == "不" && n > 1),
               !inside(Lexicon.notNegating, at: p, from: r.lowerBound) { return true }
        }
        return negatedToSomeone(r)
    }

    /// 他没有对 Julian 说, 从未向记者透露: a negation before whom the cue was said to.
    private func negatedToSomeone(_ r: Range<Int>) -> Bool {
        let t = text.folded
        for p in stride(from: r.upperBound - 3, through: max(r.lowerBound, r.upperBound - Self.longestAddressee - 3), by: -1) {
            guard let neg = Lexicon.negations.match(t, at: p), p + neg.length < r.upperBound,
                  Lexicon.addresseeMarkers.contains(t[p + neg.length]), mentionAt[p] < 0,
                  !inside(Lexicon.notNegating, at: p, from: r.lowerBound) else { continue }
            return !text.original[(p + neg.length)..<r.upperBound].contains(where: Lexicon.endsClause)
        }
        return false
    }

    func isClauseStart(_ i: Int, in r: Range<Int>) -> Bool {
        var j = i
        while j > r.lowerBound, text.original[j - 1].isSpace { j -= 1 }
        return j == r.lowerBound || Lexicon.clausePunctuation.contains(text.original[j - 1])
    }

    /// Whether a quotation holds nothing but one name (“纽约时报”报道，…: iYouPort quotes outlets'
    /// names): it is the subject, not words said.
    func quotesOnlyAName(_ q: ArticleText.Quote) -> Bool {
        guard !q.content.isEmpty, mentionAt[q.content.lowerBound] >= 0 else { return false }
        return mentions[mentionAt[q.content.lowerBound]].range == q.content
    }

    /// Whether a quotation holds nothing but an outlet's name (告诉“卫报”，…): whom someone told.
    func quotesOnlyAnOutlet(_ q: ArticleText.Quote) -> Bool {
        quotesOnlyAName(q) && mentions[mentionAt[q.content.lowerBound]].actor.kind == .outlet
    }

    /// Whether a quotation ends on a comma inside its marks (如果说澳大利亚「对学费的依赖度更甚，」
    /// 他指出，「…」): the first part of its speaker's words, broken off for the credit, even
    /// where words of the writer's open the clause before it; a quoted term has no comma.
    func endsOnAComma(_ q: ArticleText.Quote) -> Bool {
        guard q.closed, q.content.count > 1, let last = text.lastCharacter(of: q) else { return false }
        return last == "，" || last == ","
    }

    /// The subject clause before a cue: back to the previous clause punctuation or quote.
    func locateRegion(_ hit: inout Hit, sentence r: Range<Int>) {
        var s = hit.cue.lowerBound
        let terminators = Lexicon.terminators, dashes = Self.emDashes  // locals: see dottedNames
        while s > r.lowerBound {
            let c = text.original[s - 1]
            if text.bracketed[s - 1] { s -= 1; continue }
            if text.closesQuote(at: s - 1), let q = text.quote(closingAt: s - 1), !opensClause(q) && !endsOnAComma(q) || quotesOnlyAName(q) {
                s = q.open
                continue
            }
            if text.quoteAt[s - 1] < 0 && (text.separatesClauses(at: s - 1) || text.closesQuote(at: s - 1) || terminators.contains(c)) { break }
            // (这并不是认罪——他仍然认为…: a dash before a subject opens its clause; not one closing an
            // aside, 普京——这位俄罗斯总统——认为)
            if dashes.contains(c), s < hit.cue.lowerBound, mentionAt[s - 1] < 0, opensClauseAfterDash(s, before: hit.cue.lowerBound) { break }
            if text.quoteAt[s - 1] >= 0 { break }
            s -= 1
        }
        hit.clauseStart = s
        // A quotation just before the subject is what the subject said (“…”，X说), also before
        // a list of titles (“…”，Article 19 的高级项目官员、该报告的共同作者 Marda 说).
        var b = pastDateClause(before: titlesStart(before: s, in: r))
        // (「…。」2013 年，在金价震荡数月后，…伯南克这样说道: 这样 points back to the quotation
        // closing the sentence before, past whatever clauses open this one)
        let manner = Self.mannerBeforeCue.match(text.folded, endingAt: hit.cue.lowerBound)?.length ?? 0
        if b == s, manner > 0 { b = quotationOpening(before: s) ?? s }
        while b > 0, text.original[b - 1] == " " || text.original[b - 1] == "\u{3000}" || text.original[b - 1] == "，" || text.original[b - 1] == "," { b -= 1 }
        let crossesSentence = b <= r.lowerBound
        // (not a quoted name that 的 makes part of the subject: 「自主研究」(Autonomous Research) 的朱夏莲认为)
        if b > 0, text.closesQuote(at: b - 1), let q = text.quote(closingAt: b - 1),
           opensClause(q) || endsOnAComma(q), !introducedByCue(q, comma: crossesSentence), !(endsSentence(q) && concedes(from: s) && takesItsOwnWords(hit)),
           text.folded[pastGloss(from: q.end, before: hit.cue.lowerBound)] != "的", !labelsName(q, at: s),
           !crossesSentence || Lexicon.terminators.contains(text.original[b - 2]) && hit.cue.lowerBound - s <= 30
            && namesOnlyTheSpeaker(s..<max(s, hit.cue.lowerBound - manner)) {
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
        if hit.via == nil, let learned = learnedFrom(lo..<end, cue: hit.cue) { (hit.via, lo, end) = (learned.outlet, learned.source.lowerBound, learned.source.upperBound) }
        hit.region = lo..<max(lo, end)
        if hit.via == nil { hit.via = addressedOutlet(in: hit.region) ?? toldOutlet(after: hit) }
    }

    /// Whether the cue goes straight on with words of its own (「…嗎？」他認為謝德慶的作品…,
    /// 「…，」他说自己对瞒报感到愤怒): those are reported too, after the quotation credited to
    /// the cue, or instead of it when a concession opens the clause (「…。」儘管謝德慶提到他像…).
    /// A short word after the cue (表示同意), a cue said to someone (告诉, 反问, 警告 + whom), what
    /// a verdict is on (这样评价…), or punctuation (“…”他写道 — 并思考) is no such words.
    func takesItsOwnWords(_ hit: Hit) -> Bool {
        let o = text.original
        var k = hit.cue.upperBound
        let limit = min(o.count, k + 40)
        let cue = text.foldedText(hit.cue)
        guard !addresses(hit), !Self.addressedCues.contains(cue),
              // (“…”，孙云这样评价习近平与普京的关系: the quotation is the verdict, then what it is on)
              Self.mannerBeforeCue.match(text.folded, endingAt: hit.cue.lowerBound) == nil else { return false }
        while k < limit, o[k].isSpace { k += 1 }
        var words = 0
        // (a quoted term inside the words is passed, 他認為謝德慶的「打卡」與「戶外」…; a quotation right
        // after the cue is none of them)
        while k < limit, text.quoteAt[k] >= 0 || !Lexicon.endsClause(o[k]) && !Self.dashes.contains(o[k]) {
            if text.quoteAt[k] < 0, !o[k].isSpace, !Lexicon.closeQuotes.contains(o[k]), Lexicon.openQuotes[o[k]] == nil { words += 1 }
            k += 1
        }
        return words >= Self.ownWordsLength
    }

    /// Dashes setting off a clause or an aside (——), not the hyphen inside a name.
    static let emDashes = ScalarSet("—―─")

    /// Whether a subject opens right after a dash at `s` (这并不是认罪——他仍然认为…, …Wikileaks — —
    /// 直到法新社承认…): past spaces and a word joining the clause, someone named or a pronoun;
    /// not words inside an aside the dash opens (普京——这位俄罗斯总统——认为).
    private func opensClauseAfterDash(_ s: Int, before cue: Int) -> Bool {
        var k = text.pastSpaces(s, before: cue)
        if let joiner = Self.clauseJoiners.match(text.folded, at: k), k + joiner.length < cue { k += joiner.length }
        guard k < cue else { return false }
        return mentionAt[k] >= 0 && mentions[mentionAt[k]].range.lowerBound == k || Lexicon.pronouns.match(text.folded, at: k) != nil
    }

    /// Words opening a clause after a dash before its subject (直到法新社承认, 但他认为).
    private static let clauseJoiners = PhraseMatcher<Bool>(["直到", "直至", "但", "但是", "而", "然后", "于是", "因此", "所以"].map { ($0, true) })

    /// Characters after a cue, up to the next punctuation, that are words it reports.
    static let ownWordsLength = 6

    /// Cues whose object may be whom they were said to (警告其他国家, 反问记者, 提醒大家).
    static let addressedCues: Set = ["警告", "反问", "提醒"]

    /// Manner words right before a cue (这样评价, 如此形容): the quotation before is what was said.
    static let mannerBeforeCue = PhraseMatcher<Bool>(Lexicon.mannerWords.map { ($0, true) })

    /// Whether the clause at `s` opens with a concession (「…。」儘管謝德慶提到他…, 虽然他认为…):
    /// a new sentence that weighs what was quoted against what someone else said.
    private func concedes(from s: Int) -> Bool {
        Self.concessions.match(text.folded, at: text.pastSpaces(s, before: text.original.count)) != nil
    }

    static let concessions = PhraseMatcher<Bool>(["尽管", "虽然", "虽说", "即使", "然而", "不过"].map { ($0, true) })

    /// Whether a quotation ends a sentence of its own (「…。」, 「…嗎？」).
    private func endsSentence(_ q: ArticleText.Quote) -> Bool {
        let e = text.beforeSpaces(q.content.upperBound, after: q.content.lowerBound)
        return e > q.content.lowerBound && Lexicon.terminators.contains(text.original[e - 1])
    }

    /// Whether a subject clause is only who speaks, perhaps to whom (「…。」普京对记者说。) or where
    /// (「…。」央行副行长潘功胜在新闻发布会上表示，…): the sentence credits the quotation before it.
    /// 曾 or 曾经 opening a clause that describes someone with 的 (「…。」曾在一家房企担任总裁的张斌
    /// 说) is part of who they are.
    private func namesOnlyTheSpeaker(_ r: Range<Int>) -> Bool {
        let t = text.folded
        var r = r
        if let once = Self.onceWords.match(t, at: r.lowerBound), r.contains(where: { t[$0] == "的" }) {
            r = (r.lowerBound + once.length)..<r.upperBound
        }
        let end = nounPhraseEnd(r)
        if end == r.upperBound || Lexicon.addresseeMarkers.contains(t[end]) && r.upperBound - end <= 10 { return true }
        return end > r.lowerBound && Self.whereSaidStart(before: r.upperBound, in: t, from: end) == end
    }

    private static let onceWords = PhraseMatcher<Bool>(["曾经", "曾"].map { ($0, true) })

    /// “…。”2017年，邵燕祥对《中华读书报》说 / 「…」在中環置地廣場的露天餐廳裏，X對記者說: where a short
    /// date or place clause between a quotation and its speaker starts (right after the
    /// quotation); `s` itself when there is none.
    private func pastDateClause(before s: Int) -> Int {
        var k = s
        while k > 0, text.original[k - 1].isSpace { k -= 1 }
        guard k > 0, text.original[k - 1] == "，" else { return s }
        var j = k - 1
        while j > 0, k - j <= 20, !Lexicon.clausePunctuation.contains(text.original[j - 1]), !text.closesQuote(at: j - 1),
              !Lexicon.terminators.contains(text.original[j - 1]) { j -= 1 }
        guard j > 0, j < k - 1, text.closesQuote(at: j - 1), text.quoteAt[j] < 0 else { return s }
        let clause = j..<(k - 1)
        let isDate = clause.count <= 12
            && clause.allSatisfy({ ("0"..."9").contains(text.original[$0]) || "年月日初底中旬前后 ".unicodeScalars.contains(text.folded[$0]) })
        // 「…」在中環置地廣場的露天餐廳裏，X對記者說: where it was said
        let isPlace = text.folded[j] == "在" && "里中上内外旁前".unicodeScalars.contains(text.folded[k - 2])
            && !mentionsIn(clause).contains { $0.actor.kind == .person }
        return isDate || isPlace ? j : s
    }

    /// Where the clauses before `s` start when a quotation closes right before them, within
    /// 60 characters and no sentence end outside the quotation between.
    private func quotationOpening(before s: Int) -> Int? {
        var j = s
        while j > 0, s - j <= 60 {
            if text.closesQuote(at: j - 1) { return j }
            if text.quoteAt[j - 1] < 0, Lexicon.terminators.contains(text.original[j - 1]) { return nil }
            j -= 1
        }
        return nil
    }

    /// 「新债王」冈达克表示, 「新债王」经济学家冈达克表示: a short quotation with no punctuation of its
    /// own, touching the subject after it, is its epithet, not words said (“不会”他说 still are).
    private func labelsName(_ q: ArticleText.Quote, at s: Int) -> Bool {
        q.end == s && s < text.folded.count && Lexicon.pronouns.match(text.folded, at: s) == nil && q.content.count <= Self.epithetLength
            && !text.original[q.content].contains(where: Lexicon.endsClause)
    }

    /// Most characters of a quoted epithet before a name (新债王: 3).
    static let epithetLength = 6

    /// Where a list of titles joined by 、 before `s` starts, when a comma opens it (“…”，A 的
    /// 官员、B 的作者 X说); `s` itself otherwise (」但…泰斗、学者X说 opens with a contrast).
    private func titlesStart(before s: Int, in r: Range<Int>) -> Int {
        guard titlesGoOn(before: s) else { return s }
        var k = s - 1
        while k > r.lowerBound, s - k <= 30, !Lexicon.clausePunctuation.contains(text.original[k - 1]) || text.original[k - 1] == "、",
              text.quoteAt[k - 1] < 0 { k -= 1 }
        return k > r.lowerBound && (text.original[k - 1] == "，" || text.original[k - 1] == ",") ? k : s
    }

    func skipLeading(_ from: Int, _ to: Int) -> Int {
        var lo = from
        while lo < to {
            if text.original[lo].isSpace { lo += 1; continue }
            if let date = leadingDateEnd(lo, to) { lo = date; continue }
            if let c = Lexicon.appositiveCopulas.match(text.folded, at: lo), lo + c.length < to, !Lexicon.clauseOpeners.contains(text.folded[lo + c.length]),
               (lo + c.length..<to).contains(where: { text.folded[$0] == "的" }) {
                lo += c.length; continue
            }
            if mentionAt[lo] < 0, let c = Lexicon.leadingConnectives.match(text.folded, at: lo), lo + c.length <= to { lo += c.length; continue }
            break
        }
        return lo
    }

    /// Where a document's description starts past what only places it in time or offers it
    /// as an example (比如 …, 2018年11月底的雅虎财经报告 → 雅虎财经报告, 现在苹果提出的新专利).
    func descriptionStart(_ from: Int, _ to: Int) -> Int {
        var k = skipLeading(from, to)
        if let now = Self.nowWords.match(text.folded, at: k), k + now.length < to { k += now.length }  // 现在苹果提出的新专利
        var b = k
        while b > from, text.original[b - 1].isSpace { b -= 1 }
        guard b > from, Lexicon.dateUnits.contains(text.folded[b - 1]) else { return k }
        // (a date that ends the skipped words and qualifies the document: 11月底的, 2019年的)
        var j = k
        while j < to, "底初中末份旬".unicodeScalars.contains(text.folded[j]) { j += 1 }
        guard j < to, text.folded[j] == "的" else { return from }
        j += 1
        while j < to, text.original[j].isSpace { j += 1 }
        return j < to ? j : from
    }

    private static let nowWords = PhraseMatcher<Bool>(["现在", "近日", "日前", "近期"].map { ($0, true) })

    /// Where a date that opens a subject ends (11月1日 习近平…, 2019年 X…): digits with 年, 月,
    /// 日 or 号 after them; nil when no such date starts at `i` or, unless `reachingEnd`, it fills `i..<to`.
    func leadingDateEnd(_ i: Int, _ to: Int, reachingEnd: Bool = false) -> Int? {
        let t = text.folded
        var k = i, sawUnit = false
        while k < to {
            if isDigit(t[k]) { k += 1; continue }
            if k == i || sawUnit, let month = monthInWordsEnd(k, to) { k = month; sawUnit = true; continue }
            // 2015 年他…, 12 月 6 日: the spaces some outlets set around digits
            if t[k] == " ", k > i, k + 1 < to, Lexicon.dateUnits.contains(t[k + 1]) || (sawUnit && isDigit(t[k + 1])) { k += 1; continue }
            if Lexicon.dateUnits.contains(t[k]), k > i, isDigit(t[k - 1]) || t[k - 1] == " " && k >= i + 2 && isDigit(t[k - 2]) {
                k += 1
                sawUnit = true
                continue
            }
            break
        }
        return sawUnit && (k < to || reachingEnd) ? k : nil
    }

    /// Past a month written in Chinese numerals (三月国际法院裁定, 十二月): one to three numerals and 月.
    private func monthInWordsEnd(_ i: Int, _ to: Int) -> Int? {
        var k = i
        while k < to, k - i < 3, Self.monthNumerals.contains(text.folded[k]) { k += 1 }
        return k > i && k < to && text.folded[k] == "月" ? k + 1 : nil
    }

    private static let monthNumerals = ScalarSet("一二三四五六七八九十")

    private func isDigit(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("０"..."９").contains(c)
    }

    func relayActor(_ r: Range<Int>) -> Actor? {
        if let outlet = adHocOutlet(r) { return outlet }
        if let m = mentionsIn(r).last(where: { $0.actor.kind == .outlet }) { return m.actor }
        return mentionsIn(r).last(where: { $0.actor.kind == .organization })?.actor
    }
}
