/// A Chinese surname alone standing for a person the article named in full (蒋亚奇 … 「…」，蒋说;
/// 杨卓舒 … 杨曾对记者说), as news copy does after the first mention.
extension ActorFinder {
    /// `mentions` with the single surnames that stand for someone added, in text order, and a
    /// surname with a form of address found as a person of its own (王先生) made that person. A
    /// surname counts where it opens a clause (or follows 据) and a cue follows it, alone or with
    /// its form of address; with a form of address, or a title after punctuation, whatever
    /// follows; and only when exactly one person named before it bears that surname: with two
    /// Wangs, 王说 is anyone's guess. A surname and a form of address that no one named bears
    /// are a person of their own (`addressedAlone`). One walk reads both.
    func withSurnameReferences(_ mentions: [Mention]) -> [Mention] {
        let t = text.folded
        let covered = positionsCovered(by: mentions)
        let borne = Set(mentions.filter { $0.actor.kind == .person }.flatMap { t[$0.range] })
        var bearers: [Unicode.Scalar: [String: Actor]] = [:]
        var out: [Mention] = []
        var next = 0, referenced = 0
        // Only surnames are read: their positions are found in one tight pass, and the
        // mentions before each (then the rest, at the end) are taken as the walk reaches it.
        for p in t.positions(in: 0..<t.count, where: Lexicon.surnames.contains) + [t.count] {
            while next < mentions.count, mentions[next].range.lowerBound < p {
                let m = addressed(mentions[next], bearers: bearers)
                if let s = chineseSurname(of: m) { bearers[s, default: [:]][m.actor.key] = m.actor }
                out.append(m)
                next += 1
            }
            guard p < t.count, p >= referenced, !covered[p] else { continue }
            if let people = bearers[t[p]], people.count == 1, let end = referenceEnd(at: p, covered) {
                out.append(Mention(range: p..<end, actor: people.values.first!))
                referenced = end
            } else if let own = addressedAlone(at: p, covered, borne) {
                out.append(own)
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where the surname at `p` and its form of address or title end when they stand for the one
    /// person named with that surname: opening a clause (王小明 … 王先生表示 / 杨全德 … 杨老师说). With a
    /// form of address it names a person wherever it opens a clause, 陈军 … 陈先生没钱带孩子进城, and
    /// with a title after punctuation, 张春贤 … ，张书记戴着…; but after 据 a title may be part of a
    /// word, 据史书记载; alone the surname needs a cue after it or to open a sentence going on.
    private func referenceEnd(at p: Int, _ covered: [Bool]) -> Int? {
        let t = text.folded
        guard opensClause(p) else { return nil }
        let end = p + 1 + (addressLength(at: p + 1) ?? 0)
        let addressed = end > p + 1 && (endsClause(at: p - 1) || Lexicon.addressAfterName.match(t, at: p + 1) != nil)
        guard end <= t.count, !(p..<end).contains(where: { covered[$0] }),
              addressed || cueAfterName(end) || opensSentence(p) && goesOnAsSubject(end) else { return nil }
        return end
    }

    /// A surname and a form of address alone (陈女士, 周先生) opening its phrase at `p`, a person of
    /// its own wherever it is written, when no person the article names holds that surname
    /// (`borne`): someone the article names no further (不愿透露自己全名的陈女士和儿子住在…), whom a
    /// 她 later points back to though no cue follows the name. With a 陈茂波 or a 詹妮弗·熊 named,
    /// 陈女士 or 熊女士 may be them or not, and is left to the rules above. Not a given name's last
    /// character before the address (李文女士), nor 他和夫人.
    private func addressedAlone(at p: Int, _ covered: [Bool], _ borne: Set<Unicode.Scalar>) -> Mention? {
        let t = text.folded
        // (cheapest first: the phrase lookup, then the set of borne surnames)
        guard p + 1 < t.count, let address = Lexicon.addressAfterName.match(t, at: p + 1), !borne.contains(t[p]), !covered[p + 1],
              p == 0 || !Lexicon.isHan(t[p - 1]) || Lexicon.roleSeparators.contains(t[p - 1]) || Lexicon.conjunctions.contains(t[p - 1])
        else { return nil }
        let r = p..<(p + 1 + address.length)
        return Mention(range: r, actor: Actor(written: r, in: text, kind: .person))
    }

    /// A person found as a surname and a form of address (“…”王先生说) stands for the one person
    /// named in full before with that surname, when there is one.
    private func addressed(_ m: Mention, bearers: [Unicode.Scalar: [String: Actor]]) -> Mention {
        let t = text.folded
        guard m.actor.kind == .person, m.actor.properties["aliases"] == nil, (3...4).contains(m.range.count), Lexicon.surnames.contains(t[m.range.lowerBound]),
              addressLength(at: m.range.lowerBound + 1) == m.range.count - 1,
              let people = bearers[t[m.range.lowerBound]], people.count == 1, let person = people.values.first else { return m }
        return Mention(range: m.range, actor: person)
    }

    /// The length of a form of address or a title at `k` (先生, 女士, 老师, 教授).
    private func addressLength(at k: Int) -> Int? {
        (Lexicon.addressAfterName.match(text.folded, at: k) ?? Lexicon.titlesAfterName.match(text.folded, at: k))?.length
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

    /// Whether a sentence or paragraph opens at `p` (郭对此有一些想法。⏎他认为…: the person the
    /// pronoun after it points back to).
    private func opensSentence(_ p: Int) -> Bool {
        let k = p - 1
        return k < 0 || Lexicon.terminators.contains(text.folded[k]) || text.folded[k] == "\n"
    }

    /// Whether a subject's predicate opens at `k` with 对此, 也, 还, 则 and the like (郭对此…, 王也…).
    private func goesOnAsSubject(_ k: Int) -> Bool {
        k < text.folded.count && Self.afterSubjects.match(text.folded, at: k) != nil
    }

    private static let afterSubjects = PhraseMatcher<Bool>(["对此", "也", "还", "则", "又", "却", "随后", "后来", "当时"].map { ($0, true) })

    /// Whether a clause ends at `k` (the text's start, punctuation, a closing quotation mark or
    /// white space), so that a name after it opens the next.
    func endsClause(at k: Int) -> Bool {
        let t = text.folded
        return k < 0 || Lexicon.endsClause(t[k])
            || Lexicon.closeQuotes.contains(t[k]) || ScalarSet.whitespace.contains(t[k])
    }
}
