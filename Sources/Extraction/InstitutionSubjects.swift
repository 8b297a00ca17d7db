import ClaimGraphCore

/// An institution named by its bare kind (警方表示, 当局声称, 检方称, 政府说): news names the police
/// or the government of its story once and then writes the word alone. It is the body named
/// with that word before in the article (香港警方, 中国政府), else a body of this article only:
/// one article's 警方 is not another's, so the node is keyed by the article. The same kinds
/// after a place's name (比利时警方) are that place's body. Also the body a bare cue (…，说) goes on
/// with from the clause before it.
extension ClaimFinder {
    /// How many paragraphs back a body named with the word is still the one meant.
    static let institutionReferenceParagraphs = 3

    /// A body's name closing its subject phrase after what kind of body it is or in corner
    /// quotation marks (新興民兵組織卡萊地區防禦聯盟證實, 民兵組織「卡萊地區防禦聯盟」（Kalay…）
    /// 對《RFA Burmese》證實): the name, when it ends like an institution's and names nobody.
    func namedAfterKind(_ np: Range<Int>) -> Actor? {
        let t = text.folded, o = text.original
        var end = trimmedTail(np)
        let quoted = end > np.lowerBound && (o[end - 1] == "」" || o[end - 1] == "”")
        if quoted { end -= 1 }
        var start = end
        while start > np.lowerBound, Lexicon.isHan(t[start - 1]), mentionAt[start - 1] < 0,
              quoted || Self.bodyKinds.match(t, endingAt: start) == nil { start -= 1 }
        guard start > np.lowerBound, quoted ? o[start - 1] == "「" || o[start - 1] == "“" : Self.bodyKinds.match(t, endingAt: start) != nil,
              end - start >= 3, end - start <= 12, endsLikeBodyName(end), !(start..<end).contains(where: { t[$0] == "的" }) else { return nil }
        return Actor(written: start..<end, in: text, kind: .organization)
    }

    /// 中国船舶发布公告称, 中国船舶公告称: the body a country's name opens, written right before
    /// the piece it issued and the verb of issuing, when the words between name a body
    /// (`qualifiedOrganization`), not the country.
    func bodyIssuing(after country: Mention, in r: Range<Int>) -> Actor? {
        let t = text.folded
        var end = trimmedTail(r)
        guard let piece = Lexicon.organizationPieces.match(t, endingAt: end) else { return nil }
        end -= piece.length
        if let verb = Self.issuing.match(t, endingAt: end) { end -= verb.length }
        // (中国的声明说: the country's own statement)
        guard end > country.range.upperBound, t[end - 1] != "的", case .actor(let body)? = qualifiedOrganization(country, phrase: country.range.lowerBound..<end) else { return nil }
        return body.isCountry ? nil : body
    }

    private static let issuing = PhraseMatcher<Bool>(["发布", "发表", "发出", "发"].map { ($0, true) })

    /// First characters of a body's kind after words for people (医生协会, 工人联合会, 学生会).
    private static let bodyContinuations = ScalarSet("协联工会组团党委局部院所处")

    /// Words for what kind of body the name after them is (民兵组织, 人权团体).
    private static let bodyKinds = PhraseMatcher<Bool>(["组织", "团体", "机构", "武装"].map { ($0, true) })

    func bareInstitution(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        var start = np.lowerBound
        if t[start] == "后", end - start > 1 { start += 1 }  // 後警方確認: afterwards, the police
        let named = start
        guard let word = bareInstitutionWord(at: start, before: end), word.upperBound == end else { return nil }
        start = word.lowerBound
        let folded = text.foldedText(start..<end)
        if let country = countryPlacing(named), Lexicon.organizationHeads.contains(folded) { return country }
        // (within a few paragraphs: an article about Belarus that named Iran's government before)
        if let named = lastOrganizationNamed(before: start, paragraphsBack: Self.institutionReferenceParagraphs,
                                             where: { text.foldedText($0.range).hasSuffix(folded) }) {
            return named
        }
        if let last = lastOrganization, last.actor.isNamed(endingWith: folded) { return last.actor }
        let key = "actor:" + StableHash.hex(of: articleKey).prefix(16) + ":" + folded
        return Actor(key: key, name: text.text(named..<end), kind: .organization)
    }

