/// A body described by a relative clause before it: 隶属于多伦多大学蒙克政府学院的公民实验室称.
extension ClaimFinder {
    /// The organization or outlet that ends the subject right after a 的, whatever the clause
    /// before it says (隶属于…的, 总部位于…的): the body is the head of the phrase, as a person
    /// is in …的教授朱志群. Clauses the noun phrase walk cuts short (于 breaks it) still end
    /// with their head.
    func relativeHead(_ r: Range<Int>) -> Actor? {
        let tail = trimmedTail(r)
        guard let m = mentionsIn(r.lowerBound..<tail).last, m.range.upperBound == tail,
              m.actor.kind == .organization || m.actor.kind == .outlet, !m.actor.isCountry,
              m.actor.properties["aliases"] != nil || text.original[m.range].contains(where: Lexicon.isHan) else { return nil }
        var k = m.range.lowerBound
        while k > r.lowerBound, text.original[k - 1].isSpace { k -= 1 }
        // (not one's own: 她的 ISP 透露 is no statement of hers or of the provider's)
        guard k - 1 > r.lowerBound, text.folded[k - 1] == "的", Lexicon.pronouns.match(text.folded, endingAt: k - 1) == nil else { return nil }
        return m.actor
    }
}
