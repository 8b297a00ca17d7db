import ClaimGraphCore

/// First clauses that only set when or where (上周，… / 周三，… / 贸易谈判前夕，… / 在武汉东部的
/// 黄冈市，…): a cue with no subject of its own goes on with whoever opens the clause after them.
extension ClaimFinder {
    /// Where the clause holding the subject of a cue with none of its own starts: the
    /// sentence's first clause, or the next one when the first only sets the time or place and
    /// a person, a body or 他 / 她 opens the next (1月11日晚间9点，蔡英文现身…，并强调 /
    /// 在武汉东部的黄冈市，地方政府实施新的限制，称 / 两年后，他在接受采访时，称).
    func subjectClauseStart(_ sentence: ArticleText.Sentence, hit: Hit) -> Int {
        let start = sentence.range.lowerBound, cue = hit.cue.lowerBound
        let e = clauseEnd(from: start, before: cue)
        // (为了更清楚地了解年轻人如何使用视频聊天，雅虎实验室的研究人员…，发现: a purpose opens the
        // sentence as a time does, and may run longer)
        let purpose = Self.purposes.match(text.folded, at: skipLeading(start, cue)) != nil
        guard e < cue, e - start <= (purpose ? Self.longestPurpose : 16) else { return start }
        // (音乐终了，王毅接过电话，说: a short clause naming no one opens the sentence as a time does,
        // when he, she or a person opens the next)
        let circumstance = purpose || setsCircumstance(start..<e)
        guard circumstance || e - start <= Self.shortOpening && mentionsIn(start..<e).isEmpty && text.quotes(openingIn: start..<e).isEmpty else { return start }
        // (3月，她逃离…，担心…: a feeling after a first clause of time is as often someone else's,
        // unless 并 / 还 / 也 carry it on)
        if Self.feelingCues.contains(text.foldedText(hit.cue)), cue > 0, !"并还也".unicodeScalars.contains(text.folded[cue - 1]) { return start }
        let t = text.folded
        let lo = skipLeading(e + 1, cue)
        // (a body or outlet opening the clause is its subject, not an owner: 华为的员工…)
        if let opener = mentionsIn((e + 1)..<cue).first, opener.range.lowerBound == lo, t[opener.range.upperBound] != "的",
           opener.actor.kind == .outlet || opener.actor.kind == .organization && !opener.actor.isCountry {
            return e + 1
        }
        if let p = Lexicon.pronouns.match(t, at: lo), p.value == .he || p.value == .she { return e + 1 }
        // (a person opening it, or closing its opening phrase after a title: 第二天，香港特首林郑月娥率…
        // 召开记者会，…，称…; not one owning it, 习近平的强硬政策)
        if let person = mentionsIn(lo..<clauseEnd(from: lo, before: cue)).first(where: { $0.actor.kind == .person }),
           t[person.range.upperBound] != "的", !(lo..<person.range.lowerBound).contains(where: { t[$0] == "的" }) { return e + 1 }
        guard circumstance else { return start }
        if bareInstitutionWord(at: lo, before: cue) != nil { return e + 1 }
        // (2月26日，中国饭店协会出面…进行沟通，指出…: a body the catalog does not know, after a country or
        // named by its kind, once a comma closes the time; not 1、政协常委、北京大学教授林毅夫…，称, a list)
        guard text.original[e] == "，" || text.original[e] == "," else { return start }
        let np = lo..<nounPhraseEnd(lo..<clauseEnd(from: lo, before: cue))
        if let country = mentionsIn(np).first, country.range.lowerBound == lo, country.actor.isCountry {
            return institution(named: country, before: np.upperBound) != nil ? e + 1 : start
        }
        // (6 月，高盛的研究人员曾一度怀疑…，指出…: a named body's members speak for it)
        if !mentionsIn(np).isEmpty { return memberBody(np, in: np) != nil ? e + 1 : start }
        return namedByKind(np) != nil ? e + 1 : start
    }

