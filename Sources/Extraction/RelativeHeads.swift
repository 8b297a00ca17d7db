/// Who speaks after what describes them: a body after a relative clause (隶属于多伦多大学蒙克政府
/// 学院的公民实验室称), anyone after a stance (对中国持强硬态度的人士认为).
extension ClaimFinder {
    /// The 的 ending a stance that opens a subject with 对 (对中国持强硬态度的…), if any.
    func stanceEnd(_ r: Range<Int>) -> Int? {
        let t = text.folded
        guard t[r.lowerBound] == "对", mentionAt[r.lowerBound] < 0,
              let stance = (r.lowerBound + 1..<r.upperBound).first(where: { Lexicon.stanceWords.match(t, at: $0) != nil }),
              let de = (stance..<r.upperBound).first(where: { t[$0] == "的" && mentionAt[$0] < 0 }), de + 1 < r.upperBound else { return nil }
        return de
    }

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
