import ClaimGraphCore

/// 威廉·詹姆斯的看法是，… / Uber 对此的解释是，… / 推特给出的解释是，…: a view or account
/// given by its owner is the owner's statement. The owner must be named (or a pronoun) right
/// before it: 美国最著名的说法是 (America's best-known saying) and 中国比较形象的说法是 describe a
/// saying, and nobody in them says anything.
extension ClaimFinder {
    /// Cues naming a saying by its owner (see `Lexicon.speechCues`).
    static let ownedSayings = PhraseMatcher<Bool>(Lexicon.ownedSayings.map { ($0, true) })
    /// Words between an owner and its saying (推特给出的解释是, Uber 对此的解释是).
    static let givingWords = PhraseMatcher<Bool>(["给出", "提出", "作出", "做出", "得出", "对此"].map { ($0, true) })

    /// Who a saying cue belongs to (see `sayingOwner`).
    enum SayingOwner: Equatable {
        /// The cue is no saying (说, 表示 …).
        case notASaying
        /// The owner's words, without the giving words (推特 in 推特给出的解释是).
        case owned(Range<Int>)
        /// No one named owns it (美国最著名的说法是).
        case nobody
    }

    func sayingOwner(_ hit: Hit) -> SayingOwner {
        let t = text.folded
        guard Self.ownedSayings.match(t, at: hit.cue.lowerBound)?.length == hit.cue.count else { return .notASaying }
        var end = trimmedTail(hit.region)  // (past a gloss: 威廉·詹姆斯 (William James) 的看法是)
        while end > hit.region.lowerBound, Self.givingWords.match(t, endingAt: end) != nil {
            end = trimmedTail(hit.region.lowerBound..<(end - 2))
        }
        let owned = end > hit.region.lowerBound && (mentionAt[end - 1] >= 0 || Lexicon.pronouns.match(t, endingAt: end) != nil)
        return owned ? .owned(hit.region.lowerBound..<end) : .nobody
    }

    /// Whether the cue at `i` is in the clause of the cue before it, with no clause punctuation
    /// between (…称他试图渗透…的说法是“谎言”).
    func continuesClause(of last: Hit?, at i: Int) -> Bool {
        guard let last, last.cue.upperBound <= i else { return false }
        return !text.original[last.cue.upperBound..<i].contains { Lexicon.endsClause($0) }
    }
}
