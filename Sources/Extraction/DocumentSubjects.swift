import ClaimGraphCore

/// Documents named as subjects (该报告指出, 国家统计局数据显示, 来自FDA的数据): the body heading
/// the description when it names one, else one node per article and document noun.
extension ClaimFinder {
    /// Past 来自 / 出自 at `k` (来自FDA的数据显示: the data are FDA's).
    func pastFrom(_ k: Int) -> Int {
        Self.fromWords.match(text.folded, at: k).map { k + $0.length } ?? k
    }

    private static let fromWords = PhraseMatcher<Bool>(["来自", "出自"].map { ($0, true) })

    /// Where the document noun of a subject ends: past adverbs after it (该报告也指出, 但声明也重申).
    private func documentTail(_ r: Range<Int>, nounPhrase np: Range<Int>) -> Int {
        let tail = trimmedTail(r)
        if Lexicon.documentNouns.match(text.folded, endingAt: tail) == nil, np.upperBound < r.upperBound, onlyAdverbs(np.upperBound..<r.upperBound) {
            return trimmedTail(np)
        }
        return tail
    }

    /// The body or outlet whose name ends right before `k`, past spaces, a gloss in parentheses,
    /// 的 and words of which one it is (年度, 最新, 一份).
    private func bodyRightBefore(_ k: Int, from lo: Int) -> Actor? {
        let t = text.folded
        var j = k
        while j > lo, t[j - 1].isSpace || Self.ownerGapCharacters.contains(t[j - 1]) { j -= 1 }
        j = beforeGloss(j, from: lo)
        while j > lo, t[j - 1].isSpace { j -= 1 }
        // (《中国青年报》的一项调查: an outlet's name in title marks)
        if j - 1 > lo, text.original[j - 1] == "》" { j -= 1 }
        guard j > lo, mentionAt[j - 1] >= 0, case let m = mentions[mentionAt[j - 1]], m.range.upperBound == j,
              m.actor.kind == .organization || m.actor.kind == .outlet, !m.actor.isCountry else { return nil }
        return m.actor
    }

    /// Characters between a body and its document (的, 年度, 最新, 一份, 去年的, 近期的).
    private static let ownerGapCharacters = ScalarSet("的年度最新一份项去今近期")

    /// What a subject says of documents nobody is named for.
    enum UnnamedDocuments {
        /// 没有可靠的报告显示…: none say it, and nobody claims it.
        case denied
        /// 一些研究显示, 很多研究表明, 美国一些学校报告称, 许多人报告: documents the article counts
        /// rather than names, an unnamed source as 有研究表明 is; the words that describe them.
        case counted(Range<Int>)
    }

    /// Documents denied or counted in the subject, unless someone named wrote them; nil for any
    /// other subject. Not counted when a single document or a second author is written in the
    /// description (一些中国学者上个月发布的一份报告: one report, by some; 一些出版社和北京开卷信息
    /// 有限公司提供的监测数据: some, and a body the data are also credited to).
    func unnamedDocuments(in r: Range<Int>, nounPhrase np: Range<Int>) -> UnnamedDocuments? {
        let t = text.folded
        let tail = documentTail(r, nounPhrase: np)
        guard tail > r.lowerBound, let noun = Lexicon.documentNouns.match(t, endingAt: tail) else { return nil }
        let start = skipLeading(r.lowerBound, tail)
        if let denial = Self.denials.match(t, at: start), tail > start + denial.length { return .denied }
        guard mentionsIn(r).allSatisfy({ $0.actor.isCountry }) else { return nil }
        var k = start
        if let country = mentionsIn(r).first, country.range.lowerBound == k { k = text.pastSpaces(country.range.upperBound, before: tail) }
        if let there = Self.existenceWords.match(t, at: k) { k += there.length }
        if mentionsIn(r).isEmpty, let described = describedOnly(start..<(tail - noun.length)) { return .counted(described.lowerBound..<tail) }
        guard k < tail - noun.length, let counted = Lexicon.indefinites.match(t, at: k) else { return nil }
        let described = min(k + counted.length, tail - noun.length)..<(tail - noun.length)
        if described.contains(where: { Self.singleDocument.match(t, at: $0) != nil || Lexicon.conjunctions.contains(t[$0]) }) { return nil }
        return .counted(start..<tail)
    }

    /// 最近几日发布的研究报告, 科学家最近发表的几项研究, 最近发布的文件: documents described only
    /// by when they came out, or counted after the description (…的几项研究), name no one who
    /// wrote them: an unnamed source, not a document of their own. The description, when so.
    private func describedOnly(_ d: Range<Int>) -> Range<Int>? {
        let t = text.folded
        guard let de = d.last(where: { t[$0] == "的" }), de > d.lowerBound else { return nil }
        if let counted = Self.documentCounts.match(t, at: de + 1), de + 1 + counted.length == d.upperBound { return d }
        guard de + 1 == d.upperBound, let verb = Lexicon.issuingVerbs.match(t, endingAt: de), de - verb.length >= d.lowerBound else { return nil }
        return (d.lowerBound..<(de - verb.length)).allSatisfy({ Self.recencyCharacters.contains(t[$0]) }) ? d : nil
    }

    /// Counts of documents after their description (的几项研究, 的一些报告).
    private static let documentCounts = PhraseMatcher<Bool>(["几项", "几份", "几篇", "多项", "多份", "多篇", "数项", "数份", "一些", "一系列"].map { ($0, true) })
    /// What a description of when documents came out is made of (最近几日, 近期, 本周).
    private static let recencyCharacters = ScalarSet("最近几日天周月来前新期本上昨今")

