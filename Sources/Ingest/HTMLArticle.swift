import ClaimGraphCore
import Foundation

/// What an HTML page says about itself (`<title>`, Open Graph and `article:` meta tags,
/// `<time>`, `<address>` bylines) plus the paragraphs of its main content.
struct HTMLArticle {
    var title: String?
    var url: String?
    var siteName: String?
    var published: Date?
    var authors: [String] = []
    var paragraphs: [String] = []
    /// The paragraphs set as block quotations (see `ParagraphExtractor.Extracted`).
    var blockQuotes: Set<String> = []

    init(tree: MarkupTree) {
        guard let root = tree.root else { return }
        var meta: [String: String] = [:]
        var titleText: String?
        var timeValue: String?
        var canonical: String?
        var addressText: String?
        // The walk that measures the page also finds the head tags and the elements that may
        // hold the article (each walk visits every element of the page).
        let stats = NodeStats(root: root) { node, kind in
            kind.roles.contains(.head) || HTMLArticle.mayHoldArticle(node, kind: kind)
        }
        let marked = stats.collected
        for node in marked where node.kind.roles.contains(.head) {
            switch node.name {
            case "meta":
                guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
                      let content = node.attribute("content").map(Whitespace.collapse), !content.isEmpty,
                      meta[key] == nil else { continue }
                meta[key] = content
            case "title":
                if titleText == nil { titleText = Whitespace.collapse(node.allText) }
            case "time":
                if timeValue == nil { timeValue = node.attribute("datetime") ?? node.attribute("pubdate") }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical" { canonical = node.attribute("href") }
            default:
                if addressText == nil { addressText = Whitespace.collapse(node.allText) }
            }
        }
        title = [meta["og:title"], meta["twitter:title"], titleText].compactMap { $0 }.first { !$0.isEmpty }
        url = meta["og:url"] ?? canonical
        siteName = meta["og:site_name"]
        let dateCandidates = [meta["article:published_time"], meta["datepublished"], meta["pubdate"],
                              meta["publishdate"], meta["date"], meta["dc.date"], meta["parsely-pub-date"], timeValue]
        published = dateCandidates.compactMap { $0 }.lazy.compactMap(DateParser.parse).first
        let content = HTMLArticle.contentRoot(of: root, among: marked.filter { HTMLArticle.mayHoldArticle($0, kind: $0.kind) },
                                              stats: stats)
        let extracted = ParagraphExtractor.extract(from: content, stats: stats)
        paragraphs = extracted.paragraphs
        blockQuotes = extracted.blockQuotes
        let named = [meta["article:author"], meta["author"], addressText].compactMap { $0 }.first
        authors = named.map(HTMLArticle.splitNames) ?? extracted.byline
    }

    /// The elements that describe the page rather than hold its text.
    static let headTags: Set<String> = ["meta", "title", "time", "link", "address"]

    /// The elements that hold a page's main content by definition.
    static let landmarks: Set<String> = ["article", "main"]

    /// `DAVID PIERSON, ANATOLY KURMANAEV` → two names; URLs (Facebook profile links in
    /// `article:author`) are not names.
    static func splitNames(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: ",，、;；/|"))
            .flatMap { $0.components(separatedBy: " and ") }
            .map { Whitespace.collapse($0) }
            .filter { !$0.isEmpty && !$0.hasPrefix("http") }
    }

    private static let bodyMarkers: [StaticString] = [
        "entry-content", "post-content", "article-content", "article-body", "articlebody", "story-body", "post-body",
        "td-post-content", "field-name-body",
    ]

    /// Whether `node` may hold the article: `<article>`, `<main>`, or marked as the body.
    /// Every element of the page is asked, so the attributes are read as bytes in place.
    static func mayHoldArticle(_ node: MarkupNode, kind: ElementKind) -> Bool {
        if kind.roles.contains(.landmark) { return true }
        guard node.hasAttributes else { return false }  // most elements: nothing to read
        if isLandmark(node, kind: kind) { return true }
        if node.withLowercasedAttribute("itemprop", { $0?.equals("articlebody") == true }) { return true }
        return node.withLowercasedAttribute("class") { cls in
            guard let cls else { return false }
            // Every marker holds `content` or `body`: two searches rule out most classes.
            return (cls.includes("content") || cls.includes("body")) && bodyMarkers.contains { cls.includes($0) }
        }
    }

    /// `<article>`, `<main>` or `role="main"`.
    private static func isLandmark(_ node: MarkupNode, kind: ElementKind) -> Bool {
        kind.roles.contains(.landmark) || node.attribute("role", is: "main")
    }

    /// The element holding the article: a marked-up article body when the page has one,
    /// else the largest `<article>`, else `<main>`, else the whole page. `candidates` are
    /// the elements under `root` that `mayHoldArticle`, in document order.
    static func contentRoot(of root: MarkupNode, among candidates: [MarkupNode], stats: NodeStats) -> MarkupNode {
        guard !candidates.isEmpty else { return root }
        let total = stats[root].text
        func rank(_ n: MarkupNode) -> Int { isLandmark(n, kind: n.kind) ? 1 : 2 }
        // Prefer the most specific marker, then the most text; ignore a candidate holding
        // a sliver of the page's text (a teaser card marked up as <article>).
        let usable = candidates.filter { stats[$0].text * 5 >= total || stats[$0].text >= 500 }
        return usable.max { (rank($0), stats[$0].text) < (rank($1), stats[$1].text) } ?? root
    }
}
