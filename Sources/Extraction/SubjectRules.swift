import ClaimGraphCore

/// Who a cue's subject clause names: a person, document, unnamed source, outlet or organization.
extension ClaimFinder {
    func subject(of hit: Hit) -> Subject? {
        let r = hit.region
        let t = text.folded
        if supposes(r) || describesByAgent(hit) || showsByAThing(hit) { return nil }
        if let hearsay = hearsay(hit) { return hedgesOnly(hearsay) ? nil : .speaker(.unnamed(text.text(hearsay))) }
        // 最杰出莎士比亚学者之一透露: the person names the field of an unnamed scholar
        if let scholar = scholarOfPerson(r) { return .speaker(.unnamed(text.text(scholar))) }
        // 两位作者表示 / 二人认为 / 他俩都说: the pair named just before
        if let first = pairReference(r) { return .speaker(.actor(first)) }
        // Bagrow 教授和他的团队…。研究人员说: the team's lead
        if let lead = teamLead(r) { return .speaker(.actor(lead)) }
        if let p = pronounsTeam(r) { return .pronoun(p) }
        // 脸书自相矛盾地认为 / 台湾官方对外透露 / 李兰娟在接受央视采访时表示 / 在本书中他指出 / 《…》中记载: how or where, not who
        if let head = headPastCircumstance(r) { var named = hit; named.region = head; return subject(of: named) }
        // 很多报道称, 有不少消息说: reports the article counts rather than names, nobody's
        if hit.kind == .report, !hit.isSource, let words = countedReports(r, hit) {
            return .speaker(.unnamed(text.text(words)))
        }
        if onlyQi(r) { return qiSubject(at: r.upperBound - 1) }
        if r.isEmpty || onlyAdverbs(r) || onlyWhereSaid(r) || opensWithVerbInProgress(r) {
            // 据报道，… ("reportedly"): the outlet just named, in this paragraph or the one
            // before; else reports nobody names, not an outlet the article cited long before.
            let reportedly = hit.kind == .report && hit.cue.lowerBound > 0 && t[hit.cue.lowerBound - 1] == "据"
            if hit.kind == .report, !hit.isSource, let outlet = reportedly ? outletNamed(before: hit.cue.lowerBound) : lastOutlet {
                return .speaker(.actor(outlet))
            }
            if reportedly { return .speaker(.unnamed(text.text((hit.cue.lowerBound - 1)..<hit.cue.upperBound))) }
            // 。报道称，…: a report opening its sentence with no outlet named is an unnamed one
            if hit.kind == .report, !hit.isSource, Lexicon.reportNouns.match(t, at: hit.cue.lowerBound) != nil, opensSentence(hit.clauseStart) {
                return .speaker(.unnamed(text.text(hit.cue)))
            }
            return .inherit
        }
        if hasCopula(r) || isCausative(r) { return describedPerson(r).map { .speaker(.actor($0)) } }
        // 这一步被认为是…: a passive with no agent states how something is seen, by nobody
        // in particular and least of all by the person the sentence is about.
        if let last = r.last, t[last] == "被", mentionAt[last] < 0, text.quoteAt[last] < 0 { return nil }
        // 对中国持强硬态度的人士认为: a stance describes who speaks after its 的
        if let de = stanceEnd(r), !isDescribedPerson(r) {
            var described = hit
            described.region = (de + 1)..<r.upperBound
            return subject(of: described)
        }
        // …的编辑，对RuNet Echo披露说: the one addressed is not the speaker; the subject is elided.
        if Lexicon.addresseeMarkers.contains(t[r.lowerBound]), mentionAt[r.lowerBound] < 0,
           r.count > 1, !Lexicon.addresseeMarkers.contains(t[r.lowerBound + 1]), t[r.lowerBound + 1] != "于", t[r.lowerBound + 1] != "此",
           Lexicon.unnamedSources.match(t, at: r.lowerBound) == nil,  // 对方说: the other side speaks
           Self.wordsOpeningLikeAddress.match(t, at: r.lowerBound) == nil,  // 对冲基金经理警告称: hedge funds, no addressee
           !isDescribedPerson(r), !isSurveyOf(r) {
            return .inherit
        }
        if let p = Lexicon.pronouns.match(t, at: r.lowerBound), mentionAt[r.lowerBound] < 0 {
            // 他的妻子说: the pronoun only modifies who speaks (not 他曾借着…的创作发问); 他的孙子
            // 肖恩·海明威说: the person the phrase names
            let de = r.lowerBound + p.length
            let np = r.lowerBound..<nounPhraseEnd(r)
            if de < r.upperBound, t[de] == "的",
               let named = mentionsIn(np).last(where: { $0.actor.kind == .person && $0.range.upperBound == trimmedTail(np) }) {
                return .speaker(.actor(named.actor))
            }
            // (他们的研究还表明, 他的报告指出: a document they wrote, theirs)
            if de < r.upperBound, t[de] == "的", let doc = Lexicon.documentNouns.match(t, at: de + 1),
               de + 1 + doc.length == trimmedTail(r.lowerBound..<nounPhraseEnd(r)) {
                return .pronoun(p.value)
            }
            // (他的说法, 他的记忆: his own words, still his)
            if de < r.upperBound, t[de] == "的", nounPhraseEnd(r) - de > 2, !mentionsIn(de..<r.upperBound).contains(where: { $0.actor.kind == .person }),
               !Lexicon.bodyWords.contains(text.foldedText((de + 1)..<trimmedTail(r))) {
                return .speaker(.unnamed(text.text(r.lowerBound..<trimmedTail(r))))
            }
            return .pronoun(p.value)
        }
        // 出獄後的他表示: a pronoun a clause describes is still the pronoun
        let tail = trimmedTail(r)
        if let p = Lexicon.pronouns.match(t, endingAt: tail), p.value == .he || p.value == .she,
           tail - p.length > r.lowerBound, t[tail - p.length - 1] == "的", mentionsIn(r).isEmpty {
            return .pronoun(p.value)
        }
        if subjectLength(r) > Self.longestSubject { return nil }
        // A social-media handle in quotes: 帐号“@Gerashchenko_en”.
        for q in text.quotes(openingIn: r) where q.close < r.upperBound && text.original[q.content.lowerBound] == "@" {
            let handle = text.text(q.content)
            return .speaker(.actor(Actor(key: Actor.localKey(handle.lowercased()), name: handle, kind: .person)))
        }
        // 包括国际航空集团在内的一些航空公司认为: the airlines speak, not the one included.
        if let head = afterInclusion(r) {
            var included = hit
            included.region = head
            return subject(of: included)
        }
        // 被很多人认为: the speaker is the agent after 被, not the subject before it.
        if let agent = passiveAgent(r) {
            var active = hit
            active.region = agent
            return subject(of: active)
        }
        if let first = firstOfKind(r) { return .speaker(.actor(first)) }
        let np = r.lowerBound..<nounPhraseEnd(r)
        if let country = pointedBackCountry(np) { return .speaker(.actor(country)) }
        if let work = titledWork(np) ?? titledOutletStaff(np) ?? titledOutletOfPiece(np) { return .speaker(.actor(work)) }
        if let author = authorOfPiece(np, cue: hit.cue.lowerBound) { return .speaker(.actor(author)) }
        let inNP = mentionsIn(np)
        if let owner = pieceOwner(np, inNP) { return .speaker(.actor(owner)) }
        if let person = personEnding(np, inNP) ?? headPerson(inNP) ?? personBeforeCue(r) {
            if let body = administration(of: person, before: r.upperBound) { return .speaker(.actor(body)) }
            // (一位名叫罗伯特·比格斯的患病者: the one so named, not a group of his)
            if !isNamedAs(person.range.lowerBound), let end = ownedGroupEnd(after: person, before: r.upperBound) {
                if let body = memberBody(np, in: r) { return .speaker(.actor(body)) }  // Intrusion Truth 的代表: a body's
                return .speaker(.unnamed(text.text(np.lowerBound..<end)))
            }
            return .speaker(.actor(person.actor))
        }
        // 该公司发言人表示: the spokesman of the body pointed back to speaks for it
        if inNP.isEmpty, Lexicon.pointedBackBodies.match(t, at: np.lowerBound) != nil, let body = memberBody(np, in: r) { return .speaker(.actor(body)) }
        if inNP.isEmpty, let team = teamPointedBack(np) { return .speaker(.actor(team)) }
        let titled = inNP.isEmpty ? titleSubject(np) : nil
        if titled?.actor == nil, let person = personPointedBack(np, inNP) { return .speaker(.actor(person)) }
        if inNP.isEmpty, let body = memberPointedBack(np) { return .speaker(.actor(body)) }  // 微软发言人…。该发言人
        if let titled {
            if titled.actor == nil, let body = spokesmanBody(np) { return .speaker(.actor(body)) }
            return .speaker(titled)
        }
        if let source = unnamedPastClause(r) { return .speaker(.unnamed(text.text(source))) }
        if let outlet = inNP.first(where: { $0.actor.kind == .outlet }), Lexicon.outletPieces.match(t, endingAt: trimmedTail(np)) != nil {
            return .speaker(.actor(outlet.actor))
        }
        // (美国国土安全委员会的一封信件称: the body a country opening the phrase only places)
        if let org = inNP.first(where: { $0.actor.kind == .organization }), org.range.lowerBound == np.lowerBound,
           Lexicon.organizationPieces.match(t, endingAt: trimmedTail(r)) != nil {
            guard org.actor.isCountry else { return .speaker(.actor(org.actor)) }
            let placed = inNP.first(where: { $0.actor.kind == .organization && !$0.actor.isCountry })?.actor ?? bodyPlaced(by: org, in: np) ?? bodyIssuing(after: org, in: r)
            return .speaker(.actor(placed ?? org.actor))
        }
        if let body = relativeHead(r) { return .speaker(.actor(body)) }
        if let publisher = publisherRegion(r) {
            var issued = hit
            issued.region = publisher
            if let issuer = subject(of: issued) { return issuer }
        }
        if let reporter = reportingSubject(r) {
            var reporting = hit
            reporting.region = reporter
            return subject(of: reporting)
        }
        switch unnamedDocuments(in: r, nounPhrase: np) {
        case .denied?: return nil
        case .counted(let words)?: return .speaker(.unnamed(text.text(words)))
        case nil: break
        }
        if !(hit.isSource && Lexicon.theoryNouns.contains(where: { text.foldedText(np).hasSuffix($0) })), let doc = document(in: r, nounPhrase: np) {
            return .speaker(.actor(doc))
        }
        // (一位杜邦公司的发言人, 一名任天堂发言人: one of a named body's spokesmen speaks for it)
        if let one = Lexicon.indefinites.match(t, at: np.lowerBound), let body = spokesmanBody((np.lowerBound + one.length)..<r.upperBound) {
            return .speaker(.actor(body))
        }
        if let end = indefiniteOwned(after: np, in: r) { return .speaker(.unnamed(text.text(np.lowerBound..<end))) }
        if let end = countedPhraseEnd(r), end - np.lowerBound > 2 { return .speaker(.unnamed(text.text(np.lowerBound..<end))) }
        if Lexicon.indefinites.match(t, at: np.lowerBound) != nil {
            // the phrase goes on past a relative clause: 一位不愿具名的欧洲外交官
            var end = np.upperBound
            if let de = r.lastIndex(where: { t[$0] == "的" }), de >= np.upperBound, de + 1 < r.upperBound {
                end = nounPhraseEnd((de + 1)..<r.upperBound)
            }
            end = trimmedTail(np.lowerBound..<end)
            if end - np.lowerBound > 2 { return .speaker(.unnamed(text.text(np.lowerBound..<end))) }
        }
        if let end = placedCountEnd(np) { return .speaker(.unnamed(text.text(np.lowerBound..<end))) }
        if let body = memberBody(np, in: r) { return .speaker(.actor(body)) }
        if let outlet = pointedBackOutlet(np) { return .speaker(outlet) }  // (该媒体: no unnamed 媒体, below)
        let tailEnd = unnamedSourceEnd(trimmedTail(np), from: np.lowerBound)
        if tailEnd > np.lowerBound, let u = Lexicon.unnamedSources.match(t, endingAt: tailEnd), mentionAt[tailEnd - 1] < 0 {
            let noun = text.foldedText((tailEnd - u.length)..<tailEnd)
            let source = inNP.last(where: { $0.actor.kind == .outlet || $0.actor.kind == .organization })
            if let source, source.actor.kind == .outlet, Lexicon.textSources.contains(noun) { return .speaker(.actor(source.actor)) }
            return .speaker(.unnamed(text.text(np.lowerBound..<tailEnd)))
        }
        if tailEnd > np.lowerBound, Lexicon.traders.match(t, endingAt: tailEnd) != nil, mentionAt[tailEnd - 1] < 0, inNP.isEmpty,
           Lexicon.bodyPointerWords.match(t, at: np.lowerBound) == nil {
            return .speaker(.unnamed(text.text(np.lowerBound..<tailEnd)))
        }
        // (中国外国记者俱乐部 (Foreign Correspondents' Club of China) 表示: a country in the gloss only if nothing else)
        let sources = inNP.filter { $0.actor.kind == .outlet || $0.actor.kind == .document || $0.actor.kind == .organization }
        if let m = sources.last(where: { !($0.actor.isCountry && $0.range.lowerBound >= trimmedTail(np)) }) ?? sources.last {
            // 根据中国异议的经验 names no source: the organization must head the phrase, or open an
            // institution's name (根据缅甸政治犯援助协会统计).
            let institutional = endsLikeInstitution(trimmedTail(np))
            if hit.isSource, trimmedTail(np) - m.range.upperBound > 4, !institutional { return nil }
            // (“纽约时报”记录的一些公司指出: some of those the outlet wrote about, unnamed)
            if let end = indefiniteOwned(after: m.range, in: np) { return .speaker(.unnamed(text.text(m.range.upperBound..<end))) }
            if m.actor.kind == .organization {  // (在中国人看来: a country's people give a view, unnamed)
                let phrase = np.lowerBound..<tailEnd
                if let q = qualifiedOrganization(m, phrase: phrase), !hit.isSource || institutional || q.actor == nil { return .speaker(q) }
                if !hit.isSource || institutional, opensLongPhrase(m, phrase) { return longPhraseSpeaker(m, phrase).map { .speaker($0) } }
            }
            return .speaker(.actor(m.actor))
        }
        if inNP.isEmpty, let noun = Lexicon.reportNouns.match(t, at: np.lowerBound) {
            // (文章 alone is the piece of an outlet just named, not of the last one quoted)
            let bare = text.foldedText(np.lowerBound..<(np.lowerBound + noun.length)) == "文章"
            if let outlet = bare ? outletNamed(before: np.lowerBound) : lastOutlet ?? outletNamed(before: np.lowerBound) { return .speaker(.actor(outlet)) }
            // 报道还说，…: a report the article names no outlet for, unnamed
            if np.lowerBound + noun.length == trimmedTail(np) { return .speaker(.unnamed(text.text(np.lowerBound..<trimmedTail(np)))) }
        }
        // 未经证实的报道称: reports described are nobody's (not 这篇…的报道, an outlet's, nor 《健康报》的报道)
        if inNP.isEmpty, let de = lastDe(in: np), Lexicon.reportWords.match(t, at: de + 1)?.length == trimmedTail(np) - de - 1,
           !text.original[np].contains("《") {
            // (这篇看似调查充分的报道: the piece of the outlet just named, pointed back to)
            guard Lexicon.pointingCharacters.contains(t[np.lowerBound]) else { return .speaker(.unnamed(text.text(np.lowerBound..<trimmedTail(np)))) }
            if let outlet = lastOutlet ?? outletNamed(before: np.lowerBound) { return .speaker(.actor(outlet)) }
        }
        if let outlet = adHocOutlet(np) { return .speaker(.actor(outlet)) }
        // (not the opening of a body's name: 消费者联盟)
        if let u = Lexicon.unnamedSources.match(t, at: r.lowerBound), u.length >= 2 || r.count == 1,
           trimmedTail(np) == r.lowerBound + u.length || !endsLikeInstitution(trimmedTail(np)) {
            return .speaker(.unnamed(text.text(r.lowerBound..<(r.lowerBound + u.length))))
        }
        if let source = sourceThereWas(in: r) { return .speaker(.unnamed(text.text(source))) }
        // (这家总部在伦敦的人权组织: a description with 在 ends no noun phrase before the kind)
        if let body = pointedBackBody(np) ?? pointedBackBody(r) { return .speaker(.actor(body)) }
        if let someone = pointedBackPerson(np) { return .speaker(.unnamed(text.text(someone))) }
        if let latter = latterNamed(np) { return .speaker(.actor(latter)) }
        if onlyAdverbsOrAddressee(np.upperBound..<r.upperBound), let group = describedPeople(np) ?? collectiveVoice(np) { return .speaker(.unnamed(text.text(group))) }
        if let one = oneBodyOfAKind(np) ?? describedKindOfBody(np) { return .speaker(.unnamed(text.text(one))) }
        if let actor = adHocOrganization(np) ?? regionalForce(np) ?? bareInstitution(np) ?? namedAfterKind(np) ?? describedPerson(r) { return .speaker(.actor(actor)) }
        if let body = spokesmanBody(np) { return .speaker(.actor(body)) }  // (飞利浦 (Philips) 发言人表示)
        if let one = countedOutSource(np) { return .speaker(.unnamed(text.text(one))) }
        if let people = peopleDescribedByClause(r) ?? unnamedMembers(np) { return .speaker(.unnamed(text.text(people))) }
        if let end = joinedPeopleEnd(np, in: r) { return .speaker(.unnamed(text.text(np.lowerBound..<end))) }
        // (CloudWalk 首席执行官对中国官媒说: an officer of a body the article does not name as one)
        let npTail = trimmedTail(np)
        if let title = Lexicon.titles.match(t, endingAt: npTail), npTail - title.length > np.lowerBound, onlyAdverbsOrAddressee(np.upperBound..<r.upperBound) {
            return .speaker(.unnamed(text.text(np.lowerBound..<npTail)))
        }
        return unknownBody(np, of: hit).map { .speaker(.actor($0)) }
    }

