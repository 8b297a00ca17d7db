import ClaimGraphCore

/// Panels: a question put to several people, each answering once in a paragraph of their own
/// that opens with their name and a colon (张平：到目前为止… ⏎ 魏英杰：如果说… ⏎ 张强：会。…). No
/// label recurs, so `interviewTurns` does not read them, and no cue marks the answers; each is
/// its speaker's words, the person named by the label.
extension ClaimFinder {
    /// Fewest answers that make a panel: fewer labelled paragraphs are headings or a list.
    static let minimumPanelAnswers = 4

    /// The answers of a panel, by paragraph, as `interviewTurns` gives turns; empty unless at
    /// least `minimumPanelAnswers` paragraphs open with a Chinese name (a surname and one or two
    /// characters) and a colon, each name once.
    func panelAnswers() -> [Int: (speaker: Actor?, words: Range<Int>)] {
        var answers: [Int: (speaker: Actor?, words: Range<Int>)] = [:]
        var names: Set<String> = []
        for p in text.paragraphs.indices where paragraphIsProse(p) {
            guard let turn = turnLabel(p), !turn.words.isEmpty, isPanelistName(turn.label) else { continue }
            guard names.insert(text.foldedText(turn.label)).inserted else { return [:] }  // (a label again: a transcript's)
            answers[p] = (Actor(written: turn.label, in: text, kind: .person), turn.words)
        }
        return answers.count >= Self.minimumPanelAnswers ? answers : [:]
    }

    /// Whether a label is a Chinese name's shape: two or three Han characters opening with a
    /// surname, not a numbered or dated heading (方法一, 周二, 周末) nor a common word (高度, 王国).
    private func isPanelistName(_ r: Range<Int>) -> Bool {
        let t = text.folded, label = text.foldedText(r)
        return (2...3).contains(r.count) && r.allSatisfy({ Lexicon.isHan(t[$0]) }) && Lexicon.surnames.contains(t[r.lowerBound])
            && !Lexicon.numerals.contains(t[r.upperBound - 1]) && !Self.daysOff.contains(label)
            && !Lexicon.commonWords.contains(text.foldedText(r.lowerBound..<(r.lowerBound + 2))) && !RegionNames.contains(label)
    }

    /// Days a heading names that open with a surname and end with no numeral (周二 does).
    private static let daysOff: Set = ["周日", "周末", "周天"]
}
