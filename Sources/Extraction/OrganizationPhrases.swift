import ClaimGraphCore

/// An organization opening a subject phrase that goes on past it (美国精英认为, 中国法院表示,
/// 巴西信息交流技术学习中心, 美国国土安全委员会的一封信件): whether the body itself speaks, or the
/// people it qualifies or the longer body it opens.
extension ClaimFinder {
    /// Words for a class of people a country qualifies (英国工人阶级, 中产阶层, 弱势群体).
    static let classNouns = PhraseMatcher<Bool>(["阶级", "阶层", "群体"].map { ($0, true) })

    /// 美国精英认为, 中国法院表示: an organization (mostly a country) that only qualifies the
    /// head noun does not speak. People (精英, 中国人) are an unnamed source; another body
    /// (中国电信) is an organization of its own; 美国政府 stays the country.
    func qualifiedOrganization(_ m: Mention, phrase: Range<Int>) -> Speaker? {
        // An organization inside trailing parentheses (学者（中国）) is past the phrase's end.
        guard m.range.upperBound <= phrase.upperBound else { return nil }
        let head = text.folded[m.range.upperBound..<phrase.upperBound].filter { !$0.isSpace }
        // 克里姆林宫的消息, 美国的声明: what the body says is the body speaking (not 中国的反对意见)
        if head.first == "的", Lexicon.bodyWords.contains(String(scalars: head.dropFirst())) { return .actor(m.actor) }
        // (巴基斯坦政府检测发现, 警方调查显示: what the body did to find it ends the phrase, no name)
        // (not 美国进行的测试: a test someone ran there)
        if let study = Self.studyVerbs.match(text.folded, endingAt: phrase.upperBound), phrase.upperBound - study.length >= m.range.upperBound {
            let shorter = phrase.lowerBound..<(phrase.upperBound - study.length)
            let between = String(scalars: text.folded[m.range.upperBound..<shorter.upperBound].filter { !$0.isSpace && $0 != "的" })
            if between.isEmpty || Lexicon.organizationHeads.contains(between) { return .actor(m.actor) }  // (中国官方统计, 巴基斯坦政府检测)
            if endsLikeInstitution(shorter.upperBound) { return qualifiedOrganization(m, phrase: shorter) }
        }
        // (LinkedIn 恢复了该页面并说: 了 marks a verb, no name goes on)
        guard let last = head.last, head.count <= 6, head.allSatisfy(Lexicon.isHan), !head.contains("了"),
              !Lexicon.organizationHeads.contains(String(scalars: head)) else { return nil }
        // (中国大陆一位…的先生, 美国一位教授: a count, the one counted described after it)
        if Lexicon.groupEnds.contains(last) || (m.range.upperBound..<phrase.upperBound).contains(where: { Lexicon.indefinites.match(text.folded, at: $0) != nil }) {
            return .unnamed(text.text(phrase))
        }
        // 中国官员开始大胆指责, 中国学者能不能批评: the people end where an adverb or a modal starts
        // the predicate (not 印尼医生协会, 华为前员工李洪元)
        // (中国人会相信: people in one character, 人, then the modal)
        if let end = ((m.range.upperBound + 1)..<phrase.upperBound).last(where: {
            Lexicon.unnamedSources.match(text.folded, endingAt: $0) != nil || $0 == m.range.upperBound + 1 && Lexicon.groupEnds.contains(text.folded[$0 - 1])
        }) {
            let people = end + (text.folded[end] == "们" ? 1 : 0)
            if people < phrase.upperBound, Lexicon.breakers.match(text.folded, at: people) != nil
                || Self.predicateOpeners.match(text.folded, at: people) != nil {
                return .unnamed(text.text(phrase.lowerBound..<people))
            }
        }
        // (谷歌会认为, 美国公民会表示, 英国工人阶级会认为: 会 right after the body or after people is
        // the modal opening the predicate, not the end of a name like 保监会)
        if last == "会" {
            if head.count == 1 { return .actor(m.actor) }
            if Lexicon.institutionNames.match(text.folded, endingAt: phrase.upperBound) == nil,
               Lexicon.groupEnds.contains(head[head.count - 2]) || Self.classNouns.match(text.folded, endingAt: phrase.upperBound - 1) != nil {
                return .unnamed(text.text(phrase.lowerBound..<(phrase.upperBound - 1)))
            }
        }
        // (卡塔尔试图把自己描绘成: a predicate, no body's name)
        if (0..<head.count).contains(where: { Self.predicateWords.match(head, at: $0) != nil }) { return nil }
        // (老人用意大利语指点说: the country's language, in which someone unnamed speaks)
        if head.first == "语" && !head.starts(with: "语言".unicodeScalars) || head == ["文"] { return .unnamed(text.text(phrase)) }
        // (白宫严正表示, 港府才宣布: one character past the body that ends no body's name is a word
        // the phrase was cut inside or an adverb, not a name of its own; but 推特上, 美国有, 法国版 are
        // somewhere or something of the body's, not the body)
        if head.count == 1, !endsLikeInstitution(phrase.upperBound), !Self.notTheBody.contains(last) { return .actor(m.actor) }
        if let post = postFromFirstName(phrase) { return .actor(Actor(written: post, in: text, kind: .organization)) }
        let body = m.range.lowerBound..<phrase.upperBound
        if let outlet = adHocOutlet(body) { return .actor(outlet) }
        return .actor(Actor(written: body, in: text, kind: .organization))
    }

