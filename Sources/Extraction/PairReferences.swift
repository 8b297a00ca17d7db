/// People named together at the head of a sentence (埃文斯和法雷门萨发现…。他们指出, 弗里德曼、
/// 哈耶克等人主张…，他们认为): whom a plural pronoun right after points back to.
///
/// A claim has one speaker, so the first person of the pair or list stands for them: the
/// one the article puts first leads the paper or the group, and a reader looking for either
/// finds the claim through the first. Only a pair heading its clause counts: 他们 after
/// "特朗普会见了习近平和普京" is not the two guests.
extension ClaimFinder {
    /// Words that name a pair already introduced: 两人, 二人, 他俩, 这两位学者, 两位作者, 他们两人.
    static let pairWords: PhraseMatcher<Bool> = {
        let nouns = ["人", "作者", "学者", "研究者", "研究人员", "专家", "教授", "经济学家", "科学家", "议员", "官员", "律师", "创始人",
                     "领导人", "总统", "部长", "外长", "医生", "工程师"]
        var words: [String] = []
        for prefix in ["", "这", "该", "上述", "他们", "她们"] {
            for count in ["两", "二"] {
                for measure in ["", "位", "名"] {
                    words += nouns.map { prefix + count + measure + $0 }
                    if !measure.isEmpty, !prefix.isEmpty { words.append(prefix + count + measure) }
                }
            }
        }
        words += ["他俩", "她俩", "他们俩", "她们俩", "二位"]
        return PhraseMatcher(words.map { ($0, true) })
    }()

    /// 两位作者表示 / 二人认为 / 他俩都说: the first of the pair heading the clause or sentence just
    /// before; nil when the subject is no such word or no pair was named.
    func pairReference(_ r: Range<Int>) -> Actor? {
        let lo = skipLeading(r.lowerBound, r.upperBound)
        guard let word = Self.pairWords.match(text.folded, at: lo), onlyAdverbs((lo + word.length)..<r.upperBound),
              let i = text.sentenceIndex(containing: lo) else { return nil }
        return pairHeading(text.sentences[i], before: lo) ?? lastPairNamed(before: lo, sentence: i)
    }

    /// Sentences a pair word looks back over for the pair it names (赛斯和祖克曼给出了一种解释。
    /// …两位作者说: the book's two authors, named three sentences before).
    static let pairWordReach = 12

    /// The first person of the last two joined names in the `pairWordReach` sentences before
    /// `limit`, wherever in their sentence (巴尔和特朗普的政治利益已经聚合。两人都认为).
    private func lastPairNamed(before limit: Int, sentence i: Int) -> Actor? {
        let from = text.sentences[max(0, i - Self.pairWordReach)].range.lowerBound
        let people = namesOnce(mentionsIn(from..<limit).filter { $0.actor.kind == .person })
        for k in stride(from: people.count - 1, through: 1, by: -1)
        where joinsNames(people[k - 1].range.upperBound, people[k].range.lowerBound) {
            return people[k - 1].actor
        }
        return nil
    }

    /// `people` with a name written again right after itself (埃文斯 (Michael Ewens)) as one
    /// mention spanning both.
    private func namesOnce(_ people: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for m in people {
            if let last = out.last, last.actor.key == m.actor.key {
                out[out.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, m.range.upperBound)
            } else {
                out.append(m)
            }
        }
        return out
    }

    /// Words for a family after one name (Rajapaksa 兄弟, 奥巴马夫妇, 李家父子).
    static let familyWords = PhraseMatcher<Bool>(["兄弟", "兄弟俩", "兄妹", "姐妹", "姐弟", "夫妇", "夫妻", "父子", "母子", "父女", "母女",
                                                  "一家", "一家人", "家族", "两兄弟"].map { ($0, true) })

    /// Words that join two people's names in one subject.
    static let pairJoiners = PhraseMatcher<Bool>(["和", "与", "及", "以及", "、", "跟", "同"].map { ($0, true) })

    /// The first of the people heading `sentence` before `limit`, with no one else named
    /// between them and the pronoun (李致新和王勇峰与美国登山队一起…，但被美国队员拒绝了，他们说 is
    /// the Americans); or, when 他们 opens it, heading the sentence before in the same paragraph,
    /// past sentences opening with 他们 or 两人 too (他们发现…。他们认为…), or the pair a pair word
    /// opening one of them names (…和…的研究结果。这两位学者发现…。他们认为); nil when no pair heads it.
    func pairHeading(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        if let pair = pairOpening(sentence.range.lowerBound, limit) {
            let between = pair.end..<limit
            let others = mentionsIn(between).contains { m in !pair.members.contains(m.actor.key) }
            return others || between.contains(where: { text.folded[$0] == "被" }) ? nil : pair.first
        }
        guard opensWithThey(sentence.range.lowerBound, limit), var i = text.sentenceIndex(containing: sentence.range.lowerBound) else { return nil }
        // (a paragraph 他们 opens goes on from the last sentence of the one before: …和蓬佩奥认为…。⏎他们指责…)
        let opensParagraph = sentence.range.lowerBound == text.paragraphs[sentence.paragraph].lowerBound
        for step in 0..<3 where i > 0 {
            i -= 1
            let s = text.sentences[i]
            guard s.paragraph == sentence.paragraph || step == 0 && opensParagraph && s.paragraph == sentence.paragraph - 1 else { return nil }
            if opensWithThey(s.range.lowerBound, s.range.upperBound) {
                // (…和…的研究结果。这两位学者发现…。他们认为: the pair the pair word named)
                let lo = skipLeading(s.range.lowerBound, s.range.upperBound)
                if Self.pairWords.match(text.folded, at: lo) != nil, let first = lastPairNamed(before: lo, sentence: i) { return first }
                continue
            }
            return pairOpening(s.range.lowerBound, s.range.upperBound)?.first
        }
        return nil
    }

