import ClaimGraphCore

/// Subjects that are a group or a body rather than a named person: people described but
/// not named (组织者说), staff a named person only owns (特朗普政府的官员), a body pointed
/// back to (该公司), and the source noun before a report noun (中国官方媒体的报道).
/// Institutions the catalog does not know are in AdHocInstitutions.swift.
extension ClaimFinder {
    /// The organization a subject points back to (该公司表示, 这家机构称): the last one named, not a
    /// country, in this paragraph or the one before (微软…。2016 年，该公司称); else the last one
    /// quoted, in this paragraph or the three before it; else nobody we can name (the claim is
    /// dropped rather than credited to a guess).
    /// A body described with 的 (这家总部位于伦敦的人权组织) is the one the story quotes, when one
    /// was quoted: a description is given of the story's subject, not of a firm named in passing.
    func pointedBackBody(_ np: Range<Int>) -> Actor? {
        let end = trimmedTail(np)
        guard pointsBackToBody(np.lowerBound, end) else { return nil }
        if let last = lastOrganization, paragraph - last.paragraph <= 3, (np.lowerBound..<end).contains(where: { text.folded[$0] == "的" }) {
            return last.actor
        }
        // (a body named inside someone's quoted words is theirs to speak of, not the narrative's:
        // 国际特赦组织…顾问说：“…AFRICOM 在地面调查方面没有做任何事…”⏎该组织称 is Amnesty; a name
        // quoted alone, “纽约时报”, is the narrative's)
        if let named = lastOrganizationNamed(before: np.lowerBound, paragraphsBack: 1, where: { !$0.actor.isCountry && !insideQuotedWords($0) }) {
            return named
        }
        guard let last = lastOrganization, paragraph - last.paragraph <= 3 else { return nil }
        return last.actor
    }

    /// Whether a mention lies inside quoted words longer than itself.
    func insideQuotedWords(_ m: Mention) -> Bool {
        let q = text.quoteAt[m.range.lowerBound]
        return q >= 0 && text.quotes[q].content != m.range
    }

    /// The country a subject points back to (该国政府表示, 该国认为, 这个国家称): the last one named
    /// in this paragraph (one the catalog does not know may be meant across paragraphs), its
    /// government being the country as elsewhere.
    func pointedBackCountry(_ np: Range<Int>) -> Actor? {
        let t = text.folded, end = trimmedTail(np), lo = skipLeading(np.lowerBound, end)
        guard let pointer = Self.countryPointers.match(t, at: lo),
              lo + pointer.length == end || text.foldedText((lo + pointer.length)..<end) == "政府" else { return nil }
        return lastOrganizationNamed(before: lo, paragraphsBack: 0, where: { $0.actor.isCountry })
    }

    private static let countryPointers = PhraseMatcher<Bool>(["该国", "这个国家", "此国"].map { ($0, true) })

    /// Whether `start..<end` is a demonstrative and a kind of body, with at most
    /// `Self.pointedBackModifier` Han characters between them that name nobody and no
    /// other body (该公司, 该分析机构, 这家芯片公司, 这家底特律汽车生产商; not 该公司的员工).
    private func pointsBackToBody(_ start: Int, _ end: Int) -> Bool {
        let t = text.folded
        guard let pointer = Lexicon.bodyPointerWords.match(t, at: start), let kind = Lexicon.bodyKindWords.match(t, endingAt: end),
              start + pointer.length <= end - kind.length else { return false }
        let between = (start + pointer.length)..<(end - kind.length)
        // (此 alone points back only right before the kind, 此机构: 此时距灞桥区法院 is no body)
        if t[start] == "此", !between.isEmpty { return false }
        // (该银行陕西分行 is a branch of the body pointed back to, 该银行; 该行业组织 is no bank;
        // 这家, counting bodies, may hold a description with 的: 这家总部位于伦敦的人权组织)
        let counted = pointer.length == 2 && t[start + 1] == "家"
        return between.count <= (counted ? Self.describedBodyModifier : Self.pointedBackModifier) && mentionsIn(between).isEmpty
            && between.allSatisfy { Lexicon.isHan(t[$0]) && (counted || t[$0] != "的") && (Lexicon.bodyKindWords.match(t, endingAt: $0 + 1)?.length ?? 0) < 2 }
    }

