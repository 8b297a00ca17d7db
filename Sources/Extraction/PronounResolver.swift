import ClaimGraphCore

/// Subjects that name nobody themselves: pronouns (他说) and empty subjects (并称).
///
/// A pronoun is resolved only to a person it can refer to: 她 to a woman (catalog gender,
/// 张女士, 女发言人, or a person named earlier in the same sentence whose gender is not
/// known), 他 to someone not known to be a woman, 他们 to an unnamed group just quoted.
/// Otherwise the claim keeps the pronoun as an unresolved speaker instead of a guess.
extension ClaimFinder {
    mutating func resolve(_ subject: Subject, hit: Hit, sentence: ArticleText.Sentence, previous: Speaker?) -> Speaker? {
        switch subject {
        case .speaker(let s): return s
        case .inherit:
            if let previous { return previous }
            var start = subjectClauseStart(sentence, hit: hit)
            var e = subjectClauseEnd(from: start, before: hit.cue.lowerBound)
            var lo = skipLeading(start, e)
            // 另一方面，特朗普淡化了…，称…: a clause that is only a connective opens the sentence
            // (去年 10 月，…ATCEUC 抨击了…，说…: or only a time; 瑞幸发布公告后，董事长陆正耀…，称…:
            // or when, before the person the next clause names; after a date in digits not a
            // feeling, 3 月 1 日，普京会见了马克龙，担心…, the narrator's reading of him)
            let feeling = Self.feelingCues.contains(text.foldedText(hit.cue))
            if (lo == e || onlyTime(lo..<e, datesToo: !feeling)) && mentionsIn(start..<e).isEmpty || saysWhen(lo..<e) && personOpensNext(after: e, hit)
                || topicBeforeSubject(lo, e, hit), e < hit.cue.lowerBound {
                start = e + 1
                e = subjectClauseEnd(from: start, before: hit.cue.lowerBound)
                lo = skipLeading(start, e)
            }
            // 。并表示…: a sentence opening with the cue goes on with the paragraph's last speaker;
            // 。书中还宣称…: one opening with the piece, with the writer of the paragraph before
            guard lo < e else { return lastSpeaker.flatMap { $0.paragraph == sentence.paragraph ? $0.speaker : nil } }
            if onlyWhereSaid(lo..<e) { return writerOfPiece(sentence, before: hit.cue.lowerBound) }
            if let p = Lexicon.pronouns.match(text.folded, at: lo), p.value != .they {
                return bodyOrNobody(p.value, resolvePronoun(p.value, sentence: sentence, before: lo, sameSentence: false))
            }
            // 费施塔尔收到了一封来自学生的电子邮件，称…: what was received speaks, unnamed
            if let message = receivedMessage(lo..<e) { return .unnamed(text.text(message)) }
            let np = lo..<nounPhraseEnd(lo..<e)
            let inNP = mentionsIn(np)
            if let person = clauseSubjectPerson(lo, e) { return .actor(person.actor) }
            // (一些党内人士和政策专家将…归咎于习近平…，称: people counted heading the clause, not whom it names)
            if inNP.isEmpty, Lexicon.indefinites.match(text.folded, at: lo) != nil, let found = unnamedOpening(np, hit: hit) { return found }
            // 中国知名法律学者和维权律师滕彪，…，说: the person closing a titled first clause.
            if let person = personBeforeCue(lo..<e) { return .actor(person.actor) }
            // 该报告今天发布，称…: the document heading the first clause (not 如果您得到一个文件，担心…: an object)
            if np.upperBound < e, inNP.allSatisfy({ $0.actor.kind == .document }), let doc = document(in: np, nounPhrase: np) { return .actor(doc) }
            // 该法院未说明…，但表示…: the body the first clause points back to; 卓达集团曾对外发布声明，
            // 表示…: a body named by its kind, opening it
            if inNP.isEmpty, let body = pointedBackBody(np) ?? bareInstitution(np) ?? namedByKind(np) { return .actor(body) }
            // 高盛的研究人员曾一度怀疑…，指出…: a body's members heading it speak for the body
            if !inNP.isEmpty, let body = memberBody(np, in: np) { return .actor(body) }
            if let body = bodyHeadingClause(lo..<e, inNP) { return body }
            // 巴理克新几内亚公司发布声明，称…: whoever issues the statement the first clause names
            if let publisher = publisherRegion(lo..<e) {
                var issued = hit
                issued.region = publisher
                if case .speaker(let issuer)? = self.subject(of: issued) { return issuer }
            }
            // 其他人则关注…，认为… / 网络侦探披露了…，推测…: unnamed people opening the first clause go on
            // (一位发言人推动阴谋论，称…: the phrase runs on into its verb; the people end first; a
            // country only says whose they are: 一个中国男子接了电话，说…)
            if inNP.allSatisfy({ $0.actor.isCountry }), np.count >= 2 {
                if let found = unnamedOpening(np, hit: hit) ?? peopleOpening(np).flatMap({ unnamedOpening($0, hit: hit) }) { return found }
            }
            if let (p, k) = pronounOpeningClauseBefore(hit, after: e) {
                if introducesSomeoneUnnamed(sentence.range.lowerBound..<k) { return .unresolved(text.text(k..<(k + 1))) }
                return bodyOrNobody(p, resolvePronoun(p, sentence: sentence, before: k, sameSentence: false))
            }
            return nil
        case .pronoun(let p):
            return bodyOrNobody(p, resolvePronoun(p, sentence: sentence, before: hit.region.lowerBound, sameSentence: true, justSpoke: previous?.actor))
        }
    }

