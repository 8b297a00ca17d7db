import CLibXML2

/// Turns the article part of an HTML tree into clean paragraphs, in reading order.
///
/// Block elements (p, div, li, h1–h6, blockquote, …) and `<br>` end a paragraph; inline
/// elements (a, b, span, …) just contribute their text. Whitespace inside a paragraph is
/// collapsed, empty paragraphs vanish, and furniture is dropped (see `BoilerplateFilter`).
struct ParagraphExtractor {
    static let blockTags: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "section", "article", "main", "body", "html", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "pre", "hr", "center", "details", "summary", "figure", "figcaption", "header", "footer",
        "nav", "aside", "address", "form", "fieldset", "legend", "hgroup", "dialog", "menu",
    ]

    /// Paragraphs plus the names of a byline list found above the first paragraph, and
    /// which paragraphs sat inside a `<blockquote>` (see `Document.Paragraph.isBlockQuote`).
    struct Extracted {
        var paragraphs: [String]
        var byline: [String]
        var blockQuotes: Set<String> = []
    }

    private let stats: NodeStats
    private var paragraphs: [String] = []
    private var byline: [String] = []
    /// How many `<blockquote>` elements enclose the walk, and the paragraphs read inside one.
    private var quoteDepth = 0
    private var quoted: [String] = []
    /// Text of the paragraph being read, as libxml2's UTF-8 bytes: made a String once per
    /// paragraph rather than once per text node.
    private var buffer: [UInt8] = []

    private init(stats: NodeStats) { self.stats = stats }

    /// The article paragraphs under `root`: extracted, split and filtered. `stats` may be
    /// those of an enclosing tree (measured once per document).
    static func extract(from root: MarkupNode, stats: NodeStats? = nil) -> Extracted {
        var extractor = ParagraphExtractor(stats: stats ?? NodeStats(root: root))
        extractor.walk(root)
        extractor.flush()
        // (the cleaner splits and drops paragraphs one by one: cleaning the quoted ones again
        // gives the texts they became, and costs nothing on the many pages without any)
        return Extracted(paragraphs: ParagraphCleaner.clean(extractor.paragraphs), byline: extractor.byline,
                         blockQuotes: Set(ParagraphCleaner.clean(extractor.quoted)))
    }

    private mutating func walk(_ node: MarkupNode) {
        for child in node.children {
            if child.appendText(to: &buffer) { continue }
            guard child.isElement else { continue }
            let kind = child.kind
            if kind.name == "br" {
                flush()
                continue
            }
            if paragraphs.isEmpty && byline.isEmpty && (kind.name == "ul" || kind.name == "ol"), let names = bylineNames(child) {
                byline = names
                continue
            }
            let block = kind.roles.contains(.block)
            if BoilerplateFilter.skips(child, kind: kind, stats: stats) {
                if block { flush() }
                continue
            }
            if block { flush() }
            let isQuote = kind.name == "blockquote"
            if isQuote { quoteDepth += 1 }
            walk(child)
            if block { flush() }
            if isQuote { quoteDepth -= 1 }
        }
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        let text = buffer.withUnsafeBufferPointer(Whitespace.collapse(bytes:))
        buffer.removeAll(keepingCapacity: true)
        if !text.isEmpty {
            paragraphs.append(text)
            if quoteDepth > 0 { quoted.append(text) }
        }
    }

    /// BBC lists the reporter and desk (`斯影`, `BBC中文`) as a short list of plain names
    /// just above the `<time>`; such a list is a byline, not article text.
    private func bylineNames(_ list: MarkupNode) -> [String]? {
        let items = list.elementChildren.filter { $0.name == "li" }
        guard (1...3).contains(items.count), stats[list].links == 0 else { return nil }
        let names = items.map { Whitespace.collapse($0.allText) }
        guard names.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= 24 }) else { return nil }
        var node: MarkupNode? = list
        for _ in 0..<4 {
            guard let current = node else { break }
            var next = current.ptr.pointee.next
            while let n = next, n.pointee.type != XML_ELEMENT_NODE { next = n.pointee.next }
            if let n = next.map(MarkupNode.init), n.name == "time" || n.firstDescendant(named: "time") != nil {
                return names
            }
            node = current.parent
        }
        return nil
    }
}
