import ClaimGraphCore

/// Researchers or a representative of a named body, none of them named, speak for it:
/// 国际特赦组织的研究人员说 / Cybereason 的研究人员表示 / 该公司的研究人员称 are the body's words, as
/// the gold conventions and a reader auditing the claim take them. A country's researchers
/// (中国研究人员, 美国的分析师) are people of a nation, not a body that speaks, and stay unnamed.
extension ClaimFinder {
    /// How many paragraphs on a bare 研究人员表示 still means the researchers named before.
    static let memberReferenceParagraphs = 6

    /// The body whose members head the subject phrase `np` of the clause `r`; nil when words
    /// other than adverbs or the circumstances of speaking follow them (上海航运交易所研究员周漱说:
    /// a researcher with a name).
    func memberBody(_ np: Range<Int>, in r: Range<Int>) -> Actor? {
        let t = text.folded
        var end = trimmedTail(np)
        // (野村控股的经济学家们: a body's members in the plural; bare, 科学家们发现, people in general)
        let plural = end - 1 > np.lowerBound && t[end - 1] == "们"
        if plural { end -= 1 }
        let listed = Lexicon.memberNouns.match(t, endingAt: end)
        guard let noun = listed ?? Self.ownedMembers.match(t, endingAt: end), onlyCircumstances(np.upperBound..<r.upperBound) else { return nil }
        var k = end - noun.length
        while k > np.lowerBound, t[k - 1].isSpace { k -= 1 }
        // 麻省理工学院的一组科学家: a group of a body's people are still its people
        if let group = Lexicon.indefinites.match(t, endingAt: k), k - group.length > np.lowerBound { k -= group.length }
        if k == np.lowerBound {
            guard listed != nil, !plural else { return nil }
            // 研究人员表示 after Cybereason 的研究人员: the same researchers, whether or not they
            // spoke there (Cybereason 的研究人员透露了调查结果。…研究人员表示)
            // (the same members: 中联办发言人 does not make a later bare 分析人士 the Liaison Office's)
            let nounText = text.foldedText((end - noun.length)..<end)
            if let last = memory.lastMemberBody, last.noun == nounText, paragraph - last.paragraph <= Self.memberReferenceParagraphs { return last.actor }
            return bodyNamedWithMembers(nounText, before: np.lowerBound)
        }
        let owned = t[k - 1] == "的"
        if owned { k -= 1 }
        while k > np.lowerBound, t[k - 1].isSpace { k -= 1 }
        k = beforeGloss(k, from: np.lowerBound)  // 标普 (Standard & Poor's) 的分析师
        // (接近平安集团的人士, 前述银行人士: people near a body or of one unnamed; Pelosi 的工作人员:
        // a person's staff are not that person)
        let owner = mentionAt[k - 1] >= 0 ? mentions[mentionAt[k - 1]] : nil
        guard listed != nil || owned && owner.map({ $0.actor.kind != .person && $0.range.lowerBound == skipLeading(np.lowerBound, k) }) == true
        else { return nil }
        // (该公司发言人表示: the body pointed back to)
        guard let body = body(endingAt: k, from: np.lowerBound) ?? pointedBackBody(np.lowerBound..<k) else { return nil }
        // (the plural kept: 经济学家预计 four paragraphs after 野村的经济学家们 are others)
        memory.lastMemberBody = (body, paragraph, text.foldedText((end - noun.length)..<(plural ? end + 1 : end)))
        return body
    }

    /// 该发言人还说 after 微软发言人表示: the member pointed back to speaks for the body whose
    /// member of that kind spoke last, when nobody else spoke since; else nil, for the rules on
    /// people pointed back to (外交部发言人赵立坚…。该发言人: a named spokesman).
    func memberPointedBack(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        guard let pointer = Lexicon.demonstratives.match(t, at: np.lowerBound), let noun = Lexicon.memberNouns.match(t, endingAt: end),
              np.lowerBound + pointer.length == end - noun.length,
              let last = memory.lastMemberBody, last.noun == text.foldedText((end - noun.length)..<end),
              paragraph - last.paragraph <= Self.memberReferenceParagraphs,
              case .actor(let previous)? = claims.last?.speaker, previous.key == last.actor.key else { return nil }
        return last.actor
    }