    /// Most characters between a demonstrative and the kind of body it points back to (这家底特律
    /// 汽车生产商: 5).
    static let pointedBackModifier = 6
    /// Most characters of a description after 这家 (总部位于伦敦的人权: 9).
    static let describedBodyModifier = 12

    /// People the article describes without naming them, in a short phrase that ends like a
    /// group and runs to the cue (组织者说, 海外的维吾尔族人说, 当地的年轻人都认为): an unnamed
    /// source, as 专家表示 is. Not the writer (本人, 笔者: two characters are too few), not a
    /// phrase pointing back (这些人, 该律师; but 那些处理数据的人 are described), not what
    /// someone is made to believe (导致这些人相信), not a verb phrase (推翻了人们先前认为), not
    /// 或者说, not a body (自由之家); not a name (江泽民, 王医生, 麦克纳利先生: three characters
    /// opening with a surname, or a form of address at the end).
    func describedPeople(_ np: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let end = trimmedTail(np)
        // (但也有批评家说: there are critics who say; the people are what follows 有)
        let lo = pastExistential(skipLeading(np.lowerBound, end), end)
        // (那些处理这些数据的人: those described by a relative clause, not people pointed back to)
        if end - lo > 4, t[lo + 1] == "些", t[lo] == "那" || t[lo] == "这", ((lo + 2)..<end).contains(where: { t[$0] == "的" }) {
            return describedPeople((lo + 2)..<np.upperBound).map { lo..<$0.upperBound }
        }
        let n = end - lo
        // (小说家、诗人纳博科夫: the first of a list of what a named person is)
        guard end >= text.original.count || text.original[end] != "、" else { return nil }
        guard n >= 3, n <= 10, Lexicon.peopleEnds.contains(t[end - 1]), t[end - 2] != "或", t[end - 2] != "之",
              !Lexicon.clauseOpeners.contains(t[lo]), mentionsIn(lo..<end).isEmpty,
              (lo..<end).allSatisfy({ Lexicon.isHan(t[$0]) && t[$0] != "了" && text.quoteAt[$0] < 0 && !cueInPhrase(at: $0, end) }),
              Lexicon.causatives.match(t, at: lo) == nil,
              Lexicon.addressAfterName.match(t, endingAt: end) == nil else { return nil }
        // (people named by a pronoun are pointed back to, not described: 也许他们认为, 和我们说说)
        if (lo..<(end - 1)).contains(where: { Self.personalPronouns.contains(t[$0]) && t[$0 + 1] == "们" }) { return nil }
        // (a plural in 们 is nobody's name: 农民们宣称)
        if Lexicon.surnames.contains(t[lo]), t[end - 1] != "们" {
            if n == 3 { return nil }
            if let title = Lexicon.titles.match(t, endingAt: end), n - title.length <= 2 { return nil }
        }
        return lo..<end
    }

    /// Whether a cue word starts at `k` of a phrase ending at `end` as a verb: not one the
    /// phrase's last character makes a noun of who does it (批评|家, 质疑|者, 评论|员).
    private func cueInPhrase(at k: Int, _ end: Int) -> Bool {
        guard let cue = Lexicon.cues.match(text.folded, at: k) else { return false }
        return k + cue.length != end - 1
    }

    /// Past 有 (or 也有, 还有) saying there are the people the phrase goes on to describe.
    private func pastExistential(_ k: Int, _ end: Int) -> Int {
        let t = text.folded
        var k = k
        if k + 1 < end, "也还".unicodeScalars.contains(t[k]), t[k + 1] == "有" { k += 1 }
        return k + 3 < end && t[k] == "有" ? k + 1 : k
    }

    private static let personalPronouns = ScalarSet("我你他她")