    private func opensWithThey(_ start: Int, _ limit: Int) -> Bool {
        let lo = skipLeading(start, limit)
        return lo == limit || Lexicon.pronouns.match(text.folded, at: lo)?.value == .they || Self.pairWords.match(text.folded, at: lo) != nil
    }

    /// The first person of two or more joined at the head of the first clause from `start`
    /// that opens with a person (past short clauses of time and place): each past what
    /// qualifies them (美国加州理工学院的埃文斯和美国伊利诺伊大学芝加哥校区的法雷门萨, 英国学者杰夫·埃利和
    /// 戴维·布莱克伯恩), and none of them owning what follows (埃文斯和法雷门萨的研究 is a study).
    private func pairOpening(_ start: Int, _ limit: Int) -> (first: Actor, members: Set<String>, end: Int)? {
        let opensWithPerson = { (lo: Int) -> Bool in
            guard let first = self.mentionsIn(lo..<self.breakAfter(lo, before: limit)).first(where: { $0.actor.kind == .person })
            else { return false }
            return self.qualifies(lo, first.range.lowerBound)
        }
        guard var clause = openingClause(from: start, before: limit, clauses: 3, opens: opensWithPerson) else { return nil }
        // (A、B 和 C认为: the enumeration's 、 joins names, it ends no clause)
        while clause.upperBound < limit, text.original[clause.upperBound] == "、" { clause = clause.lowerBound..<breakAfter(clause.upperBound + 1, before: limit) }
        let people = namesOnce(mentionsIn(clause).filter { $0.actor.kind == .person })
        // (Rajapaksa 兄弟否认…: one name with a word for its family heads the clause as a pair does)
        if let first = people.first, case let k = skipBracketsAndSpaces(first.range.upperBound, clause.upperBound),
           let family = Self.familyWords.match(text.folded, at: k), k + family.length < clause.upperBound, text.folded[k + family.length] != "的" {
            return (first.actor, [first.actor.key], k + family.length)
        }
        guard people.count >= 2 else { return nil }
        var joined = 1
        while joined < people.count, joinsNames(people[joined - 1].range.upperBound, people[joined].range.lowerBound) {
            joined += 1
        }
        guard joined >= 2 else { return nil }
        let end = people[joined - 1].range.upperBound
        guard end < clause.upperBound, text.folded[end] != "的" else { return nil }
        return (people[0].actor, Set(people[..<joined].map(\.actor.key)), end)
    }

    /// Whether `from..<to` holds one joiner, with spaces and bracketed words around it, and
    /// maybe what qualifies the next name.
    private func joinsNames(_ from: Int, _ to: Int) -> Bool {
        var k = skipBracketsAndSpaces(from, to)
        guard k < to, let j = Self.pairJoiners.match(text.folded, at: k) else { return false }
        k = skipBracketsAndSpaces(k + j.length, to)
        return qualifies(k, to)
    }

    /// Longest phrase qualifying a name in a pair (美国伊利诺伊大学 (University of Illinois) 芝加哥校区的),
    /// not counting what it says in brackets.
    static let qualifierLength = 40

    /// Whether `from..<to` is nothing, or only qualifies the name at `to`: a phrase ending in 的
    /// (…大学的), or a few Han characters of title (英国学者), with no cue and no clause break.
    func qualifies(_ from: Int, _ to: Int) -> Bool {
        var end = to
        while end > from, text.original[end - 1].isSpace { end -= 1 }
        guard end > from else { return true }
        let r = from..<end
        guard r.count(where: { !text.bracketed[$0] }) <= Self.qualifierLength, firstCue(in: r) == end,
              !r.contains(where: { Lexicon.endsClause(text.original[$0]) })
        else { return false }
        // (为列宁和斯大林辩护的人们: a preposition makes the pair its object; not 在…看来, their view)
        guard !Self.pairPrepositions.contains(text.folded[from]) else { return false }
        return text.folded[end - 1] == "的" || r.count <= 8 && r.allSatisfy { Lexicon.isHan(text.folded[$0]) && text.folded[$0] != "的" }
    }

    /// Prepositions that make the names after them an object, not a subject (为, 对, 向…).
    static let pairPrepositions = ScalarSet("为对向与和跟把被给从让令替据")

    /// Past spaces and bracketed words (an English name in parentheses) from `from`.
    func skipBracketsAndSpaces(_ from: Int, _ to: Int) -> Int {
        var k = from
        while k < to {
            if text.original[k].isSpace { k += 1; continue }
            guard text.bracketed[k] || "()（）".unicodeScalars.contains(text.original[k]) else { break }
            while k < to, text.bracketed[k] || "()（）".unicodeScalars.contains(text.original[k]) { k += 1 }
        }
        return k
    }
}
