import ClaimGraphCore

/// Institutions the catalog does not know, named by the text itself: a short phrase ending like
/// a body's name (台湾陆委会, …研究所), after a trade (柴油发动机制造商康明斯公司) or a description in
/// 的 (卡拉奇的应用经济研究中心), or Latin words and a kind of body (慕尼黑的 Ifo 研究所).
extension ClaimFinder {
    /// An institution the catalog does not know, named by a short phrase that ends like one
    /// (台湾陆委会表示, 国家卫健委称, …研究所指出); not one pointed back to (该中心), not a
    /// clause (在当局认为, 正如研究人员所说, 人们会认为: 会 and 所 end few names on their own).
    func adHocOrganization(_ np: Range<Int>) -> Actor? {
        let end = trimmedTail(np)
        if let named = latinNamedInstitution(np.lowerBound..<end) { return named }
        // (after a description in 的, the name it closes on: 卡拉奇的应用经济研究中心; long
        // enough to be a name, not a kind, 中国的研究中心, nor a word in 心, 一部分内心)
        if let described = lastDe(in: np.lowerBound..<end).map({ $0 + 1 }) {
            let start = tradeEnd(in: described..<end) ?? described
            guard end - start >= Self.shortestDescribedInstitution, mentionsIn(start..<end).isEmpty, endsLikeBodyName(end),
                  !countsBodies(start..<end) else { return nil }
            return adHocName(start..<end)
        }
        let start = tradeEnd(in: np.lowerBound..<end) ?? np.lowerBound
        guard end - start >= 3, mentionsIn(np).isEmpty, endsLikeInstitution(end) else { return nil }
        return adHocName(start..<end)
    }

    /// A body described only by its kind after 的 (与之合作的审计机构, 负责此事的律师事务所): too short
    /// to be a name (`shortestDescribedInstitution`), naming no one; the words are who speaks,
    /// unnamed.
    /// Not one pointed back to (这家世界上最富有的公司, 该国的宪法法院), nor a clause (已经注意到了他的
    /// 组织, 一旦被…的机构), nor 的 inside a name (美的集团), nor a kind given by an example (像筑博
    /// 这样的大公司).
    func describedKindOfBody(_ np: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let end = trimmedTail(np)
        let start = skipLeading(np.lowerBound, end)
        guard let de = lastDe(in: start..<end), de - start >= 2, end - de - 1 >= 2, end - de - 1 < Self.shortestDescribedInstitution,
              Self.kindsOfBody.match(t, endingAt: end) != nil, mentionsIn(start..<end).isEmpty,
              !Lexicon.pointingCharacters.contains(t[start]), !(start..<de).contains(where: { Self.clauseMarks.contains(t[$0]) }),
              Self.likeWords.match(t, endingAt: de) == nil else { return nil }
        return start..<end
    }

    /// Last words of a body named by its kind (审计机构, 保险公司, 人权组织, 宪法法院).
    private static let kindsOfBody = PhraseMatcher<Bool>(["机构", "公司", "组织", "集团", "法院", "医院", "协会", "银行", "事务所"].map { ($0, true) })
    /// Words after an example of the kind (像筑博这样的大公司: 筑博 may be the one meant).
    private static let likeWords = PhraseMatcher<Bool>(["这样", "那样", "一样", "之类"].map { ($0, true) })
    /// Characters of a clause, not of a description (了, 被, 把).
    private static let clauseMarks = ScalarSet("了被把")

    /// One body of a kind, unnamed (深圳一家中介公司, 纽约一家资产管理公司): the words of `r` end like
    /// an institution, name no one and count it (一家, 一位); the words are no name of theirs.
    func oneBodyOfAKind(_ r: Range<Int>) -> Range<Int>? {
        let end = trimmedTail(r)
        guard end > r.lowerBound, endsLikeInstitution(end), mentionsIn(r.lowerBound..<end).isEmpty, countsOne(r.lowerBound..<end) else { return nil }
        return r.lowerBound..<end
    }

    /// Whether `r` holds a word that counts what it describes (一家, 一位, 多家): a kind, no name.
    func countsOne(_ r: Range<Int>) -> Bool {
        r.contains { Lexicon.indefinites.match(text.folded, at: $0) != nil }
    }

    /// `r` as an institution's name: twelve Han characters at most, no 的, opening no clause.
    private func adHocName(_ r: Range<Int>) -> Actor? {
        let t = text.folded
        guard r.count <= 12, r.allSatisfy({ Lexicon.isHan(t[$0]) && t[$0] != "的" }), !Lexicon.clauseOpeners.contains(t[r.lowerBound]) else { return nil }
        return Actor(written: r, in: text, kind: .organization)
    }

    /// Whether `r` counts bodies rather than names one (一个关键小组, 多家广告代理公司).
    private func countsBodies(_ r: Range<Int>) -> Bool {
        let t = text.folded
        return countsOne(r) || r.contains { Lexicon.numerals.contains(t[$0]) || t[$0] == "多" }
    }

