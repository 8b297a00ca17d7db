/// What follows a name when the name is the one speaking: a cue, at most past adverbs, time
/// words, whom the words were addressed to or where they were given.
extension ActorFinder {
    /// Whether a cue follows `e`, at most past 等人 and three time words, adverbs or dates
    /// (近期, 周日, 也, 于2017年9月).
    func cueFollows(_ e: Int) -> Bool {
        let t = text.folded
        var k = e
        if k + 1 < t.count, t[k] == "等", t[k + 1] == "人" { k += 2 }
        for _ in 0..<3 where k < t.count {
            if let b = Lexicon.breakers.match(t, at: k), Lexicon.cues.match(t, at: k) == nil {
                k += b.length
            } else {
                var d = k
                while d < t.count, ("0"..."9").contains(t[d]) || "年月日号 ".unicodeScalars.contains(t[d]) { d += 1 }
                if d > k, ("0"..."9").contains(t[k]) { k = d }
            }
        }
        return cueAt(k)
    }

    /// Whether the place or occasion of some words opens at `k` and their cue closes it
    /// (CSA 在一份新闻稿中写道, FBI 在接受采访时表示): the name before `k` is who gave them.
    func cueAfterPlaceOfWords(_ k: Int) -> Bool {
        let t = text.folded
        guard k < t.count, t[k] == "在", let c = firstCueInClause(after: k + 2, within: Self.placeOfWordsReach, where: cueAt) else { return false }
        return ClaimFinder.whereSaidStart(before: c, in: t, from: k) == k
    }

    /// Farthest a cue is looked for after the 在 and the first character of a place of words.
    private static let placeOfWordsReach = 19

    /// Where the first position `isCue` holds lies in the clause from `start`, within `limit`
    /// characters: nil when the clause ends first.
    func firstCueInClause(after start: Int, within limit: Int, where isCue: (Int) -> Bool) -> Int? {
        let t = text.folded
        var k = start
        while k < t.count, k - start < limit, !Lexicon.endsClause(t[k]) {
            if isCue(k) { return k }
            k += 1
        }
        return nil
    }

    /// Whether a cue starts at `k` that can follow a name: not one that is also a noun and takes
    /// an object here (高瓴确认了两个原则, 消息的来源: 高瓴 is no name for it).
    func cueAt(_ k: Int) -> Bool {
        Self.cue(at: k, in: text.folded, Lexicon.cues)
    }

    /// `cueAt` with the matcher passed in: `mentions()` asks it at every position, and a
    /// static is checked for initialisation at every access.
    static func cue(at k: Int, in t: [Unicode.Scalar], _ cues: PhraseMatcher<Lexicon.Cue>) -> Bool {
        guard k < t.count, let cue = cues.match(t, at: k) else { return false }
        guard cue.value.isNoun else { return true }
        let after = k + cue.length
        return !(after < t.count && (t[after] == "的" || t[after] == "了" && (after + 1 == t.count || t[after + 1] != "解")))  // not 了解
    }

    /// Words placing a statement in time between its speaker and the cue (Rajapaksa 此前表示).
    static let timeWordsBeforeCue = ["随后", "后来", "之前", "此前", "早前", "先前", "曾经", "日前", "近日", "现在", "目前"]
    /// The same words to match, ending or starting at a place.
    static let timeWords = PhraseMatcher<Bool>(timeWordsBeforeCue.map { ($0, true) })
    /// Adverbs between a name and its cue (杨曾对记者说, 傅则认为, 据杨自己讲).
    private static let adverbs = PhraseMatcher<Bool>((Lexicon.adverbCharacters.map { String($0) } + ["自己", "本人", "当时", "一直"] + Array(Lexicon.mannerWords) + timeWordsBeforeCue).map { ($0, true) })

    /// Whether a cue follows a name ending at `k`, past adverbs and someone addressed (杨曾对记者说,
    /// Cam 则说, Kingsley 对麦高登说): the name is the one speaking. Narrower than `cueFollows`, which
    /// passes any breaker but no addressee.
    func cueAfterName(_ k: Int) -> Bool {
        let t = text.folded
        var k = k
        while k < t.count, let a = Self.adverbs.match(t, at: k) { k += a.length }
        return cueAt(pastPhrase(opening: "在", at: pastPhrase(opening: "对", at: k)))
    }

    /// Whether a phrase of where the words were given in a piece opens at `k` (在一份声明中, 在其
    /// 博客上, 在接受采访时): whoever opens the clause before it gave them.
    func givesWordsInPiece(at k: Int) -> Bool {
        let e = pastPhrase(opening: "在", at: k)
        guard e > k + 2 else { return false }
        return ClaimFinder.placesOfWords.match(text.folded, endingAt: e - 1) ?? ClaimFinder.ownSites.match(text.folded, endingAt: e - 1) != nil
    }

    /// Whether a survey or study of something follows a name ending at `k`, and then a cue (贝恩对
    /// 主管们的一项调查发现): the name is its author, as it is before 的调查发现.
    func surveyAfterName(_ k: Int) -> Bool {
        text.surveyEnd(after: k).map(cueAt) ?? false
    }

    /// Past a short phrase opening at `k` with whom the words were addressed to (对麦高登, up to
    /// the cue) or where they were given (Ghostery 在其声明中表示, 在推特上写道: up to its 中 / 上 /
    /// 时 / 里; `k` itself when it does not close).
    private func pastPhrase(opening: Unicode.Scalar, at k: Int) -> Int {
        let t = text.folded
        guard k < t.count, t[k] == opening else { return k }
        let addressed = opening == "对"
        var j = k + 1
        while j < t.count, j - k <= (addressed ? 6 : 10), Lexicon.isHan(t[j]), Lexicon.cues.match(t, at: j) == nil {
            if !addressed, "中上时里".unicodeScalars.contains(t[j]) { return j + 1 }
            j += 1
        }
        return addressed ? j : k
    }

    /// Where the name speaking with the cue at `c` ends when an adverb or a time word stands
    /// between them (王建国还说, 倪匡曾经说过), and whether it was a time word; nil when none was.
    func nameEnd(beforeCue c: Int) -> (end: Int, afterTimeWord: Bool)? {
        guard let a = Self.adverbs.match(text.folded, endingAt: c, maxLength: 2), c - a.length > 0 else { return nil }
        return (c - a.length, Self.timeWords.match(text.folded, endingAt: c, maxLength: 2)?.length == a.length)
    }
}
