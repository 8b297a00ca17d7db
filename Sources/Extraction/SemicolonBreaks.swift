import ClaimGraphCore

/// 孙欢说既然已经学会，停课没问题；老公则坚持认为停课就是…: after a semicolon, a clause with a
/// cue of its own and words before it that name no speaker the rules know (老公则) is someone
/// else speaking; the words before stop at the semicolon, though nobody can be credited with
/// the clause after it.
extension ClaimFinder {
    /// Where the words after `hit`'s cue stop before `cut`: the clause start of the first hit
    /// after a semicolon whose subject is unknown; nil when there is none.
    func unknownSpeakerAfterSemicolon(_ hits: [Hit], after hit: Hit, before cut: Int) -> Int? {
        hits.first { next in
            guard next.subject == nil, next.clauseStart > hit.cue.upperBound, next.clauseStart < cut, text.quoteAt[next.clauseStart] < 0
            else { return false }
            let k = text.beforeSpaces(next.clauseStart, after: hit.cue.upperBound)
            return k > hit.cue.upperBound && Lexicon.isSemicolon(text.original[k - 1]) && hanCount(next.region) >= 2 && !goesOn(next.clauseStart..<next.cue.lowerBound)
        }?.clauseStart
    }

    /// Whether a clause opening at `r` goes on with the same subject (还发来短信说, 并强调) or the
    /// next item of a list (二是认为): no one else speaking.
    private func goesOn(_ r: Range<Int>) -> Bool {
        let t = text.folded
        let k = text.pastSpaces(r.lowerBound, before: r.upperBound)
        guard k < r.upperBound else { return false }
        // (还有一位指出: someone else, there is also)
        if Self.goingOn.contains(t[k]) { return !(t[k] == "还" && k + 1 < r.upperBound && t[k + 1] == "有") }
        return k + 1 < r.upperBound && t[k + 1] == "是" && Lexicon.numerals.contains(t[k])
    }

    /// First characters of a clause going on with its subject left out.
    private static let goingOn = ScalarSet("还并也又再且更则")
}