    /// Whether a clause only sets the time or place of what follows: a date or time naming no
    /// one (2020年1月, 上周, 周三, 两年后), a moment closed by 前夕 / 之后 … (贸易谈判前夕), or a
    /// place or moment opened by 在 / 当 (在武汉东部的黄冈市).
    func setsCircumstance(_ r: Range<Int>) -> Bool {
        let t = text.folded
        let lo = skipLeading(r.lowerBound, r.upperBound)
        if lo == r.upperBound { return true }
        if "在当".unicodeScalars.contains(t[lo]) { return true }
        guard mentionsIn(r).isEmpty else { return false }
        if r.contains(where: { ("0"..."9").contains(text.original[$0]) }) { return true }
        if Self.momentEnds.match(t, endingAt: r.upperBound) != nil { return true }
        if r.upperBound - lo == 2, t[lo] == "周", "一二三四五六日末".unicodeScalars.contains(t[lo + 1]) { return true }
        return r.upperBound - lo <= 4 && Self.timeEnds.contains(t[r.upperBound - 1])
    }

    /// Words opening a clause of purpose (为了…，).
    private static let purposes = PhraseMatcher<Bool>(["为了", "為了"].map { ($0, true) })
    /// The longest clause of purpose opening a sentence that a subject after it is taken past.
    private static let longestPurpose = 30

    /// The longest first clause naming no one that a person opening the next one is taken past.
    static let shortOpening = 6

    /// Last words of a clause that says at what moment (谈判前夕, 会议之后, 疫情期间).
    static let momentEnds = PhraseMatcher<Bool>(["前夕", "之际", "期间", "时候", "之后", "以后", "以来", "之前", "当天", "当日"].map { ($0, true) })

    /// Last characters of a short clause that only says when (上周, 两年后, 当天, 去年).
    static let timeEnds: Set<Unicode.Scalar> = ["后", "前", "时", "周", "月", "年", "天", "日", "晚", "早"]

    /// Words supposing what someone would say or think (如果中共认为…，它就…, 假如普京说…, 只要评委认为…,
    /// 一旦公司认为…): speech imagined, not reported.
    static let conditionals = PhraseMatcher<Bool>(["如果", "假如", "倘若", "要是", "若是", "万一", "假设", "只要", "一旦"].map { ($0, true) })

    /// Whether the subject clause `r` opens by supposing.
    func supposes(_ r: Range<Int>) -> Bool {
        !r.isEmpty && Self.conditionals.match(text.folded, at: r.lowerBound) != nil
    }

    /// 一切被习近平的共产党政权认为不利的内容 / 被大陆当局认为敏感而封锁下的消息: a cue after 被 and its
    /// agent, with no punctuation after it and a clause ending in the noun it qualifies, describes
    /// a thing by what the agent thinks of it, and no one says anything (被很多人认为是…, 被捕后表示，…
    /// and 被问及…时说：… still report).
    func describesByAgent(_ hit: Hit) -> Bool {
        let t = text.folded, r = hit.region
        // (乔·弗里曼以被“清理者”的身份直接指出: a person before 被 is the one speaking)
        guard let b = r.last(where: { t[$0] == "被" && mentionAt[$0] < 0 }), b + 1 < r.upperBound,
              !Self.wordsOpeningWithBei.contains(t[b + 1]), !mentionsIn(r.lowerBound..<b).contains(where: { $0.actor.kind == .person }) else { return false }
        let k = text.pastSpaces(hit.cue.upperBound, before: t.count)
        guard k < t.count, !Lexicon.clausePunctuation.contains(text.original[k]), !Lexicon.openQuoteMarks.contains(text.original[k]),
              !Self.copulas.contains(t[k]) else { return false }
        // (the clause ends in the noun the view qualifies: 不利的内容, 可疑的人物; 被很多人认为是在效仿
        // 中国 and 被众多法律界人士指出这是对…的干预 state a view, with a copula of their own)
        var e = k
        while e < t.count, !Lexicon.endsClause(text.original[e]) { e += 1 }
        guard let de = (k..<e).last(where: { t[$0] == "的" }), e - de <= Self.qualifiedNounLength + 1 else { return false }
        return !(k..<e).contains { t[$0] == "是" }
    }

