/// A Latin surname alone standing for the person whose Chinese name the article glossed with
/// the whole Latin name (亚历山大·科尔尼洛夫（Aleksandr Kornilov）… Kornilov 说): one person, not
/// a second node named Kornilov. `addLatinSurname` (ForeignNames.swift) does this while names
/// are discovered, for a gloss whose Han spelling it can match syllable by syllable; this pass,
/// once every mention is known, takes any gloss `withEnglishName` attached (科尔尼洛夫 has five
/// characters for three syllables, and was missed).
extension ActorFinder {
    /// `mentions` with each person named by one Latin word made the person whose Latin name
    /// (the article's gloss, or the catalog's names in Latin letters) ends in it, when exactly one
    /// person's does (two Smiths leave Smith to itself); a catalog person found by the word
    /// itself stays who they are.
    func withGlossedSurnames(_ mentions: [Mention]) -> [Mention] {
        var owner: [String: Actor] = [:]
        var shared: Set<String> = []
        for m in mentions where m.actor.kind == .person {
            for last in Set(latinNames(of: m.actor).compactMap(Self.surname)) {
                if let o = owner[last], o.key != m.actor.key { shared.insert(last) } else { owner[last] = m.actor }
            }
        }
        guard !owner.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.actor.kind == .person, m.actor.properties["aliases"] == nil, !shared.contains(m.actor.name),
                  let person = owner[m.actor.name], person.key != m.actor.key else { return m }
            return Mention(range: m.range, actor: person)
        }
    }

    /// The Latin names a person goes by here: the gloss the article wrote, or the catalog's
    /// names in Latin letters (小马丁路德金博士 … King 博士写道: Martin Luther King).
    private func latinNames(of actor: Actor) -> [String] {
        if case .string(let gloss)? = actor.properties["name_en"] { return [gloss] }
        guard case .list(let aliases)? = actor.properties["aliases"] else { return [] }
        return ([actor.name] + aliases.compactMap { if case .string(let a) = $0 { return a } else { return nil } })
            .filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
    }

    /// The last word of a Latin name of two words or more, past a generational suffix (Jr.).
    /// The words are read back from the end of the name's bytes (its scalars are ASCII, see
    /// `latinNames`, and its words are split at spaces): splitting the whole name into
    /// Strings cost 7,000 instructions for each mention of a person with a Latin name.
    private static func surname(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var end = bytes.count
            var last = word(in: bytes, endingBy: &end)
            if let w = last, generationalSuffixes.contains(where: { $0.elementsEqual(bytes[w]) }) {
                last = word(in: bytes, endingBy: &end)
            }
            guard let last, word(in: bytes, endingBy: &end) != nil else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self)
        }
    }

    private static let generationalSuffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III"].map { Array($0.utf8) }

    /// The last word (bytes between spaces) before `end`, which moves to the word's start.
    private static func word(in bytes: UnsafeBufferPointer<UInt8>, endingBy end: inout Int) -> Range<Int>? {
        let space = UInt8(ascii: " ")
        while end > 0, bytes[end - 1] == space { end -= 1 }
        guard end > 0 else { return nil }
        let wordEnd = end
        while end > 0, bytes[end - 1] != space { end -= 1 }
        return end..<wordEnd
    }
}