    /// Members of a body the article does not name speak unnamed (郑州一家客运企业负责人说,
    /// 另一位型煤企业负责人认为, 上述大型券商投行负责人表示): the phrase, up to the member noun,
    /// holding no name of anyone.
    func unnamedMembers(_ np: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let end = trimmedTail(np)
        let start = skipLeading(np.lowerBound, end)
        // (not members pointed back to, 其发言人, 该公司负责人: theirs is the body named before)
        guard let noun = Lexicon.memberNouns.match(t, endingAt: end), end - noun.length > start, end - start <= 16,
              !Self.pointingBack.contains(t[start]), mentionsIn(start..<end).isEmpty,
              np.lowerBound == 0 || text.original[np.lowerBound - 1] != "、",  // (…国务院总理、部委负责人都作出: a list)
              (start..<(end - noun.length)).allSatisfy({ Lexicon.isHan(t[$0]) && Lexicon.cues.match(t, at: $0) == nil
                  && Lexicon.pronouns.match(t, at: $0) == nil }) else { return nil }
        return start..<end
    }

    private static let pointingBack = ScalarSet("其该此这那")

    /// Members who speak for a body only when it is named with them (中国石油集团的官员表示,
    /// 中国石化的人士称, Area1 的调查人员表示): bare, 官员 and 人士 are anyone's, and a country's
    /// (美国官员) stay unnamed.
    private static let ownedMembers = PhraseMatcher<Bool>(["官员", "人士", "调查人员", "工作人员"].map { ($0, true) })

    /// 英国一位…最杰出莎士比亚学者之一透露, 一位普京问题专家说: a person right before a word for
    /// someone who studies them is what the speaker studies; the speaker is unnamed. The phrase
    /// to the scholar word, or nil.
    func scholarOfPerson(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        var end = trimmedTail(r)
        if end - r.lowerBound > 2, t[end - 2] == "之", t[end - 1] == "一" { end -= 2 }
        guard let noun = Self.scholarNouns.match(t, endingAt: end), end - noun.length > r.lowerBound,
              mentionAt[end - noun.length - 1] >= 0 else { return nil }
        let m = mentions[mentionAt[end - noun.length - 1]]
        guard m.actor.kind == .person, m.range.upperBound == end - noun.length, mentionAt[end - 1] < 0 else { return nil }
        return skipLeading(r.lowerBound, end)..<end
    }

    /// (Not 研究人员 or 研究员: 卡巴斯基研究人员 are the company's, `memberBody`.)
    private static let scholarNouns = PhraseMatcher<Bool>(["学者", "专家", "研究专家", "问题专家", "研究学者", "学家", "传记作者"].map { ($0, true) })

    /// The body last written with these members (Cybereason 的研究人员) in this paragraph or the
    /// few before `limit`, not a country's.
    private func bodyNamedWithMembers(_ noun: String, before limit: Int) -> Actor? {
        let since = text.paragraphs[max(0, paragraph - Self.memberReferenceParagraphs)].lowerBound
        let t = text.folded, nounScalars = Array(noun.unicodeScalars)
        for m in mentions.reversed() where m.range.upperBound < limit {
            guard m.range.lowerBound >= since else { break }
            guard m.actor.kind == .organization, !m.actor.isCountry else { continue }
            var k = m.range.upperBound
            while k < limit, t[k].isSpace { k += 1 }
            // (Coinbase 发言人 as Cybereason 的研究人员)
            if k < limit, t[k] == "的" {
                k += 1
                while k < limit, t[k].isSpace { k += 1 }
            }
            // (not 野村控股的经济学家们: members in the plural are not the ones a bare noun names later)
            let e = k + nounScalars.count
            if e <= limit, Array(t[k..<e]) == nounScalars, e == limit || t[e] != "们" { return m.actor }
        }
        return institutionNamedWithMembers(nounScalars, since: since, before: limit)
    }

    /// Dots and hyphens inside a body's name (约翰-霍普金斯大学, 约翰·霍普金斯大学).
    private static let namePunctuation = ScalarSet("·・‧-")

    /// 来自兰开斯特大学的一组研究人员 … 研究人员表示: a body the catalog does not know, named by a
    /// phrase ending like an institution before 的, perhaps a group word, and these members.
    private func institutionNamedWithMembers(_ noun: [Unicode.Scalar], since: Int, before limit: Int) -> Actor? {
        let t = text.folded
        var p = limit - noun.count
        while p > since {
            defer { p -= 1 }
            guard t[p] == noun[0], t[p..<(p + noun.count)].elementsEqual(noun), t[p + noun.count] != "们" else { continue }
            // (柏林技术大学的研究人员 Altaf Shaik: a title of the one named after it, not a group)
            let after = text.pastSpaces(p + noun.count, before: limit)
            if after < limit, mentionAt[after] >= 0, mentions[mentionAt[after]].actor.kind == .person { continue }
            var de = p - 1
            if let group = Lexicon.indefinites.match(t, endingAt: p) { de -= group.length }
            guard de > since, t[de] == "的" else { continue }
            var s = de
            while s > since, Lexicon.isHan(t[s - 1]) || Self.namePunctuation.contains(t[s - 1]) { s -= 1 }
            if let body = adHocOrganization(pastFrom(skipLeading(s, de))..<de) { return body }
        }
        return nil
    }