    /// The most characters of the noun a view qualifies (的内容, 的新势力, 的横跨全球的交易: 交易).
    static let qualifiedNounLength = 4

    /// Characters opening what a view holds a thing to be (被认为是…, 被视为…, 被称为…).
    static let copulas = ScalarSet("是为成")

    /// Second characters of words opening with 被 that are no passive (被告, 被捕, 被迫, 被问及, 被选为).
    static let wordsOpeningWithBei = ScalarSet("告害捕迫问拘动子选")

    /// 李兰娟在接受央视采访时表示 / 计葵生接受彭博电视采访时称 / 祝华新曾在一篇报告中称: the interview
    /// or piece says where she spoke, and an outlet in it is not who speaks; the subject is the
    /// words before it, empty when nothing but a date comes first (the speaker is then inherited).
    func beforeInterview(_ r: Range<Int>) -> Range<Int>? {
        guard var k = Self.whereSaidStart(before: r.upperBound, in: text.folded, from: r.lowerBound) else { return nil }
        while k > r.lowerBound, text.original[k - 1].isSpace { k -= 1 }
        // (…终于发声，5 月 11 日接受《新京报》采访回应称: nobody before the interview but when; the
        // speaker is the one the sentence was about, not the outlet)
        if k == r.lowerBound || leadingDateEnd(r.lowerBound, r.upperBound) == k { return r.lowerBound..<r.lowerBound }
        return r.lowerBound..<k
    }

    /// 在本书中他进一步指出 / 在一次采访中她说: the piece or occasion opening the subject clause
    /// says where the words were given; who gave them is the pronoun or name right after it. The
    /// rest of the clause from there, or nil.
    func afterPlaceOfWords(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let lo = skipLeading(r.lowerBound, r.upperBound)
        guard lo + 3 < r.upperBound, t[lo] == "在" else { return nil }
        for k in (lo + 2)..<min(lo + Self.maximumPlaceOfWords, r.upperBound - 1) where Self.placeOfWordsEnds.contains(t[k]) {
            if mentionAt[k] >= 0 || text.quoteAt[k] >= 0 { continue }  // (在中国: 中 opens a name)
            let next = k + 1
            guard Lexicon.pronouns.match(t, at: next) != nil || mentionAt[next] >= 0 && mentions[mentionAt[next]].range.lowerBound == next else { continue }
            return next..<r.upperBound
        }
        return nil
    }

    /// 《护城纪实》中记载 / 维基百科上写道 / 兰德公司的报告中写道: the titled or described work or the site
    /// a record is in is what records it; the clause without the closing 中 (or 里, 上), or nil. Only a work, or a named body or
    /// outlet that is the whole clause: not a place of words after its speaker (ABB 集团在财报中表示:
    /// ABB speaks) or with its speaker left out (她…，在推特上宣称: hers).
    func titledWorkHolding(_ r: Range<Int>) -> Range<Int>? {
        let k = text.beforeSpaces(r.upperBound, after: r.lowerBound)
        guard k - 2 > r.lowerBound, Self.placeOfWordsEnds.contains(text.folded[k - 1]), mentionAt[k - 1] < 0 else { return nil }
        if text.original[k - 2] == "》" { return r.lowerBound..<(k - 1) }
        // (兰德公司的报告中写道: a document its author's words describe, with no 在 before it; not
        // 从理论上说 or 从数据中得出: what is reasoned from)
        if text.folded[k - 1] != "上", let noun = Lexicon.documentNouns.match(text.folded, endingAt: k - 1),
           k - 1 - noun.length > skipLeading(r.lowerBound, k), !r.contains(where: { text.folded[$0] == "在" || text.folded[$0] == "从" }) {
            return r.lowerBound..<(k - 1)
        }
        guard mentionAt[k - 2] >= 0, case let m = mentions[mentionAt[k - 2]], m.actor.kind != .person,
              m.range == skipLeading(r.lowerBound, k)..<(k - 1) else { return nil }
        return r.lowerBound..<(k - 1)
    }

