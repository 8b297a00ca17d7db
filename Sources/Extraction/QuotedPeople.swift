import ClaimGraphCore

/// People quoted once in a feature, named just after their words (「…，」吴胜杰说 /
/// 「…，」站在边线看球的吴胜杰沮丧地说): the quotation before them says that what stands
/// before the cue is a speaker, which a Chinese name met once elsewhere does not.
extension ActorFinder {
    /// Words that may stand between such a name and its cue (接着说, 笑着说, 自称; 微笑著 as
    /// folding keeps it, 著 being a character of its own in simplified writing too).
    private static let adverbsBeforeCue = PhraseMatcher<Bool>(
        ["接着", "笑着", "笑", "继续", "补充", "也", "还", "又", "则", "便", "曾", "再次", "随后", "自",
         "小声", "大声", "轻声", "低声", "高声", "连声", "微笑着", "微笑著"].map { ($0, true) })


    func namesAfterQuotations(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, cueStarts: [Int]) {
        for cue in cueStarts {
            var named: Range<Int>?
            for end in nameEnds(beforeCue: cue) where named == nil {
                for length in [3, 2] where end - length >= 1 {
                    let lo = end - length
                    if isChineseName(lo..<end, c.covered), isMarkedAsSpeaker(lo, fullName: length == 3) { named = lo..<end; break }
                }
            }
            guard let r = named else { continue }
            let name = text.foldedText(r)
            if !found.contains(Array(name.unicodeScalars)) { found.insert(name, Actor(written: r, in: text, kind: .person)) }
        }
    }

    /// Names no surname opens (巴燕, 樱岛, 海树儿: aboriginal, Japanese or invented in fiction),
    /// right after quotations they credit at least twice (「…」巴燕说 … 「…」巴燕回答): one such
    /// place could be a noun (「…」报告说), two make a recurring speaker.
    func recurringNamesAfterQuotations(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, cueStarts: [Int]) {
        var places: [String: [Range<Int>]] = [:]
        let t = text.folded
        // (a verb, or where an interview opens: 「…」雅秀对财新记者说; not a noun cue, 「…」那个消息来源说)
        for cue in cueStarts where Lexicon.cues.match(t, at: cue).map({ !$0.value.isNoun }) ?? Lexicon.actingPrepositions.contains(t[cue]) {
            guard let r = nameEnds(beforeCue: cue).lazy.compactMap({ self.unsurnamedName(endingAt: $0, c.covered) }).first else { continue }
            places[text.foldedText(r), default: []].append(r)
        }
        for (name, ranges) in places.sorted(by: { $0.key < $1.key }) where ranges.count >= 2 && !found.contains(Array(name.unicodeScalars)) {
            found.insert(name, Actor(written: ranges[0], in: text, kind: .person))
        }
    }

    /// Places after speech a story's name needs before it stands for a person: two could be a
    /// word that follows quotations by chance.
    static let minimumPlacesAfterSpeech = 3
    /// Longest such name (夏曼西昂).
    static let longestNameAfterSpeech = 4
    /// Places a story's name must do something in, not speak, to be one (「…」前述人士说
    /// never does).
    static let minimumActsAfterSpeech = 2

