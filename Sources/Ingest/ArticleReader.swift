import ClaimGraphCore
import Foundation

/// Reads files into documents, detecting the format from the content.
public enum ArticleReader {
    /// Files larger than this are refused rather than parsed (a 50 MB single line is not an article).
    public static let maxFileBytes = 16 * 1024 * 1024

    /// Reads every document a file holds (a feed or JSON Lines file holds several).
    public static func read(contentsOf path: String) throws -> [Document] {
        try readAll(contentsOf: path).documents
    }

    /// Reads every document a file holds, together with the problems of the parts that
    /// could not be read (a bad line of a JSON Lines file) when the rest could.
    public static func readAll(contentsOf path: String) throws -> ReadResult {
        let text = try TextDecoder.decode(loadBytes(path))
        guard text.contains(where: { !$0.isWhitespace }) else { throw ReadError.empty }
        switch FormatDetector.detect(text) {
        case .rssArchive: return ReadResult(documents: [try RSSArchiveReader.read(text, source: path)])
        case .html, .feed, .jsonLines, nil:
            throw ReadError.malformed("not an article format ClaimGraph reads")
        }
    }

    static func loadBytes(_ path: String) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ReadError.unreadable(reason: "no such file or not accessible")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxFileBytes else { throw ReadError.tooLarge(bytes: size, limit: maxFileBytes) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError.unreadable(reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            guard data.count <= maxFileBytes else { throw ReadError.tooLarge(bytes: data.count, limit: maxFileBytes) }
            return [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError.unreadable(reason: error.localizedDescription)
        }
    }
}