    /// 中国驻德国大使称, 通用汽车全球执行副总裁兼通用汽车中国公司总裁说: a post the phrase names,
    /// held by someone it does not name, written whole from the name opening it (not a body
    /// opened by the last country in it, 德国大使); only a phrase the name opens with nothing
    /// counting, joining or owning in it (not 在场的一位前白宫助理, 中国的分管副总理或美国贸易代表).
    /// The post stays an office's node, as 巴西总统 is: no person is named.
    private func postFromFirstName(_ phrase: Range<Int>) -> Range<Int>? {
        let t = text.folded
        guard Lexicon.titles.match(t, endingAt: phrase.upperBound) != nil || Lexicon.offices.match(t, endingAt: phrase.upperBound) != nil,
              let first = mentionsIn(phrase).first, first.range.lowerBound == skipLeading(phrase.lowerBound, phrase.upperBound),
              !(first.range.lowerBound..<phrase.upperBound).contains(where: { t[$0] == "的" || Lexicon.conjunctions.contains(t[$0]) })
        else { return nil }
        return first.range.lowerBound..<phrase.upperBound
    }

    /// 美国国土安全委员会的一封信件: the body a country opens, written out up to the 的 before
    /// what it issued, as an institution a name opens is (`institutionEnd`), over a longer reach.
    func bodyPlaced(by country: Mention, in np: Range<Int>) -> Actor? {
        guard let de = (country.range.upperBound..<np.upperBound).first(where: { text.folded[$0] == "的" }),
              institutionEnd(after: country, before: de, reach: Self.placedBodyLength) == de, endsLikeBodyName(de) else { return nil }
        return Actor(written: country.range.lowerBound..<de, in: text, kind: .organization)
    }

    /// Most characters of a body's name after the country that places it.
    static let placedBodyLength = 10

    /// How a body found what it reports (检测, 调查, 研究), closing its subject phrase.
    static let studyVerbs = PhraseMatcher<Bool>(["检测", "调查", "研究", "测试", "监测", "统计", "分析"].map { ($0, true) })

    /// Single characters after a body's name that make something else of it: a place in or on
    /// it (推特上, 新浪微博中), a time (英國時), an edition (法国版), descent (西班牙裔), there being
    /// (美国有), a person addressed (中国你).
    static let notTheBody = ScalarSet("上中里内外时版裔有你我他她")

    /// Words of a predicate, which no body's name after a country holds (试图, 把…自己).
    static let predicateWords = PhraseMatcher<Bool>(["把", "自己", "试图", "企图", "打算", "为此", "对此", "或许", "也许", "可以", "予以", "私下"].map { ($0, true) })

    /// Words that open a predicate after its subject (开始, 能, 会, 愿意).
    static let predicateOpeners = PhraseMatcher<Bool>(["开始", "能", "会", "可以", "愿意", "诉诸", "当场", "常", "一般", "纷纷", "早", "早就", "早已"].map { ($0, true) })

    /// Whether an organization only opens the subject phrase, more than six characters (or
    /// other scripts) before its end: 巴西信息交流技术学习中心, 美国各大出版商的主要负责人,
    /// 瑞士再保险的研究部门. The country or body named first is then not the one speaking.
    func opensLongPhrase(_ m: Mention, _ phrase: Range<Int>) -> Bool {
        guard m.range.upperBound < phrase.upperBound else { return false }
        let head = text.folded[m.range.upperBound..<phrase.upperBound].filter { !$0.isSpace }
        return head.count > 6 || !head.allSatisfy(Lexicon.isHan)
    }

    /// Who a long subject phrase names: an institution when it ends like one (in Han script,
    /// at most 16 characters), unnamed people when it ends in a group or role noun
    /// (…的主要负责人, 日本政客们), else nobody the text lets us name (the claim is dropped
    /// rather than credited to the organization that opens the phrase).
    func longPhraseSpeaker(_ m: Mention, _ phrase: Range<Int>) -> Speaker? {
        let t = text.folded
        let end = trimmedTail(phrase)  // without a closing parenthetical (…有限公司 (Tyson Foods Inc.))
        let body = m.range.lowerBound..<end
        guard end > m.range.upperBound else { return nil }
        let acronym = Self.isAcronym(t[m.range.upperBound..<end])
        guard Lexicon.isHan(t[end - 1]) || acronym else { return nil }
        let han = body.allSatisfy { Lexicon.isHan(t[$0]) }
        if body.count <= 16, mentionsIn(m.range.upperBound..<end).isEmpty, han && endsLikeInstitution(end) || acronym {
            return .actor(Actor(written: body, in: text, kind: .organization))
        }
        if Lexicon.groupEnds.contains(t[end - 1]) || Lexicon.titles.match(t, endingAt: end) != nil {
            return .unnamed(text.text(phrase.lowerBound..<end))
        }
        return nil
    }

    /// An acronym after a country names its agency (美国 CDC): capitals and digits only.
    private static func isAcronym<C: Collection>(_ s: C) -> Bool where C.Element == Unicode.Scalar {
        let word = s.filter { !$0.properties.isWhitespace }
        return (2...8).contains(word.count) && word.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
