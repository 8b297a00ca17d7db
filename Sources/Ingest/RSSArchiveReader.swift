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

    static func read(_ text: String, source: String) throws -> Document {
        var rest = Substring(text)
        var front = FrontMatter()
        if let (yaml, after) = FrontMatter.split(rest.drop { $0 == "\u{FEFF}" }) {
            front = FrontMatter(yaml: yaml)
            rest = after
        }
        let header = parseHeader(&rest)
        let page = MarkupTree.html(rest).map(HTMLArticle.init(tree:))
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
            metadata: meta)
    }

    /// Consumes the header lines it recognises, leaving the HTML in `rest`.
    static func parseHeader(_ rest: inout Substring) -> Header {
        var header = Header()
        /// The next line, when it starts with `prefix`: the HTML after the header often
        /// starts with a line as long as the page, not worth cutting out to reject.
        func nextLine(startingWith prefix: String) -> Substring? {
            let trimmed = rest.drop { $0 == "\n" || $0 == "\r" || $0 == " " }
            guard let first = trimmed.unicodeScalars.firstIndex(where: { !Whitespace.contains($0) }),
                  trimmed.unicodeScalars[first...].starts(with: prefix.unicodeScalars) else { return nil }
            let end = trimmed.lineBreak(from: trimmed.startIndex) ?? trimmed.endIndex
            let line = Whitespace.trim(trimmed[..<end])
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
