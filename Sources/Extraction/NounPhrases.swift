import ClaimGraphCore

/// Where a subject's noun phrase ends (at a breaker outside a name, before trailing
/// parentheses and titles), which person heads it, and where the first cue after it starts.
extension ClaimFinder {
    /// The subject noun phrase ends at the first breaker outside a name (在, 与, 周二 …).
    func nounPhraseEnd(_ r: Range<Int>) -> Int {
        var k = leadingTimeEnd(r)
        while k < r.upperBound {
            if mentionAt[k] >= 0 { k = min(r.upperBound, mentions[mentionAt[k]].range.upperBound); continue }
            if text.bracketed[k] { k += 1; continue }  // 《新苏黎世报周日版》: 周 inside a title is no weekday
            // a time word before 的 modifies the noun after it (瑞典最近的一项研究表示); a
            // quantifier goes on with the noun (美国不少医生表示: 不 breaks, 不少 does not)
            // a breaker right after 的 opens the noun the 的 needs (俄中关系的长期观察人士, 美国的在华企业)
            if k > r.lowerBound, text.folded[k - 1] != "的", Lexicon.indefinites.match(text.folded, at: k) == nil,
               let b = Lexicon.breakers.match(text.folded, at: k),
               !(k + b.length < r.upperBound && text.folded[k + b.length] == "的"),
               b.length > 1 || !holdsBreaker(at: k), !joinsTitles(at: k, in: r) { return k }
            // 欧洲法院此次确认: "this time" right before the cue ends the phrase; not inside a
            // description (参与此次修订的另一位专家)
            if k > r.lowerBound, let o = Self.occasionWords.match(text.folded, at: k), Lexicon.cues.match(text.folded, at: k + o.length) != nil { return k }
            let c = text.folded[k]
            // 中国官员均表示: 均 ("all") right before the cue, after a group or a name found; not
            // the end of a name (丁世均表示)
            if c == "均", k + 1 == r.upperBound, k > r.lowerBound, Lexicon.groupEnds.contains(text.folded[k - 1]) || mentionAt[k - 1] >= 0 { return k }
            if ("0"..."9").contains(c) {
                // 28 岁的 Katherine Law: an age is a modifier of the name after it
                var j = k
                while j < r.upperBound, text.inNumber(j) || text.folded[j].isSpace { j += 1 }
                if j < r.upperBound, text.folded[j] == "岁" { k = j + 1; continue }
                // 该工厂的 850 名工人: a count of people goes on with the people counted
                if j < r.upperBound, text.folded[j] == "多" || text.folded[j] == "余" { j += 1 }
                if j < r.upperBound, text.folded[j] == "名" || text.folded[j] == "位" { k = j + 1; continue }
                // 奥巴马 2012 年的竞选经理梅西纳, 在 AMD 工作了 30 多年的工程项目负责人鲁斯克: a date
                // or a span of time before 的 qualifies the title after it
                // (not 《申報》1934年的一篇評論文章: the outlet's piece is the outlet's)
                if let de = dateBeforeDe(from: k, in: r), titled(de + 1..<r.upperBound) { k = de + 1; continue }
                if k > r.lowerBound { return k }
            }
            k += 1
        }
        return r.upperBound
    }

    /// The end of the words of when that open `r` (上周四晚间副馆长李克新…, 昨天下午王毅…): who
    /// speaks comes after them, so they end no noun phrase, as they do after a name (王毅上周表示).
    /// Its start when nothing follows them.
    private func leadingTimeEnd(_ r: Range<Int>) -> Int {
        let t = text.folded
        var k = r.lowerBound
        while k < r.upperBound, let w = Self.timeWords.match(t, at: k), k + w.length <= r.upperBound {
            k += w.length
            if k < r.upperBound, Self.dayNames.contains(t[k]), Self.weekWords.match(t, endingAt: k) != nil { k += 1 }
        }
        // (美国…，上周五表示: a time alone names nobody; it stays the phrase it was)
        return text.pastSpaces(k, before: r.upperBound) < r.upperBound ? k : r.lowerBound
    }

    private static let timeWords = PhraseMatcher<Bool>(["上周", "下周", "本周", "周", "星期", "今天", "昨天", "明天", "今日", "昨日", "明日", "当天",
                                                        "当日", "次日", "上午", "下午", "中午", "晚间", "晚上", "早上", "凌晨", "今年", "去年",
                                                        "本月", "上月", "下月", "周末", "当地时间", "近日", "日前", "稍早"].map { ($0, true) })
    private static let weekWords = PhraseMatcher<Bool>(["周", "星期"].map { ($0, true) })
    private static let dayNames = ScalarSet("一二三四五六日天")
    private static let occasionWords = PhraseMatcher<Bool>(["此次", "本次", "这次"].map { ($0, true) })

