/// Reasons given inside reported words (平克声称，才智的增长具有道德影响，因为有能力进行抽象思维的人
/// 能够发问：「…」): a clause opening with 因为 or 由于 says why the words hold, so a cue in it is
/// part of them, not the next statement. The words run on past it; the cue's own words are
/// still a claim of their own.
extension ClaimFinder {
    /// Whether `next` is a cue in a clause of `hit`'s words that gives their reason.
    func givesReason(_ next: Hit, within hit: Hit) -> Bool {
        guard hit.afterQuote == nil, !hit.isSource, next.clauseStart > hit.cue.upperBound,
              !text.original[hit.cue.upperBound..<next.clauseStart].contains(where: { $0 == "；" || $0 == ";" }) else { return false }
        return Self.reasonWords.match(text.folded, at: text.pastSpaces(next.clauseStart, before: next.cue.lowerBound)) != nil
    }

    private static let reasonWords = PhraseMatcher<Bool>(["因为", "由于"].map { ($0, true) })
}
