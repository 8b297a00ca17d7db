import ClaimGraphCore

/// Names a source credit holds (据李丽娜介绍，…, 但据孙宏宇透露，…, 按照余汝信的说法，…): between the
/// word opening the credit and the cue or account closing it stands whoever the article credits,
/// so a Chinese name of three characters there is a person though the article writes it only once.
extension ActorFinder {
    func chineseNamesInCredits(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let openers = Self.creditOpeners  // (a local: a static is checked at every access)
        for k in t.positions(in: 0..<max(0, t.count - 5), where: { $0 == "据" || $0 == "按" || $0 == "依" || $0 == "根" }) {
            guard let opener = openers.match(t, at: k), opensClause(atCredit: k) else { continue }
            let name = (k + opener.length)..<(k + opener.length + 3)
            guard name.upperBound < t.count, cueAt(name.upperBound) || closesAccount(at: name.upperBound), isChineseName(name, c.covered),
                  !Self.locatives.contains(t[name.upperBound - 1]), !found.contains(Array(t[name])) else { continue }
            found.insert(text.foldedText(name), Actor(written: name, in: text, kind: .person))
        }
    }

    /// Characters placing words in a text or a place (按照文案上的说法: no name ends with them here).
    private static let locatives = ScalarSet("上中里下内外")

    /// Words opening a credit (据, 根据, 按照, 依照, 依据).
    private static let creditOpeners = PhraseMatcher<Bool>(["据", "根据", "按照", "依照", "依据"].map { ($0, true) })

    /// Whether the credit at `k` opens its clause, alone or after a connective (但据, 而据, 另据).
    private func opensClause(atCredit k: Int) -> Bool {
        endsClause(at: k - 1) || k >= 1 && Self.creditConnectives.contains(text.folded[k - 1]) && endsClause(at: k - 2)
    }

    private static let creditConnectives = ScalarSet("但而另")

    /// Whether an account closes the credit at `k` and its clause right after (介绍，, 的说法，).
    private func closesAccount(at k: Int) -> Bool {
        guard let closing = Lexicon.accordingClosings.match(text.folded, at: k) else { return false }
        let after = k + closing.length
        return after < text.original.count && Lexicon.clausePunctuation.contains(text.original[after])
    }
}