    /// Voices nobody is named for: commentary, a movement, views, the market, opinion at large
    /// (关于阿富汗的大量评论认为, 反殖民运动一直认为, 有声音认为, 一种观点认为, 市场普遍认为), an
    /// unnamed source as the people who hold them would be.
    func collectiveVoice(_ np: Range<Int>) -> Range<Int>? {
        let end = trimmedTail(np)
        guard end > np.lowerBound, mentionAt[end - 1] < 0, mentionsIn(np).isEmpty,
              let voice = Self.collectiveVoices.match(text.folded, endingAt: end), end - np.lowerBound <= voice.length + Self.voiceModifier else { return nil }
        // (他表示，市场担心…: the market inside someone's words is what they say of it)
        if text.foldedText((end - voice.length)..<end) == "市场", !opensSentence(np.lowerBound) { return nil }
        // (警察发出声音警告: a sound made, not a voice that speaks)
        if (np.lowerBound..<end).contains(where: { Lexicon.issuingVerbs.match(text.folded, at: $0) != nil }) { return nil }
        // (听取各方意见和建议: opinions and advice heard, 建议 no cue of theirs)
        if adviceFollows(end) { return nil }
        return np.lowerBound..<end
    }

    /// Whether 建议 follows `k` (意见建议). After a joiner (意见和建议) 建议 is no cue at all:
    /// `cueAllowed` asks for a noun joined to the one before.
    private func adviceFollows(_ k: Int) -> Bool {
        let t = text.folded
        return k + 1 < t.count && t[k] == "建" && t[k + 1] == "议"
    }

    /// The most characters describing a voice before it (国内占主流地位的观点: 8).
    private static let voiceModifier = 12

    private static let collectiveVoices = PhraseMatcher<Bool>(["评论", "运动", "声音", "舆论", "社论", "观点", "看法", "意见", "市场"].map { ($0, true) })

    /// 去年有报道称, 早在去年六月就有消息称, 网络上有消息指出: reports there were, after when or
    /// where, ending the subject (有报道, 有消息 …); an unnamed source like the same words alone.
    func sourceThereWas(in r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let end = trimmedTail(r)
        // (the source ends the subject, 有报道|显示, or runs into a report cue, 有|报道称)
        let k = Lexicon.unnamedSources.match(t, endingAt: end).map { end - $0.length } ?? end - 1
        guard k > r.lowerBound, t[k] == "有", !"没沒".unicodeScalars.contains(t[k - 1]),  // (半年多也沒有消息)
              let u = Lexicon.unnamedSources.match(t, at: k), k - r.lowerBound <= 10,
              mentionsIn(r).isEmpty else { return nil }
        let before = r.lowerBound..<k
        // (only when: 你将不再需要有人告诉你 is no source that was)
        let when = before.contains { Self.timeCharacters.contains(t[$0]) }
            && !before.contains { t[$0] == "的" || Lexicon.cues.match(t, at: $0) != nil }
        guard when || onlyAdverbs(before) else { return nil }
        return k..<(k + u.length)
    }

    private static let timeCharacters = ScalarSet("年月日时前后近早")

    /// The last organization named before `limit`, from `paragraphsBack` paragraphs before this
    /// one on, that `fits`: what 该公司 or a bare 警方 points back to.
    func lastOrganizationNamed(before limit: Int, paragraphsBack: Int, where fits: (Mention) -> Bool) -> Actor? {
        lastNamed(.organization, in: text.paragraphs[max(0, paragraph - paragraphsBack)].lowerBound..<limit, where: fits)
    }

    /// The last actor of `kind` whose mention lies inside `r` and `fits`.
    func lastNamed(_ kind: Catalog.Entry.Kind, in r: Range<Int>, where fits: (Mention) -> Bool = { _ in true }) -> Actor? {
        lastMention(in: r, where: { $0.actor.kind == kind && fits($0) })?.actor
    }

    /// The last mention lying inside `r` that `fits`, of whatever kind.
    func lastMention(in r: Range<Int>, where fits: (Mention) -> Bool) -> Mention? {
        mentions.last(where: { $0.range.upperBound <= r.upperBound && $0.range.lowerBound >= r.lowerBound && fits($0) })
    }

