/// Social-media handles credited with words (@荷喜 說…, @panda_extraL 说…): whoever posts under a
/// handle is someone, named by the handle without its @. No other rule reads a name there: a
/// handle is any run of characters, often no name at all. Only a space shows where it ends
/// (@月光博客在推特上透露 runs on into the place, 網友@光碟藍評論道 into the cue's manner).
extension ActorFinder {
    /// Longest handle read back from a cue.
    static let longestHandle = 20

    private static let atSigns = ScalarSet("@＠")

    func handlesBeforeCues(_ found: inout PhraseMatcher<Actor>, cueStarts: [Int]) {
        let o = text.original
        for cue in cueStarts {
            var end = cue
            while end > 0, o[end - 1].isSpace { end -= 1 }
            guard end < cue else { continue }
            var k = end
            while k > 0, end - k < Self.longestHandle, !Self.atSigns.contains(o[k - 1]), !o[k - 1].isSpace,
                  !Lexicon.endsClause(o[k - 1]) { k -= 1 }
            // (not an e-mail address: a@b.com 说)
            guard k > 0, k < end, Self.atSigns.contains(o[k - 1]), !o[k..<end].contains(".") else { continue }
            let name = text.foldedText(k..<end)
            if !found.contains(Array(name.unicodeScalars)) { found.insert(name, Actor(written: k..<end, in: text, kind: .person)) }
        }
    }
}
