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
    private let events: EventPlacer

    public init(catalog: Catalog = .bundled) {
        index = CatalogIndex(catalog)
        events = EventPlacer(index: index)
    }

    public func extract(_ document: Document) -> GraphFragment {
        let text = ArticleText(document)
        let mentions = ActorFinder(index: index, text: text).mentions()
        let articleKey = GraphFragment.articleKey(document)
        var finder = ClaimFinder(text: text, mentions: mentions, articleKey: articleKey)
        let claims = finder.run()
        var builder = FragmentBuilder(document: document, text: text, nodes: mentions.count + claims.count)
        if let name = document.outlet, let outlet = index.outlet(named: name) { builder.publisher(outlet) }
        for m in mentions { builder.mention(m) }
        builder.affiliations(mentions)
        let article = events.article(text, mentions: mentions, claims: claims, published: document.published, articleKey: articleKey)
        var placed: [String: Actor?] = [:]  // speaker key → event of their last claim
        for claim in claims {
            let about = Self.mentions(mentions, in: claim.span).filter { $0.range.upperBound <= claim.span.upperBound }
            let event = events.event(for: claim, in: article, previous: placed)
            if let speaker = claim.speaker.actor { placed[speaker.key] = .some(event) }
            builder.claim(claim, event: event, about: about)
        }
        return builder.fragment
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
