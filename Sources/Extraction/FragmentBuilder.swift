import ClaimGraphCore

/// Collects one article's nodes and relationships, each node once, in the shape of
/// `GraphSchema`.
struct FragmentBuilder {
    let document: Document
    let text: ArticleText
    let articleKey: String
    /// The article's day, given to each of its claims (formatting a date is not cheap).
    private let day: String?
    private(set) var fragment = GraphFragment()
    private var nodeIndex: [String: Int] = [:]
    /// Who each claim of this article was credited to first (nil: nobody named).
    private var claimSpeakers: [String: String?] = [:]

    /// `nodes`: about how many nodes the article makes (its mentions and claims, say), for
    /// which `nodeIndex` makes room at once instead of hashing its keys again as it grows.
    init(document: Document, text: ArticleText, nodes: Int) {
        self.document = document
        self.text = text
        nodeIndex.reserveCapacity(nodes)
        articleKey = GraphFragment.articleKey(document)
        day = document.published.map(ISO8601.day)
    }

    /// A node keeps the first span the article gives it: every further mention is the span
    /// of a relationship to it already (MENTIONS for an actor, REPORTED for a claim), and
    /// storing each again as the node's provenance was 211,000 of the corpus's 762,000
    /// provenance rows, read by nothing but the question whether the article supports it.
    /// The node's index in `fragment.nodes`.
    @discardableResult
    private mutating func node(_ key: String, _ labels: [String], _ props: [String: PropertyValue], span: TextSpan?) -> Int {
        if let i = nodeIndex[key] {
            if let span, fragment.nodes[i].spans.isEmpty { fragment.nodes[i].spans.append(span) }
            // (an actor named again brings the very properties it came with: `==` tells so
            // at once when they share storage, where the merge hashed each key again)
            guard fragment.nodes[i].properties != props else { return i }
            for (k, v) in props where fragment.nodes[i].properties[k] == nil { fragment.nodes[i].properties[k] = v }
            return i
        }
        nodeIndex[key] = fragment.nodes.count
        fragment.nodes.append(.init(key: key, labels: labels, properties: props, spans: span.map { [$0] } ?? []))
        return fragment.nodes.count - 1
    }

    @discardableResult
    private mutating func actorNode(_ a: Actor, span: TextSpan? = nil) -> Int {
        node(a.key, [a.label], a.properties, span: span)
    }

    /// The outlet that published the article, when the catalog knows it: the publisher
    /// is then the same node as the outlet other articles quote (BBC中文 and BBC are one).
    mutating func publisher(_ outlet: Actor) {
        let i = actorNode(outlet)
        fragment.edges.append(.init(type: GraphSchema.RelType.published, from: outlet.key, to: articleKey, fromNode: i))
    }

    mutating func mention(_ m: Mention) {
        let span = TextSpan(start: m.range.lowerBound, end: m.range.upperBound)
        let i = actorNode(m.actor, span: span)
        fragment.edges.append(.init(type: GraphSchema.RelType.mentions, from: articleKey, to: m.actor.key, spans: [span], toNode: i))
    }

    /// 卡内基俄罗斯欧亚中心主任加布耶夫: an organization written just before a person, with
    /// the role words between them. Words that are not a role (…乌克兰儿童而对普京) mean the
    /// two names only happen to be close, in different clauses.
    mutating func affiliations(_ mentions: [Mention]) {
        for (i, m) in mentions.enumerated() where m.actor.kind == .person && i > 0 {
            let org = mentions[i - 1]
            guard org.actor.kind == .organization, m.range.lowerBound - org.range.upperBound <= 16 else { continue }
            let between = org.range.upperBound..<m.range.lowerBound
            guard !text.original[between].contains(where: { Lexicon.endsClause($0) || $0 == "\n" }),
                  Lexicon.isRole(text.folded[between].filter { !$0.isSpace }) else { continue }
            var role = text.text(Self.trimmingSpaces(between, in: text.original))
            if role.hasPrefix("的") { role.removeFirst() }
            fragment.edges.append(.init(type: GraphSchema.RelType.affiliatedWith, from: m.actor.key, to: org.actor.key,
                                        properties: role.isEmpty ? [:] : ["role": .string(role)],
                                        spans: [TextSpan(start: org.range.lowerBound, end: m.range.upperBound)]))
        }
    }