    /// 普京会见了习近平，后者表示… / 布林肯致电王毅。后者强调… (the latter): the one named right
    /// before, with only punctuation between, or only their words (Morici 的观点，后者); when other
    /// words come between (…的一名记者，后者) the latter is whatever they name.
    func latterNamed(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        guard trimmedTail(np) - np.lowerBound == 2, t[np.lowerBound] == "后", t[np.lowerBound + 1] == "者" else { return nil }
        var k = np.lowerBound
        while k > 0, Lexicon.endsClause(text.original[k - 1]) || text.original[k - 1].isSpace { k -= 1 }
        guard k < np.lowerBound, k > 0 else { return nil }
        // …Peter Morici 的观点，后者…: past someone's words to whose they are
        if mentionAt[k - 1] < 0, let words = Lexicon.someonesWords.match(t, endingAt: k), k - words.length > 1, t[k - words.length - 1] == "的" {
            k -= words.length + 1
            while k > 0, text.original[k - 1].isSpace { k -= 1 }
        }
        guard k > 0, mentionAt[k - 1] >= 0 else { return nil }
        let m = mentions[mentionAt[k - 1]]
        return m.actor.kind == .document ? nil : m.actor
    }

    /// Whether the phrase ending at `end` ends with a word for people (商人, 学者, 官员, 用户).
    func endsInPersonWord(_ end: Int) -> Bool {
        Lexicon.peopleEnds.contains(text.folded[end - 1]) || text.folded[end - 1] == "户"
    }

    /// Phrases that point back to people by 人 alone (此人, 这些人).
    private static let pointedBackPeople = PhraseMatcher<Bool>(["此人", "该人", "这个人", "那个人", "这些人", "那些人", "这些人士", "此人士"].map { ($0, true) })

    /// 这位贡献者说 / 该用户表示: someone pointed back to by what they are, not by a title a
    /// named person had (those go to `titleSubject` first): the article never named them.
    func pointedBackPerson(_ np: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let end = trimmedTail(np)
        // (此人说, 这些人还表示: the person or people the article just described, unnamed)
        if Self.pointedBackPeople.match(t, at: np.lowerBound)?.length == end - np.lowerBound { return np.lowerBound..<end }
        guard let d = Lexicon.demonstratives.match(t, at: np.lowerBound), end - np.lowerBound - d.length >= 2,
              end - np.lowerBound - d.length <= 8, mentionsIn(np).isEmpty,
              endsInPersonWord(end),
              ((np.lowerBound + d.length)..<end).allSatisfy({ Lexicon.isHan(t[$0]) && t[$0] != "的" }) else { return nil }
        return np.lowerBound..<end
    }

    /// Where a group or role noun ends that a person only owns (特朗普政府的官员担心, 普京的发言人表示,
    /// …舒斯特（Simon & Schuster）的消息人士都表示): those people speak, unnamed, not the person.
    /// The noun follows a 的 or a government word right after the name (特朗普政府官员) and
    /// ends like people (官员, 支持者, 家人) or a title (顾问); 特朗普的说法 and 特朗普总统
    /// stay the person's. Owners may be several (佩洛西和舒默各自的助手透露).
    func ownedGroupEnd(after m: Mention, before limit: Int) -> Int? {
        let t = text.folded
        let k = afterCoOwners(from: pastGloss(from: m.range.upperBound, before: limit), before: limit)
        guard k < limit else { return nil }
        let end = trimmedTail(k..<nounPhraseEnd(k..<limit))
        guard end > k, !mentionsIn(k..<end).contains(where: { $0.actor.kind == .person }),
              Lexicon.groupEnds.contains(t[end - 1]) || Lexicon.titles.match(t, endingAt: end) != nil
                || Self.relatives.match(t, endingAt: end) != nil else { return nil }
        // right after the name, or closing a clause about the person (与普京接触过的人, 接近
        // 韩国瑜的国民党内人士): 习近平向…的居民表示 and 柯尔利作为…的董事 are the person acting
        let owned = t[k] == "的" && mentionAt[k] < 0 || closesRelativeClause(from: k, to: end)
        let governed = Lexicon.administrations.match(t, at: k).map { $0.length < end - k } ?? false
        return owned || governed ? end : nil
    }

