/// Written pieces and outlets the catalog does not know: a piece credited to a one-word name
/// (TechCrunch 的报道说，…), a work named by its title in 《》, an outlet named by its kind, and
/// who issues a statement or a piece (外交部发表声明称).
extension ClaimFinder {
    /// The outlet whose piece (报道, 文章, 社论 …) is the whole subject, when the piece's owner
    /// is one capitalised Latin word that names nothing the catalog knows (TechCrunch, Axios):
    /// only an outlet writes a report of its own under a one-word name, where a person is
    /// named with at least two (Joanna Stern 的报道 stays hers).
    func pieceOwner(_ np: Range<Int>, _ inNP: [Mention]) -> Actor? {
        // (a name found before as someone's, Travis Allen … Allen 的文章称, stays that person)
        guard inNP.allSatisfy({ $0.actor.kind == .person && $0.actor.properties["aliases"] == nil && text.text($0.range) == $0.actor.name }),
              let first = np.first, ActorFinder.isUpperASCII(text.original[first]) else { return nil }
        var k = first
        while k < np.upperBound, ActorFinder.isASCIIWordCharacter(text.original[k]) { k += 1 }
        let word = first..<k
        while k < np.upperBound, text.original[k].isSpace { k += 1 }
        guard word.count >= 2, k < np.upperBound, text.folded[k] == "的",
              let piece = Lexicon.outletPieces.match(text.folded, endingAt: trimmedTail(np)),
              trimmedTail(np) - piece.length == k + 1 else { return nil }
        return Actor(key: Actor.localKey(text.foldedText(word).lowercased()), name: text.text(word), kind: .outlet)
    }

    /// The work a subject names by its title in 《》, when the title is the whole phrase or
    /// what its 的 leads to (《中国幸福论丛》称, …发布的《中国氢能源…白皮书》): the work
    /// speaks, not a name inside its title (China). A title the catalog knows as a whole
    /// (《纽约时报》) is left to the catalog, unless a word for a paper or medium stands before
    /// it (德国的日报《商报》(Handelsblatt) 报道, 官方媒体《人民日报》称): then the title names
    /// the outlet, however the phrase describes it.
    func titledWork(_ np: Range<Int>) -> Actor? {
        let o = text.original
        var end = np.upperBound
        while end > np.lowerBound, o[end - 1].isSpace { end -= 1 }
        // (《思想与文学》一文, 《…》一书: the piece the title names, named again by its kind)
        if let kind = Self.pieceKinds.match(text.folded, endingAt: end), end - kind.length > np.lowerBound, o[end - kind.length - 1] == "》" {
            end -= kind.length
        }
        // (a gloss after the title, 《商报》(Handelsblatt), only after a medium's word: 《纽约客》
        // (The New Yorker) is the catalog's, and 新书《他们》(Them) 中 its author's)
        let glossed = beforeGloss(end, from: np.lowerBound)
        let plain = titleOpen(np.lowerBound..<end)
        guard let open = plain ?? titleOpen(np.lowerBound..<glossed) else { return nil }
        if plain == nil { end = glossed }
        var before = open
        while before > np.lowerBound, o[before - 1].isSpace { before -= 1 }
        let medium = before > np.lowerBound && Self.mediumWords.match(text.folded, endingAt: before) != nil
        let inner = (open + 1)..<(end - 1)
        // (美国《明光杂志》认为, 《高等教育紀事報》(The Chronicle of Higher Education) 說: a title
        // that names a paper by its kind names it glossed too, and after where it is published)
        let paper = medium ? nil : adHocOutlet(inner, titled: true)
        let opening = before == np.lowerBound || text.folded[before - 1] == "的" || paper != nil && isRegion(np.lowerBound..<before)
        guard medium || (plain != nil || paper != nil) && opening else { return nil }
        if let known = mentionsIn(open..<end).first(where: { $0.range == inner || $0.range == open..<end }) { return medium ? known.actor : nil }
        if medium { return titledOutlet(inner) }
        if let paper { return paper }
        let title = text.text(open..<end)
        return Actor(key: Actor.localKey(text.foldedText(inner)), name: title, kind: .document)
    }

    /// Whether `r` is only the name of a country or region (美国, 英國, 香港), spaces aside.
    private func isRegion(_ r: Range<Int>) -> Bool {
        let words = r.filter { !text.original[$0].isSpace }
        guard let first = words.first, let last = words.last, last - first + 1 == words.count else { return false }
        return RegionNames.contains(text.foldedText(first..<(last + 1)))
    }