    /// Haboob 的网站上写道 / 谷歌官网上称: words on one's own site or account are one's own; the
    /// owner named right before the site (and its 的) is the subject, or nil.
    func beforeOwnSite(_ r: Range<Int>) -> Range<Int>? {
        let t = text.folded
        let k = text.beforeSpaces(r.upperBound, after: r.lowerBound)
        guard k - 3 > r.lowerBound, t[k - 1] == "上", mentionAt[k - 1] < 0, let site = Self.ownSites.match(t, endingAt: k - 1) else { return nil }
        var end = k - 1 - site.length
        if end > r.lowerBound, t[end - 1] == "的" { end -= 1 }
        end = text.beforeSpaces(end, after: r.lowerBound)
        guard end > r.lowerBound, mentionAt[end - 1] >= 0, case let owner = mentions[mentionAt[end - 1]], owner.range.upperBound == end else { return nil }
        // (在 Youtube 网站上爆料说, 在其 LinkedIn 页面上声称: a place of words, or a platform 其 owns)
        let before = text.beforeSpaces(owner.range.lowerBound, after: r.lowerBound)
        if before > r.lowerBound, t[before - 1] == "在" || t[before - 1] == "其" { return nil }
        return r.lowerBound..<end
    }

    /// Sites and accounts whose owner speaks on them.
    static let ownSites = PhraseMatcher<Bool>(["网站", "官网", "官方网站", "主页", "网页", "博客", "推特", "脸书", "微博",
                                                       "帐户", "账户", "账号", "帐号", "页面", "社交媒体"].map { ($0, true) })

    /// Longest place of words read before the speaker (在一次《花花公子》采访中).
    static let maximumPlaceOfWords = 16
    /// Last characters of a place of words (在书中, 在信里, 在会上).
    private static let placeOfWordsEnds = ScalarSet("中里上")

    /// Where the interview or the piece or occasion the words were given in opens, just before
    /// `cue` (`interviewStart`, else `placeOfWordsStart`).
    static func whereSaidStart(before cue: Int, in t: [Unicode.Scalar], from lo: Int) -> Int? {
        interviewStart(before: cue, in: t, from: lo) ?? placeOfWordsStart(before: cue, in: t, from: lo)
    }

    /// Where an interview given just before a cue opens (…|在接受央视采访时|表示): at its 在 or
    /// 接受, within the clause and 20 characters of the cue; nil when no interview ends there.
    static func interviewStart(before cue: Int, in t: [Unicode.Scalar], from lo: Int) -> Int? {
        guard let end = interviewEnds.match(t, endingAt: cue) else { return nil }
        var k = cue - end.length
        while k - 2 >= lo, cue - k < 20, !Lexicon.clausePunctuation.contains(t[k - 1]) {
            if t[k - 2] == "接", t[k - 1] == "受" { return k - 2 > lo && t[k - 3] == "在" ? k - 3 : k - 2 }
            k -= 1
        }
        return nil
    }

    /// Where the piece or occasion the words were given in opens, just before a cue (祝华新…
    /// |在一篇舆情分析报告中|称, 微软|在声明中|表示): at its 在, within the clause and 20 characters.
    static func placeOfWordsStart(before cue: Int, in t: [Unicode.Scalar], from lo: Int) -> Int? {
        // (在5月7日的記者會表示: an occasion needs no 上)
        let head = cue - 1 > lo ? pastNameOfPlace(cue - 1, in: t, from: lo) : cue - 1
        let placed = cue - 1 > lo && "中上里".unicodeScalars.contains(t[cue - 1]) && placesOfWords.match(t, endingAt: head) != nil
        guard placed || occasions.match(t, endingAt: cue) != nil else { return nil }
        var k = (placed ? head : cue - 1) - 1
        while k >= lo, cue - k < 20 + (cue - 1 - head), !Lexicon.clausePunctuation.contains(t[k]) {
            if t[k] == "在" { return k }
            k -= 1
        }
        return nil
    }