    /// Whether the sentence holding `k` starts there, past spaces.
    /// 对英国企业的一项调查发现: a survey or a study of someone, which is the source, not who is
    /// addressed (对RuNet Echo披露说).
    func isSurveyOf(_ r: Range<Int>) -> Bool {
        let end = trimmedTail(r)
        guard text.folded[r.lowerBound] == "对", let survey = Self.surveyNouns.match(text.folded, endingAt: end) else { return false }
        return (r.lowerBound..<(end - survey.length)).contains { text.folded[$0] == "的" }
    }

    private static let surveyNouns = PhraseMatcher<Bool>(["调查", "研究", "民调", "民意调查", "调研", "分析", "评估"].map { ($0, true) })

    func opensSentence(_ k: Int) -> Bool {
        guard let i = text.sentenceIndex(containing: k) else { return false }
        return !text.original[text.sentences[i].range.lowerBound..<k].contains { !$0.isSpace }
    }

    /// 对政府持批评态度的北京政治分析人士吴强说: a phrase opening with 对 that describes the
    /// person ending it by a stance (对…持…态度的, 对…熟悉的) is that person; 对来访的特朗普说
    /// addresses him.
    func isDescribedPerson(_ r: Range<Int>) -> Bool {
        guard let last = mentionsIn(r).last, last.actor.kind == .person, last.range.upperBound == trimmedTail(r),
              let de = lastDe(in: r.lowerBound..<last.range.lowerBound) else { return false }
        return ((r.lowerBound + 1)..<de).contains { Lexicon.stanceWords.match(text.folded, at: $0) != nil }
    }