    /// Unnamed people heading `region`, the first clause, named as such (not 很多电动车车主算小账,
    /// 它们的共同点包括; 该医院宣传科主任在接受…采访时，…，称: an office's holder unnamed).
    private func unnamedOpening(_ region: Range<Int>, hit: Hit) -> Speaker? {
        var opening = hit
        opening.region = region
        opening.isSource = false
        guard case .speaker(let found)? = subject(of: opening), case .unnamed(let words) = found else { return nil }
        let scalars = Array(words.unicodeScalars)
        guard let last = scalars.last, Lexicon.groupEnds.contains(last) || Lexicon.unnamedSources.match(scalars, endingAt: scalars.count) != nil
                || Lexicon.titles.match(scalars, endingAt: scalars.count) != nil else { return nil }
        return found
    }

    /// The start of `np` up to the first word for people or an office in it (一位发言人 in
    /// 一位发言人推动阴谋论), when more follows it; at most `Self.peopleOpeningLength` characters.
    private func peopleOpening(_ np: Range<Int>) -> Range<Int>? {
        let t = text.folded
        for k in (np.lowerBound + 2)..<min(np.upperBound, np.lowerBound + Self.peopleOpeningLength + 1)
            where Lexicon.unnamedSources.match(t, endingAt: k) != nil || Lexicon.titles.match(t, endingAt: k) != nil {
            return np.lowerBound..<k
        }
        return nil
    }

    /// Most characters of unnamed people opening a clause that runs on into its verb.
    static let peopleOpeningLength = 10

    /// A body named by its kind opening a first clause (卓达集团, 工信部), not a phrase that only
    /// ends like one (已经有十几个隐私组织, 员工无需加入工会: 有 or a verb inside; 向当局, 一家媒体机构;
    /// 好奇心, 基础设施部署: 心 and 署 end words too).
    func namedByKind(_ np: Range<Int>) -> Actor? {
        let t = text.folded
        let end = trimmedTail(np)
        guard np.count <= 8, end > np.lowerBound, !np.contains(where: { "有无如何".unicodeScalars.contains(t[$0]) }),
              !"向对跟与从一".unicodeScalars.contains(t[np.lowerBound]), endsLikeBodyName(end), t[end - 1] != "署" else { return nil }
        return adHocOrganization(np)
    }

    /// What a clause says someone received (收到了一封…的电子邮件), past the verb and 了.
    private func receivedMessage(_ r: Range<Int>) -> Range<Int>? {
        guard var lo = r.lazy.compactMap({ k in Self.receivingVerbs.match(self.text.folded, at: k).map { k + $0.length } }).first
        else { return nil }
        if lo < r.upperBound, text.folded[lo] == "了" { lo += 1 }
        let message = trim(lo..<r.upperBound)
        return message.isEmpty ? nil : message
    }