    /// 《南德意志报》的记者说: reporters of a titled paper the catalog does not know report for it,
    /// as 路透社记者 do for theirs. Nil unless the phrase is the title, 的 or not, and a word for
    /// the paper's staff.
    func titledOutletStaff(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        guard let staff = Self.staffWords.match(t, endingAt: end) else { return nil }
        var k = end - staff.length
        while k > np.lowerBound, t[k - 1].isSpace || t[k - 1] == "的" { k -= 1 }
        guard let open = titleOpen(np.lowerBound..<k), skipLeading(np.lowerBound, open) == open, mentionsIn(open..<k).isEmpty else { return nil }
        return titledOutlet((open + 1)..<(k - 1))
    }

    /// The outlet a title in 《》 names (`inner`: the words inside the marks), known by its kind of
    /// paper (日报, 周刊) or else by the title alone.
    private func titledOutlet(_ inner: Range<Int>) -> Actor {
        adHocOutlet(inner, titled: true) ?? Actor(key: Actor.localKey(text.foldedText(inner)), name: text.text(inner), kind: .outlet)
    }

    /// 科幻杂志《Strange Horizons》中的一篇文章认为: a piece in a titled paper the catalog does not
    /// know is the paper's, as one in a known paper is.
    func titledOutletOfPiece(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        guard Lexicon.outletPieces.match(t, endingAt: end) != nil, let de = (np.lowerBound..<end).last(where: { t[$0] == "的" }) else { return nil }
        let k = de > np.lowerBound && t[de - 1] == "中" ? de - 1 : de
        guard let work = titledWork(np.lowerBound..<k), work.kind == .outlet else { return nil }
        return work
    }

    /// Staff who report for their paper (记者, 编辑, 撰稿人).
    static let staffWords = PhraseMatcher<Bool>(["记者", "编辑", "撰稿人", "特派记者", "驻华记者"].map { ($0, true) })

    /// A written piece's kind after its title (《…》一文, 《…》一书).
    static let pieceKinds = PhraseMatcher<Bool>(["一文", "一书", "一诗", "这篇文章", "这本书", "此文", "此书"].map { ($0, true) })

    /// Where the title in 《》 that ends `r` opens.
    private func titleOpen(_ r: Range<Int>) -> Int? {
        let o = text.original
        guard r.count >= 3, o[r.upperBound - 1] == "》",
              let open = (r.lowerBound..<(r.upperBound - 1)).last(where: { o[$0] == "《" }), r.upperBound - open > 2 else { return nil }
        return open
    }

    /// The outlet an article names before, pointed back to (该报说, 这家杂志称): the one named earlier
    /// in the sentence (路透社将这个故事称为…，该报纸说: Reuters, though The Verge was quoted last),
    /// else the last one quoted; a paper pointed back to is no outlet of its own name; unnamed when
    /// none was named.
    func pointedBackOutlet(_ np: Range<Int>) -> Speaker? {
        let end = trimmedTail(np)
        guard let m = Self.pointedBackMedia.match(text.folded, at: np.lowerBound), np.lowerBound + m.length == end else { return nil }
        let since = text.sentenceIndex(containing: np.lowerBound).map { text.sentences[$0].range.lowerBound } ?? np.lowerBound
        return (lastNamed(.outlet, in: since..<np.lowerBound) ?? lastOutlet).map { .actor($0) } ?? .unnamed(text.text(np.lowerBound..<end))
    }

    /// A paper or medium pointed back to (该报, 这家杂志).
    static let pointedBackMedia = Lexicon.pointingBack(["该", "这家", "这份", "此", "那家"],
                                                       to: ["报", "报纸", "杂志", "周刊", "月刊", "媒体", "通讯社", "电视台", "电台", "日报", "时报"])

    /// Words for a paper or medium that a title in 《》 names (媒体《新京报》, 杂志《连线》).
    static let mediumWords = PhraseMatcher<Bool>(["媒体", "报纸", "杂志", "周刊", "月刊", "刊物", "网站", "电视台", "电台",
                                                 "通讯社", "日报", "党报", "机关报"].map { ($0, true) })