    /// Back past the name a place of words is given before `k` (节目《决定》(The Decision) 中: the
    /// title in 《》, a gloss in Latin letters in parentheses, spaces), to where the place word ends.
    private static func pastNameOfPlace(_ k: Int, in t: [Unicode.Scalar], from lo: Int) -> Int {
        var j = k
        func pastSpaces() { while j > lo, t[j - 1].isSpace { j -= 1 } }
        pastSpaces()
        if j > lo, t[j - 1] == ")" || t[j - 1] == "）", let open = (lo..<(j - 1)).last(where: { t[$0] == "(" || t[$0] == "（" }),
           t[(open + 1)..<(j - 1)].allSatisfy({ $0.isASCII }) {
            j = open
            pastSpaces()
        }
        if j > lo, t[j - 1] == "》", let open = (lo..<(j - 1)).last(where: { t[$0] == "《" }) {
            j = open
            pastSpaces()
        }
        return j
    }

    /// Last words of an interview someone gave (接受…采访时).
    static let interviewEnds = PhraseMatcher<Bool>(["采访时", "采访", "专访时", "专访", "访问时", "访谈时"].map { ($0, true) })

    /// 但在声明中称 / 并在一份书面声明中说: a clause saying only where the words were given (在, a
    /// piece or an occasion, 中 / 上) names no one; the cue goes on with the subject before it.
    func onlyWhereSaid(_ r: Range<Int>) -> Bool {
        let lo = skipLeading(r.lowerBound, r.upperBound)
        var end = r.upperBound
        while end > lo, text.original[end - 1].isSpace { end -= 1 }
        return (Self.placeOfWordsStart(before: end, in: text.folded, from: lo) == lo || opensWithPieceOnly(lo..<end))
            && !mentionsIn(lo..<end).contains { $0.actor.kind == .person || $0.actor.kind == .organization }
    }

    /// 书中还宣称 / 文中提到 / 信中说: a piece with 中 or 里 and no 在, then only adverbs, opening
    /// the clause; the piece is the one whose writer was just speaking.
    private func opensWithPieceOnly(_ r: Range<Int>) -> Bool {
        let t = text.folded
        guard let piece = Self.writtenPieces.match(t, at: r.lowerBound) else { return false }
        let k = r.lowerBound + piece.length
        return k < r.upperBound && (t[k] == "中" || t[k] == "里") && onlyAdverbs((k + 1)..<r.upperBound)
    }

    /// Who writes in the piece a sentence opens with (书中还宣称, 文中提到): the person named
    /// nearest before the last title in 《》 of this paragraph or the one before, in its sentence
    /// and at most one clause before it (韩秉哲出版了一本书，名为《群》，书中称); else the last speaker of this paragraph or the one
    /// before, when nobody else is named since (瓦恩加德 … 他指出 … 书中还宣称). Nil otherwise:
    /// a piece the narration only mentions is nobody's the article says.
    func writerOfPiece(_ sentence: ArticleText.Sentence, before cue: Int) -> Speaker? {
        if let writer = titledWriter(sentence, before: cue) { return .actor(writer.mention.actor) }
        guard let last = lastSpeaker, last.paragraph >= sentence.paragraph - 1, let said = claims.last?.sentence.upperBound,
              !mentions.contains(where: { $0.range.lowerBound >= said && $0.range.upperBound <= cue && $0.actor.kind != .event && !$0.actor.isCountry })
        else { return nil }
        return last.speaker
    }