    /// Kin and friends a person has (普京的女儿, Willie Bo 的堂兄): they speak, not the person.
    static let relatives = PhraseMatcher<Bool>([
        "女儿", "儿子", "妻子", "太太", "丈夫", "父亲", "母亲", "爸爸", "妈妈", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹",
        "堂兄", "堂弟", "堂哥", "表兄", "表弟", "表哥", "表姐", "侄子", "侄女", "孙子", "孙女", "女婿", "儿媳", "遗孀", "前妻",
        "前夫", "未婚妻", "未婚夫", "女友", "男友", "朋友", "好友", "家属", "亲属", "亲戚",
    ].map { ($0, true) })

    /// 特朗普政府认为 / 蔡英文阵营内部普遍认为: a leader's administration or camp speaks as a body
    /// of its own, named by the words as written, not as the leader.
    func administration(of m: Mention, before limit: Int) -> Actor? {
        let t = text.folded
        let k = m.range.upperBound
        guard let admin = Lexicon.administrations.match(t, at: k) else { return nil }
        let name = k + admin.length
        let end = trimmedTail(k..<nounPhraseEnd(k..<limit))
        guard name == end || Lexicon.insideParts.match(t, at: name)?.length == end - name else { return nil }
        let written = m.range.lowerBound..<name
        return Actor(key: Actor.localKey(text.foldedText(written)), name: text.text(written), kind: .organization)
    }

    /// Whether `k..<end` is a short clause about the person just named, closed by 的 (接触过的):
    /// no preposition opens it (向, 作为, 对: the person acts), and no one else is named in it.
    private func closesRelativeClause(from k: Int, to end: Int) -> Bool {
        guard end - k <= 12, !Lexicon.actingPrepositions.contains(text.folded[k]), let de = lastDe(in: k..<end), de > k else { return false }
        return !mentionsIn(k..<de).contains { $0.actor.kind == .person }
    }

    /// Past further owners joined to the first (和舒默, 、拜登: a name found or a word of at
    /// most four Han characters) and a 各自, when a 的 follows them: otherwise `k` itself.
    /// Not past a pronoun: in 博索纳罗和他的民兵们 the person speaks with his men.
    private func afterCoOwners(from k: Int, before limit: Int) -> Int {
        let t = text.folded
        var j = k
        while j + 1 < limit, Lexicon.conjunctions.contains(t[j]), Lexicon.pronouns.match(t, at: j + 1) == nil {
            var e = j + 1
            if mentionAt[e] >= 0, mentions[mentionAt[e]].range.lowerBound == e {
                e = mentions[mentionAt[e]].range.upperBound
            } else {
                while e < limit, e - j <= 4, Lexicon.isHan(t[e]), t[e] != "的", t[e] != "各", mentionAt[e] < 0 { e += 1 }
            }
            guard e > j + 1 else { break }
            j = e
        }
        if j + 2 < limit, t[j] == "各", t[j + 1] == "自" { j += 2 }
        return j > k && j < limit && t[j] == "的" ? j : k
    }

    /// Where the source noun of a subject ends: before a report noun that follows it
    /// (中国官方媒体的报道 is state media speaking), else at the phrase's end.
    func unnamedSourceEnd(_ end: Int, from start: Int) -> Int {
        let t = text.folded
        guard let report = Lexicon.reportNouns.match(t, endingAt: end) else { return end }
        var k = end - report.length
        if k > start, t[k - 1] == "的" { k -= 1 }
        return k > start && Lexicon.unnamedSources.match(t, endingAt: k) != nil ? k : end
    }

    /// 伊拉克和美国官员表示: people of places joined to the phrase by 和 or 与, unnamed, where
    /// the first place alone ends the noun phrase. Where the joined phrase ends.
    func joinedPeopleEnd(_ np: Range<Int>, in r: Range<Int>) -> Int? {
        guard np.upperBound < r.upperBound, Self.joiners.contains(text.folded[np.upperBound]) else { return nil }
        let next = (np.upperBound + 1)..<r.upperBound
        let end = trimmedTail(next.lowerBound..<nounPhraseEnd(next))
        guard end > next.lowerBound, mentionAt[end - 1] < 0, Lexicon.unnamedSources.match(text.folded, endingAt: end) != nil,
              onlyAdverbs(end..<r.upperBound) else { return nil }
        return end
    }

