import Foundation

/// Makes many distinct articles from the five examples by giving each copy its own URL,
/// so tests can ingest a corpus large enough to interrupt or race.
enum ArticleVariants {
    static func write(count: Int, into dir: URL) throws -> [URL] {
        let sources = try FileManager.default.contentsOfDirectory(atPath: CLI.examples).filter { $0.hasSuffix(".txt") }.sorted()
        var written: [URL] = []
        for i in 0..<count {
            let name = sources[i % sources.count]
            let text = try String(contentsOfFile: CLI.examples + "/" + name, encoding: .utf8)
            // The `[title](url)` line names the article: a new query string makes a new one.
            let varied = text.replacingOccurrences(of: ")\n------", with: "?copy=\(i))\n------")
            let url = dir.appendingPathComponent(String(format: "%04d-", i) + name)
            try varied.write(to: url, atomically: true, encoding: .utf8)
            written.append(url)
        }
        return written
    }
}
