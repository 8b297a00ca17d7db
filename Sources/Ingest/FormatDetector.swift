import ClaimGraphCore

/// The article formats ClaimGraph reads, told apart by content (file extensions lie:
/// the corpus holds HTML in `.md` files).
enum ArticleFormat: String, Sendable {
    case rssArchive = "rss-archive"
    case html
    case feed
    case jsonLines = "jsonl"
}

enum FormatDetector {
    static func detect(_ text: String) -> ArticleFormat? {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("---") || start.hasPrefix("[") || isMillisComment(start) { return .rssArchive }
        if start.hasPrefix("{") { return .jsonLines }
        let head = String(start.prefix(2048)).lowercasedQuickly()
        if head.includes("<rss") || head.includes("<feed") || head.includes("<rdf:rdf") {
            if !head.includes("<html") { return .feed }
        }
        if head.hasPrefix("<") || head.includes("<html") || head.includes("<body") || head.includes("<p") {
            return .html
        }
        return nil
    }

    /// `<!--1697533621000-->` or `<!--NaN-->`, the first header line of an archived post.
    static func isMillisComment(_ text: Substring) -> Bool {
        // Search for the closing `-->` after the opening `<!--`: in `<!-->` they overlap.
        guard text.hasPrefix("<!--") else { return false }
        let afterOpening = text.index(text.startIndex, offsetBy: 4)
        guard let end = text[afterOpening...].prefix(36).range(of: "-->") else { return false }
        let inner = text[afterOpening..<end.lowerBound]
        return inner == "NaN" || (!inner.isEmpty && inner.allSatisfy(\.isNumber))
    }
}