    static let receivingVerbs = PhraseMatcher<Bool>(["收到", "接到", "接获", "收到过"].map { ($0, true) })

    /// 它 with no body to point to is a thing (它提醒人们…: a film, a book), which says nothing:
    /// nil, where an unresolved 他 keeps its claim.
    private func bodyOrNobody(_ p: Lexicon.Pronoun, _ speaker: Speaker) -> Speaker? {
        if p == .it, case .unresolved = speaker { return nil }
        return speaker
    }

    /// Whether the clause after `e`, up to the cue, names a person.
    private func personOpensNext(after e: Int, _ hit: Hit) -> Bool {
        e < hit.cue.lowerBound && mentionsIn((e + 1)..<subjectClauseEnd(from: e + 1, before: hit.cue.lowerBound)).contains { $0.actor.kind == .person }
    }

    /// Whether the first clause, `lo..<e`, is only the topic (针对…，对于…，) and the next clause
    /// heads the cue's: right before it, or before appositions only (針對東協峰會的共識，敏昂萊，即
    /// 發動政變的軍事領袖，在26日表示). Not when more clauses come between (对于…，斯特恩犹记，…，
    /// 盖茨对此还很怀疑，认为: whoever heads those).
    private func topicBeforeSubject(_ lo: Int, _ e: Int, _ hit: Hit) -> Bool {
        guard lo < e, Self.topicOpeners.match(text.folded, at: lo) != nil, e < hit.cue.lowerBound else { return false }
        var k = subjectClauseEnd(from: e + 1, before: hit.cue.lowerBound) + 1
        while k < hit.clauseStart {
            let opening = text.pastSpaces(k, before: hit.clauseStart)
            guard opening < hit.clauseStart, text.folded[opening] == "即" else { return false }
            k = clauseEnd(from: opening, before: hit.cue.lowerBound) + 1
        }
        return true
    }

    /// The end of a first clause that heads a sentence, past descriptions of its subject joined by
    /// 、 that name nobody (俱乐部成员之一、格里高利大学的马西尼教授，在…中写道: one person, described
    /// twice; not 香港大学、香港玛丽医院等机构…: a list of bodies).
    private func subjectClauseEnd(from start: Int, before limit: Int) -> Int {
        var from = start
        var e = clauseEnd(from: start, before: limit)
        while e < limit, text.original[e] == "、", mentionsIn(from..<e).isEmpty, describesSomeone(endingAt: e) {
            from = e + 1
            e = clauseEnd(from: from, before: limit)
        }
        return e
    }

    /// Whether the words before `e` end like a description of someone: a title, a word for
    /// people, or one of them (领袖, 成员之一).
    private func describesSomeone(endingAt e: Int) -> Bool {
        let t = text.folded
        return e >= 2 && (Lexicon.titles.match(t, endingAt: e) != nil || Lexicon.peopleEnds.contains(t[e - 1]) || t[e - 2] == "之" && t[e - 1] == "一")
    }

    /// Where the clause starting at `start` ends: its clause punctuation, or `limit`.
    func clauseEnd(from start: Int, before limit: Int) -> Int {
        var e = start
        while e < limit, !text.separatesClauses(at: e) { e += 1 }
        return e
    }

    /// `justSpoke`: who spoke just before in this sentence (X表示，他认为…), the first one 他 or 她
    /// can be when the pronoun fits them, and 他们 when it is a body.
    mutating func resolvePronoun(_ p: Lexicon.Pronoun, sentence: ArticleText.Sentence, before limit: Int, sameSentence: Bool,
                                         justSpoke: Actor? = nil) -> Speaker {
        let speaker: Speaker
        // (比利时警方则称，他们已经确认…: a body's 他们 inside its own words is the body)
        if let a = justSpoke, a.kind == .person ? p == .he && !isWoman(a) || p == .she && isWoman(a)
            : p == .they && a.kind == .organization && !a.isCountry {
            speaker = .actor(a)
        } else {
            speaker = pronounReferent(p, sentence: sentence, before: limit, sameSentence: sameSentence)
        }
        // (…写信给总理特恩布尔。他告诉特恩布尔，…: whom 他 told is not who 他 is)
        let end = limit + (p == .they ? 2 : 1)
        if let a = speaker.actor, isAddressed(a, after: end) { return .unresolved(text.text(limit..<end)) }
        if speaker.actor != nil { speakerPronoun = text.text(limit..<end) }
        return speaker
    }