    /// The words after 包括…在内的 in a subject: the head noun the inclusion qualifies.
    func afterInclusion(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        guard t[r.lowerBound] == "包", r.count > 6, t[r.lowerBound + 1] == "括" else { return nil }
        var k = r.lowerBound + 2
        while k + 3 <= r.upperBound {
            if mentionAt[k] < 0, t[k] == "在", t[k + 1] == "内", t[k + 2] == "的" { return k + 3 < r.upperBound ? (k + 3)..<r.upperBound : nil }
            k += 1
        }
        return nil
    }

    /// 努力让人们相信…, 要求中国承诺…: whoever is made to believe or asked to commit states nothing.
    func isCausative(_ r: Range<Int>) -> Bool {
        r.contains { k in
            guard mentionAt[k] < 0, text.quoteAt[k] < 0 else { return false }
            if text.folded[k] == "让" { return true }
            // 要求中国承诺…, 迫使他们表示…: someone named right after (not 执法要求的专家)
            guard let c = Lexicon.causatives.match(text.folded, at: k), k + c.length < r.upperBound else { return false }
            let next = k + c.length
            return mentionAt[next] >= 0 || Lexicon.pronouns.match(text.folded, at: next) != nil
        }
    }

    /// The words after the last 被 in a subject clause (…被很多人认为 → 很多人), when they run
    /// straight to the cue (not 在评论某人被封杀这件事时表示).
    func passiveAgent(_ r: Range<Int>) -> Range<Int>? {
        guard let k = r.reversed().first(where: { text.folded[$0] == "被" && mentionAt[$0] < 0 && text.quoteAt[$0] < 0 }),
              k + 1 < r.upperBound else { return nil }
        let agent = (k + 1)..<r.upperBound
        // 被问及谈判进展时表示: being asked is when one spoke, not who did
        guard agent.count <= 8, text.folded[k + 1] != "问", !text.folded[agent].contains(where: { Lexicon.clauseInside.contains($0) }) else { return nil }
        return agent
    }