    /// Who heads the description `r` of a document when the catalog knows neither: a paper
    /// (根据《篱笆》杂志（The Fence）的一份最新报告), a body named in Latin script (SynBioBeta 的数据) or
    /// one written out whole (緬甸衛生部的報告), which the document's later mentions (该数据, keyed
    /// `documentKey`) then point back to.
    func adHocAuthor(_ r: Range<Int>, documentKey key: String) -> Actor? {
        var body: Actor?
        // (the description up to its first 的, which heads it)
        let de = r.first(where: { text.folded[$0] == "的" && mentionAt[$0] < 0 })
        let headEnd = de ?? r.upperBound
        let head = min(pastFrom(skipLeading(r.lowerBound, headEnd)), headEnd)..<headEnd
        if let de, head.lowerBound < de {
            if let outlet = adHocOutlet(head) { return outlet }
            body = issuer(before: de, from: head.lowerBound) ?? latinAuthor(endingBefore: de, from: head.lowerBound)
        }
        // (香港公司注册处资料: a body written out whole describes these documents anew, and a later
        // bare 资料显示 points back to them)
        if body == nil, let author = institutionAuthor(r, head: head) {
            memory.documents[key] = author
            return author
        }
        guard let body = body ?? latinOpening(r) else { return nil }
        if memory.documents[key] == nil { memory.documents[key] = body }
        return body
    }

    /// A body the catalog does not know, named whole before its document (緬甸衛生部的報告,
    /// 美国劳工部的数据, 卫生部报告) or after what describes it (无党派的国会预算办公室（CBO）报告):
    /// the author, as a body it knows would be; a country opening the name only places it. `head`
    /// is the description up to its first 的.
    private func institutionAuthor(_ r: Range<Int>, head: Range<Int>) -> Actor? {
        if let named = bodyNamed(head) { return named }
        // (not after what someone did with the documents: CTIA提交的政府文件, TheIntercept 获得的
        // 警方记录 are filed with the government, obtained from the police)
        guard let de = r.last(where: { text.folded[$0] == "的" && mentionAt[$0] < 0 }), de + 1 < r.upperBound,
              Lexicon.issuingVerbs.match(text.folded, endingAt: de) == nil, Lexicon.handlingVerbs.match(text.folded, endingAt: de) == nil else { return nil }
        var tail = r.upperBound
        while tail > de + 1, text.original[tail - 1].isSpace { tail -= 1 }
        return bodyNamed((de + 1)..<beforeGloss(tail, from: de + 1))
    }

    /// The body the catalog does not know written out whole at `r`, right before a document.
    private func bodyNamed(_ r: Range<Int>) -> Actor? {
        let start = r.lowerBound
        var end = r.upperBound
        while end > start, text.original[end - 1].isSpace { end -= 1 }
        // (not whom it was sent to, 提交给监视监督法院的文件; nor one document counted or a side of
        // a body, 一份内部报告)
        let t = text.folded
        guard end > start, !(start..<end).contains(where: { Self.addressing.contains(t[$0]) }), !isCourtFiling(end),
              t[start] != "一", Lexicon.indefinites.match(t, at: start) == nil,
              Self.sidesOfABody.match(t, endingAt: end) == nil else { return nil }
        if mentionAt[start] >= 0, case let m = mentions[mentionAt[start]], m.range.lowerBound == start, m.actor.isCountry {
            return institutionEnd(after: m, before: end, reach: Self.institutionReach) == end ? institution(named: m, before: end) : nil
        }
        return adHocOrganization(start..<end) ?? bareInstitution(start..<end)
    }

    /// Words ending like a body's name that say which part of one (内部, 全部).
    private static let sidesOfABody = PhraseMatcher<Bool>(["内部", "外部", "全部", "局部"].map { ($0, true) })

    /// Words placing a document with someone (交给, 向, 对): the body after them received it.
    private static let addressing = ScalarSet("给向对被")

    /// Whether a court's name ends at `end` and its files follow (法庭文件, 法院的文件): the
    /// filings of a case, which the parties wrote, not the court's own words.
    private func isCourtFiling(_ end: Int) -> Bool {
        let t = text.folded
        guard Self.courts.match(t, endingAt: end) != nil else { return false }
        var k = text.pastSpaces(end, before: t.count)
        if k < t.count, t[k] == "的" { k += 1 }
        return Self.filings.match(t, at: k) != nil
    }

    private static let courts = PhraseMatcher<Bool>(["法院", "法庭"].map { ($0, true) })
    private static let filings = PhraseMatcher<Bool>(["文件", "记录", "档案", "卷宗"].map { ($0, true) })

    /// The body named in Latin script opening a document's description (Canalys 最近的研究,
    /// NewYorker 数据): the description's Latin run, read as `latinAuthor` reads one before 的.
    private func latinOpening(_ r: Range<Int>) -> Actor? {
        let from = pastFrom(skipLeading(r.lowerBound, r.upperBound))
        guard from < r.upperBound, ("A"..."Z").contains(text.original[from]) else { return nil }
        var e = from
        while e < r.upperBound, e - from < Self.latinAuthorLength, Self.latinNameCharacters.contains(text.original[e]) { e += 1 }
        // (AC 尼尔森的数据: the Latin letters open a name the Chinese goes on with)
        if e + 1 < text.folded.count, Lexicon.transliteration.contains(text.folded[e]), Lexicon.transliteration.contains(text.folded[e + 1]) { return nil }
        return latinAuthor(endingBefore: e, from: from)
    }

