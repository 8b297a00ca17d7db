import ClaimGraphCore

/// People the article introduces by the name they go by (一位名叫郑文鑫的律师, 名叫安迪的学生): the
/// naming verb says the words before 的 are a name, even one no other pass reads as a name (no
/// title before it, no cue right after it).
extension ActorFinder {
    /// Every Han name between a naming verb (`Lexicon.namingVerbs`) and a 的 that a word for a
    /// person follows; not a place or a body so named (叫做沙雅的小地方, 名叫瑞福的养老机构).
    func namesAfterNamingVerbs(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        for v in t.positions(in: 0..<t.count, where: { $0 == "名" || $0 == "叫" }) {
            guard let verb = Lexicon.namingVerbs.match(t, at: v) else { continue }
            let lo = v + verb.length
            var de = lo
            while de < t.count, de - lo <= Self.longestNamedAs, Lexicon.isHan(t[de]), t[de] != "的", !c.covered[de] { de += 1 }
            guard de < t.count, t[de] == "的", (2...Self.longestNamedAs).contains(de - lo), namesPerson(after: de) else { continue }
            let name = text.foldedText(lo..<de)
            if !found.contains(Array(name.unicodeScalars)) { found.insert(name, Actor(written: lo..<de, in: text, kind: .person)) }
        }
    }

    /// Whether the words after the 的 at `de` are a word for a person (律师, 中文系教授, 年轻人,
    /// 医生): a person word or title ends within the next few characters (not 生物, 袜子木偶).
    private func namesPerson(after de: Int) -> Bool {
        let t = text.folded
        var k = de + 1
        while k < t.count, k - de <= Self.longestHead, Lexicon.isHan(t[k]) {
            if Lexicon.peopleEnds.contains(t[k]) || Self.personWords.match(t, endingAt: k + 1) != nil || Lexicon.titles.match(t, endingAt: k + 1) != nil { return true }
            k += 1
        }
        return false
    }

    /// Longest name read after a naming verb (王勇智: 3; 苏莱曼 and longer transliterations: up to 5).
    private static let longestNamedAs = 5
    /// Characters of the person word after 的 read before giving up.
    private static let longestHead = 6
    /// Words for a person that `Lexicon.peopleEnds` leaves out (学生, 男子, 船夫): not 生物 or 袜子.
    private static let personWords = PhraseMatcher<Bool>(["学生", "医生", "男生", "女生", "先生", "男子", "女子", "孩子", "女孩", "男孩",
                                                          "船夫", "农夫", "司机", "农民", "少年", "少女", "老人", "病人"].map { ($0, true) })
}
