/// Transliterated names written two ways in one article (布鲁姆 (Arlene Blum) … 布卢姆支持…,
/// 赫拉利 … 赫拉里): translators pick among characters that sound alike, and an article
/// stitched from two translations keeps both. A run of transliteration characters that reads
/// as a person's name once such characters are folded together is that person, so 她 and the
/// claims after it find her.
extension ActorFinder {
    /// `mentions` with the uncovered runs of transliteration characters that fold to a
    /// transliterated person's name added as mentions of that person.
    func withTransliterationVariants(_ mentions: [Mention]) -> [Mention] {
        let t = text.folded
        var people: [[Unicode.Scalar]: Actor] = [:]
        var spellings: Set<[Unicode.Scalar]> = []
        // (what a run must open with and how long it must be before it is folded and looked up:
        // most runs of these characters are words, 大, 德 and 斯 being common ones)
        var firsts: Set<Unicode.Scalar> = [], lengths: Set<Int> = []
        for m in mentions where m.actor.kind == .person && m.range.count >= Self.shortestVariant && isTransliterated(m.range) {
            let folded = Self.soundFolded(t[m.range])
            people[folded] = m.actor
            spellings.insert(Array(t[m.range]))
            firsts.insert(folded[0])
            lengths.insert(folded.count)
        }
        guard !people.isEmpty else { return mentions }
        let covered = positionsCovered(by: mentions)
        var added: [Mention] = []
        var i = 0
        while i < t.count {
            guard Lexicon.transliteration.contains(t[i]), !covered[i] else { i += 1; continue }
            var e = i
            while e < t.count, !covered[e], Lexicon.transliteration.contains(t[e]) || t[e] == "·" && e > i { e += 1 }
            // (a whole run only: 布卢姆斯伯里 holds no 布卢姆; and another spelling: a name's own left
            // uncovered, 凯恩斯 in 凯恩斯主义, was left so on purpose)
            if lengths.contains(e - i), firsts.contains(Self.soundFolded(t[i])), i == 0 || !Lexicon.transliteration.contains(t[i - 1]),
               !spellings.contains(Array(t[i..<e])), let person = people[Self.soundFolded(t[i..<e])] {
                added.append(Mention(range: i..<e, actor: person))
            }
            i = e
        }
        return added.isEmpty ? mentions : (mentions + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func isTransliterated(_ r: Range<Int>) -> Bool {
        text.folded[r].allSatisfy { Lexicon.transliteration.contains($0) || $0 == "·" }
    }

    /// Fewest characters a variant is read for (two-character names differ by too little).
    static let shortestVariant = 3

    /// `s` with characters that transliterate one sound folded to one of them.
    static func soundFolded<S: Sequence<Unicode.Scalar>>(_ s: S) -> [Unicode.Scalar] {
        s.map(soundFolded)
    }

    /// One character folded: a bit test passes most, and only the sound-alike ones are hashed.
    private static func soundFolded(_ c: Unicode.Scalar) -> Unicode.Scalar {
        soundAlikeCharacters.contains(c) ? soundAlike[c] ?? c : c
    }

    /// Groups of characters transliterating one sound, the first of each standing for the rest.
    private static let soundAlikeGroups = ["卢鲁", "里利莉丽", "斯丝", "尔儿", "克科柯", "维威韦", "娜纳", "莎沙", "蒂迪", "玛马", "尼妮",
                                           "罗洛", "森逊", "伊依", "夫弗", "德得", "茨兹", "娅亚雅", "菲费", "塞赛", "西希锡", "琳林"]
    private static let soundAlikeCharacters = ScalarSet(soundAlikeGroups.joined())
    private static let soundAlike: [Unicode.Scalar: Unicode.Scalar] = {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for g in soundAlikeGroups { let s = Array(g.unicodeScalars); for c in s { map[c] = s[0] } }
        return map
    }()
}