    /// The body that issued a document, named by its kind before the verb that issued it and
    /// the 的 (据宁波市中级人民法院周一发布的公告，…): the announcement is its report.
    private func issuer(before de: Int, from start: Int) -> Actor? {
        let t = text.folded
        guard let verb = Lexicon.issuingVerbs.match(t, endingAt: de) else { return nil }
        var end = de - verb.length
        while let adverb = Lexicon.breakers.match(t, endingAt: end), end - adverb.length > start { end -= adverb.length }  // 周一发布的
        while end > start, text.original[end - 1].isSpace { end -= 1 }
        return end > start ? adHocOrganization(start..<end) ?? bareInstitution(start..<end) : nil
    }

    /// The body whose data or study a document is, named in Latin script right before its 的
    /// and known to no catalog (SynBioBeta 的数据, 身份管理公司 Janrain 的一项调查, 咨询公司贝恩 (Bain)
    /// 的数据): the data are its report, as the seeds gold credits 彭博经济研究公司汇编的数据; an actor
    /// the article names by that name elsewhere is that actor.
    func latinAuthor(endingBefore de: Int, from start: Int) -> Actor? {
        var e = de
        while e > start, text.original[e - 1].isSpace { e -= 1 }
        if e > start, text.original[e - 1] == ")" || text.original[e - 1] == "）" { e -= 1 }
        var b = e
        while b > start, e - b < Self.latinAuthorLength, Self.latinNameCharacters.contains(text.original[b - 1]) { b -= 1 }
        if b > start, e - b == Self.latinAuthorLength, Self.latinNameCharacters.contains(text.original[b - 1]) { return nil }  // (cut)
        while b < e, !text.original[b].properties.isAlphabetic { b += 1 }  // (iPrice: a name may open in lower case)
        var end = e
        while end > b, text.original[end - 1].isSpace { end -= 1 }
        guard end - b >= 2, text.original[b..<end].contains(where: { ("A"..."Z").contains($0) }) else { return nil }
        // (风险投资公司 MMC 的调查 where MMC speaks elsewhere, MMC 发现…: the body found)
        if mentionAt[b] >= 0, case let m = mentions[mentionAt[b]], m.range == b..<end {
            return m.actor.kind == .organization || m.actor.kind == .outlet ? m.actor : nil
        }
        guard (b..<end).allSatisfy({ mentionAt[$0] < 0 }) else { return nil }
        let name = text.text(b..<end)
        // (Edward Snowden 的文件 where the article named him before: the one named)
        let lowered = name.lowercased()
        if let named = mentions.first(where: { $0.actor.name.lowercased() == lowered })?.actor {
            return named.isCountry ? nil : named
        }
        return Actor(key: Actor.localKey(name.lowercased()), name: name, kind: .organization)
    }

    /// Longest Latin name of a body read before a document (Chartered Institute of Procurement
    /// & Supply); a longer one is not cut to it.
    static let latinAuthorLength = 60

    private static let latinNameCharacters = ScalarSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 &.-")

    /// An outlet the catalog does not know, named by its kind (俄罗斯通讯社, …电视台); inside
    /// 《》 (`titled`) any paper's name ending in 报 too (《中国科学报》).
    func adHocOutlet(_ r: Range<Int>, titled: Bool = false) -> Actor? {
        // (11月4号的法制晚报: the 的 after a date skipped before the phrase is no part of the name)
        if r.lowerBound > 0, text.folded[r.lowerBound] == "的", Lexicon.dateUnits.contains(text.folded[r.lowerBound - 1]) {
            return adHocOutlet((r.lowerBound + 1)..<r.upperBound, titled: titled)
        }
        let tail = trimmedTail(r)
        guard tail > r.lowerBound, Self.mayEndOutletSuffix(text.folded[tail - 1]) else { return nil }
        let s = text.foldedText(r.lowerBound..<tail)
        guard s.count >= 3, s.count <= 16, !Lexicon.pointingCharacters.contains(text.folded[r.lowerBound]),
              Self.outletSuffixes.contains(where: { s.hasSuffix($0) }) || titled && s.hasSuffix("报") else { return nil }
        // (a site or account named by whose it is, 国家自然资源部官网, 武昌医院官方微博; not one
        // described, 在一家知名网站, 其官网, 色情网站, 家属的微博, nor someone posting, 编剧汪海林发布微博)
        if let web = Self.webSuffixes.first(where: { s.hasSuffix($0) }) {
            if s.count < 5 || s.contains("的") || s.contains("发") || Self.describingOpeners.contains(text.folded[r.lowerBound]) { return nil }
            if let owner = siteOwner(r.lowerBound..<(tail - web.unicodeScalars.count)) { return owner }
        }
        // (《时代》周刊: the marks go, the name stays whole)
        let name = text.text(r.lowerBound..<tail).removingTitleMarks
        return Actor(key: Actor.localKey(s.removingTitleMarks), name: name, kind: .outlet)
    }

