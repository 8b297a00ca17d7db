import ClaimGraphCore

/// Paragraphs of quotation credited by the paragraph after them (「…」⏎迪迪安在《白色專輯》中如此寫道。):
/// essays set a quotation apart as a paragraph of its own and name its writer after it.
extension ClaimFinder {
    /// The person opening the paragraph after `q`'s, when `q` closes its paragraph and that
    /// paragraph's first clause says, pointing back, that they wrote or said it (如此寫道, 这样说,
    /// 如是说): the words are theirs, not those of whoever spoke before them.
    func creditPointingBack(after q: ArticleText.Quote) -> Actor? {
        let next = q.paragraph + 1
        guard next < text.paragraphs.count, closesParagraph(q) else { return nil }
        let k = text.pastSpaces(text.paragraphs[next].lowerBound, before: text.paragraphs[next].upperBound)
        guard k < text.original.count, mentionAt[k] >= 0 else { return nil }
        let person = mentions[mentionAt[k]]
        guard person.actor.kind == .person else { return nil }
        let t = text.folded
        var j = person.range.upperBound
        while j < text.paragraphs[next].upperBound, j - k <= Self.longestPointingCredit, !Lexicon.endsClause(text.original[j]) {
            if let back = Self.backPointers.match(t, at: j), let cue = Lexicon.cues.match(t, at: j + back.length),
               cue.value.kind == .speech, cueAllowed(j + back.length, cue.length) {
                return person.actor
            }
            j += 1
        }
        return nil
    }

    /// Whether nothing but spaces and punctuation follows `q` in its paragraph.
    private func closesParagraph(_ q: ArticleText.Quote) -> Bool {
        text.original[q.end..<text.paragraphs[q.paragraph].upperBound].allSatisfy { $0.isSpace || Lexicon.endsClause($0) }
    }

    /// Most characters from the person's name to the pointing word (迪迪安在第二本非虛構寫作集《白色專輯》（1979）: 25).
    static let longestPointingCredit = 40
}