    /// 蒂芙尼发言人称 / 埃克森美孚的发言人表示: a spokesman of a body the article names only there
    /// speaks for that body, as the gold credits 该公司发言人 to the company. Not an unnamed or
    /// described one (一位发言人, 官方发言人), not a country's (巴西发言人), not a phrase (负责此事的发言人).
    /// Asked only when no spokesman was named before (外交部发言人赵立坚 … 外交部发言人还表示).
    func spokesmanBody(_ np: Range<Int>) -> Actor? {
        let end = trimmedTail(np)
        guard let title = Self.spokesmen.match(text.folded, endingAt: end), let body = spokesmanOwner(np, titleAt: end - title.length) else { return nil }
        // (a later bare 发言人说 is the same spokesman's: `memberBody`)
        memory.lastMemberBody = (body, paragraph, text.foldedText((end - title.length)..<end))
        return body
    }

    /// The body named before the spokesman's title starting at `title`.
    private func spokesmanOwner(_ np: Range<Int>, titleAt title: Int) -> Actor? {
        let t = text.folded
        var k = title
        // (Lazada 的一位发言人: one of its spokesmen; 飞利浦 (Philips) 发言人: past the gloss)
        if let one = Lexicon.indefinites.match(t, endingAt: k), k - one.length > np.lowerBound + 1, t[k - one.length - 1] == "的" { k -= one.length }
        if k > np.lowerBound, t[k - 1] == "的" { k -= 1 }
        while k > np.lowerBound, t[k - 1].isSpace { k -= 1 }
        k = beforeGloss(k, from: np.lowerBound)
        let name = np.lowerBound..<k
        guard Self.vagueOwners.match(t, endingAt: k) == nil else { return nil }  // (华大基因相关发言人)
        if let named = namedSpokesmanBody(name) { return named }
        guard name.count >= 2, name.count <= 8, mentionsIn(name).isEmpty,
              name.allSatisfy({ Lexicon.isHan(t[$0]) && t[$0] != "的" && Lexicon.cues.match(t, at: $0) == nil }),
              !Lexicon.clauseOpeners.contains(t[name.lowerBound]), !name.contains(where: { Lexicon.indefinites.match(t, at: $0) != nil }),
              !"上中里内".unicodeScalars.contains(t[k - 1]), name.count > 3 || t[k - 1] != "部",  // 集会上, 外交部: a place, a ministry of whom?
              Lexicon.unnamedSources.match(t, endingAt: k) == nil, Lexicon.bareInstitutions.match(t, at: name.lowerBound) == nil,
              !RegionNames.contains(text.foldedText(name)), !Self.describedSpokesmen.contains(text.foldedText(name)) else { return nil }
        return Actor(written: name, in: text, kind: .organization)
    }

    /// The body a spokesman's owner names when it is a Latin name (Lazada) or one written like
    /// an institution's (镇江市政府, 人保集团), of 4 to 20 characters naming no person.
    private func namedSpokesmanBody(_ name: Range<Int>) -> Actor? {
        let o = text.original
        guard name.count >= 2, name.count <= 20 else { return nil }
        if mentionAt[name.upperBound - 1] >= 0 { return body(endingAt: name.upperBound, from: name.lowerBound) }
        if ("A"..."Z").contains(o[name.lowerBound]), name.allSatisfy({ o[$0].isASCII && (o[$0].properties.isAlphabetic || " .&-".unicodeScalars.contains(o[$0])) }) {
            return Actor(written: name, in: text, kind: .organization)
        }
        // (not a bare one: 外交部 of whom, 公司; nor one counted out: 一位外交部发言人)
        guard name.count >= 4, endsLikeInstitution(name.upperBound), Lexicon.bareInstitutions.match(text.folded, at: name.lowerBound)?.length != name.count,
              Lexicon.indefinites.match(text.folded, at: name.lowerBound) == nil,
              name.allSatisfy({ Lexicon.isHan(text.folded[$0]) && text.folded[$0] != "的" }),
              !mentionsIn(name).contains(where: { $0.actor.kind == .person }) else { return nil }
        return Actor(written: name, in: text, kind: .organization)
    }

