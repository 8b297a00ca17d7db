/// A Chinese surname alone standing for a person the article named in full (蒋亚奇 … 「…」，蒋说;
/// 杨卓舒 … 杨曾对记者说), as news copy does after the first mention.
extension ActorFinder {
    /// `mentions` with the single surnames that stand for someone added, in text order. A
    /// surname counts where it opens a clause (or follows 据) and a cue follows it, and only
    /// when exactly one person named before it bears that surname: with two Wangs, 王说 is
    /// anyone's guess.
    func withSurnameReferences(_ mentions: [Mention]) -> [Mention] {
        let t = text.folded
        guard mentions.contains(where: { chineseSurname(of: $0) != nil }) else { return mentions }
        var covered = [Bool](repeating: false, count: t.count)
        for m in mentions { for k in m.range { covered[k] = true } }
        var bearers: [Unicode.Scalar: [String: Actor]] = [:]
        var added: [Mention] = []
        var next = 0
        for p in 0..<t.count {
            while next < mentions.count, mentions[next].range.lowerBound < p {
                if let s = chineseSurname(of: mentions[next]) { bearers[s, default: [:]][mentions[next].actor.key] = mentions[next].actor }
                next += 1
            }
            // bit tests first: the dictionary is asked only at a surname opening a clause
            guard !covered[p], Lexicon.surnames.contains(t[p]), opensClause(p), let people = bearers[t[p]], people.count == 1,
                  cueAfterName(p + 1) else { continue }
            added.append(Mention(range: p..<(p + 1), actor: people.values.first!))
        }
        return (mentions + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The surname of a person mentioned by a Chinese name of two or three characters.
    private func chineseSurname(of m: Mention) -> Unicode.Scalar? {
        let t = text.folded
        guard m.actor.kind == .person, (2...3).contains(m.range.count), Lexicon.surnames.contains(t[m.range.lowerBound]),
              m.range.allSatisfy({ Lexicon.isHan(t[$0]) }) else { return nil }
        return t[m.range.lowerBound]
    }

    /// Whether a clause starts at `p`: after punctuation, a closing quotation mark or a line
    /// break, or after 据 that does (据杨自己讲).
    private func opensClause(_ p: Int) -> Bool {
        endsClause(at: p - 1) || p >= 1 && text.folded[p - 1] == "据" && endsClause(at: p - 2)
    }

    /// Whether a clause ends at `k` (the text's start, punctuation, a closing quotation mark or
    /// white space), so that a name after it opens the next.
    func endsClause(at k: Int) -> Bool {
        let t = text.folded
        return k < 0 || Lexicon.clausePunctuation.contains(t[k]) || Lexicon.terminators.contains(t[k])
            || Lexicon.closeQuotes.contains(t[k]) || ScalarSet.whitespace.contains(t[k])
    }
}
