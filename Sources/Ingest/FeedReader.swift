import ClaimGraphCore
import Foundation

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds with libxml2's XML parser: one document
/// per item or entry, its HTML description or content parsed like any article body.
enum FeedReader {
    /// One feed entry as found in the XML, before its body is parsed.
    struct Entry {
        var title = ""
        var link: String?
        var date: String?
        var authors: [String] = []
        var html: String?
        var text: String?
        /// Atom `type="xhtml"` content: already a tree, walked in place.
        var xhtml: MarkupNode?
    }

    static func read(_ text: String, source: String) throws -> ReadResult {
        guard let tree = MarkupTree.xml(text), let root = tree.root else {
            throw ReadError.malformed("the feed is not well-formed XML")
        }
        let isAtom = root.name == "feed"
        guard isAtom || root.name == "rss" || root.name == "rdf" else {
            throw ReadError.malformed("root element <\(root.name)> is neither <rss> nor <feed>")
        }
        let channel = isAtom ? root : (root.elementChildren.first { $0.name == "channel" } ?? root)
        let feedTitle = channel.elementChildren.first { $0.name == "title" }.map { Whitespace.collapse($0.allText) }
        let items = (isAtom ? channel.elementChildren : root.descendants { _ in true })
            .filter { $0.name == (isAtom ? "entry" : "item") }
        guard !items.isEmpty else { throw ReadError.noArticle("the feed has no items") }
        var result = ReadResult(documents: [])
        for (i, item) in items.enumerated() {
            let entry = isAtom ? atomEntry(item) : rssItem(item)
            do {
                result.documents.append(try document(entry, feedTitle: feedTitle, format: isAtom ? "atom" : "rss",
                                                     source: SourcePart.item.source(source, number: i + 1)))
            } catch let error as ReadError {
                result.problems.append(.init(location: "item \(i + 1)", error: error))
            }
        }
        if result.documents.isEmpty, let first = result.problems.first { throw first.error }
        if !tree.isWellFormed {
            // Items before the damage are kept; the file is still reported, since the last
            // item read may be cut short.
            result.problems.append(.init(location: "feed", error: .truncated("the XML is cut off or not well-formed; items may be incomplete")))
        }
        return result
    }

    static func rssItem(_ item: MarkupNode) -> Entry {
        var entry = Entry()
        for child in item.elementChildren {
            let value = child.allText
            switch child.name.lowercased() {  // XML keeps case: `pubDate`
            case "title": entry.title = Whitespace.collapse(value)
            case "link": entry.link = Whitespace.trim(value)
            case "guid" where entry.link == nil && child.attribute("ispermalink") != "false":
                entry.link = Whitespace.trim(value)
            case "pubdate", "date", "published": entry.date = entry.date ?? value
            case "author", "creator": entry.authors += HTMLArticle.splitNames(value)
            case "encoded": entry.html = value
            case "description": if entry.html == nil { entry.html = value }
            default: break
            }
        }
        return entry
    }

    static func atomEntry(_ item: MarkupNode) -> Entry {
        var entry = Entry()
        for child in item.elementChildren {
            switch child.name {
            case "title": entry.title = Whitespace.collapse(child.allText)
            case "link":
                let rel = child.attribute("rel") ?? "alternate"
                if rel == "alternate" && entry.link == nil { entry.link = child.attribute("href") }
            case "published": entry.date = child.allText
            case "updated": entry.date = entry.date ?? child.allText
            case "author":
                if let name = child.elementChildren.first(where: { $0.name == "name" }) {
                    entry.authors.append(Whitespace.collapse(name.allText))
                }
            case "content", "summary":
                guard child.name == "content" || (entry.html == nil && entry.text == nil && entry.xhtml == nil) else { continue }
                switch child.attribute("type") ?? "text" {
                case "html", "text/html": entry.html = child.allText
                case "xhtml": entry.xhtml = child
                default: entry.text = child.allText
                }
            default: break
            }
        }
        return entry
    }

    static func document(_ entry: Entry, feedTitle: String?, format: String, source: String) throws -> Document {
        var extracted = ParagraphExtractor.Extracted(paragraphs: [], byline: [])
        if let html = entry.html, let tree = MarkupTree.html(html), let root = tree.root {
            extracted = ParagraphExtractor.extract(from: root)
        } else if let xhtml = entry.xhtml {
            extracted = ParagraphExtractor.extract(from: xhtml)
        } else if let text = entry.text {
            extracted.paragraphs = PlainText.paragraphs(text)
        }
        let paragraphs = extracted.paragraphs
        guard !paragraphs.isEmpty else { throw ReadError.noArticle("the item has no text") }
        let title = entry.title.isEmpty ? paragraphs[0] : entry.title
        let outlet = entry.link.flatMap(OutletTable.outlet(for:)) ?? feedTitle
        return Document(
            title: title, url: entry.link, outlet: outlet, authors: entry.authors,
            published: entry.date.flatMap(DateParser.parse),
            language: LanguageDetector.language(title: title, paragraphs: paragraphs),
            paragraphs: paragraphs, source: source, format: format, blockQuotes: extracted.blockQuotes)
    }
}
