import ClaimGraphCore

/// Pieces set in unpunctuated lines the way films are subtitled (the 電影與現實 series): no line
/// is prose, yet a line ending in its cue (烏克蘭人說) announces the next as the statement.
extension ClaimFinder {
    /// The statement a speaker line announces in a subtitled piece: the line after it, or the two
    /// after it when the first is too short to be a statement alone (烏克蘭人說⏎這二十三年來⏎他們的
    /// 獨立都只表現在文字上); nil when paragraph `i` is no subtitle line.
    func subtitleStatement(from i: Int, after sentence: ArticleText.Sentence) -> Range<Int>? {
        let next = text.paragraphs[i]
        guard isSubtitleLine(next, after: sentence) else { return nil }
        if hanCount(next) <= Self.shortestSubtitleStatement, i + 1 < text.paragraphs.count,
           case let after = text.paragraphs[i + 1], isSubtitleLine(after, after: sentence) {
            return next.lowerBound..<after.upperBound
        }
        return next
    }

    /// 烏克蘭人說⏎政府斷送了烏克蘭的未來: in a piece set in unpunctuated lines, the way films are
    /// subtitled, the line after one that ends in its cue is the statement, though no line is
    /// prose; a short line of Chinese, after a speaker line as unpunctuated as it.
    private func isSubtitleLine(_ line: Range<Int>, after sentence: ArticleText.Sentence) -> Bool {
        let speakerLine = text.paragraphs[sentence.paragraph]
        return line.count <= Self.longestSubtitleLine && !text.original[speakerLine].contains(where: { Lexicon.endsClause($0) })
            && !text.original[line].contains(where: { Lexicon.terminators.contains($0) }) && hanCount(line) * 2 > line.count
    }

    /// Longest line read as a subtitle's (a sentence of a film's narration).
    private static let longestSubtitleLine = 60
    /// Most Han characters of a subtitle line that only opens the statement (這二十三年來: 6).
    private static let shortestSubtitleStatement = 7
}