    /// Names that come back again and again right after quoted speech, with or without a cue,
    /// or opening paragraphs that go on into it (「沒事。」海樹兒放低身子… / 「…？」櫻島嚇了一跳 /
    /// 夏曼西昂一笑，「…」): a story names its speakers by what they do as often as by a verb of
    /// saying. The name runs as far as the characters all its places share, and the words
    /// after it must differ between them (a fixed phrase after quotations is no name).
    func namesActingAfterSpeech(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded, o = text.original
        var places: [String: [Int]] = [:]
        for q in text.quotes where q.closed && text.lastCharacter(of: q).map(Lexicon.speechEnds.contains) ?? false {
            let s = q.end < o.count && Lexicon.isComma(o[q.end]) ? q.end + 1 : q.end
            guard s + 2 < t.count, (s..<(s + 2)).allSatisfy({ namePart($0, c.covered) }) else { continue }
            places[String(scalars: t[s..<(s + 2)]), default: []].append(s)
        }
        for s in paragraphsOpeningBeforeSpeech() where s + 2 < t.count && (s..<(s + 2)).allSatisfy({ namePart($0, c.covered) }) {
            places[String(scalars: t[s..<(s + 2)]), default: []].append(s)
        }
        for (_, starts) in places.sorted(by: { $0.key < $1.key }) where starts.count >= Self.minimumPlacesAfterSpeech {
            var length = 2
            while length < Self.longestNameAfterSpeech, allShare(starts, length), namePart(starts[0] + length, c.covered) { length += 1 }
            let r = starts[0]..<(starts[0] + length)
            let name = text.foldedText(r)
            let ends = starts.map { $0 + length }
            guard Set(ends.compactMap { $0 < t.count ? t[$0] : nil }).count >= 2,
                  ends.filter(actsFrom).count >= Self.minimumActsAfterSpeech, !ends.contains(where: modifiesANoun),
                  !isNoun(r), !found.contains(Array(name.unicodeScalars)) else { continue }
            found.insert(name, Actor(written: r, in: text, kind: .person))
        }
    }

    /// Where paragraphs open whose first sentence goes on, past a comma, into a quotation
    /// (夏曼西昂面色凝重的搖頭，「…」): a story's other place for the one speaking.
    private func paragraphsOpeningBeforeSpeech() -> [Int] {
        text.paragraphs.compactMap { p in
            let s = text.pastSpaces(p.lowerBound, before: p.upperBound)
            guard s < p.upperBound, !Lexicon.openQuoteMarks.contains(text.original[s]), let q = text.quotes(openingIn: p).first,
                  case let b = text.beforeSpaces(q.open, after: s), b > s, Lexicon.isComma(text.original[b - 1]),
                  !text.original[s..<b].contains(where: { Lexicon.terminators.contains($0) }) else { return nil }
            return s
        }
    }

    /// Whether the clause going on at `k`, right after such a name, says what someone did:
    /// words, none of them a cue, not opening with 的 (「…」纳粹的顶尖科学家, 「…」前述人士说).
    private func actsFrom(_ k: Int) -> Bool {
        let t = text.folded, o = text.original
        var e = k
        while e < o.count, !Lexicon.endsClause(o[e]), !Lexicon.openQuoteMarks.contains(o[e]) { e += 1 }
        return e > k && !Lexicon.possessives.contains(t[k]) && !(k..<e).contains { Lexicon.cues.match(t, at: $0) != nil }
    }

    /// Whether a noun for people or a place goes on at `k` (「…」业内人士, 「…」嘎措乡): the
    /// characters before are its modifier, no name.
    private func modifiesANoun(_ k: Int) -> Bool {
        guard k < text.folded.count else { return false }
        let c = text.folded[k]
        return Lexicon.peopleEnds.contains(c) || Lexicon.institutionEnds.contains(c) || Lexicon.placeEnds.contains(c) || Self.townEnds.contains(c)
    }

    /// Ends of the smallest places, beside `Lexicon.placeEnds` (嘎措乡, 黎里镇, 牛角村).
    private static let townEnds = ScalarSet("乡镇村")

    /// Whether every place has the same character at `offset` from its start.
    private func allShare(_ starts: [Int], _ offset: Int) -> Bool {
        let t = text.folded
        guard let first = starts.first, first + offset < t.count else { return false }
        let c = t[first + offset]
        return starts.allSatisfy { $0 + offset < t.count && t[$0 + offset] == c }
    }

    /// Whether the character at `i` may be part of such a name: Han, no catalog name's, no
    /// particle, cue, pronoun or demonstrative.
    private func namePart(_ i: Int, _ covered: [Bool]) -> Bool {
        let t = text.folded
        return Lexicon.isHan(t[i]) && !covered[i] && !stops(i) && !Self.pointingCharacters.contains(t[i])
    }