    /// 在意大利，政府…呼吁: the country a clause of place names right before `k`, whose
    /// government the bare word then is.
    private func countryPlacing(_ k: Int) -> Actor? {
        let comma = text.beforeSpaces(k, after: 0)
        guard comma > 1, text.original[comma - 1] == "，" || text.original[comma - 1] == ",", mentionAt[comma - 2] >= 0 else { return nil }
        let m = mentions[mentionAt[comma - 2]]
        guard m.actor.isCountry, m.range.upperBound == comma - 1, m.range.lowerBound > 0, text.folded[m.range.lowerBound - 1] == "在" else { return nil }
        return m.actor
    }

    /// The institution word at `start` (警方, 政府), past a word placing it in the story's own
    /// town or region (当地警方表示, 地方政府称: named as written), before `limit`.
    func bareInstitutionWord(at start: Int, before limit: Int) -> Range<Int>? {
        let t = text.folded
        var k = start
        if let local = Self.localQualifiers.match(t, at: k), limit - k > local.length { k += local.length }
        guard let word = Lexicon.bareInstitutions.match(t, at: k), k + word.length <= limit else { return nil }
        return k..<(k + word.length)
    }

    /// Words that place a bare institution in the story's own town or region.
    static let localQualifiers = PhraseMatcher<Bool>(["当地", "地方", "本地"].map { ($0, true) })

    /// The police, prosecutors or army of a country (ICU's region names, or a catalog country) or
    /// of a place whose name ends in 省, 市, 州, 县, 区 or 岛 (比利时警方, 吉林省警方, 罗德岛州警方):
    /// that body, as written. A clause before 警方 is no place (除非警方, 凌晨五点警方); a city
    /// named without 市 (深圳警方) is not read as one either.
    func regionalForce(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let start = skipLeading(np.lowerBound, np.upperBound), end = trimmedTail(np)
        guard let force = Self.forces.match(t, endingAt: end), case let place = start..<(end - force.length),
              place.count >= 2, place.count <= 6, place.allSatisfy({ Lexicon.isHan(t[$0]) }) else { return nil }
        let named = RegionNames.contains(text.foldedText(place)) || Self.placeEnds.contains(t[place.upperBound - 1])
            || mentionsIn(place).first.map({ $0.range == place && $0.actor.isCountry }) ?? false
        return named ? Actor(written: start..<end, in: text, kind: .organization) : nil
    }

    private static let forces = PhraseMatcher<Bool>(["警方", "检方", "军方"].map { ($0, true) })
    /// Last characters of a place's name (吉林省, 罗德岛州, 大连市).
    private static let placeEnds = ScalarSet("省市州县区岛")

    /// The body a bare cue goes on with from the clause `r` (its mentions `inNP`): one a
    /// description closes with (欧洲各国空管员工会的协调组织 ATCEUC 抨击了…，说…), or one opening
    /// it: the people it qualifies (俄罗斯人认为…，并且担心 / 英国官员谴责…，并抱怨说), or the
    /// institution its name opens.
    func bodyHeadingClause(_ r: Range<Int>, _ inNP: [Mention]) -> Speaker? {
        func isBody(_ m: Mention) -> Bool { m.actor.kind == .organization || m.actor.kind == .outlet }
        guard inNP.contains(where: isBody) else { return nil }
        let lo = r.lowerBound
        let subject = lo..<trimmedTail(lo..<nounPhraseEnd(lo..<firstCue(in: r)))
        // (美国第三大传媒公司 Viacom: a country opening the description only places it)
        if inNP.first.map({ $0.range.lowerBound != lo || $0.actor.isCountry }) == true, let m = inNP.last, isBody(m),
           m.range.upperBound == subject.upperBound, !m.actor.isCountry {
            return .actor(m.actor)
        }
        guard let m = inNP.first(where: isBody), m.range.lowerBound == lo else { return nil }
        // (中国官员旁听了…，并指控: a country's people, right after its name, whatever verb follows;
        // 美国媒体福布斯杂志报道了…，并称: the one they are, named right after; not 印尼医生协会,
        // people naming a body of theirs)
        if m.actor.isCountry, let people = Lexicon.unnamedSources.match(text.folded, at: m.range.upperBound), mentionAt[m.range.upperBound] < 0,
           case let end = m.range.upperBound + people.length, end >= r.upperBound || !Self.bodyContinuations.contains(text.folded[end]) {
            if end < r.upperBound, mentionAt[end] >= 0, case let named = mentions[mentionAt[end]], named.range.lowerBound == end, !named.actor.isCountry {
                return .actor(named.actor)
            }
            return .unnamed(text.text(lo..<end))
        }
        if m.actor.kind == .organization, case .unnamed? = qualifiedOrganization(m, phrase: subject) {
            return .unnamed(text.text(subject))
        }
        return .actor(institution(named: m, before: r.upperBound) ?? m.actor)
    }
}