    /// The person named nearest before the last title in 《》 of this paragraph or the one before
    /// `cue`, in its sentence and at most one clause before it (肯·羅賓遜在他的新書《創意學院》中).
    func titledWriter(_ sentence: ArticleText.Sentence, before cue: Int) -> (mention: Mention, title: Int)? {
        let since = text.paragraphs[max(0, sentence.paragraph - 1)].lowerBound
        guard let open = (since..<cue).last(where: { text.original[$0] == "《" }),
              let titled = text.sentences.last(where: { $0.range.lowerBound <= open }),
              let writer = mentions.last(where: { $0.actor.kind == .person && $0.range.upperBound <= open && $0.range.lowerBound >= titled.range.lowerBound }),
              (writer.range.upperBound..<open).count(where: { Lexicon.clausePunctuation.contains(text.original[$0]) }) <= 1 else { return nil }
        return (writer, open)
    }

    /// 作者認為 in a review: the writer of the piece the review names, not the review's own
    /// author: the person `titledWriter` finds, when the words right before the title say whose it
    /// is (羅賓遜在他的新書《創意學院》中, 萨斯坎德的《…》) and the name is no title itself (《孟子》).
    /// Else the person the article named right after the word 作者 (《中国国民性演变历程》，作者张宏杰，
    /// …。作者认为), the last such within `authorReach` characters; nil when it named none.
    func authorOfPiece(_ np: Range<Int>, cue: Int) -> Actor? {
        let lo = skipLeading(np.lowerBound, np.upperBound), end = trimmedTail(np)
        guard end - lo == 2, text.foldedText(lo..<end) == "作者" else { return nil }
        return writerOfTitle(lo, cue: cue) ?? authorNamed(before: lo) ?? writerInBook(before: lo)
    }

    /// The person the review places in the book it is about (馬科維茨在本書中則更是…。…作者認為),
    /// the last such within `authorReach` characters.
    private func writerInBook(before lo: Int) -> Actor? {
        let t = text.folded
        for k in stride(from: lo - 1, through: max(1, lo - Self.authorReach), by: -1) where t[k] == "在" && Self.thisBook.match(t, at: k + 1) != nil {
            let e = text.beforeSpaces(k, after: 0)
            if e > 0, mentionAt[e - 1] >= 0, case let m = mentions[mentionAt[e - 1]], m.actor.kind == .person, m.range.upperBound == e { return m.actor }
        }
        return nil
    }

    /// The book a review is about, after 在 (在本书中, 在这本书里).
    private static let thisBook = PhraseMatcher<Bool>(["本书中", "本书里", "这本书中", "这本书里", "该书中", "该书里"].map { ($0, true) })

    private func writerOfTitle(_ lo: Int, cue: Int) -> Actor? {
        guard let i = text.sentenceIndex(containing: lo), let (writer, title) = titledWriter(text.sentences[i], before: cue),
              writer.range.lowerBound == 0 || text.original[writer.range.lowerBound - 1] != "《" else { return nil }
        let before = max(writer.range.upperBound, title - Self.ownershipReach)..<title
        // (罗斯巴德在《美国大萧条》一书中: 在 alone between the writer and the title)
        let k = text.pastSpaces(pastGloss(from: writer.range.upperBound, before: title), before: title)
        let inTitle = k < title && text.folded[k] == "在" && text.pastSpaces(k + 1, before: title) == title
        guard inTitle || before.contains(where: { Self.ownership.contains(text.folded[$0]) }) else { return nil }
        return writer.actor
    }

    private func authorNamed(before lo: Int) -> Actor? {
        let t = text.folded
        for k in stride(from: lo - 2, through: max(0, lo - Self.authorReach), by: -1) where t[k] == "作" && t[k + 1] == "者" {
            var j = k + 2
            while j < lo, t[j].isSpace || Self.authorNameMarks.contains(t[j]) { j += 1 }
            // (the name set off after it: 作者张宏杰，/ 作者 Paul Scharre (…); not 作者明知…, a verb)
            if j < lo, mentionAt[j] >= 0, case let m = mentions[mentionAt[j]], m.actor.kind == .person, m.range.lowerBound == j,
               m.range.upperBound < t.count, Lexicon.clausePunctuation.contains(text.original[m.range.upperBound]) || t[m.range.upperBound].isSpace
                || "（(".unicodeScalars.contains(t[m.range.upperBound]) { return m.actor }
        }
        return nil
    }