    /// 来自北京大学的教授李立明等人观点更为极端，他们认为…: the person named with 等人 ("and
    /// others") earlier in the sentence heads the 他们; not the last of a list (弗里德曼、哈耶克等人:
    /// none of them heads it).
    private func personWithOthers(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        let t = text.folded
        return lastNamed(.person, in: sentence.range.lowerBound..<limit, where: { m in
            t[m.range.upperBound] == "等" && t[m.range.upperBound + 1] == "人" && (m.range.lowerBound == 0 || text.original[m.range.lowerBound - 1] != "、")
        })
    }

    /// 环保署在一份声明中说…。该机构不愿意评论…。它在声明中说: the body quoted last in this
    /// paragraph, when no body was named since its words began (a body the text names without
    /// the finder's knowing it, 环保署, after a company named earlier).
    private func bodyJustQuoted(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        guard let last = claims.last, last.paragraph == sentence.paragraph, case .actor(let body) = last.speaker,
              body.kind == .organization, !body.isCountry else { return nil }
        let since = min(last.sentence.lowerBound, last.span.lowerBound)
        return mentions.contains(where: { $0.range.lowerBound >= since && $0.range.upperBound <= limit && $0.actor.kind == .organization }) ? nil : body
    }

    /// Whether `a` is named right after the cue of telling that follows the pronoun ending at `k`,
    /// as a mention of them or by the end of their name, which no rule reads as a name of its own
    /// (马尔科姆特恩布尔 … 他告诉特恩布尔).
    private func isAddressed(_ a: Actor, after k: Int) -> Bool {
        guard let cue = Lexicon.addressCues.match(text.folded, at: k) else { return false }
        let j = text.pastSpaces(k + cue.length, before: text.original.count)
        guard j < mentionAt.count else { return false }
        if mentionAt[j] >= 0 { return mentions[mentionAt[j]].actor.key == a.key }
        let name = Array(a.name.unicodeScalars)
        return name.count >= 2 && (2...name.count).contains { text.folded[j...].starts(with: name.suffix($0)) }
    }

