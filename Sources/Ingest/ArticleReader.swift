import ClaimGraphCore
import Foundation

/// Reads files into documents, detecting the format from the content.
public enum ArticleReader {
    /// Files larger than this are refused rather than parsed (a 50 MB single line is not an article).
    public static let maxFileBytes = 16 * 1024 * 1024

    /// Reads every document a file holds (a feed or JSON Lines file holds several).
    public static func read(contentsOf path: String) throws -> [Document] {
        throw ReadError.noArticle("readers not implemented yet")
    }
}
