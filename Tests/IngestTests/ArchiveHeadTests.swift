import ClaimGraphCore
import Foundation
@testable import Ingest
import Testing

@Suite struct ArchiveHeadTests {
    /// The validator accepts exactly what `String(validating:)` accepts: every two-byte
    /// sequence, three- and four-byte ones over every lead byte against the edges of the
    /// continuation ranges, cut short or not, after seven ASCII bytes (the eight-byte path)
    /// and after and inside Chinese text (the 32-bit path).
    @Test func validatorAgreesWithTheStandardLibrary() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF4, 0xFF]
        var sequences: [[UInt8]] = []
        for a in UInt8(0)...255 {
            for b in UInt8(0)...255 { sequences.append([a, b]) }
            for b in edges { for c in edges { sequences.append([a, b, c]) } }
        }
        for a in UInt8(0xF0)...0xF7 { for b in edges { for c in edges { for d in edges { sequences.append([a, b, c, d]) } } } }
        var disagreements = 0
        for sequence in sequences {
            let cjk = Array("中文".utf8)
            for bytes in [Array("abcdefg".utf8) + sequence + [0x61], Array("abcdefg".utf8) + sequence,
                          cjk + sequence + cjk, cjk + sequence] {
                let valid = bytes.withUnsafeBufferPointer(UTF8Validator.isValid)
                if valid != (String(validating: bytes, as: UTF8.self) != nil) { disagreements += 1 }
            }
        }
        #expect(disagreements == 0)
    }

    static let page = "<div><p>第一段正文，说了些话。</p><p>" + String(repeating: "很长的段落。", count: 3000) + "</p></div>"
    static let front = "---\ntitle: 标题\nauthor: 某人\ncategories: [ 频道 ]\n---\n"

    /// Read from its head, a post comes out as read from its whole text, whether the
    /// preamble ends early in the head, in the longer head, or too late for either.
    @Test func headReadsAsTheWholeText() throws {
        let longFront = "---\n" + (0..<1500).map { "key\($0): 值\($0)" }.joined(separator: "\n") + "\n---\n"
        let early = [
            Self.front + "<!--1625154203000-->\n[标题](https://example.com/a)\n------\n\n" + Self.page,
            "\u{FEFF}" + Self.front + "\n\n\t\n" + Self.page,
            Self.front + "[not a title\n" + Self.page,
            Self.front + "[链接](https://example.com/b) 开头的一段\n" + Self.page,
        ]
        let later = [
            longFront + "[t](https://example.com/c)\n" + Self.page,
            "[" + String(repeating: "长", count: 2000) + "](https://example.com/x)\n" + Self.page,
        ]
        let tooLate = [
            // `\r\n` is one Character, not a line break: the header "line" runs on.
            "<!--1625154203000-->\r\n[标题](https://example.com/a)\r\n------\r\n" + Self.page,
            String(repeating: "\n", count: 40000) + Self.front + Self.page,
            Self.front + String(repeating: " ", count: 40000) + Self.page,
            "[" + String(repeating: "长", count: 20000) + "](https://example.com/y)\n" + Self.page,
            Self.front + "---" + String(repeating: "-", count: 40000) + "\n" + Self.page,
        ]
        for (texts, taken) in [(early, true), (later, true), (tooLate, false)] {
            for text in texts {
                let bytes = Array(text.utf8)
                let head = try ArchiveHead.read(bytes, source: "post.md")
                #expect((head != nil) == taken, "\(text.prefix(60).debugDescription)")
                if let head { #expect(head == (try RSSArchiveReader.read(TextDecoder.decode(bytes), source: "post.md"))) }
            }
        }
    }

    /// Pages that are not posts, or not UTF-8 as they are, are left to the usual reading.
    @Test func leavesOtherTextsAlone() throws {
        let html = "<html><body><p>" + String(repeating: "正文。", count: 3000) + "</p></body></html>"
        #expect(try ArchiveHead.read(Array(html.utf8), source: "page.html") == nil)
        let broken = Array((Self.front + Self.page).utf8) + [0xFF] + Array(Self.page.utf8)
        #expect(try ArchiveHead.read(broken, source: "post.md") == nil)
        #expect(try ArchiveHead.read(Array((Self.front + "<p>短</p>").utf8), source: "short.md") == nil)
    }
}
