import ClaimGraphCore

/// Names a source credit holds (据李丽娜介绍，…, 但据孙宏宇透露，…): between 据 opening a clause and
/// the cue or account closing it stands whoever the article credits, so a Chinese name of three
/// characters there is a person though the article writes it only once.
extension ActorFinder {
    func chineseNamesInCredits(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        for k in 0..<max(0, t.count - 5) where t[k] == "据" && opensClause(atCredit: k) {
            let name = (k + 1)..<(k + 4)
            guard cueAt(name.upperBound) || closesAccount(at: name.upperBound), isChineseName(name, c.covered),
                  !found.contains(Array(t[name])) else { continue }
            found.insert(text.foldedText(name), Actor(written: name, in: text, kind: .person))
        }
    }

    /// Whether the 据 at `k` opens its clause, alone or after a connective (但据, 而据, 另据).
    private func opensClause(atCredit k: Int) -> Bool {
        let t = text.folded
        if k == 0 || !Lexicon.isHan(t[k - 1]) { return true }
        return Self.creditConnectives.contains(t[k - 1]) && (k == 1 || !Lexicon.isHan(t[k - 2]))
    }

    private static let creditConnectives = ScalarSet("但而另")

    /// Whether an account closes the credit at `k` and its clause right after (介绍，, 所说，).
    private func closesAccount(at k: Int) -> Bool {
        guard let closing = Lexicon.accordingClosings.match(text.folded, at: k) else { return false }
        let after = k + closing.length
        return after < text.original.count && Lexicon.clausePunctuation.contains(text.original[after])
    }
}
