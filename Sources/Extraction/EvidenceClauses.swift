/// What reported words show, said in a clause of their own (王毅表示，这次会谈很成功，表明双方关系
/// 良好; 分析人士认为，现在是发出信号，表明北京不会容忍…): a cue of evidence with no subject of its
/// own after a comma goes on with the same words; it is no second statement.
extension ClaimFinder {
    /// Whether `next` is a cue of evidence opening a clause of `hit`'s words, with nothing but
    /// clause punctuation before it in that clause.
    func showsWithin(_ next: Hit, _ hit: Hit) -> Bool {
        guard hit.afterQuote == nil, !hit.isSource, next.clauseStart > hit.cue.upperBound, case .inherit? = next.subject,
              Self.evidenceCues.match(text.folded, at: next.cue.lowerBound)?.length == next.cue.count,
              !text.original[hit.cue.upperBound..<next.clauseStart].contains(where: { $0 == "；" || $0 == ";" }) else { return false }
        return text.original[next.clauseStart..<next.cue.lowerBound].allSatisfy { $0.isSpace || Lexicon.clausePunctuation.contains($0) }
    }

    /// Cues that say what something shows (表明, 显示, 说明, 证明, 意味着).
    private static let evidenceCues = PhraseMatcher<Bool>(["表明", "显示", "说明", "证明", "意味着"].map { ($0, true) })
}