    mutating func pronounReferent(_ p: Lexicon.Pronoun, sentence: ArticleText.Sentence, before limit: Int, sameSentence: Bool) -> Speaker {
        let unresolved = Speaker.unresolved(text.text(limit..<(limit + (p == .they ? 2 : 1))))
        switch p {
        case .they:
            // 分析人士认为…，他们… goes on with the group, Cybereason 的研究人员…。他们称 with the body
            // they speak for; a person or a country is not 他们.
            if sameSentence, let group = groupOpening(sentence, before: limit) { return .unnamed(group) }
            if let first = pairHeading(sentence, before: limit) { return .actor(first) }
            if let lead = personWithOthers(sentence, before: limit) { return .actor(lead) }
            if let last = lastSpeaker, last.paragraph >= sentence.paragraph - 1 {
                switch last.speaker {
                case .unnamed: return last.speaker
                case .actor(let a) where a.kind == .organization && !a.isCountry: return last.speaker
                default: break
                }
            }
            // (Intrusion Truth 拒绝提供…，但他们确实声称…: the body heading this sentence or the one before)
            return bodyOpening(sentence, before: limit).map { .actor($0) } ?? unresolved
        case .it:
            // 海康威视此前告诉法新社…。它拒绝提供…，声称: the body named last, in this paragraph or
            // the one before, not a country; else the body that spoke last there. A body heading the
            // sentence before comes first (联邦快递因转运华为包裹的事件被迫向中国道歉。它表示: not Huawei,
            // named inside what happened to it).
            if let body = bodyOpening(sentence, before: limit) { return .actor(body) }
            if let body = bodyJustQuoted(sentence, before: limit) { return .actor(body) }
            if let body = lastOrganizationNamed(before: limit, paragraphsBack: 1, where: { !$0.actor.isCountry }) { return .actor(body) }
            guard let last = lastOrganization, paragraph - last.paragraph <= 1 else { return unresolved }
            return .actor(last.actor)
        case .he:
            // Someone named earlier in the same sentence (侍建宇…，他对BBC中文说) comes first.
            if sameSentence, let person = sentenceSubject(sentence, before: limit), !isWoman(person) { return .actor(person) }
            // (…Fawell 表示…。他呼吁 Zuckerberg 辞职…。他说: 他 goes on, not the man just named)
            if let person = personOpeningChainOfHe(sentence) ?? speakerInChain(of: .he, sentence) { return .actor(person) }
            if let one = oneUnnamedJustQuoted(sentence, before: limit) { return one }
            if let person = onlyManJustNamed(sentence, before: limit) { return .actor(person) }
            if let person = previousSentenceSubject(sentence) ?? manBeforeQuotation(sentence, before: limit), !isWoman(person) { return .actor(person) }
            return lastPerson.map { .actor($0) } ?? unresolved
        case .she:
            let subject = sameSentence ? sentenceSubject(sentence, before: limit) : nil
            if let subject, let woman = womanNamed(after: subject, in: sentence, before: limit) { return .actor(woman) }
            if let person = subject, mayBeWoman(person) {
                women.insert(person.key)
                return .actor(person)
            }
            // (whom a chain of 她 or a paragraph naming no one else takes up, 她 may go back to
            // later: 她跟編輯說…。⏎迪迪安不愛接受媒體訪問。⏎在…歐威爾（George Orwell）…中，她說)
            if let woman = onlyWomanJustNamed(sentence, before: limit) ?? speakerInChain(of: .she, sentence) ?? lastWoman(before: limit) {
                takenUpAsShe.insert(woman.key)
                return .actor(woman)
            }
            if let woman = womanJustQuoted(sentence, before: limit) { return .actor(woman) }
            if let topic = paragraphTopic(sentence, before: limit) ?? previousParagraphTopic(sentence, before: limit) {
                takenUpAsShe.insert(topic.key)
                return .actor(topic)
            }
            if let woman = lastTakenUpAsShe(before: limit) { return .actor(woman) }
            if let woman = womanOfTheStory(before: limit) { takenUpAsShe.insert(woman.key); return .actor(woman) }
            return unresolved
        }
    }

    /// 能源研究员安娜·米库尔斯卡表示：「…」她说: the person just quoted in this paragraph or at
    /// the end of the one before (「…」郁萍说。⏎…她还是觉得…「…」她说), the only person named
    /// since, whose gender the article had not shown but whose name is a woman's (安娜, 淑丽).
    /// Not remembered as a woman: a wrong guess must not turn a later 他 away from him.
    private func womanJustQuoted(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        guard let last = lastSpeaker, last.paragraph >= sentence.paragraph - 1, case .actor(let person) = last.speaker,
              person.kind == .person, person.gender == nil else { return nil }
        let since: Int
        if person.name.unicodeScalars.contains(where: Lexicon.femaleNameCharacters.contains) {
            since = last.paragraph == sentence.paragraph ? text.paragraphs[sentence.paragraph].lowerBound : (claims.last?.span.upperBound ?? limit)
        } else if spokeInPreviousSentence(sentence), let claim = claims.last, !hasMaleGivenName(person) {
            since = claim.span.upperBound  // (whoever her title named, 奥巴马政府外交官, is not her)
        } else {
            return nil
        }
        let named = Extractor.mentions(mentions, in: min(since, limit)..<limit)
        return named.allSatisfy({ $0.actor.kind != .person || $0.actor.key == person.key }) ? person : nil
    }

    /// Whether a name opens with a man's given name (彼得·沃尔科夫, David Lee).
    func hasMaleGivenName(_ a: Actor) -> Bool {
        let name = Array(ChineseFolding.shared.toSimplified(a.name).lowercased().unicodeScalars)
        guard let m = Lexicon.maleGivenNames.match(name, at: 0) else { return false }
        return m.length == name.count || !Lexicon.isHan(name[m.length]) && !("a"..."z").contains(name[m.length])
    }

