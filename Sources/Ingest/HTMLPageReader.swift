import ClaimGraphCore

/// Reads a saved web page: metadata from `<title>`, Open Graph/`article:` meta, `<time>` and
/// `<address>`, text from the page's article element (see `HTMLArticle`).
enum HTMLPageReader {
    static func read(_ text: String, source: String) throws -> Document {
        guard let tree = MarkupTree.html(text) else { throw ReadError.truncated("no HTML could be parsed") }
        var page = HTMLArticle(tree: tree)
        // The page's own <h1> repeats the title; the title is not a paragraph of the body.
        if page.paragraphs.count > 1, page.paragraphs.first == page.title { page.paragraphs.removeFirst() }
        guard !page.paragraphs.isEmpty else {
            throw ReadError.noArticle("the page has no paragraphs of text (truncated or only markup?)")
        }
        let outlet = page.siteName ?? page.url.flatMap(OutletTable.outlet(for:))
        let title = SiteSuffix.removing(from: page.title ?? page.paragraphs[0], names: [outlet, page.siteName])
        return Document(
            title: title, url: page.url, outlet: outlet,
            authors: page.authors, published: page.published,
            language: LanguageDetector.language(title: title, paragraphs: page.paragraphs),
            paragraphs: page.paragraphs, source: source, format: ArticleFormat.html.rawValue,
            blockQuotes: page.blockQuotes)
    }
}
