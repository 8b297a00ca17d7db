import ClaimGraphCore
import Foundation

/// Turns a document into the claims, actors and events it contains.
///
/// Node keys are the identity mechanism of the graph: the store merges nodes by key
/// across articles, so every catalog actor has `actor:<canonical name>`, a person found
/// in the text `actor:<name folded to simplified>`, and a claim `claim:<hash>` of its
/// words folded to simplified without punctuation — the same statement quoted by two
/// articles, in either script, is one claim node with one REPORTED edge per article.
public struct Extractor: Sendable {
    private let index: CatalogIndex
    private let eventsByDay: [(first: EventDates.Day, last: EventDates.Day, actor: Actor)]

    public init(catalog: Catalog = .bundled) {
        index = CatalogIndex(catalog)
        eventsByDay = catalog.entries.compactMap { e in
            guard e.type == .event, let d = e.date, let first = EventDates.Day(iso: d) else { return nil }
            return (first, e.end.flatMap(EventDates.Day.init(iso:)) ?? first, Actor(e))
        }
    }

    public func extract(_ document: Document) -> GraphFragment {
        let text = ArticleText(document)
        let mentions = ActorFinder(index: index, text: text).mentions()
        var finder = ClaimFinder(text: text, mentions: mentions, articleKey: GraphFragment.articleKey(document))
        let claims = finder.run()
        var builder = FragmentBuilder(document: document, text: text)
        if let name = document.outlet, let outlet = index.outlet(named: name) { builder.publisher(outlet) }
        for m in mentions { builder.mention(m) }
        builder.affiliations(mentions)
        for claim in claims {
            let about = Self.mentions(mentions, in: claim.span).filter { $0.range.upperBound <= claim.span.upperBound }
            builder.claim(claim, event: event(for: claim, text: text, mentions: mentions, published: document.published), about: about)
        }
        return builder.fragment
    }

    /// The event a claim was made at: one named in its sentence, else the catalog event
    /// held on a date written in its sentence, else one named in its paragraph.
    private func event(for claim: ClaimMention, text: ArticleText, mentions: [Mention], published: Date?) -> Actor? {
        if let e = Self.mentions(mentions, in: claim.sentence).first(where: { $0.actor.kind == .event }) { return e.actor }
        for day in EventDates.days(in: text.folded, claim.sentence, published: published) {
            if let e = eventsByDay.first(where: { $0.first <= day && day <= $0.last }) { return e.actor }
        }
        return Self.mentions(mentions, in: text.paragraphs[claim.paragraph]).first { $0.actor.kind == .event }?.actor
    }

    /// The mentions (sorted by offset) that start inside `r`, found by binary search.
    static func mentions(_ sorted: [Mention], in r: Range<Int>) -> ArraySlice<Mention> {
        func firstIndex(atOrAfter x: Int) -> Int {
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid].range.lowerBound < x { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return sorted[firstIndex(atOrAfter: r.lowerBound)..<firstIndex(atOrAfter: r.upperBound)]
    }
}
