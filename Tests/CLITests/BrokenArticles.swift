import Foundation
import TestSupport

/// Generates a corpus of broken articles of many kinds, for the bad-input test.
///
/// Generated at test time (a 50 MB file has no place in the repository), from the
/// examples, with a seeded generator so a failure can be reproduced.
struct BrokenArticles {
    var rng: SeededGenerator
    let examples: [Data]
    let dir: URL

    init(seed: UInt64, into dir: URL) throws {
        rng = SeededGenerator(seed: seed)
        self.dir = dir
        let names = try FileManager.default.contentsOfDirectory(atPath: CLI.examples).filter { $0.hasSuffix(".txt") }.sorted()
        examples = try names.map { try Data(contentsOf: URL(fileURLWithPath: CLI.examples + "/" + $0)) }
    }

    /// Writes every kind and returns the number of files written.
    mutating func writeAll() throws -> Int {
        var n = 0
        func put(_ name: String, _ data: Data) throws {
            try data.write(to: dir.appendingPathComponent(name))
            n += 1
        }
        // Each broken copy gets its own URL: two copies of one article would be one article.
        func variant(_ i: Int, _ kind: String) -> Data {
            let text = String(decoding: examples[i % examples.count], as: UTF8.self)
            return Data(text.replacingOccurrences(of: ")\n------", with: "?broken=\(kind)-\(i))\n------").utf8)
        }
        for i in 0..<84 {
            let source = variant(i, "truncated")
            let cut = Int.random(in: 0..<source.count, using: &rng)
            try put("truncated-\(i).txt", source.prefix(cut))
        }
        for i in 0..<25 {
            var source = variant(i, "invalid")
            for _ in 0..<5 { source[Int.random(in: 200..<source.count, using: &rng)] = 0xFF }
            try put("invalid-utf8-\(i).txt", source)
        }
        for (i, encoding) in ["GBK", "BIG5", "GB18030"].enumerated() {
            for j in 0..<8 {
                let text = String(decoding: variant(i * 8 + j, encoding), as: UTF8.self)
                try put("undeclared-\(encoding.lowercased())-\(j).txt", try iconv(text, to: encoding))
            }
        }
        for i in 0..<20 {
            try put("binary-\(i).bin", Data((0..<Int.random(in: 1...20_000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        }
        try put("huge-single-line.txt", Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024))
        for i in 0..<10 {
            let depth = 2_000 * (i + 1)
            let html = String(repeating: "<div>", count: depth) + "<p>深层嵌套。</p>" + String(repeating: "</div>", count: depth)
            try put("nested-\(i).html", Data(("<html><body>" + html + "</body></html>").utf8))
        }
        for i in 0..<20 {
            let text = String(decoding: variant(i, "unbalanced"), as: UTF8.self)
                .replacingOccurrences(of: "”", with: "").replacingOccurrences(of: "」", with: "")
            try put("unbalanced-quotes-\(i).txt", Data(text.utf8))
        }
        for i in 0..<5 { try put("empty-\(i).txt", Data()) }
        for i in 0..<5 { try put("blank-\(i).txt", Data(String(repeating: " \n\t", count: i * 100 + 1).utf8)) }
        for i in 0..<6 {
            try put("bad-front-matter-\(i).txt", Data("---\ntitle: [unclosed\ndate: : :\n---\n".utf8) + variant(i, "front-matter").prefix(400))
        }
        return n
    }

    private func iconv(_ text: String, to encoding: String) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-c", "-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }
}
