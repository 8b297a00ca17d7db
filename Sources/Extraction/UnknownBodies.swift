import ClaimGraphCore

/// A body the article calls by a short name that neither the catalog nor any rule of shape
/// knows (秦森企業堅稱, Tor项目表示, 筑博宣称), written alone right before a cue of speech.
extension ClaimFinder {
    /// The body named by the whole subject `np` of `hit`, right before a cue of speech with
    /// only adverbs between: a short name written twice in the article that nothing was found
    /// in and that looks like no other word (`looksLikeAName`).
    func unknownBody(_ np: Range<Int>, of hit: Hit) -> Actor? {
        let r = hit.region
        let end = trimmedTail(np)
        guard np.lowerBound == r.lowerBound, (2...Self.longestUnknownBody).contains(end - np.lowerBound),
              Self.statementCues.contains(text.foldedText(hit.cue)), mentionsIn(np).isEmpty,
              onlyAdverbs(end..<r.upperBound), looksLikeAName(np.lowerBound..<end),
              ActorFinder.writtenTwice(Array(text.folded[np.lowerBound..<end]), in: text.folded) else { return nil }
        return Actor(written: np.lowerBound..<end, in: text, kind: .organization)
    }

    /// Whether `name` is Han or Latin letters only and neither opens like a function word, a
    /// pronoun, a demonstrative or a count, nor ends like people, a field, a document, a title
    /// or a verb's particle, nor is a common noun.
    private func looksLikeAName(_ name: Range<Int>) -> Bool {
        let t = text.folded
        let first = t[name.lowerBound], last = t[name.upperBound - 1]
        let word = text.foldedText(name)
        guard name.allSatisfy({ Lexicon.isHan(t[$0]) && t[$0] != "的" || ActorFinder.isASCIIWordCharacter(t[$0]) }) else { return false }
        let opensLikeAWord = Lexicon.clauseOpeners.contains(first) || Self.functionOpeners.contains(first)
            || Lexicon.numerals.contains(first) || ("0"..."9").contains(first)
            || Lexicon.pronouns.match(t, at: name.lowerBound) != nil || Lexicon.indefinites.match(t, at: name.lowerBound) != nil
            || Lexicon.demonstratives.match(t, at: name.lowerBound) != nil
        let endsLikeAWord = Lexicon.groupEnds.contains(last) || Self.aspectEnds.contains(last)
            || Lexicon.documentNouns.match(t, endingAt: name.upperBound) != nil
            || Lexicon.unnamedSources.match(t, endingAt: name.upperBound) != nil || Lexicon.titles.match(t, endingAt: name.upperBound) != nil
        return !opensLikeAWord && !endsLikeAWord && !Self.commonNouns.contains(word)
    }

    /// First characters of adverbs, prepositions and verbs before a cue (作为回应, 甚至声称,
    /// 无法否认, 继续强调, 强硬指出): no name opens with them.
    static let functionOpeners = ScalarSet("截拒强用主乃作甚无继只为准必过包简除不很可任重希给指投着要及假撰相以从由对把被让使将已正还再也都就又才更最太非所如若虽但而且或即便因于与和同跟向往到在自当之其此这那哪什怎么谁何多少几每各某另一")

    /// Particles closing a verb and conjunctions (经历过否认, 拒绝确认或否认): no name ends with them.
    static let aspectEnds = ScalarSet("过了着的地得或和与及")

    /// Common nouns a sentence may open with before a cue (公司表示, 会议强调): what
    /// they stand for is named elsewhere, if at all, not by them. (A government named by where
    /// it governs, 联邦政府宣布, does speak.)
    static let commonNouns: Set<String> = ["公司", "会议", "先生", "新闻", "内容", "广告", "定义", "谣言", "双方",
                                           "组织", "协会", "联盟", "银行", "大学", "学校", "教会", "中央", "规划", "文化", "政府",
                                           "官方", "通报", "法例", "法律", "文件", "原文", "书中", "文中", "信中"]

    /// The most characters of a body's short name (秦森企业: four; Tor项目: five).
    static let longestUnknownBody = 6

    /// Cues only a speaker takes (说, 表示, 宣称); not those a finding or a fact takes too
    /// (历史表明, 经验告诉我们, 数据显示).
    static let statementCues: Set<String> = ["表示", "称", "宣称", "声称", "坚称", "指出", "强调", "透露",
                                             "回应", "宣布", "辩称", "否认", "重申", "警告"]
}