    /// Whether the cue at `c` is followed by a colon and an opening quotation mark (说：“).
    func opensQuotation(afterCueAt c: Int) -> Bool {
        guard let cue = Lexicon.cues.match(text.folded, at: c) else { return false }
        let colon = text.pastSpaces(c + cue.length, before: text.original.count)
        return colon < text.original.count && Lexicon.isColon(text.original[colon]) && text.opensQuote(after: colon + 1)
    }

    /// Names no surname opens that announce quotations with a cue and a colon at least twice,
    /// each opening its clause or after a title, once at least after a title (副总经理智静说：「…」
    /// … 智静说：「…」): a recurring speaker of a feature, as after quotations. (Without a title,
    /// 家乡说：「…」 and 有网友说：「…」 recur too.)
    func recurringNamesBeforeQuotations(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, cueStarts: [Int]) {
        var places: [String: [Range<Int>]] = [:]
        var titled: Set<String> = []
        let t = text.folded
        for cue in cueStarts where Lexicon.cues.match(t, at: cue).map({ !$0.value.isNoun }) ?? false && opensQuotation(afterCueAt: cue) {
            for length in 2...3 where cue - length >= 0 {
                let r = (cue - length)..<cue
                guard r.allSatisfy({ Lexicon.isHan(t[$0]) && !c.covered[$0] && !stops($0) && !Self.pointingCharacters.contains(t[$0]) }),
                      r.lowerBound == 0 || !Lexicon.isHan(t[r.lowerBound - 1]) || Lexicon.titles.match(t, endingAt: r.lowerBound) != nil,
                      !isNoun(r) else { continue }
                places[text.foldedText(r), default: []].append(r)
                if r.lowerBound > 0, Lexicon.titles.match(t, endingAt: r.lowerBound) != nil { titled.insert(text.foldedText(r)) }
                break
            }
        }
        for (name, ranges) in places.sorted(by: { $0.key < $1.key }) where ranges.count >= 2 && titled.contains(name) && !found.contains(Array(name.unicodeScalars)) {
            found.insert(name, Actor(written: ranges[0], in: text, kind: .person))
        }
    }

    /// Characters of pronouns and demonstratives, in no such name (我开玩笑说, 那个声音说, 其官网称).
    private static let pointingCharacters = ScalarSet("我你您咱这那此其该某每各本")

    /// Two or three Han characters ending at `end` right after a closing quotation mark, that no
    /// catalog name covers and that are no particle, pronoun, common word, title, unnamed source
    /// or noun for people, institutions or documents (「…」记者说, 「…」母亲说, 「…」法庭还指责,
    /// 「…」声明说, 45 岁的非裔愤怒地说).
    private func unsurnamedName(endingAt end: Int, _ covered: [Bool]) -> Range<Int>? {
        let t = text.folded
        for length in 2...3 where end - length >= 1 {
            let r = (end - length)..<end
            guard r.allSatisfy({ Lexicon.isHan(t[$0]) && !covered[$0] && !stops($0) && !Self.pointingCharacters.contains(t[$0]) }),
                  isMarkedAsSpeaker(r.lowerBound, fullName: false) else { continue }
            return isNoun(r) ? nil : r
        }
        return nil
    }

    /// Whether `r` is a common word or a noun for people, institutions or documents rather than
    /// a name (see `unsurnamedName`).
    private func isNoun(_ r: Range<Int>) -> Bool {
        let t = text.folded
        let word = String(scalars: t[r]), last = t[r.upperBound - 1]
        if Lexicon.commonWords.contains(word) || Lexicon.commonWords.contains(String(scalars: t[r.lowerBound..<(r.lowerBound + 2)])) { return true }
        if Lexicon.peopleEnds.contains(last) || Lexicon.institutionEnds.contains(last) || last == "裔" { return true }
        if Lexicon.unnamedSources.match(t, at: r.lowerBound)?.length == r.count || Lexicon.bareInstitutions.match(t, at: r.lowerBound) != nil { return true }
        if Lexicon.mannerWords.contains(String(scalars: t[(r.lowerBound + 1)..<r.upperBound])) || Lexicon.bodyWords.contains(word) { return true }
        if Lexicon.demonstratives.match(t, at: r.lowerBound) != nil || Lexicon.indefinites.match(t, at: r.lowerBound) != nil { return true }
        return [Lexicon.titles, Lexicon.documentNouns, Lexicon.reportNouns, Lexicon.someonesWords].contains { $0.match(t, endingAt: r.upperBound) != nil }
    }