    /// How far back the name after 作者 is looked for: a review of several books names several.
    static let authorReach = 2000

    /// Marks between 作者 and the name it introduces (作者：张宏杰).
    private static let authorNameMarks = ScalarSet("：:、")

    /// Characters right before a title that make it the writer's (的《, 著《, 的新书《).
    private static let ownership = ScalarSet("的著写书")
    private static let ownershipReach = 4

    /// Pieces and occasions words are given in (声明, 文章, 采访 …), before 中 / 上 / 里.
    static let placesOfWords = PhraseMatcher<Bool>((["采访", "讲话", "演讲", "会议", "发言", "节目", "访谈", "记者会", "发布会", "信中",
                                                     "听证会", "座谈会", "研讨会", "论坛", "峰会", "大会", "年会", "专访", "对话", "直播",
                                                     "视频", "电影", "纪录片", "影片", "播客"]
                                                    + writtenPieceWords).map { ($0, true) })

    /// Occasions of speaking that a cue may follow with no 上 (在记者会表示).
    static let occasions = PhraseMatcher<Bool>(["记者会", "发布会", "新闻发布会", "记者招待会"].map { ($0, true) })

    /// Written pieces, which a sentence may open with and no 在 (书中写道): a broadcast or a
    /// meeting so named (节目中经常提到) is no one's piece.
    static let writtenPieces = PhraseMatcher<Bool>(writtenPieceWords.map { ($0, true) })

    private static let writtenPieceWords = ["声明", "文章", "报告", "信", "推文", "帖子", "博客", "邮件", "电子邮件", "书", "文", "论文",
                                            "日记", "回忆录", "自传", "著作", "专栏", "公告", "通告", "新闻稿", "公报", "财报"]

    /// Whether `r` is only a time counted from now or from the day just told, with or without a
    /// date (去年 10 月, 上周五, 当日), or, unless not `datesToo`, a date in digits (4 月 24 日, 2018 年).
    func onlyTime(_ r: Range<Int>, datesToo: Bool = true) -> Bool {
        let t = text.folded
        guard let first = r.first else { return false }
        let dated = datesToo && ("0"..."9").contains(t[first]) && r.contains { Lexicon.dateUnits.contains(t[$0]) }
        guard let start = Self.relativeTimes.match(t, at: first).map({ first + $0.length }) ?? (dated ? first : nil) else { return false }
        return (start..<r.upperBound).allSatisfy { t[$0].isSpace || Self.dateCharacters.contains(t[$0]) }
    }

    /// Whether `r` is a clause of when, ending in 后 or 时 (瑞幸发布公告后, 会谈结束时), or of the
    /// occasion, opening with 在 and ending in 上, 中 or 期间 (在…举行的吹风会上).
    func saysWhen(_ r: Range<Int>) -> Bool {
        let t = text.folded
        let end = text.beforeSpaces(r.upperBound, after: r.lowerBound)
        guard end - r.lowerBound >= 3 else { return false }
        if t[end - 1] == "后" || t[end - 1] == "时" { return true }
        let start = text.pastSpaces(r.lowerBound, before: end)
        return t[start] == "在" && (t[end - 1] == "上" || t[end - 1] == "中" || t[end - 2] == "期" && t[end - 1] == "间")
    }

    private static let relativeTimes = PhraseMatcher<Bool>(["去年", "今年", "前年", "明年", "上周", "本周", "上月", "上个月", "本月", "昨天", "今天", "前天",
                                                                      "当日", "当天", "同日", "同一天", "次日", "翌日", "昨日", "今日",
                                                                      "近几个月", "近几年", "近年来", "近来", "近期"].map { ($0, true) })
    private static let dateCharacters = ScalarSet("0123456789０１２３４５６７８９一二三四五六七八九十年月日号底初中旬")
}

