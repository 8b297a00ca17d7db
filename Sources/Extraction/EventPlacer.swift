import ClaimGraphCore
import Foundation

/// Places a claim at the catalog event the article puts it at.
///
/// Articles name an event once and then report what was said there over several
/// paragraphs, and they rarely write the catalog's exact alias: 新美国安全中心同日就上述报告
/// 举行的研讨会, 习近平三月份访问俄罗斯期间, 访问北京的俄罗斯总理米舒斯京. So an event is
/// found three ways (its alias; an alias split into a catalog actor and the rest, both in
/// one clause; a date in the sentence together with the event's kind of gathering), and
/// a claim with no event of its own stays at the last one named while the scene goes on:
/// it points back to the gathering (此次, 会上) or continues its speaker's previous claim
/// there, and no paragraph in between moves to another time.
struct EventPlacer: Sendable {
    /// One event alias written as a catalog actor followed by the rest (米舒斯京 + 访问北京).
    struct Part: Sendable {
        var actorKey: String
        var event: Actor
    }

    /// Characters allowed between the two parts of a split alias, in one clause.
    static let partGap = 14
    /// Paragraphs a scene may run past the one that names its event.
    static let sceneReach = 10

    private let parts: PhraseMatcher<[Part]>
    private let byDay: [(first: EventDates.Day, last: EventDates.Day, actor: Actor)]
    private let days: [String: (first: EventDates.Day, last: EventDates.Day)]
    /// The kinds of gathering each event's aliases name (峰会, 论坛, 磋商, 访问): a
    /// sentence that names its kind can refer back to it.
    private let kinds: [String: [String]]

    /// Words for kinds of gathering, as they end or make up event aliases.
    static let gatheringKinds = ["峰会", "论坛", "磋商", "会议", "研讨会", "会谈", "会晤", "会见", "访问", "访华", "访俄",
                                 "对话", "大会", "年会", "博览会", "阅兵", "冬奥会", "奥运会", "记者会", "发布会", "听证会"]

    init(index: CatalogIndex) {
        var byDay: [(first: EventDates.Day, last: EventDates.Day, actor: Actor)] = []
        var days: [String: (first: EventDates.Day, last: EventDates.Day)] = [:]
        var kinds: [String: [String]] = [:]
        var split: [String: [Part]] = [:]
        var order: [String] = []
        for (i, entry) in index.entries.enumerated() where entry.type == .event {
            let event = index.actors[i]
            if let d = entry.date, let first = EventDates.Day(iso: d) {
                let last = entry.end.flatMap(EventDates.Day.init(iso:)) ?? first
                byDay.append((first, last, event))
                days[event.key] = (first, last)
            }
            for alias in entry.aliases {
                let folded = Array(CatalogIndex.fold(alias).unicodeScalars)
                let spelled = String(scalars: folded)
                for kind in Self.gatheringKinds where spelled.contains(kind) && !(kinds[event.key] ?? []).contains(kind) {
                    kinds[event.key, default: []].append(kind)
                }
                guard let (length, actor) = Self.leadingActor(folded, index) else { continue }
                let rest = String(scalars: folded[length...])
                if split[rest] == nil { order.append(rest) }
                split[rest, default: []].append(Part(actorKey: index.actors[actor].key, event: event))
            }
        }
        var parts = PhraseMatcher<[Part]>()
        for rest in order { parts.insert(rest, split[rest]!) }
        self.parts = parts
        self.byDay = byDay
        self.days = days
        self.kinds = kinds
    }

    /// The longest catalog actor (not an event) an alias starts with, leaving two or more
    /// characters after it.
    private static func leadingActor(_ alias: [Unicode.Scalar], _ index: CatalogIndex) -> (Int, Int)? {
        for length in stride(from: alias.count - 2, through: 2, by: -1) {
            let prefix = Array(alias[..<length])
            guard let m = index.aliases.match(prefix, at: 0), m.length == length else { continue }
            return index.actors[m.value].kind == .event ? nil : (length, m.value)
        }
        return nil
    }

    /// What event placement needs to know of one article.
    struct Article {
        let text: ArticleText
        let mentions: [Mention]
        /// Where the article names events, sorted by offset.
        let anchors: [Mention]
        let published: Date?
        /// Sentences (by start) where an unnamed group speaks: 在…研讨会上，多位官员及专家强调.
        let groupSentences: Set<Int>
    }