    /// A person the article calls by one capital letter (“…”，C说 / M告诉我): a letter standing
    /// alone right before a cue, after punctuation or a quotation, is someone kept anonymous.
    func letterNamesBeforeCues(_ found: inout PhraseMatcher<Actor>, cueStarts: [Int]) {
        let o = text.original
        for cue in cueStarts where cue >= 2 {
            let lo = cue - 1
            guard ("A"..."Z").contains(o[lo]), Lexicon.clausePunctuation.contains(o[lo - 1]) || text.closesQuote(at: lo - 1) || o[lo - 1] == "\n" else { continue }
            let name = text.foldedText(lo..<cue)
            if !found.contains(Array(name.unicodeScalars)) { found.insert(name, Actor(written: lo..<cue, in: text, kind: .person)) }
        }
    }

    /// What ends an adverb of manner: 地, and 的 as Taiwan writes it (好奇的问, 笑嘻嘻的说).
    private static let adverbialMarkers = ScalarSet("地的")

    /// Where a name before the cue at `cue` may end, nearest first: past how the words were
    /// voiced (小声, 笑着) or one of `adverbsBeforeCue`, then past an adverb in 地 or 的 of two
    /// characters (沮丧地, 又沮丧地), or of up to six opening with a word of degree (颇为骄傲地,
    /// 有点激动地小声说道; not 杨老师拘谨地, whose 师拘谨 is no adverb).
    private func nameEnds(beforeCue cue: Int) -> [Int] {
        let t = text.folded
        var e = cue
        if let a = Self.adverbsBeforeCue.match(t, endingAt: e) { e -= a.length }
        guard e >= 3, Self.adverbialMarkers.contains(t[e - 1]), Lexicon.isHan(t[e - 2]), Lexicon.isHan(t[e - 3]) else { return [e] }
        // (笑嘻嘻地, 慢吞吞地: a manner of three characters that doubles its last)
        var ends = [e >= 4 && t[e - 2] == t[e - 3] && Lexicon.isHan(t[e - 4]) ? e - 4 : e - 3]
        if let a = Self.adverbsBeforeCue.match(t, endingAt: ends[0]) { ends[0] -= a.length }
        for k in stride(from: e - 4, through: max(1, e - 7), by: -1) {
            guard Lexicon.isHan(t[k]) else { break }
            if Lexicon.degreeWords.match(t, at: k) != nil { ends.append(k) }
        }
        return ends
    }

    /// Whether the name at `lo` comes right after a closing quotation mark (and a comma), or
    /// — a full name of three characters — ends a description that does (「…，」看球的吴胜杰),
    /// or follows an age (23 岁的刘哲说).
    func isMarkedAsSpeaker(_ lo: Int, fullName: Bool) -> Bool {
        let o = text.original
        if lo >= 2, o[lo - 1] == "的", o[lo - 2] == "岁" { return true }  // 「…，」23 岁的刘哲说: an age says a person
        var b = lo
        if fullName, o[b - 1] == "的" {
            while b > 0, b > lo - 24, !text.closesQuote(at: b - 1) {
                if Lexicon.endsClause(o[b - 1]) { return false }
                b -= 1
            }
        }
        while b > 0, o[b - 1].isSpace { b -= 1 }
        if b > 0, o[b - 1] == "，" || o[b - 1] == "," { b -= 1 }
        return b > 0 && text.closesQuote(at: b - 1)
    }
}