    private static let singleDocument = PhraseMatcher<Bool>(["一份", "一项", "一篇", "一则", "这份", "该"].map { ($0, true) })
    private static let denials = PhraseMatcher<Bool>(["没有", "并没有", "并无", "从未有", "没有任何"].map { ($0, true) })

    /// Words saying that there are documents (已经有许多研究, 也有一些报告).
    private static let existenceWords = PhraseMatcher<Bool>(["有", "已有", "已经有", "也有", "还有", "确实有"].map { ($0, true) })

    /// A report or statement named in the subject (报告《…》指出, 该报告认为, 据美国2022年评估):
    /// one node per article and noun, named by its title when the article gives one.
    func document(in r: Range<Int>, nounPhrase np: Range<Int>) -> Actor? {
        if let m = mentionsIn(np).last(where: { $0.actor.kind == .document }) { return m.actor }
        let tail = documentTail(r, nounPhrase: np)
        guard tail > r.lowerBound, let noun = Lexicon.documentNouns.match(text.folded, endingAt: tail) else { return nil }
        // (确实有研究表明: a study there was, which the article does not name, is an unnamed source)
        if tail - noun.length - 1 >= r.lowerBound, text.folded[tail - noun.length - 1] == "有", mentionsIn(r).isEmpty { return nil }
        let nounText = text.foldedText((tail - noun.length)..<tail)
        var title: String?
        var k = tail
        while k < r.upperBound {
            if text.original[k] == "《" {
                var j = k + 1
                while j < r.upperBound, text.original[j] != "》" { j += 1 }
                title = text.text(k..<min(j + 1, r.upperBound))
                break
            }
            k += 1
        }
        // 联合国政府间气候变化专门委员会 (…) 最近的一份报告, 彭博经济研究公司汇编的数据, 来自FDA的数据,
        // 国家统计局数据: a description headed by its author credits the author, as the gold
        // conventions do, with or without words between them
        if title == nil, let author = mentionsIn(r.lowerBound..<tail).first, author.range.upperBound <= tail - noun.length,
           author.range.lowerBound == pastFrom(skipLeading(r.lowerBound, tail)) || describedAuthor(author, from: skipLeading(r.lowerBound, tail), tail: tail),
           author.actor.kind == .organization || author.actor.kind == .outlet,
           !author.actor.isCountry {
            return author.actor
        }
        let key = "document:" + StableHash.hex(of: articleKey).prefix(16) + ":" + nounText
        if title == nil, let author = adHocAuthor(r.lowerBound..<(tail - noun.length), documentKey: key) { return author }
        // (另一家大型房地产开发商绿地控股的年度报告: the body written right before the document,
        // whatever describes that body, is its author too; the document is still remembered as
        // written, for a later 该报告 to point back to)
        let owner = title == nil ? bodyRightBefore(tail - noun.length, from: r.lowerBound) : nil
        var start = descriptionStart(r.lowerBound, tail - noun.length)
        if tail - start > 20 { start = tail - noun.length }
        while start < tail - noun.length, text.folded[start] == "的" || text.original[start].isSpace { start += 1 }  // (…进行的民意调查显示)
        let written = text.text(start..<tail)
        // (来自欧洲的最新数据… 周一发布的最新数据: data described anew are other data, named as
        // written; what points back, 该数据 or a bare 数据, is the last ones described)
        if title == nil, let known = memory.documents[key], written != known.name, describesAnew(start, tail - noun.length) {
            let actor = Actor(key: key + ":" + written, name: written, kind: .document)
            memory.documents[key] = actor
            return owner ?? actor
        }
        if var known = memory.documents[key] {
            if let title, known.properties["title"] == nil {
                known.name = title
                known.properties["name"] = .string(title)
                known.properties["title"] = .string(title)
                memory.documents[key] = known
            }
            return owner ?? known
        }
        let name = title ?? written
        var actor = Actor(key: key, name: name, kind: .document)
        if let title { actor.properties["title"] = .string(title) }
        memory.documents[key] = actor
        return owner ?? actor
    }

    /// Whether the author of a survey (`ArticleText.surveyEnd`) ending at `tail` has only words
    /// saying what kind of body it is before it from `start`, with no 的 or other name (咨询公司贝恩
    /// 对主管们的一项调查, 数据供应商 Leesman 近期对…的一项调查).
    private func describedAuthor(_ author: Mention, from start: Int, tail: Int) -> Bool {
        let d = start..<author.range.lowerBound
        return text.surveyEnd(after: author.range.upperBound) == tail && d.count <= Self.longestAuthorKind
            && d.allSatisfy { (Lexicon.isHan(text.folded[$0]) || text.original[$0].isSpace) && text.folded[$0] != "的" && mentionAt[$0] < 0 }
    }

    /// Most characters of the kind written before a document's author (银行业咨询公司).
    private static let longestAuthorKind = 8

    /// Whether the words before a document noun describe a document of their own: some words,
    /// not one pointing back (该, 这份, 上述, 此).
    private func describesAnew(_ start: Int, _ noun: Int) -> Bool {
        start < noun && Self.pointersToDocuments.match(text.folded, at: start) == nil
    }

    /// Words opening a description that points back to a document named before (该, 上述, 这些).
    private static let pointersToDocuments = PhraseMatcher<Bool>(["该", "这", "此", "其", "本", "上述", "前述", "上面", "那", "同一", "这些", "那些"].map { ($0, true) })
}
