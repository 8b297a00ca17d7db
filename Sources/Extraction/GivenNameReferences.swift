/// A transliterated given name alone standing for the person whose dotted name it opens
/// (露西·休斯-哈雷特 … 露西称), as features write a person named in full once.
extension ActorFinder {
    /// `mentions` with such given names added, in text order, where one opens a clause and a cue
    /// follows it, or made that person where found as a name of its own; when exactly one person
    /// named before bears it (two Davids leave 大卫说 to nobody) and it is no one else's surname
    /// (兰德·保罗 beside 保罗·马纳福特). A given name of one character (让·) is too often a word
    /// of its own.
    func withGivenNameReferences(_ mentions: [Mention]) -> [Mention] {
        let t = text.folded
        var owner: [[Unicode.Scalar]: Mention] = [:]
        var shared: Set<[Unicode.Scalar]> = []
        for m in mentions where m.actor.kind == .person {
            guard let dot = m.range.first(where: { Lexicon.nameDots.contains(t[$0]) }), dot - m.range.lowerBound >= 2,
                  (m.range.lowerBound..<dot).allSatisfy({ Lexicon.isHan(t[$0]) }) else { continue }
            let given = Array(t[m.range.lowerBound..<dot])
            if let o = owner[given], o.actor.key != m.actor.key { shared.insert(given) } else if owner[given] == nil { owner[given] = m }
        }
        // (保罗·马纳福特 and 兰德·保罗: 保罗 is also someone's surname)
        for m in mentions where m.actor.kind == .person {
            guard let dot = m.range.last(where: { Lexicon.nameDots.contains(t[$0]) }) else { continue }
            let surname = Array(t[(dot + 1)..<m.range.upperBound])
            if let o = owner[surname], o.actor.key != m.actor.key { shared.insert(surname) }
        }
        guard !owner.isEmpty else { return mentions }
        let covered = positionsCovered(by: mentions)
        var added: [Mention] = []
        for (given, named) in owner where !shared.contains(given) && named.range.upperBound + given.count <= t.count {
            var p = named.range.upperBound
            // (from one place the given name's first character is written to the next, found in
            // one tight pass; a name read moves on past it)
            let starts = t.positions(in: p..<(t.count - given.count + 1), where: { $0 == given[0] })
            for start in starts where start >= p {
                let end = start + given.count
                if t[start..<end].elementsEqual(given), !(start..<end).contains(where: { covered[$0] }), endsClause(at: start - 1),
                   end == t.count || !Lexicon.nameDots.contains(t[end]) && !Lexicon.transliteration.contains(t[end]), cueAfterName(end) {
                    added.append(Mention(range: start..<end, actor: named.actor))
                    p = end
                }
            }
        }
        // (a given name found as a name of its own, 露西称 read twice, is the same person)
        let renamed = mentions.map { m -> Mention in
            guard m.actor.kind == .person, m.actor.properties["aliases"] == nil, let named = owner[Array(t[m.range])], !shared.contains(Array(t[m.range])),
                  named.range.upperBound <= m.range.lowerBound else { return m }
            return Mention(range: m.range, actor: named.actor)
        }
        return added.isEmpty ? renamed : (renamed + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