    private static let joiners = ScalarSet("和与及")

    /// 中国石化在伊朗的一名顾问表示: one of a body's people, not named, after the phrase's last 的
    /// (an indefinite and up to ten characters running to the cue): an unnamed source, not the
    /// body. Where that phrase ends.
    func indefiniteOwned(after np: Range<Int>, in r: Range<Int>) -> Int? {
        let t = text.folded
        // (a name may run on past the phrase it opens, 北京日报 after 北京: then nothing follows it)
        guard np.upperBound <= r.upperBound, !mentionsIn(np).isEmpty, let de = lastDe(in: np.upperBound..<r.upperBound) else { return nil }
        var p = de + 1
        while p < r.upperBound, t[p].isSpace { p += 1 }
        guard p < r.upperBound, Lexicon.indefinites.match(t, at: p) != nil else { return nil }
        let end = trimmedTail(p..<r.upperBound)
        guard end - p <= 10, !mentionsIn(p..<end).contains(where: { $0.actor.kind == .person }) else { return nil }
        return end
    }

    /// 菲多利的工人如今已经…联合了起来，他们认为: the people of a body or country heading the
    /// sentence before 他们 are who 他们 are, not the body (its workers do not speak for it; its
    /// researchers, a member noun, do). The phrase: a name, 的, and up to five characters ending
    /// like people (工人, 员工们, 支持者).
    func groupOpening(_ sentence: ArticleText.Sentence, before limit: Int) -> String? {
        let t = text.folded
        let lo = skipLeading(sentence.range.lowerBound, limit)
        guard lo < limit, mentionAt[lo] >= 0, mentions[mentionAt[lo]].actor.kind != .person else { return nil }
        let de = mentions[mentionAt[lo]].range.upperBound
        guard de + 2 < limit, t[de] == "的" else { return nil }
        var end: Int?
        for j in (de + 1)..<min(limit, de + 6) {
            guard Lexicon.isHan(t[j]), mentionAt[j] < 0 else { break }
            if Lexicon.peopleEnds.contains(t[j]) || t[j] == "工" { end = j + 1 }
        }
        guard let end, Lexicon.memberNouns.match(t, endingAt: end) == nil else { return nil }
        return text.text(lo..<end)
    }

    /// 国家安全和公共卫生专家担心 / 研究 APT10 运营的一位消息人士表示: a phrase naming no one that
    /// joins fields by 和, or describes by a clause before its last 的, and ends in an unnamed
    /// source (专家, 消息人士) is that source (a body named in it is left to the rules for bodies).
    func unnamedPastClause(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        var end = trimmedTail(r)
        while end > r.lowerBound, Self.trailingAdverbs.contains(t[end - 1]) || text.original[end - 1].isSpace { end -= 1 }
        guard end > r.lowerBound, let u = Lexicon.unnamedSources.match(t, endingAt: end), mentionAt[end - 1] < 0 else { return nil }
        let noun = end - u.length
        let named = mentionsIn(r.lowerBound..<end)
        guard noun > r.lowerBound, named.isEmpty else { return nil }
        // (not 国际计算机科学研究所的研究人员: an institution's, left to `memberBody`)
        if let de = lastDe(in: r.lowerBound..<noun), de > r.lowerBound, !endsLikeInstitution(beforeGloss(de, from: r.lowerBound)) {
            var k = de + 1
            while k < noun, t[k].isSpace { k += 1 }
            if let one = Lexicon.indefinites.match(t, at: k) { k += one.length }
            if k == noun { return r.lowerBound..<end }
        }
        return (r.lowerBound..<noun).contains { Lexicon.conjunctions.contains(t[$0]) } ? r.lowerBound..<end : nil
    }

    /// Adverbs between an unnamed source and its cue (专家都认为, 消息人士也表示).
    static let trailingAdverbs = ScalarSet("都也还则亦均皆更就")
}
