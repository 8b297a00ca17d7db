import ClaimGraphCore
import Foundation

/// Reads JSON Lines: one article per line as `{"url","title","outlet","date","html"|"text"}`.
/// A bad line becomes a problem of the result and the other lines are still read.
enum JSONLinesReader {
    static func read(_ text: String, source: String) throws -> ReadResult {
        var result = ReadResult(documents: [])
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            do {
                result.documents.append(try document(line, source: SourcePart.line.source(source, number: lineNumber)))
            } catch let error as ReadError {
                result.problems.append(.init(location: "line \(lineNumber)", error: error))
            }
        }
        if result.documents.isEmpty {
            throw result.problems.first?.error ?? ReadError.empty
        }
        return result
    }

    static func document(_ line: Substring, source: String) throws -> Document {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            throw ReadError.malformed("not valid JSON")
        }
        guard let fields = object as? [String: Any] else { throw ReadError.malformed("a line must hold a JSON object") }
        func string(_ key: String) -> String? {
            (fields[key] as? String).map(Whitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
        }
        var extracted = ParagraphExtractor.Extracted(paragraphs: [], byline: [])
        if let html = fields["html"] as? String, let tree = MarkupTree.html(html), let root = tree.root {
            extracted = ParagraphExtractor.extract(from: root)
        } else if let text = fields["text"] as? String {
            extracted.paragraphs = PlainText.paragraphs(text)
        }
        let paragraphs = extracted.paragraphs
        guard !paragraphs.isEmpty else { throw ReadError.noArticle("the line has no \"html\" or \"text\" with text") }
        let url = string("url")
        let title = string("title") ?? paragraphs[0]
        let published = string("date").flatMap(DateParser.parse) ?? (fields["date"] as? Double).flatMap(DateParser.unix)
        let authors = (fields["authors"] as? [String]) ?? string("author").map(HTMLArticle.splitNames) ?? []
        return Document(
            title: title, url: url, outlet: string("outlet") ?? url.flatMap(OutletTable.outlet(for:)),
            authors: authors, published: published,
            language: string("language") ?? LanguageDetector.language(title: title, paragraphs: paragraphs),
            paragraphs: paragraphs, source: source, format: ArticleFormat.jsonLines.rawValue,
            blockQuotes: extracted.blockQuotes)
    }
}