    /// Whether the last claim was made in the sentence just before this one, in its paragraph
    /// (…马格萨门也说，…。她说：「…」): a 她 right after it can only be the one who spoke.
    func spokeInPreviousSentence(_ sentence: ArticleText.Sentence) -> Bool {
        guard let last = claims.last, let i = text.sentenceIndex(containing: sentence.range.lowerBound), i > 0 else { return false }
        let previous = text.sentences[i - 1]
        // (or closing the paragraph before one this sentence opens: 张叶子说，…。⏎她说：「…」)
        let adjoining = previous.paragraph == sentence.paragraph
            || previous.paragraph == sentence.paragraph - 1 && sentence.range.lowerBound == text.paragraphs[sentence.paragraph].lowerBound
        return adjoining && previous.range.contains(last.span.lowerBound)
    }

    /// The person who opens the previous sentence of this paragraph as its subject, when several
    /// people were named since (特朗普在白宫与刘鹤会面时，他的语气更加乐观。他表示…: Trump,
    /// not whoever was quoted last): the topic goes on.
    func previousSentenceSubject(_ sentence: ArticleText.Sentence) -> Actor? {
        guard let i = text.sentenceIndex(containing: sentence.range.lowerBound), i > 0 else { return nil }
        let previous = text.sentences[i - 1]
        guard previous.paragraph == sentence.paragraph else { return nil }
        return personOpening(previous)
    }

    /// The person heading the subject of the clause that opens `s` with a name.
    func personOpening(_ s: ArticleText.Sentence) -> Actor? {
        guard let clause = namedClause(from: s.range.lowerBound, before: s.range.upperBound) else { return nil }
        let np = clause.lowerBound..<nounPhraseEnd(clause.lowerBound..<firstCue(in: clause))
        let inNP = mentionsIn(np)
        return (personEnding(np, inNP) ?? headPerson(inNP))?.actor
    }

    func isWoman(_ a: Actor) -> Bool {
        a.gender == "female" || women.contains(a.key)
    }

    /// The woman named last before `limit`.
    /// (「…被囚禁的翁山蘇姬…仍是國家領導人。」她強調: not a woman the quotation just closed names)
    private func lastWoman(before limit: Int) -> Actor? {
        let quoted = quotation(closingJustBefore: limit)
        return mentions.last { $0.range.upperBound <= limit && $0.actor.kind == .person && isWoman($0.actor)
            && !(quoted?.contains($0.range.lowerBound) ?? false) }?.actor
    }

    /// The words of the quotation that closes right before `limit`, past spaces and a comma.
    func quotation(closingJustBefore limit: Int) -> Range<Int>? {
        var j = limit
        while j > 0, text.original[j - 1].isSpace || text.original[j - 1] == "，" || text.original[j - 1] == "," { j -= 1 }
        return j > 0 && text.closesQuote(at: j - 1) ? text.quote(closingAt: j - 1)?.content : nil
    }

    /// The person at the head of the sentence's first clause, when the cue is in a later one.
    func sentenceSubject(_ sentence: ArticleText.Sentence, before limit: Int) -> Actor? {
        var start = sentence.range.lowerBound
        // (「…翁山蘇姬…」她強調: whom the opening quotation names is not its speaker)
        if let q = text.quotes(openingIn: start..<(start + 1)).first, q.end <= limit { start = q.end }
        var e = clauseEnd(from: start, before: limit)
        guard e < limit else { return nil }
        var lo = skipLeading(start, e)
        // (not a clause inside a quotation: 周一，「第一夫人了解金正恩…」他说)
        if mentionsIn(lo..<e).isEmpty, let clause = personClause(from: e + 1, before: limit), clause.upperBound < limit,
           text.quoteAt[clause.lowerBound] < 0, text.quote(openingAt: clause.lowerBound) == nil {
            (lo, e) = (clause.lowerBound, clause.upperBound)  // 同一天，美国总统特朗普…，他说 / 后来，…
        }
        guard lo < e, let m = clauseSubjectPerson(lo, e) ?? personBeforeCue(lo..<nounPhraseEnd(lo..<e)),
              !text.inAside(m.range, closingBefore: limit) else { return nil }
        return m.actor
    }
}
