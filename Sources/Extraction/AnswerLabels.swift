import ClaimGraphCore

/// Transcripts labelled by role, not by name (问：… 答：…, Q：… A：…): the answers are the words
/// of the one interviewed, whom a line before them names (受访者：胖哥 （CUHK内地生）), or the lede
/// (我最近采访了…教授 Safiya Noble), or else the headline (陳漫——…, 對話梁君健：…). The labels name nobody, so
/// without this a question-and-answer interview gives none of its answers.
extension ClaimFinder {
    /// Labels of an answer, folded (which lowers Latin letters: A： is a).
    static let answerLabels: Set<String> = ["答", "a", "ａ"]

    /// Labels of a line naming the one interviewed next.
    private static let intervieweeLabels: Set<String> = ["受访者", "受访人", "嘉宾", "被访者"]

    /// Words of the lede after which the one interviewed is named (我最近采访了…).
    private static let interviewedWords = ["采访了", "专访了", "访问了", "对话了"]

    /// Longest name read from an interviewee line.
    private static let maximumIntervieweeLength = 10

    /// Who answers in the turn labelled at paragraph `p`: the one the last interviewee line
    /// before it names, else `otherwise` (`intervieweeOfArticle`, found once per article).
    func answerer(at p: Int, labelled: [(paragraph: Int, label: String, words: Range<Int>)], otherwise: Actor?) -> Actor? {
        if let line = labelled.last(where: { $0.paragraph < p && Self.intervieweeLabels.contains($0.label) }) {
            return intervieweeName(line.words)
        }
        return otherwise
    }

    /// The one the lede says was interviewed, else the headline's person (one the article names,
    /// or the name after 对话 in it).
    func intervieweeOfArticle(_ labelled: [(paragraph: Int, label: String, words: Range<Int>)]) -> Actor? {
        personInterviewed(before: labelled.first?.paragraph ?? 0) ?? personTheHeadlineNames()
            ?? nameAfterHeadlineWord(outside: Set(labelled.map(\.paragraph)))
    }

    /// Words of a headline right before the name of the one it talks to (对话梁君健：…,
    /// 专访乔纳森·弗兰岑); fewer than the words calling a piece an interview, as 谈 follows its name.
    private static let headlineWords = ["对话", "专访", "访谈"]

    /// The name right after 对话 / 专访 in the headline, up to punctuation or a space, as the
    /// article's prose writes it, though no rule found a name there (梁君健，1983年生，…).
    private func nameAfterHeadlineWord(outside labelParagraphs: Set<Int>) -> Actor? {
        let title = Array(text.foldedTitle.unicodeScalars)
        for w in Self.headlineWords {
            guard let k = title.firstRange(of: Array(w.unicodeScalars)) else { continue }
            var end = k.upperBound
            while end < title.count, Lexicon.isHan(title[end]) || title[end] == "·" { end += 1 }
            let name = Array(title[k.upperBound..<end])
            guard (2...Self.maximumIntervieweeLength).contains(name.count) else { continue }
            if let person = personWritten(name, outside: labelParagraphs) { return person }
        }
        return nil
    }

    /// The name opening an interviewee line, up to a space, a bracket or punctuation.
    private func intervieweeName(_ r: Range<Int>) -> Actor? {
        let o = text.original
        var end = r.lowerBound
        while end < r.upperBound, !o[end].isSpace, !Lexicon.clausePunctuation.contains(o[end]), !"（(【[".unicodeScalars.contains(o[end]) { end += 1 }
        guard end > r.lowerBound, end - r.lowerBound <= Self.maximumIntervieweeLength else { return nil }
        if let m = mentionsIn(r.lowerBound..<end).first(where: { $0.actor.kind == .person }) { return m.actor }
        return Actor(written: r.lowerBound..<end, in: text, kind: .person)
    }

    /// The person named first after 采访了 in a sentence before paragraph `first`.
    private func personInterviewed(before first: Int) -> Actor? {
        for sentence in text.sentences where sentence.paragraph < first {
            let words = text.folded[sentence.range]
            for w in Self.interviewedWords {
                guard let k = words.firstRange(of: Array(w.unicodeScalars)) else { continue }
                if let m = mentionsIn(k.upperBound..<sentence.range.upperBound).first(where: { $0.actor.kind == .person }) { return m.actor }
            }
        }
        return nil
    }
}
