import ClaimGraphCore

/// Women the text marks as such, so that 她 goes to one of them before anyone of unknown gender.
extension ClaimFinder {
    /// People the text marks as women: 张女士, 李夫人, a title starting with 女 (女发言人华春莹), her
    /// name given after 她 (她的名字叫Nellie Bly), a
    /// transliterated name found in the text ending as women's names do (马里耶夫斯卡娅, 伊万诺娃, 安娜),
    /// or opening with a woman's given name before its dot (卡门·莱因哈特).
    func markedWomen() -> Set<String> {
        Set(mentions.filter(marksWoman).map(\.actor.key))
    }

    /// Whether the text marks the person of mention `m` as a woman where it names her.
    func marksWoman(_ m: Mention) -> Bool {
        let t = text.folded
        guard m.actor.kind == .person else { return false }
        if Lexicon.femaleAfterName.match(t, at: m.range.upperBound) != nil { return true }
        if m.actor.gender == nil, m.range.count >= 2, Self.womenNameEnds.contains(t[m.range.upperBound - 1]),
           Lexicon.transliteration.contains(t[m.range.upperBound - 2]) { return true }
        if m.actor.gender == nil, let given = Lexicon.femaleGivenNames.match(t, at: m.range.lowerBound),
           m.range.lowerBound + given.length < m.range.upperBound, Lexicon.nameDots.contains(t[m.range.lowerBound + given.length]) { return true }
        if Self.herNameWords.match(t, endingAt: text.beforeSpaces(m.range.lowerBound, after: 0)) != nil { return true }
        var j = m.range.lowerBound - 1
        while j >= 0, m.range.lowerBound - j <= 8, Lexicon.isHan(t[j]) {
            if t[j] == "女", let title = Lexicon.titles.match(t, at: j + 1), j + 1 + title.length == m.range.lowerBound { return true }
            j -= 1
        }
        return false
    }

    /// Whether 她 may point to `a`: a woman, or a person of unknown gender with no man's given name
    /// who is not a man's relation (她的哥哥奥斯汀…。她还说: not 哥哥).
    func mayBeWoman(_ a: Actor) -> Bool {
        isWoman(a) || a.gender == nil && !hasMaleGivenName(a) && !Lexicon.menRelationWords.contains(ChineseFolding.shared.toSimplified(a.name))
    }

    /// The one person the mentions of `r` name, the first of them, when they name no one else.
    func onlyPersonNamed(in r: Range<Int>) -> Mention? {
        let people = Extractor.mentions(mentions, in: r).filter { $0.actor.kind == .person }
        guard let first = people.first, people.allSatisfy({ $0.actor.key == first.actor.key }) else { return nil }
        return first
    }

    /// Words giving her name right before it (她的名字叫Nellie Bly, 她名叫…, 她的原名是…).
    private static let herNameWords = PhraseMatcher<Bool>(["她的名字叫", "她的名字是", "她名叫", "她叫", "她的原名是", "她的本名是", "她的真名是", "她的笔名是"].map { ($0, true) })

    /// Last characters of transliterated women's names (-ova, -skaya, -na).
    static let womenNameEnds = ScalarSet("娃娅娜")

    /// 温文尔雅的戈德史密斯创办了…，严肃的马里耶夫斯卡娅是一名…医生，她说: a woman the catalog or the
    /// text where it names her marks as one (not one a 她 was taken for, a guess), named in the
    /// sentence after its subject, who is not known as a woman, and before the pronoun, outside
    /// quotations: 她 is her rather than the subject.
    func womanNamed(after subject: Actor, in sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        guard !isWoman(subject) else { return nil }
        let named = Extractor.mentions(mentions, in: sentence.range.lowerBound..<limit)
        guard let first = named.firstIndex(where: { $0.actor.key == subject.key }) else { return nil }
        return named[(first + 1)...].prefix { $0.range.upperBound <= limit }
            .last { ($0.actor.gender == "female" || marksWoman($0)) && text.quoteAt[$0.range.lowerBound] < 0 }?.actor
    }
}