    /// The body whose site or account it is (外交部官网, 武昌医院官方微博): the one named or an
    /// institution's name ending right before it; the site speaks for it.
    private func siteOwner(_ stem: Range<Int>) -> Actor? {
        var k = stem.upperBound
        if k - 2 > stem.lowerBound, text.folded[k - 2] == "官", text.folded[k - 1] == "方" { k -= 2 }
        while k > stem.lowerBound, text.original[k - 1].isSpace { k -= 1 }
        guard k - stem.lowerBound >= 2 else { return nil }
        if mentionAt[k - 1] >= 0 {
            let m = mentions[mentionAt[k - 1]]
            return m.range.upperBound == k && (m.actor.kind == .organization || m.actor.kind == .outlet) && !m.actor.isCountry ? m.actor : nil
        }
        return endsLikeInstitution(k) ? Actor(written: stem.lowerBound..<k, in: text, kind: .organization) : nil
    }

    /// Endings of outlet names not in the catalog (俄罗斯通讯社, 某某电视台, 国家自然资源部官网).
    static let outletSuffixes = ["通讯社", "通讯", "电视台", "日报", "时报", "晚报", "早报", "新闻社", "电台", "新闻网", "周刊", "周报",
                                 "杂志", "财经", "邮报", "月刊", "纪事报", "先驱报", "论坛报", "镜报", "快报", "导报", "商报", "星报",
                                 "观察报", "信使报", "公民报"] + webSuffixes
    /// Outlet kinds that are a website or an account.
    static let webSuffixes = ["网站", "官网", "微博", "公众号"]
    /// First characters of a phrase describing a site rather than naming it (在一家, 其, 所有, 来自,
    /// 浏览, 另一个, 使用).
    static let describingOpeners = ScalarSet("其在来所浏一某各每另使")

    /// 专家组11月发布声明指出, 外交部发表声明称, 国际奥委会发表文章写道: who issues the statement
    /// or the piece speaks, not a document named after the whole phrase (when the issuer names
    /// nobody, the document still does). Only a verb right before the document noun counts
    /// (…发布的报告《…》指出 names the report).
    func publisherRegion(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        var tail = trimmedTail(r)
        // (中央纪委国家监委网站发布|消息称: the news issued is the cue itself)
        if let verb = Lexicon.issuingVerbs.match(t, endingAt: tail), tail - verb.length > r.lowerBound, Self.news.match(t, at: r.upperBound) != nil {
            return r.lowerBound..<(tail - verb.length)
        }
        while let adverb = Lexicon.breakers.match(t, endingAt: tail), tail - adverb.length > r.lowerBound { tail -= adverb.length }  // 发表文章明确写道
        guard let noun = Lexicon.documentNouns.match(t, endingAt: tail) ?? Lexicon.outletPieces.match(t, endingAt: tail),
              let verb = Lexicon.issuingVerbs.match(t, endingAt: tail - noun.length, maxLength: 2) else { return nil }
        let start = tail - noun.length - verb.length
        guard start > r.lowerBound, mentionAt[start] < 0 else { return nil }
        return r.lowerBound..<start
    }

    /// News issued (发布消息称): its issuer speaks, as through a statement.
    private static let news = PhraseMatcher<Bool>([("消息", true)])

    /// Whether a name ending in `c` may end in one of `outletSuffixes` or 报, which
    /// `hasSuffix` asks character by character, canonically: only if `c` ends one of them, or
    /// is a CJK compatibility ideograph (one may be equivalent to the character that does).
    /// Most phrases asked end in neither, and are spared a dozen String comparisons.
    private static func mayEndOutletSuffix(_ c: Unicode.Scalar) -> Bool {
        outletSuffixEnds.contains(c) || (0xF900...0xFAFF).contains(c.value) || (0x2F800...0x2FA1F).contains(c.value)
    }

    private static let outletSuffixEnds = ScalarSet(Self.outletSuffixes.compactMap(\.unicodeScalars.last) + ["报"])
}

private extension String {
    /// The text without the 《》 that mark a title.
    var removingTitleMarks: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "《" && $0 != "》" }))
    }
}