    /// The fewest characters of an institution's name after a description in 的 (应用经济研究中心
    /// is 8; 研究中心 names a kind of body).
    private static let shortestDescribedInstitution = 5

    /// Where a company's trade written before its name ends (柴油发动机制造商康明斯公司, 大型供应商宝鹰
    /// 建设控股集团, 科技巨头…): the name that follows, at least four characters ending like a body's
    /// (not 香港中华厂商联合会, whose trade is its name's).
    private func tradeEnd(in r: Range<Int>) -> Int? {
        guard r.count > 6, endsLikeBodyName(r.upperBound) else { return nil }
        return stride(from: r.upperBound - 4, to: r.lowerBound + 1, by: -1).first { Self.trades.match(text.folded, endingAt: $0) != nil }
    }

    /// Words for a company's trade that describe the company named after them.
    static let trades = PhraseMatcher<Bool>(Lexicon.tradeWords.map { ($0, true) })

    /// An institution named by Latin words and what kind of body it is (慕尼黑的 Ifo 研究所,
    /// CITL 实验室, AI Now 研究所), the end of its phrase; a place before it with 的 only says where it is.
    private func latinNamedInstitution(_ r: Range<Int>) -> Actor? {
        let t = text.folded, o = text.original
        var k = r.upperBound
        while k > r.lowerBound, Lexicon.isHan(t[k - 1]), mentionAt[k - 1] < 0, r.upperBound - k < 5 { k -= 1 }
        // (a kind of body, 研究所 / 集团 / 实验室, not any word ending like one: Matty私心)
        guard k < r.upperBound, r.upperBound - k >= 2, endsLikeBodyName(r.upperBound) else { return nil }
        var w = k
        while w > r.lowerBound, o[w - 1] == " " { w -= 1 }
        let wordEnd = w
        // (up to three words: 纽约大学的 AI Now 研究所)
        for word in 0..<3 {
            if word > 0 {
                guard w - 1 > r.lowerBound, o[w - 1] == " ", ActorFinder.isASCIIWordCharacter(o[w - 2]) else { break }
                let wordStart = w
                w -= 1
                while w > r.lowerBound, ActorFinder.isASCIIWordCharacter(o[w - 1]) { w -= 1 }
                if !ActorFinder.isUpperASCII(o[w]) { w = wordStart; break }
            } else {
                while w > r.lowerBound, ActorFinder.isASCIIWordCharacter(o[w - 1]) { w -= 1 }
            }
        }
        guard wordEnd - w >= 2, ActorFinder.isUpperASCII(o[w]), mentionAt[w] < 0,
              w == r.lowerBound || t[w - 1] == " " && w - 1 > r.lowerBound && t[w - 2] == "的" || t[w - 1] == "的" else { return nil }
        return Actor(written: w..<r.upperBound, in: text, kind: .organization)
    }

    /// The institution a catalog name opens (中国工信部宣布了新规定，声称…: 工信部, not China),
    /// when up to six more characters end like one; not past a word joining a second body
    /// (陆委会和法务部…强调: the Mainland Affairs Council first).
    func institution(named m: Mention, before limit: Int) -> Actor? {
        institutionEnd(after: m, before: limit, reach: Self.institutionReach).map { Actor(written: m.range.lowerBound..<$0, in: text, kind: .organization) }
    }

    /// Where the institution a name opens ends: the last place within `reach` characters after
    /// it that ends like an institution, before anything but Han characters, a name, a cue or a
    /// joining word.
    func institutionEnd(after m: Mention, before limit: Int, reach: Int) -> Int? {
        let t = text.folded
        var k = m.range.upperBound, end: Int? = nil
        while k < limit, k - m.range.upperBound < reach, Lexicon.isHan(t[k]), mentionAt[k] < 0, Lexicon.cues.match(t, at: k) == nil,
              !Self.bodyJoiners.contains(t[k]) {
            k += 1
            if endsLikeInstitution(k) { end = k }
        }
        return end
    }

    /// Most characters after a name that an institution it opens runs on for (中国工信部).
    static let institutionReach = 6

    /// Words joining a second body to a first (陆委会和法务部); not 与, which body names hold
    /// (世界经济与政治研究所), unlike the people joined in `pairJoiners`.
    static let bodyJoiners = ScalarSet("和及、")

    func endsLikeInstitution(_ end: Int) -> Bool { Lexicon.endsLikeInstitution(text.folded, at: end) }

    /// `endsLikeInstitution` for a body's name written out by a rule of its own: 心 alone ends
    /// words (私心, 好奇心), only 中心 a name.
    func endsLikeBodyName(_ end: Int) -> Bool {
        endsLikeInstitution(end) && (text.folded[end - 1] != "心" || Lexicon.organizationSuffixes.match(text.folded, endingAt: end) != nil)
    }
}
