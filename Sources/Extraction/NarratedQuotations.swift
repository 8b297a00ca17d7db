import ClaimGraphCore

/// Quotations with no cue that close a sentence of narration after a comma (她把这栋古宅视为借来的
/// 空间，「…」): features give a person's words so, and whose they are is read from the narration.
extension ClaimFinder {
    /// 她把这栋古宅视为借来的空间，「首先要解决…」: in a feature a quotation with no cue closing a
    /// sentence about someone, after a comma, is the words of the person heading the sentence.
    /// (A quotation standing alone after such a sentence, 陈文玉的到来…。「…」, is that sentence's
    /// topic: `previousSentenceSubject`.)
    func narratedSpeaker(of q: ArticleText.Quote, in sentence: ArticleText.Sentence) -> Actor? {
        commaOpening(q, in: sentence).flatMap { sentenceSubject(sentence, before: $0) }
    }

    /// Where the narration before a quotation that closes its sentence ends, when a comma ends it
    /// (…，她都要跟村民商量，「…」。): nil when no comma leads into the quotation.
    private func commaOpening(_ q: ArticleText.Quote, in sentence: ArticleText.Sentence) -> Int? {
        let b = text.beforeSpaces(q.open, after: sentence.range.lowerBound)
        guard b > sentence.range.lowerBound, text.original[b - 1] == "，" || text.original[b - 1] == ",",
              quoteClosesSentence(q, sentence) else { return nil }
        return b
    }

    /// 他回忆，…。实验室里第一台装置还是学生自己做的，「…」: a quotation closing a sentence of narration
    /// that names no one, after a comma, goes on with the person who last spoke in the paragraph.
    /// Not after a cue of its own (这个叙事称，「…」, 用…的话来说), nor after a clause of a
    /// connective only (例如，“…”: an example from a text).
    func paragraphSpeakerGoingOn(_ q: ArticleText.Quote, in sentence: ArticleText.Sentence) -> Actor? {
        let t = text.folded
        guard let b = commaOpening(q, in: sentence), let last = claims.last, last.paragraph == sentence.paragraph,
              case .actor(let person) = last.speaker, person.kind == .person, case let narration = sentence.range.lowerBound..<b,
              !mentionsIn(narration).contains(where: { $0.actor.kind == .person }),
              !narration.contains(where: { text.quoteAt[$0] < 0 && Lexicon.pronouns.match(t, at: $0) != nil }),
              // (作者认为，…是「…」，「…」: a cue whose claim is the last one goes on with its speaker)
              last.sentence == sentence.range || !narration.contains(where: { text.quoteAt[$0] < 0 && Lexicon.cues.match(t, at: $0) != nil }),
              hanCount(clauseBefore(b - 1, from: sentence.range.lowerBound)) >= Self.narrationClause else { return nil }
        return person
    }

    /// Fewest characters of the clause leading into such a quotation (not 例如，).
    private static let narrationClause = 4

    /// The clause ending at the punctuation at `k`, back to the clause punctuation before it (not
    /// an enumeration comma: 至於衣服、鞋子、日用品).
    private func clauseBefore(_ k: Int, from floor: Int) -> Range<Int> {
        var lo = k
        while lo > floor, text.original[lo - 1] == "、" || !Lexicon.clausePunctuation.contains(text.original[lo - 1]) { lo -= 1 }
        return lo..<k
    }

    /// 她不太依賴菲律賓食物，「…」 / 村子裡的每件事，她都要跟村民商量，「…」: the same for a sentence
    /// whose subject is 他 or 她 (past a short clause naming no one), the person it points back to.
    mutating func narratingPronounSpeaker(of q: ArticleText.Quote, in sentence: ArticleText.Sentence) -> Speaker? {
        let t = text.folded
        guard let b = commaOpening(q, in: sentence),
              let clause = openingClause(from: sentence.range.lowerBound, before: b, clauses: 2, opens: { k in
                  guard let p = Lexicon.pronouns.match(t, at: k) else { return false }
                  return (p.value == .he || p.value == .she) && k + p.length < b && t[k + p.length] != "的"
              }),
              let p = Lexicon.pronouns.match(t, at: clause.lowerBound),
              // (…，他與朋友討論，「…他完全不會是搞事情的…」: words about him are someone else's)
              !text.original[q.content].contains(where: { $0 == text.original[clause.lowerBound] }) else { return nil }
        let speaker = resolvePronoun(p.value, sentence: sentence, before: clause.lowerBound, sameSentence: false)
        return speaker.actor != nil ? speaker : nil
    }

    /// 有人愤慨：「…」 / 一位网友留言：「…」 / 有网友感叹：「…」: people not named opening the clause
    /// before a colon and the quotation closing the sentence (有人, or 有 or a count and a word for
    /// people), naming no one: their words. Where the people are written.
    func unnamedPeopleOpening(_ clause: Range<Int>) -> Range<Int>? {
        let t = text.folded, lo = clause.lowerBound
        guard clause.count >= 3, !mentionsIn(clause).contains(where: { $0.actor.kind == .person }) else { return nil }
        if t[lo] == "有", t[lo + 1] == "人" { return lo..<(lo + 2) }
        let start = t[lo] == "有" ? lo + 1 : lo + (Lexicon.indefinites.match(t, at: lo)?.length ?? 0)
        guard start > lo, start < clause.upperBound else { return nil }
        let window = (start + 1)...min(clause.upperBound, start + Self.unnamedPeopleLength)
        guard let end = window.last(where: { Lexicon.unnamedSources.match(t, endingAt: $0) != nil || Lexicon.groupEnds.contains(t[$0 - 1]) }),
              (start..<end).allSatisfy({ Lexicon.isHan(t[$0]) }) else { return nil }
        return lo..<end
    }

    /// Whether the quotation ends its sentence or a clause of it closed by a semicolon (有人愤慨：「…」；
    /// 有人心痛：「…」), not one the sentence goes on from (「一路走好」被说了 79133 次).
    func quoteClosesClause(_ q: ArticleText.Quote, _ sentence: ArticleText.Sentence) -> Bool {
        let k = text.pastSpaces(q.end, before: sentence.range.upperBound)
        return k == sentence.range.upperBound || Lexicon.terminators.contains(text.original[k]) || text.original[k] == "；" || text.original[k] == ";"
    }

    /// Most characters of the word for people after 有 or a count (一位退休老人).
    private static let unnamedPeopleLength = 6
}
