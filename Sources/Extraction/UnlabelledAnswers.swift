import ClaimGraphCore

/// Interviews printed without labels: a paragraph asking the one interviewed a question (你 / 您
/// and a question mark closing it), then their answer in the paragraphs before the next question
/// (很多人知道陳漫…你怎麼看？ ⏎ 標籤總是給人安全感…). Nothing marks the answers, so without this an
/// interview's words are lost; the one answering is the person the headline names.
extension ClaimFinder {
    /// Questions with an answer after them that make an article an interview: fewer are an
    /// essay's questions to its reader.
    static let minimumAnsweredQuestions = 3
    /// Longest question read (a paragraph of set-up and a question is an interviewer's; a
    /// longer one is the writer's own argument).
    static let maximumQuestionLength = 200

    /// The answers of an unlabelled interview, by paragraph, as `interviewTurns` gives turns;
    /// empty unless at least `minimumAnsweredQuestions` questions are answered and the headline
    /// names a person the article writes.
    func unlabelledAnswers() -> [Int: (speaker: Actor?, words: Range<Int>)] {
        let questions = text.paragraphs.indices.filter(asksTheOneInterviewed)
        let answered = questions.filter { $0 + 1 < text.paragraphs.count && answers($0 + 1) }
        guard answered.count >= Self.minimumAnsweredQuestions, let person = personTheHeadlineNames() else { return [:] }
        var turns: [Int: (speaker: Actor?, words: Range<Int>)] = [:]
        for (i, q) in answered.enumerated() {
            // (the answer runs to the next question; after the last one, a paragraph only)
            let next = i + 1 < answered.count ? answered[i + 1] : q + 2
            var p = q + 1
            while p < min(next, text.paragraphs.count), answers(p) {
                turns[p] = (person, trim(text.paragraphs[p]))
                p += 1
            }
        }
        // (one answering does not write their own name: answers that do are the writer's about
        // them, 钱锺书粉丝多以…; an article where most do, or too few questions keep an answer,
        // is an essay, not an interview)
        let own = turns.filter { !names(person, in: text.paragraphs[$0.key]) }
        let stillAnswered = answered.filter { own[$0 + 1] != nil }.count
        return own.count * 2 > turns.count && stillAnswered >= Self.minimumAnsweredQuestions ? own : [:]
    }

    /// Whether `person` is named inside `r`.
    private func names(_ person: Actor, in r: Range<Int>) -> Bool {
        mentionsIn(r).contains { $0.actor.key == person.key }
    }

    /// Whether paragraph `p` asks someone a question: 你, 妳 or 您 in it, a question mark closing
    /// it, no quotation opening it, short as an interviewer's question is.
    private func asksTheOneInterviewed(_ p: Int) -> Bool {
        let r = text.paragraphs[p]
        guard paragraphIsProse(p), !r.isEmpty, r.count <= Self.maximumQuestionLength,
              let last = text.original[r].last(where: { !$0.isSpace }), last == "？" || last == "?",
              !Lexicon.openQuoteMarks.contains(text.original[r.lowerBound]) else { return false }
        return text.original[r].contains { Self.secondPerson.contains($0) } && turnLabels[p] == nil
    }

    private static let secondPerson = ScalarSet("你妳您")

    /// Whether paragraph `p` can be an answer: prose (or a quotation block) asking nothing, with
    /// no label (a thread of labelled comments that names no one is no interview).
    private func answers(_ p: Int) -> Bool {
        let r = text.paragraphs[p]
        guard !r.isEmpty, paragraphIsProse(p) || text.blockQuotes.contains(p), turnLabels[p] == nil else { return false }
        return !asksTheOneInterviewed(p)
    }

    /// The person the headline names, as the article writes them (陳漫——攝影與生活: 陳漫).
    func personTheHeadlineNames() -> Actor? {
        let title = text.foldedTitle
        return mentions.first { $0.actor.kind == .person && $0.range.count >= 2 && title.contains(text.foldedText($0.range)) }?.actor
    }
}
