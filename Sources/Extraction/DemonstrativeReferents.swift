import ClaimGraphCore

/// Subjects that point back with a demonstrative and a description no title of a named
/// person matched (亚马逊卖家 Zhao Weiming 表示，…。这位广州商人表示): news describes the person
/// it has just quoted by another of their traits, so the description points back to them
/// when they are the one person named since the previous sentence. When someone unnamed came
/// in since (一位高级政府官员称…。这位官员表示), or nobody or several people were named, the
/// description stays an unnamed source: a guess would put words in a named person's mouth.
extension ClaimFinder {
    /// The person a demonstrative phrase (`np`, opening with 这位, 这名, 该 …) points back to,
    /// or nil to leave it to the unnamed-source rules.
    func personPointedBack(_ np: Range<Int>, _ inNP: [Mention]) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        guard let d = Lexicon.demonstratives.match(t, at: np.lowerBound), case let lo = np.lowerBound + d.length,
              end - lo >= 2, end - np.lowerBound <= Self.longestDescription, inNP.allSatisfy({ $0.actor.kind != .person }),
              describesPerson(lo..<end), Self.anonymousSources.match(t, endingAt: end) == nil,
              let i = text.sentenceIndex(containing: np.lowerBound) else { return nil }
        let sentence = text.sentences[i]
        var named = peopleJustNamed(sentence, before: np.lowerBound)
        // (「…。」这位安联老板说: a quotation that is a sentence of its own is this one's words, no sentence between)
        if named.isEmpty, i > 0, case let q = text.sentences[i - 1], q.paragraph == sentence.paragraph,
           text.closesQuote(at: text.beforeSpaces(q.range.upperBound, after: q.range.lowerBound) - 1) {
            named = peopleJustNamed(q, before: np.lowerBound)
        }
        guard let latest = named.last, case let person = latest.actor, named.allSatisfy({ $0.actor.key == person.key }),
              !introducesSomeone(latest.range.upperBound..<np.lowerBound), !describesSomeoneUnnamed(end) else { return nil }
        // (the one who spoke just before, or the one opening this very sentence: 巴菲特对它们的
        // 未来投下了不信任票：这位备受尊崇的投资人表示; not one named inside it, 在斯诺登曝光…之前的
        // 一年，那位纹身的研究生就告诉我)
        let spoke = claims.last.map { last in
            guard case .actor(let speaker) = last.speaker, speaker.key == person.key else { return false }
            return sentence.range.contains(last.span.lowerBound) || spokeInPreviousSentence(sentence)
        } ?? false
        // (or the one person named since, opening the sentence that names them: 奥利弗·贝特每天还是去…上班。…
        // 「CEO 总是孤家寡人一个。」这位安联老板说)
        guard spoke || named.count == 1 && (text.pastSpaces(sentence.range.lowerBound, before: np.lowerBound) == latest.range.lowerBound
            || opensSentence(named[0].range.lowerBound)) else { return nil }
        // (这位女士 for a man: the description is of someone else)
        if (lo..<end).contains(where: { t[$0] == "女" }), !isWoman(person), person.gender != nil || hasMaleGivenName(person) { return nil }
        return person
    }

    /// Sources described only as sources or officials (这位消息人士, 该知情人士, 这位官员): the
    /// article keeps them unnamed on purpose, whoever it quoted just before.
    static let anonymousSources = PhraseMatcher<Bool>(["消息人士", "知情人士", "知情人", "消息来源", "线人", "匿名人士", "官员", "外交官"].map { ($0, true) })

    /// Longest demonstrative phrase taken as a description (这位得过奥斯卡奖的大牌导演 is 13).
    static let longestDescription = 16

    /// Whether `r`, what follows the demonstrative, is a description of a person: it ends with
    /// a word for one (商人, 导演, 学者, 用户). After 这位 / 这名, which count people, it may hold
    /// 的 (这位得过奥斯卡奖的大牌导演); after 该 or 此 only a short word may (该雇员, 该发言人), as
    /// 该律师事务所的律师 and 该市发改委负责人 point back to a body or a place, not a person.
    private func describesPerson(_ r: Range<Int>) -> Bool {
        let t = text.folded
        let end = r.upperBound
        guard endsInPersonWord(end) || Lexicon.titles.match(t, endingAt: end) != nil else { return false }
        let counted = t[r.lowerBound - 1] == "位" || t[r.lowerBound - 1] == "名"
        return counted || r.count <= 4 && !r.contains { t[$0] == "的" }
    }

    /// Whether `r` brings in someone by an indefinite word (一位, 一名, 另一位, 一条帖子): the one
    /// a demonstrative after it points to, though the text never names them.
    private func introducesSomeone(_ r: Range<Int>) -> Bool {
        let t = text.folded
        // (not inside a quotation: 「CEO 总是孤家寡人一个。」 brings no one into the story)
        return r.contains { k in
            text.quoteAt[k] < 0 && (Lexicon.indefinites.match(t, at: k) != nil
                || t[k] == "一" && k + 1 < r.upperBound && Self.classifiers.contains(t[k + 1]) && (k == 0 || t[k - 1] != "第"))
        }
    }

    /// Classifiers after 一 that bring in someone or something that speaks (一位, 一条帖子, 一篇文章).
    static let classifiers = ScalarSet("位名个条篇则封份群家")

    /// Whether an earlier claim's unnamed source ends with the description's last word
    /// (印度OSM的另一位长期贡献者…。…这位贡献者说; 一位中年人…说道…。那位中年人说): the article
    /// goes on with that source, not with whoever it named last.
    private func describesSomeoneUnnamed(_ end: Int) -> Bool {
        let head = text.foldedText((end - 2)..<end)
        return claims.contains { claim in
            guard case .unnamed(let words) = claim.speaker else { return false }
            return ChineseFolding.shared.toSimplified(words).hasSuffix(head)
        }
    }
}