    /// `r` without the spaces and tabs at either end, as Foundation's `.whitespaces` trims
    /// them (Unicode's space separators and the tab), read off the scalars: trimming the
    /// role's String went through NSString.
    private static func trimmingSpaces(_ r: Range<Int>, in s: [Unicode.Scalar]) -> Range<Int> {
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, isSpace(s[lo]) { lo += 1 }
        while hi > lo, isSpace(s[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// The same words are one claim across articles, whoever each credits them to, so that an
    /// audit shows every attribution; but one article crediting them to two speakers (普京说X …
    /// 习近平也表示X) reports two statements, and its relationship to a claim holds one speaker:
    /// the second speaker's words get a claim of their own.
    private mutating func claimKey(_ norm: String, speaker: String?) -> String {
        let key = "claim:" + StableHash.hex(of: norm)
        guard let first = claimSpeakers[key] else {
            claimSpeakers[key] = .some(speaker)
            return key
        }
        return first == speaker ? key : "claim:" + StableHash.hex(ofJoined: [norm, speaker ?? ""])
    }

    mutating func claim(_ c: ClaimMention, event: Actor?, about: [Mention]) {
        let words = text.text(c.span)
        let norm = ChineseFolding.shared.comparisonKey(simplified: text.foldedText(c.span))
        let claimKey = claimKey(norm, speaker: c.speaker.actor?.key)
        let span = TextSpan(start: c.span.lowerBound, end: c.span.upperBound)
        // `norm` (simplified, no punctuation) lets the store compare rewordings cheaply.
        var claimProps: [String: PropertyValue] = [
            "text": .string(words), "norm": .string(norm), "kind": .string(c.kind.rawValue), "lang": .string(document.language),
        ]
        if let day { claimProps["date"] = .string(day) }
        let claimNode = node(claimKey, [GraphSchema.Label.claim], claimProps, span: span)

        // (room for all twelve keys it may get: grown past six, the table was hashed again)
        var reported = [String: PropertyValue](minimumCapacity: 12)
        reported["kind"] = .string(c.kind.rawValue)
        reported["text"] = .string(words)
        (reported["start"], reported["end"]) = (.int(Int64(span.start)), .int(Int64(span.end)))
        reported["sentence"] = .string(text.text(c.sentence))
        if let cue = c.cue { reported["cue"] = .string(cue) }
        if let via = c.via {
            actorNode(via)
            reported["via"] = .string(via.name)
            reported["via_key"] = .string(via.key)
        }
        switch c.speaker {
        case .actor(let a):
            let speakerNode = actorNode(a)
            reported["speaker"] = .string(a.key)
            if let pronoun = c.pronoun {  // inferred from 他说: say so rather than pass it off as named
                reported["speaker_hint"] = .string(pronoun)
                reported["speaker_confidence"] = .string("pronoun")
            }
            fragment.edges.append(.init(type: GraphSchema.RelType.said, from: a.key, to: claimKey, spans: [span],
                                        fromNode: speakerNode, toNode: claimNode))
        case .unnamed(let words):
            reported["source"] = .string(words)
        case .unresolved(let pronoun):
            reported["speaker_hint"] = .string(pronoun)
            reported["speaker_confidence"] = .string("unresolved")
        }
        if let event {
            actorNode(event)
            reported["event"] = .string(event.key)
            fragment.edges.append(.init(type: GraphSchema.RelType.at, from: claimKey, to: event.key, spans: [span]))
            if let a = c.speaker.actor, a.kind == .person {
                fragment.edges.append(.init(type: GraphSchema.RelType.attended, from: a.key, to: event.key, spans: [span]))
            }
        }
        for m in about where m.actor.key != c.speaker.actor?.key {
            fragment.edges.append(.init(type: GraphSchema.RelType.about, from: claimKey, to: m.actor.key,
                                        spans: [TextSpan(start: m.range.lowerBound, end: m.range.upperBound)]))
        }
        fragment.edges.append(.init(type: GraphSchema.RelType.reported, from: articleKey, to: claimKey, properties: reported,
                                    spans: [span], toNode: claimNode))
    }
}
