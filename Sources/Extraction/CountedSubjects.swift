import ClaimGraphCore

/// Subjects that count who speaks instead of naming them (约有 12 名中国名人, 188 家企业,
/// 一位资深船舶经纪人): unnamed sources, however precise the count.
extension ClaimFinder {
    /// 约有 12 名中国名人表示 / 三位专家说 / 40% 的受访者表示: a phrase opening with a count or a share of people is an unnamed
    /// source, as one opening with 一位 is. Where the phrase ends (digits end a noun phrase, so
    /// the phrase after the count is read on its own).
    func countedPhraseEnd(_ r: Range<Int>) -> Int? {
        let t = text.folded
        // (2019 年只有 12% 的美国企业表示: when, and how few, before the count)
        var k = skipLeading(r.lowerBound, r.upperBound)
        if let only = Self.onlyWords.match(t, at: k) { k += only.length }
        if let about = Lexicon.approximations.match(t, at: k) { k += about.length }
        while k < r.upperBound, t[k].isSpace { k += 1 }
        // (近半数受访企业表示, 大多数美国企业认为: a share in words)
        // (not 多数党领袖: the majority party's)
        if let share = Self.shareWords.match(t, at: k), k + share.length < r.upperBound, t[k + share.length] != "党" {
            return sharedPhraseEnd(from: k + share.length, in: r)
        }
        let digits = k
        while k < r.upperBound, text.inNumber(k) || Lexicon.numerals.contains(t[k]) { k += 1 }
        guard k > digits else { return nil }
        while k < r.upperBound, t[k].isSpace { k += 1 }
        if k < r.upperBound, t[k] == "%" || t[k] == "％" || t[k] == "成" {
            // 大约 40% 的受访者表示: a share of the people a survey asked; 87% 表示: a share of
            // those just named
            let share = k + 1
            if text.beforeSpaces(r.upperBound, after: share) == share { return share }
            return sharedPhraseEnd(from: share, in: r)
        }
        if k + 1 < r.upperBound, t[k] == "家" {
            // 1987 家企业 / 上百家媒体: bodies counted, none named
            let end = trimmedTail(r.lowerBound..<nounPhraseEnd((k + 1)..<r.upperBound))
            return end > k + 1 && endsLikeCountedBodies(end) ? end : nil
        }
        guard k + 1 < r.upperBound, t[k] == "名" || t[k] == "位" else { return nil }
        return trimmedTail(r.lowerBound..<nounPhraseEnd((k + 1)..<r.upperBound))
    }

    /// Where the people or bodies a share counts end (的受访者, 受访企业), or nil when the words
    /// after the share name neither.
    private func sharedPhraseEnd(from share: Int, in r: Range<Int>) -> Int? {
        let t = text.folded
        var k = text.pastSpaces(share, before: r.upperBound)
        if k < r.upperBound, t[k] == "的" { k += 1 }
        guard k < r.upperBound else { return nil }
        let end = trimmedTail(r.lowerBound..<nounPhraseEnd(k..<r.upperBound))
        return end > k && (Lexicon.peopleEnds.contains(t[end - 1]) || endsLikeCountedBodies(end)) ? end : nil
    }

    /// How few a count is (只有 9% 的美国企业).
    private static let onlyWords = PhraseMatcher<Bool>(["只有", "仅有", "只", "仅"].map { ($0, true) })
    /// Shares in words (半数, 大多数); not 少数, which opens 少数民族 (minorities).
    private static let shareWords = PhraseMatcher<Bool>(["半数", "近半数", "过半数", "逾半数", "多数", "大多数", "绝大多数", "大部分", "绝大部分"].map { ($0, true) })

    /// Whether the words before `end` name bodies of a kind (企业, 媒体, 银行, 医院) that a count
    /// before them leaves unnamed.
    func endsLikeCountedBodies(_ end: Int) -> Bool {
        Self.countedBodyNouns.match(text.folded, endingAt: end) != nil || endsLikeBodyName(end)
    }

    /// Kinds of bodies counted with 家 that end in no institution's character.
    static let countedBodyNouns = PhraseMatcher<Bool>(["企业", "企", "媒体", "商家", "厂商", "工厂", "餐厅", "网站", "报纸", "门店", "平台", "高校"].map { ($0, true) })

    /// 艾斯盟船舶亚洲有限公司一位资深船舶经纪人 / 河北一家民营钢企高层: someone the phrase counts
    /// out (一位, 一家) and names by a role or a group's noun, naming no person: unnamed.
    func countedOutSource(_ np: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let start = skipLeading(np.lowerBound, np.upperBound)
        let end = trimmedTail(np)
        guard end - start >= 4, end - start <= 30, mentionAt[end - 1] < 0,
              (start..<end).contains(where: { Lexicon.indefinites.match(t, at: $0) != nil }),
              !mentionsIn(start..<end).contains(where: { $0.actor.kind == .person }),
              Lexicon.groupEnds.contains(t[end - 1]) || Self.roleEnds.match(t, endingAt: end) != nil
                  || Lexicon.memberNouns.match(t, endingAt: end) != nil || Lexicon.unnamedSources.match(t, endingAt: end) != nil else { return nil }
        return start..<end
    }

    /// Last words of a role that ends in no group character (高层, 主管, 律师 is 师 already).
    static let roleEnds = PhraseMatcher<Bool>(["高层", "主管", "官员", "经理", "职工", "雇员", "董事"].map { ($0, true) })

    /// Where a phrase ends that places one it counts without naming it (纽约一家资产管理公司,
    /// 湖南省一家医院, 美国一位教授): a place of a few characters, no person in it, then 一家 /
    /// 一位 and the noun. The one counted is an unnamed source, not a body named by the phrase.
    func placedCountEnd(_ np: Range<Int>) -> Int? {
        let t = text.folded
        let end = trimmedTail(np)
        guard let p = (np.lowerBound..<end).first(where: { Lexicon.indefinites.match(t, at: $0) != nil }),
              p > np.lowerBound, p - np.lowerBound <= Self.longestPlaceBeforeCount, end - p > 2,
              (np.lowerBound..<p).allSatisfy({ Lexicon.isHan(t[$0]) }) else { return nil }
        // (a place: a country or region, or a name ending like a province, city or county; not a
        // body, whose 一位发言人 speaks for it. Any short word taken for a place was tried: it
        // made claims of clauses no subject opens, 个体表示出相应的尊重, about half of them wrong.)
        let place = text.foldedText(np.lowerBound..<p)
        let mentioned = mentionsIn(np.lowerBound..<end)
        guard RegionNames.contains(place) || Self.placeEnds.contains(t[p - 1]) && mentioned.isEmpty,
              mentioned.allSatisfy({ $0.actor.isCountry && $0.range.upperBound <= p }) else { return nil }
        return end
    }

    /// Last characters of a province's, a city's or a county's name (湖南省, 纽约市).
    private static let placeEnds = ScalarSet("省市州县区镇村")

    /// The most characters of a place before the count it places (内蒙古自治区: 6).
    private static let longestPlaceBeforeCount = 6
}
