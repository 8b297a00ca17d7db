import ClaimGraphCore

/// Gatherings the catalog does not know, named where someone spoke at them: 在例行记者会上表示,
/// 在国会听证会上说, 在接受香港一家电视台的采访时称. Most events in the news are of this kind (a
/// ministry's press conference, a hearing, a forum, an interview), and without them `claimgraph
/// said` could not tell where anything was said unless the catalog listed the event.
///
/// Such an event is the article's own: 记者会 in two articles are two press conferences, so its
/// key holds the article's. It is named as the article writes it, between 在 (or 接受) and the
/// 上 / 中 / 时 that closes the place, and only when that phrase ends in a word for a gathering
/// or an interview: 在这个问题上 and 在北京时 name none.
struct AdHocEvents {
    let text: ArticleText
    let articleKey: String

    /// Whether `event` is an article's own gathering rather than the catalog's.
    static func isAdHoc(_ event: Actor) -> Bool {
        event.properties["ad_hoc"] == .bool(true)
    }

    /// Where the article names such events, as mentions of event actors.
    func anchors() -> [Mention] {
        let t = text.folded
        let opening = Self.openingCharacters
        var out: [Mention] = []
        var i = 0
        // (from one opening character to the next, found in one tight pass; a name read moves on past it)
        for start in t.positions(in: 0..<t.count, where: opening.contains) where start >= i {
            i = start
            guard let open = Self.openers.match(t, at: i), let whole = phrase(after: i + open.length) else { continue }
            let phrase = namePart(of: whole)
            let name = text.text(phrase)
            let key = "event:" + StableHash.hex(of: articleKey).prefix(16) + ":" + text.foldedText(phrase)
            out.append(Mention(range: phrase, actor: Actor(key: key, name: name, kind: .event, properties: ["ad_hoc": .bool(true)])))
            i = whole.upperBound
        }
        return out
    }

    /// The name within the place of speaking: after 接受 (在北京接受采访 → 采访), and past a time or
    /// the making of the gathering before its 的 (周三的年度国情咨文演讲, 北京举行的新闻发布会), which
    /// say when or where it was, not what.
    private func namePart(of r: Range<Int>) -> Range<Int> {
        let t = text.folded
        var lo = r.lowerBound
        if let accepting = r.last(where: { $0 + 2 < r.upperBound && t[$0] == "接" && t[$0 + 1] == "受" }) { lo = accepting + 2 }
        if let de = (lo..<r.upperBound).first(where: { t[$0] == "的" }), de + 2 < r.upperBound,
           (lo..<de).contains(where: { Self.timeCharacters.contains(t[$0]) }) || Self.makings.match(t, endingAt: de) != nil {
            lo = de + 1
        }
        return text.pastSpaces(lo, before: r.upperBound)..<r.upperBound
    }

    /// Characters of a time (周三, 11 月, 去年, 当天, 午夜) before a gathering's 的.
    private static let timeCharacters = ScalarSet("周年月日时午夜晚天")
    /// Verbs of holding a gathering before its 的 (北京举行的新闻发布会).
    private static let makings = PhraseMatcher<Bool>(["举行", "召开", "进行", "举办", "安排", "主持"].map { ($0, true) })

    /// The phrase from `start` to the 上 / 中 / 时 / 期间 that closes a place of speaking, when it
    /// ends in a gathering or an interview and holds no clause punctuation or quotation.
    private func phrase(after start: Int) -> Range<Int>? {
        let t = text.folded
        let lo = text.pastSpaces(start, before: t.count)
        // (the sets as locals: a static is checked for initialisation at every access, and this
        // runs after every 在 of every article)
        let (punctuation, terminators, closing) = (Lexicon.clausePunctuation, Lexicon.terminators, Self.closingCharacters)
        var k = lo
        while k < t.count, k - lo < Self.longestName {
            let c = text.original[k]
            if punctuation.contains(c) || terminators.contains(c) || text.quoteAt[k] >= 0 { return nil }
            if closing.contains(t[k]), k > lo, Self.closers.match(t, at: k) != nil,
               let kind = Self.gatherings.match(t, endingAt: k), k - kind.length >= lo {
                return lo..<k
            }
            k += 1
        }
        return nil
    }

    /// Words that open where someone spoke (在, 于, 接受: 接受…采访时).
    private static let openers = PhraseMatcher<Bool>(["在", "于", "接受"].map { ($0, true) })
    private static let openingCharacters = ScalarSet("在于接")
    /// Words that close it: on, in, at the time of; and their first characters.
    private static let closers = PhraseMatcher<Bool>(["上", "中", "时", "期间"].map { ($0, true) })
    private static let closingCharacters = ScalarSet("上中时期")
    /// Words a gathering's or an interview's name ends in.
    private static let gatherings = PhraseMatcher<Bool>(["记者会", "发布会", "新闻发布会", "记者招待会", "吹风会", "听证会", "会议", "论坛", "峰会", "大会",
                                                 "年会", "研讨会", "座谈会", "讨论会", "对话会", "演讲", "讲话", "致辞", "典礼", "仪式", "颁奖礼",
                                                 "辩论", "集会", "采访", "专访", "访谈", "节目", "作证"].map { ($0, true) })
    /// The most characters a gathering's name holds (国务院联防联控机制新闻发布会: 13).
    private static let longestName = 24
}
