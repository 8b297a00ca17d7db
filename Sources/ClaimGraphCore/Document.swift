import Foundation

/// One article as a reader understood it: metadata plus clean body text.
///
/// `body` is the paragraphs joined by a single `\n`; each paragraph's `span` points into
/// `body`, so every claim found later can cite exact characters of the article.
public struct Document: Hashable, Sendable {
    public struct Paragraph: Hashable, Sendable {
        public var text: String
        public var span: TextSpan
        /// Whether the page set the paragraph as a block quotation (`<blockquote>`): a
        /// speech or statement quoted whole, often with no quotation marks of its own.
        public var isBlockQuote: Bool
        public init(text: String, span: TextSpan, isBlockQuote: Bool = false) {
            self.text = text
            self.span = span
            self.isBlockQuote = isBlockQuote
        }
    }

    public var title: String
    public var url: String?
    public var outlet: String?
    public var authors: [String]
    public var published: Date?
    /// BCP 47-ish tag: `zh-Hans`, `zh-Hant`, `en`, or `und` when unknown.
    public var language: String
    public private(set) var paragraphs: [Paragraph]
    public private(set) var body: String
    /// Where the document came from (a file path, with `#item-N` or `#line-N` for one
    /// article of a feed or a JSON Lines file: `SourcePart`).
    public var source: String
    /// The reader that produced it (`rss-archive`, `html`, `rss`, `atom`, `jsonl`).
    public var format: String
    /// Free-form extra metadata (tags, categories, front-matter keys).
    public var metadata: [String: String]

    public init(
        title: String, url: String?, outlet: String?, authors: [String], published: Date?,
        language: String, paragraphs texts: [String], source: String, format: String,
        metadata: [String: String] = [:], blockQuotes: Set<String> = []
    ) {
        self.title = title
        self.url = url
        self.outlet = outlet
        self.authors = authors
        self.published = published
        self.language = language
        self.source = source
        self.format = format
        self.metadata = metadata
        (self.body, self.paragraphs) = Document.join(texts, blockQuotes: blockQuotes)
    }

    /// Joins paragraph texts with `\n`, recording each paragraph's scalar span; the texts in
    /// `blockQuotes` are marked as block quotations.
    static func join(_ texts: [String], blockQuotes: Set<String> = []) -> (String, [Paragraph]) {
        var body = ""
        // (room for all of it at once: grown as it filled, the body was copied over and over)
        body.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
        var paragraphs: [Paragraph] = []
        var offset = 0
        for text in texts where !text.isEmpty {
            if !paragraphs.isEmpty {
                body += "\n"
                offset += 1
            }
            let n = text.scalarCount
            let quoted = isQuoted(text, blockQuotes)
            paragraphs.append(Paragraph(text: text, span: TextSpan(start: offset, end: offset + n), isBlockQuote: quoted))
            body += text
            offset += n
        }
        return (body, paragraphs)
    }

    /// Whether `blockQuotes` holds `text`. A few are compared one by one: `==` stops at the
    /// first difference, where hashing reads the whole paragraph through Unicode
    /// normalization (hashing every paragraph of the pages with a block quotation was 0.6%
    /// of an ingest). Both tell strings apart as `Set` does, by canonical equivalence.
    static func isQuoted(_ text: String, _ blockQuotes: Set<String>) -> Bool {
        if blockQuotes.count <= 16 { return blockQuotes.contains { $0 == text } }
        return blockQuotes.contains(text)
    }

    /// The identity used to recognise the same article on re-ingest: its URL when it
    /// has one, otherwise a hash of its content.
    public var identity: String {
        if let url, !url.isEmpty { return "url:" + url }
        return "hash:" + contentHash
    }

    /// A stable hash of what the article says, used to notice that it changed.
    public var contentHash: String {
        StableHash.hex(ofJoined: [title, "\u{1F}", body])
    }

    /// The file name the document was read from, without directories or part suffix.
    public var sourceFileName: String {
        PathName.lastComponent(String(SourcePart.path(of: source)))
    }
}