    /// The 的 right after a date (`leadingDateEnd`: 2012 年的, 2019 年 9 月的) or a span of time
    /// written in digits (工作了 30 多年的) that starts at `k`.
    private func dateBeforeDe(from k: Int, in r: Range<Int>) -> Int? {
        guard let end = leadingDateEnd(k, r.upperBound) ?? spanEnd(from: k, in: r) else { return nil }
        let de = text.pastSpaces(end, before: r.upperBound)
        return de < r.upperBound && text.folded[de] == "的" ? de : nil
    }

    /// The end of a span of time in digits at `k`, more or less (30 多年, 20 余天).
    private func spanEnd(from k: Int, in r: Range<Int>) -> Int? {
        let t = text.folded
        var j = k
        while j < r.upperBound, ("0"..."9").contains(t[j]) || t[j].isSpace { j += 1 }
        if j < r.upperBound, t[j] == "多" || t[j] == "余" { j += 1 }
        return j > k && j < r.upperBound && "年月日天".unicodeScalars.contains(t[j]) ? j + 1 : nil
    }

    /// Whether a title ends inside `r` (竞选经理梅西纳, 作家科尔姆·托宾).
    private func titled(_ r: Range<Int>) -> Bool {
        r.contains { Lexicon.titles.match(text.folded, endingAt: $0 + 1) != nil }
    }

    /// Whether the 及 at `k` joins two titles of a person named after them (重组部门主管及投行部门
    /// 联合主管曼德里奥) or the words of one institution's name (美国公民及移民服务局), rather
    /// than two subjects (人权组织及西方政府).
    private func joinsTitles(at k: Int, in r: Range<Int>) -> Bool {
        let t = text.folded
        if t[k] == "与" || t[k] == "和" { return joinsInstitutionName(at: k, in: r) || joinsTitleWords(at: k, in: r) }
        guard t[k] == "及" || t[k] == "以" && k + 1 < r.upperBound && t[k + 1] == "及" else { return false }
        // (the name goes on to a unit's last character within a few characters, with no 的)
        var e = k + 1
        while e < min(r.upperBound, k + 9), Lexicon.isHan(t[e]), t[e] != "的" {
            if Lexicon.institutionEnds.contains(t[e]) { return true }
            e += 1
        }
        return mentionsIn(k..<r.upperBound).contains { $0.actor.kind == .person }
    }

    /// Whether the 与 or 和 at `k` is inside the name of an institution a person named after it
    /// belongs to (伦敦大学东方与非洲研究学院的盖伊·史坦丁), not between two subjects (中国与俄罗斯的专家).
    private func joinsInstitutionName(at k: Int, in r: Range<Int>) -> Bool {
        let t = text.folded
        // (科罗拉多州立大学的扎克·罗格斯和亚利桑那州立大学的托马斯·崔: a person before it joins two)
        guard !mentionsIn(r.lowerBound..<k).contains(where: { $0.actor.kind == .person }) else { return false }
        var de = k + 1
        while de < min(r.upperBound, k + 12), Lexicon.isHan(t[de]), t[de] != "的", mentionAt[de] < 0 { de += 1 }
        guard de > k + 1, de + 1 < r.upperBound, t[de] == "的", Lexicon.endsLikeInstitution(t, at: de), mentionAt[de + 1] >= 0 else { return false }
        return mentions[mentionAt[de + 1]].actor.kind == .person
    }

    /// Whether the 与 or 和 at `k` joins two fields of the title a person named right after it
    /// holds (Maple Holistics 的健康与保健专家 Caleb Backe, 高级研究员和中国技术专家 Samm Sacks: a
    /// country inside the title too), not two subjects (福西和疾控中心主任雷德菲尔德: a person right
    /// before it, not owning the title with 的, joins two).
    private func joinsTitleWords(at k: Int, in r: Range<Int>) -> Bool {
        let t = text.folded
        if let person = mentionsIn(r.lowerBound..<k).last(where: { $0.actor.kind == .person }),
           !(person.range.upperBound..<k).contains(where: { t[$0] == "的" }) { return false }
        var e = k + 1
        while e < min(r.upperBound, k + 9), Lexicon.isHan(t[e]), t[e] != "的", mentionAt[e] < 0 || mentions[mentionAt[e]].actor.isCountry { e += 1 }
        guard e > k + 1, Lexicon.titles.match(t, endingAt: e) != nil || Lexicon.unnamedSources.match(t, endingAt: e) != nil else { return false }
        let p = text.pastSpaces(e, before: r.upperBound)
        return p < r.upperBound && mentionAt[p] >= 0 && mentions[mentionAt[p]].actor.kind == .person
    }

    /// Whether the one-character breaker at `k` is inside a word (共和党, 和平, 同盟, 对华).
    func holdsBreaker(at k: Int) -> Bool {
        let t = text.folded
        return k > 0 && Lexicon.wordsHoldingBreakers.match(t, at: k - 1)?.length == 2 || Lexicon.wordsHoldingBreakers.match(t, at: k)?.length == 2
    }