    private static let vagueOwners = PhraseMatcher<Bool>(["相关", "有关", "寡头"].map { ($0, true) })

    private static let spokesmen = PhraseMatcher<Bool>(["发言人", "新闻发言人", "女发言人", "男发言人"].map { ($0, true) })
    /// Words that describe a spokesman rather than name whose he is.
    private static let describedSpokesmen: Set = ["官方", "政府", "公司", "集团", "企业", "机构", "组织", "部门", "当局", "军方", "警方",
                                                  "首席", "高级", "前任", "现任", "新任", "其", "相关", "有关", "竞选", "白宫", "国务院"]

    /// Where the words before a parenthesized gloss ending at `k` end (标普 (Standard &
    /// Poor's)); `k` itself when no gloss ends there.
    func beforeGloss(_ k: Int, from start: Int) -> Int {
        let o = text.original
        guard k > start, o[k - 1] == ")" || o[k - 1] == "）" else { return k }
        var p = k - 1
        while p > start, o[p] != "(", o[p] != "（" { p -= 1 }
        guard p > start, o[p] == "(" || o[p] == "（" else { return k }
        while p > start, o[p - 1].isSpace { p -= 1 }
        return p
    }

    /// Adverbs, then perhaps where or to whom the words were said (在一封电子邮件中对媒体说),
    /// naming no person.
    private func onlyCircumstances(_ r: Range<Int>) -> Bool {
        if onlyAdverbs(r) { return true }
        var k = r.lowerBound
        while k < r.upperBound, text.original[k].isSpace || Lexicon.adverbs.contains(text.folded[k]) { k += 1 }
        return k < r.upperBound && "在对向于".unicodeScalars.contains(text.folded[k])
            && !mentionsIn(k..<r.upperBound).contains { $0.actor.kind == .person }
    }

    /// The body named by the words of `start..<k`: an organization or outlet ending there (a
    /// Latin name too, which the finder may take for a person's), one named like an institution
    /// (国际特赦组织), or the one 该公司 points back to.
    private func body(endingAt k: Int, from start: Int) -> Actor? {
        if mentionAt[k - 1] >= 0 {
            let m = mentions[mentionAt[k - 1]]
            guard m.range.upperBound == k, m.range.lowerBound >= start, !m.actor.isCountry,
                  !RegionNames.contains(text.foldedText(m.range)), !isNamedAs(m.range.lowerBound) else { return nil }
            switch m.actor.kind {
            case .organization, .outlet: return m.actor
            case .person: return text.original[m.range].allSatisfy({ $0.isASCII }) ? m.actor.asBody : nil
            default: return nil
            }
        }
        if let pointer = Lexicon.pointedBackBodies.match(text.folded, at: start), start + pointer.length == k {
            return pointedBackBody(start..<k)
        }
        // (某债券私募基金的负责人, 前述影视宣发公司高管, 深圳一位中介公司高管: a body the article keeps
        // unnamed; 观察人士以及公司高管: two groups, no body; 军政府发言人: the junta named before)
        if text.folded[start] == "某" || Self.describedBefore.match(text.folded, at: start) != nil || countsOne(start..<k)
            || (start..<k).contains(where: { Self.groupJoiners.match(text.folded, at: $0) != nil }) { return nil }
        return bareInstitution(start..<k) ?? adHocOrganization(start..<k)
    }

    /// Words pointing back to a body described, not named, before (前述影视宣发公司高管).
    private static let describedBefore = PhraseMatcher<Bool>(["前述", "上述"].map { ($0, true) })

    /// Words joining two groups of people (观察人士以及公司高管, 学者、官员), which no body's name holds.
    private static let groupJoiners = PhraseMatcher<Bool>(["以及", "、"].map { ($0, true) })

    /// 一位名叫 Wojciech 的研究人员: a researcher with that name, not a body's.
    func isNamedAs(_ k: Int) -> Bool {
        var p = k
        while p > 0, text.folded[p - 1].isSpace { p -= 1 }
        return Lexicon.namingVerbs.match(text.folded, endingAt: p) != nil
    }
}

private extension Actor {
    /// A Latin name taken for a person's that has members (Intrusion Truth 的代表) is a body's.
    var asBody: Actor { Actor(key: key, name: name, kind: .organization, properties: properties) }
}