    /// 俄罗斯对…的封锁一直是…热门消息: a copula before the cue makes the cue a noun.
    func hasCopula(_ r: Range<Int>) -> Bool {
        for k in r where text.folded[k] == "是" && mentionAt[k] < 0 && text.quoteAt[k] < 0 {
            if k == r.lowerBound || !Lexicon.copulaCompounds.contains(text.folded[k - 1]) && Lexicon.evenWords.match(text.folded, endingAt: k) == nil { return true }
        }
        return false
    }

    /// Words opening with a preposition of address (对冲基金, 跟踪…的主管): the subject, not whom it told.
    static let wordsOpeningLikeAddress = PhraseMatcher<Bool>(["对冲", "对手", "对岸", "跟踪", "跟进", "跟随"].map { ($0, true) })

    /// The count and the report noun when `r` only counts the reports (很多, 有不少) before it.
    private func countedReports(_ r: Range<Int>, _ hit: Hit) -> Range<Int>? {
        let t = text.folded
        var k = skipLeading(r.lowerBound, r.upperBound)
        let start = k
        if k < r.upperBound, t[k] == "有" { k += 1 }
        guard let count = Lexicon.indefinites.match(t, at: k), trimmedTail(r) == k + count.length,
              let noun = Lexicon.reportNouns.match(t, at: hit.cue.lowerBound) else { return nil }
        return start..<(hit.cue.lowerBound + noun.length)
    }

    /// The outlet named last before `limit`, in this paragraph or the one before.
    func outletNamed(before limit: Int) -> Actor? {
        lastNamed(.outlet, in: text.paragraphs[max(0, paragraph - 1)].lowerBound..<limit)
    }

    /// Most words in a subject clause, Han characters and Latin words each one: a longer
    /// stretch before a cue is narration, not who speaks.
    static let longestSubject = 60

    /// The words of `r` outside brackets, a run of Latin letters or digits counted once (权利组织
    /// Privacy International 的数据开发项目负责人 Frederike Kaltheuner 在网上聊天时: 30, not 67).
    private func subjectLength(_ r: Range<Int>) -> Int {
        var n = 0
        for i in r where !text.bracketed[i] && !text.original[i].isSpace {
            if i > r.lowerBound, ActorFinder.isASCIIWordCharacter(text.folded[i]), ActorFinder.isASCIIWordCharacter(text.folded[i - 1]) { continue }
            n += 1
        }
        return n
    }
}
