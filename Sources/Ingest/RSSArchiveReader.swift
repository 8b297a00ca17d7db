import ClaimGraphCore
import Foundation

/// Reads an archived feed post: optional YAML front matter, then `<!--UNIXMILLIS-->`,
/// `[title](url)` and `------` header lines (any of which may be missing), then HTML.
enum RSSArchiveReader {
    struct Header {
        var millis: Date?
        var title: String?
        var url: String?
    }

    /// What comes before a post's page: the front matter's text, the header lines, and the
    /// rest (the page's HTML).
    struct Preamble {
        var yaml: Substring?
        var header: Header
        var rest: Substring
        /// How far reading the preamble looked into the text (see `ArchiveHead`).
        var looked: String.Index
    }

    static func read(_ text: String, source: String) throws -> Document {
        let preamble = preamble(of: Substring(text))
        return try document(preamble, page: MarkupTree.html(preamble.rest), source: source)
    }

    /// Splits off the front matter and header lines (see `ArchiveHead` for what this reads).
    static func preamble(of text: Substring) -> Preamble {
        var rest = text
        var yaml: Substring?
        let unmarked = rest.drop { $0 == "\u{FEFF}" }
        // Front matter that does not close may have been looked for to the end of the text.
        var looked = unmarked.hasPrefix("---") ? text.endIndex : text.startIndex
        if let (front, after) = FrontMatter.split(unmarked) {
            (yaml, rest, looked) = (front, after, after.startIndex)
        }
        let header = parseHeader(&rest, looked: &looked)
        return Preamble(yaml: yaml, header: header, rest: rest, looked: looked)
    }

    /// The post made of its preamble and its parsed page.
    static func document(_ preamble: Preamble, page tree: MarkupTree?, source: String) throws -> Document {
        let front = preamble.yaml.map(FrontMatter.init(yaml:)) ?? FrontMatter()
        let header = preamble.header
        let page = tree.map(HTMLArticle.init(tree:))
        let url = nonEmpty(header.url) ?? nonEmpty(front.from) ?? page?.url
        let outlet = outletName(url: url, front: front, siteName: page?.siteName)
        let title = SiteSuffix.removing(from: nonEmpty(header.title) ?? nonEmpty(front.title) ?? page?.title ?? "",
                                        names: [outlet, page?.siteName, front.categories.first])
        var paragraphs = page?.paragraphs ?? []
        var meta = metadata(front)
        if paragraphs.isEmpty {
            // A feed item may be only a headline (a video with no description): the
            // headline is then the whole text of the item, and is marked as such.
            guard !title.isEmpty else { throw ReadError.noArticle("the post has neither a title nor text") }
            paragraphs = [title]
            meta["body"] = "title"
        }
        var authors = page?.authors ?? []
        if let author = nonEmpty(front.author), !authors.contains(author) { authors.insert(author, at: 0) }
        authors.removeAll { $0 == outlet }
        return Document(
            title: title, url: url, outlet: outlet, authors: authors,
            published: header.millis ?? front.date ?? page?.published,
            language: LanguageDetector.language(title: title, paragraphs: paragraphs),
            paragraphs: paragraphs, source: source, format: ArticleFormat.rssArchive.rawValue,
            metadata: meta, blockQuotes: page?.blockQuotes ?? [])
    }

    /// Consumes the header lines it recognises, leaving the HTML in `rest`; moves `looked`
    /// on to the furthest place it looked at.
    static func parseHeader(_ rest: inout Substring, looked: inout String.Index) -> Header {
        var header = Header()
        /// The next line, when it starts with `prefix`: the HTML after the header often
        /// starts with a line as long as the page, not worth cutting out to reject.
        func nextLine(startingWith prefix: String) -> Substring? {
            let upcoming = UpcomingLine(rest)
            guard let first = upcoming.firstVisible else {
                looked = max(looked, upcoming.text.endIndex)
                return nil
            }
            let scalars = upcoming.text.unicodeScalars[first...]
            looked = max(looked, scalars.index(first, offsetBy: prefix.unicodeScalars.count, limitedBy: scalars.endIndex)
                ?? scalars.endIndex)
            guard scalars.starts(with: prefix.unicodeScalars) else { return nil }
            let end = upcoming.end ?? upcoming.text.endIndex
            looked = max(looked, end)
            let line = Whitespace.trim(upcoming.text[..<end])
            return line.isEmpty ? nil : Substring(line)
        }
        func consumeLine() {
            let trimmed = rest.drop { $0 == "\n" || $0 == "\r" || $0 == " " }
            let end = trimmed.lineBreak(from: trimmed.startIndex) ?? trimmed.endIndex
            rest = end < trimmed.endIndex ? trimmed[trimmed.index(after: end)...] : trimmed[end...]
        }
        if let line = nextLine(startingWith: "<!--"), FormatDetector.isMillisComment(line) {
            let digits = line.dropFirst(4).prefix { $0.isNumber }
            header.millis = Double(digits).flatMap { DateParser.unix($0) }
            consumeLine()
        }
        if let line = nextLine(startingWith: "["), line.hasPrefix("["), line.hasSuffix(")"), let mid = lastLinkMiddle(in: line) {
            header.title = Whitespace.collapse(String(line[line.index(after: line.startIndex)..<mid.lowerBound]))
            header.url = Whitespace.trim(line[mid.upperBound...].dropLast())
            consumeLine()
        }
        if let line = nextLine(startingWith: "---"), line.count >= 3, line.allSatisfy({ $0 == "-" }) {
            consumeLine()
        }
        return header
    }

    /// The line ahead as the header reading sees it: the text from the line (blank lines
    /// and spaces dropped), its first scalar that is not whitespace (which may lie on a later
    /// line) and, only when asked (the page's first line may be as long as the page), where
    /// the line ends; nil where the text ends first.
    struct UpcomingLine {
        let text: Substring
        let firstVisible: String.Index?
        var end: String.Index? { text.lineBreak(from: text.startIndex) }

        init(_ rest: Substring) {
            text = rest.drop { $0 == "\n" || $0 == "\r" || $0 == " " }
            firstVisible = text.unicodeScalars.firstIndex { !Whitespace.contains($0) }
        }
    }

    /// The last `](` of `line`, found in its bytes (Foundation's backward search cost more
    /// than the rest of the header).
    static func lastLinkMiddle(in line: Substring) -> Range<String.Index>? {
        let bytes = line.utf8
        var i = bytes.endIndex
        while i > bytes.startIndex {
            let close = bytes.index(before: i)
            if bytes[close] == UInt8(ascii: "]"), i < bytes.endIndex, bytes[i] == UInt8(ascii: "(") {
                return close..<bytes.index(after: i)
            }
            i = close
        }
        return nil
    }

    /// The channel for video items, else the outlet table, the page's own site name, or the
    /// archive's category (the name of the feed the post came from).
    static func outletName(url: String?, front: FrontMatter, siteName: String?) -> String? {
        let known = url.flatMap(OutletTable.outlet(for:))
        if let known, OutletTable.isVideoSite(known), let channel = nonEmpty(front.author) { return channel }
        return known ?? nonEmpty(siteName) ?? front.categories.first
    }

    static func metadata(_ front: FrontMatter) -> [String: String] {
        var out = front.fields.filter { !["title", "date", "author", "from"].contains($0.key) }
        for (key, list) in front.lists { out[key] = list.joined(separator: ", ") }
        return out
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s = s.map(Whitespace.trim), !s.isEmpty else { return nil }
        return s
    }
}