    /// The end of a phrase without trailing parentheses and titles in 《》.
    func trimmedTail(_ r: Range<Int>) -> Int {
        var e = r.upperBound
        while e > r.lowerBound {
            let c = text.original[e - 1]
            if c.isSpace { e -= 1; continue }
            if c == "）" || c == ")" || c == "》" {
                let open: Unicode.Scalar = c == "》" ? "《" : (c == "）" ? "（" : "(")
                var j = e - 1
                while j > r.lowerBound, text.original[j] != open { j -= 1 }
                if j == r.lowerBound && text.original[j] != open { return e }
                e = j
                continue
            }
            return e
        }
        return e
    }

    /// 《五杂组》卷三提到 / 据《宾退录》卷十记载 / 《资本论》第一卷写道: the place in a titled work a
    /// locator gives is still the work; the subject without the locator, or nil.
    func beforeLocator(_ r: Range<Int>) -> Range<Int>? {
        titleBeforeLocator(endingAt: text.beforeSpaces(r.upperBound, after: r.lowerBound), after: r.lowerBound).map { r.lowerBound..<$0 }
    }

    /// Where the 》 closing a title ends when a locator (卷三, 卷 10, 第一卷, 第 135 条) runs
    /// from it to `end`; nil otherwise.
    private func titleBeforeLocator(endingAt end: Int, after floor: Int) -> Int? {
        let t = text.folded
        var k = end
        if k > floor, Self.locatorUnits.contains(t[k - 1]) { k -= 1 }
        let digitsEnd = k
        while k > floor, text.inNumber(k - 1) || Lexicon.numerals.contains(t[k - 1]) || text.original[k - 1].isSpace { k -= 1 }
        guard k < digitsEnd, k > floor else { return nil }
        if t[k - 1] == "卷" || t[k - 1] == "第" { k -= 1 } else { return nil }
        guard digitsEnd < end || t[k] == "卷" else { return nil }  // (卷三 needs no unit; 第三 does)
        k = text.beforeSpaces(k, after: floor)
        return k > floor && text.original[k - 1] == "》" ? k : nil
    }

    /// What a locator counts after its number (第一卷, 第 135 条, 第三章).
    private static let locatorUnits = ScalarSet("卷章条回节篇页")

    /// The person a subject phrase is about: the first one named, unless a later one is what
    /// the phrase's 的 leads to (拜登的国家安全顾问沙利文, 泽连斯基的顾问波多利亚克).
    func headPerson(_ inNP: [Mention]) -> Mention? {
        let people = inNP.filter { $0.actor.kind == .person }
        guard let first = people.first else { return nil }
        let possessed = people.dropFirst().last { lastDe(in: first.range.upperBound..<$0.range.lowerBound) != nil }
        return possessed ?? first
    }

    /// The person heading the subject of the clause `lo..<e`, in the words before its first cue:
    /// the one possessed after a 的 (部长 Pwint San 的儿子 Bryan Tun…，但他…表示: the son, not his
    /// father), else the first person named (许志永的文章抨击了习近平…，称: not the man attacked).
    func clauseSubjectPerson(_ lo: Int, _ e: Int) -> Mention? {
        headPerson(mentionsIn(lo..<nounPhraseEnd(lo..<firstCue(in: lo..<e))))
            ?? mentionsIn(lo..<nounPhraseEnd(lo..<e)).first { $0.actor.kind == .person }
    }

    /// The last 的 of `r` that is not inside a name: where a phrase's modifier ends.
    func lastDe(in r: Range<Int>) -> Int? {
        r.last { text.folded[$0] == "的" && mentionAt[$0] < 0 }
    }

    /// The person who ends the subject phrase, after another one and the titles between them
    /// (莱特希泽前高级副手 Stephen Vaughn, 特朗普女儿伊万卡): a noun phrase ends in its head,
    /// before the spelling of the name in parentheses (特朗普前战略师班农 (Stephen Bannon)).
    func personEnding(_ np: Range<Int>, _ inNP: [Mention]) -> Mention? {
        let tail = trimmedTail(np)
        let people = inNP.filter { $0.actor.kind == .person && $0.range.upperBound <= tail }
        // (财长史蒂文·努钦 (Steven Mnuchin), 特朗普盟友马可 (Marco Rubio): a name found in the text,
        // or none, yields to the catalog's person its spelling names; a catalog name keeps its
        // own, as glosses can be wrong)
        let spelled = inNP.first { $0.actor.kind == .person && $0.range.lowerBound >= tail && $0.actor.properties["aliases"] != nil }
        guard let last = people.last else { return nil }
        if last.range.upperBound < tail { return spelled }
        guard people.count >= 2, last.range.upperBound == tail else { return nil }
        return last.actor.properties["aliases"] == nil ? spelled ?? last : last
    }

    /// Where the first cue of a clause starts (its end when it has none): the subject is before it.
    func firstCue(in r: Range<Int>) -> Int {
        r.first { mentionAt[$0] < 0 && text.quoteAt[$0] < 0 && Lexicon.cues.match(text.folded, at: $0) != nil } ?? r.upperBound
    }
}