    func article(_ text: ArticleText, mentions: [Mention], claims: [ClaimMention], published: Date?, articleKey: String) -> Article {
        let groups = claims.compactMap { c -> Int? in
            if case .unnamed = c.speaker { return c.sentence.lowerBound }
            return nil
        }
        // (the catalog's events first: an article's own gathering only where none of them is named)
        let known = anchors(mentions, text)
        // (none looked for in an article that says nothing: no claim to place)
        let own = claims.isEmpty ? [] : AdHocEvents(text: text, articleKey: articleKey).anchors().filter { m in !known.contains { $0.range.overlaps(m.range) } }
        return Article(text: text, mentions: mentions, anchors: (known + own).sorted { $0.range.lowerBound < $1.range.lowerBound },
                       published: published, groupSentences: Set(groups))
    }

    /// Where the article names events: catalog aliases, and split aliases whose actor is
    /// named in the same clause within `partGap` characters, before or after the rest.
    private func anchors(_ mentions: [Mention], _ text: ArticleText) -> [Mention] {
        var out = mentions.filter { $0.actor.kind == .event }
        let t = text.folded
        var i = 0
        while i < t.count {
            guard let m = parts.match(t, at: i) else { i += 1; continue }
            let rest = i..<(i + m.length)
            if let part = m.value.first(where: { actorNamed($0.actorKey, near: rest, mentions, text) }) {
                out.append(Mention(range: rest, actor: part.event))
            }
            i += m.length
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func actorNamed(_ key: String, near rest: Range<Int>, _ mentions: [Mention], _ text: ArticleText) -> Bool {
        let window = max(0, rest.lowerBound - Self.partGap - 20)..<min(text.folded.count, rest.upperBound + Self.partGap + 20)
        return Extractor.mentions(mentions, in: window).contains { m in
            guard m.actor.key == key else { return false }
            let between = m.range.upperBound <= rest.lowerBound ? m.range.upperBound..<rest.lowerBound
                : rest.upperBound <= m.range.lowerBound ? rest.upperBound..<m.range.lowerBound : nil
            guard let between, between.count <= Self.partGap else { return false }
            return !text.original[between].contains { Lexicon.endsClause($0) || $0 == "\n" }
        }
    }

    /// The event `claim` was made at, or nil. `previous` maps a speaker's key to where
    /// their previous claim in the article was placed (nil: nowhere).
    func event(for claim: ClaimMention, in a: Article, previous: [String: Actor?]) -> Actor? {
        // (an article's own gathering inside the words, 据CNN，在…法庭听证会上…, is what they tell of)
        let named = Extractor.mentions(a.anchors, in: claim.sentence)
        if let e = named.first(where: { !AdHocEvents.isAdHoc($0.actor) })
            ?? named.first(where: { !claim.span.contains($0.range.lowerBound) }) { return e.actor }
        guard !saysElsewhere(claim.sentence, a) else { return nil }
        // A report or a document published that day was not made at the event.
        if let kind = claim.speaker.actor?.kind, kind == .outlet || kind == .document { return nil }
        for day in EventDates.days(in: a.text.folded, claim.sentence, published: a.published) {
            if let e = byDay.first(where: { $0.first <= day && day <= $0.last }) { return e.actor }
        }
        let paragraph = a.text.paragraphs[claim.paragraph]
        if let e = Extractor.mentions(a.anchors, in: paragraph).first(where: { takesPart(claim, in: $0, a) }) { return e.actor }
        return sceneEvent(for: claim, in: a, previous: previous)
    }

    /// Whether the claim's speaker is named in the sentence that names the event (王毅…
    /// 共同主持了中俄第十九轮战略安全磋商), or the claim's sentence points back to it: an
    /// analyst quoted in the same paragraph is not thereby at the event.
    private func takesPart(_ claim: ClaimMention, in anchor: Mention, _ a: Article) -> Bool {
        if pointsBack(claim.sentence, to: anchor.actor, a.text) { return true }
        guard let speaker = claim.speaker.actor, let sentence = sentence(of: anchor, a.text) else { return false }
        return Extractor.mentions(a.mentions, in: sentence).contains { $0.actor.key == speaker.key }
    }

    private func sentence(of anchor: Mention, _ text: ArticleText) -> Range<Int>? {
        text.sentenceIndex(containing: anchor.range.lowerBound).map { text.sentences[$0].range }
    }

    /// Words that put a statement somewhere else than at a gathering: a phone call, an
    /// interview (对BBC中文说, 接受采访, 告诉记者).
    static let elsewhereWords = PhraseMatcher(["通话", "电话", "采访", "专访", "受访", "告诉"].map { ($0, ()) })

    private func saysElsewhere(_ r: Range<Int>, _ a: Article) -> Bool {
        let t = a.text.folded
        if r.contains(where: { Self.elsewhereWords.match(t, at: $0) != nil }) { return true }
        return Extractor.mentions(a.mentions, in: r).contains { m in
            m.actor.kind == .outlet && m.range.lowerBound > r.lowerBound && ["对", "向"].contains(t[m.range.lowerBound - 1])
        }
    }

    private func namesKind(_ event: Actor, _ r: Range<Int>, _ text: ArticleText) -> Bool {
        guard let kinds = kinds[event.key] else { return false }
        let sentence = text.foldedText(r)
        return kinds.contains { sentence.contains($0) }
    }

    /// The event named last before the claim's paragraph, if the scene still goes on and
    /// the speaker is part of it: the sentence points back to the gathering (在磋商中,
    /// 在此次会面中), or the speaker's previous claim was placed there, or the speaker is
    /// named in the sentence that names the event, or is one of a group the text says spoke there (在…研讨会上，多位专家强调), first named
    /// after it. No paragraph since may move to another time.
    private func sceneEvent(for claim: ClaimMention, in a: Article, previous: [String: Actor?]) -> Actor? {
        guard let speaker = claim.speaker.actor else { return nil }
        let text = a.text
        let start = text.paragraphs[claim.paragraph].lowerBound
        guard let anchor = a.anchors.last(where: { $0.range.upperBound <= start }),
              let anchorParagraph = text.paragraphs.firstIndex(where: { $0.contains(anchor.range.lowerBound) }),
              claim.paragraph - anchorParagraph <= Self.sceneReach else { return nil }
        let joined: Bool
        if let before = previous[speaker.key] {
            joined = before?.key == anchor.actor.key
        } else if takesPart(claim, in: anchor, a) {
            joined = true
        } else {
            let firstNamed = a.mentions.first { $0.actor.key == speaker.key }?.range.lowerBound ?? Int.max
            joined = firstNamed >= text.paragraphs[anchorParagraph].lowerBound && groupSpeaksAt(anchor, a)
        }
        guard joined || pointsBack(claim.sentence, to: anchor.actor, text) else { return nil }
        for p in (anchorParagraph + 1)...claim.paragraph where movesOn(text.paragraphs[p], from: anchor.actor, a) {
            return nil
        }
        return anchor.actor
    }

    /// Words that make a named event the place of what its sentence goes on to say.
    static let takingPart = PhraseMatcher(["出席", "参加", "参与", "主持", "召开", "举行", "举办"].map { ($0, ()) })

    /// Whether the event is named as the place where an unnamed group spoke (在…研讨会上，
    /// 多位美国官员及专家强调): the people the report names next are that group. A summit
    /// that a leader attended does not make the analysts quoted later its participants.
    private func groupSpeaksAt(_ anchor: Mention, _ a: Article) -> Bool {
        guard let sentence = sentence(of: anchor, a.text), a.groupSentences.contains(sentence.lowerBound) else { return false }
        let t = a.text.folded, o = a.text.original
        var lo = anchor.range.lowerBound
        while lo > 0, !Lexicon.endsClause(o[lo - 1]), o[lo - 1] != "\n" { lo -= 1 }
        let clause = lo..<anchor.range.lowerBound
        if clause.contains(where: { Self.takingPart.match(t, at: $0) != nil }) { return true }
        let after = anchor.range.upperBound
        return clause.contains { t[$0] == "在" } && after < t.count && ["上", "中", "期"].contains(t[after])
    }

    /// Words that refer back to a gathering already named.
    static let sceneReferences = PhraseMatcher(["会上", "会议上", "会谈中", "会面中", "会晤中"].map { ($0, ()) })

    private func pointsBack(_ r: Range<Int>, to event: Actor, _ text: ArticleText) -> Bool {
        let t = text.folded
        return namesKind(event, r, text) || r.contains { Self.sceneReferences.match(t, at: $0) != nil }
    }

    /// Whether a paragraph writes a day or a month outside the event's dates (今年五月 after
    /// a November meeting): the narration has left the scene.
    private func movesOn(_ r: Range<Int>, from event: Actor, _ a: Article) -> Bool {
        guard let (first, last) = days[event.key] else { return false }
        let before = EventDates.Day(year: first.year, month: first.month, day: first.day - 1)
        let after = EventDates.Day(year: last.year, month: last.month, day: last.day + 1)
        if EventDates.days(in: a.text.folded, r, published: a.published).contains(where: { $0 < before || after < $0 }) {
            return true
        }
        return EventDates.months(in: a.text.folded, r).contains { !(first.month...max(first.month, last.month)).contains($0) }
    }
}
