/// A written piece credited to a name the catalog does not know: TechCrunch 的报道说，….
extension ClaimFinder {
    /// The outlet whose piece (报道, 文章, 社论 …) is the whole subject, when the piece's owner
    /// is one capitalised Latin word that names nothing the catalog knows (TechCrunch, Axios):
    /// only an outlet writes a report of its own under a one-word name, where a person is
    /// named with at least two (Joanna Stern 的报道 stays hers).
    func pieceOwner(_ np: Range<Int>, _ inNP: [Mention]) -> Actor? {
        // (a name found before as someone's, Travis Allen … Allen 的文章称, stays that person)
        guard inNP.allSatisfy({ $0.actor.kind == .person && $0.actor.properties["aliases"] == nil && text.text($0.range) == $0.actor.name }),
              let first = np.first, ActorFinder.isUpperASCII(text.original[first]) else { return nil }
        var k = first
        while k < np.upperBound, ActorFinder.isASCIIWordCharacter(text.original[k]) { k += 1 }
        let word = first..<k
        while k < np.upperBound, text.original[k].isSpace { k += 1 }
        guard word.count >= 2, k < np.upperBound, text.folded[k] == "的",
              let piece = Lexicon.outletPieces.match(text.folded, endingAt: trimmedTail(np)),
              trimmedTail(np) - piece.length == k + 1 else { return nil }
        return Actor(key: Actor.localKey(text.foldedText(word).lowercased()), name: text.text(word), kind: .outlet)
    }
}
