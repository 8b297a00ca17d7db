import ClaimGraphCore
import Foundation
import Testing
import TestSupport

/// The fast paths must give exactly what the general code gives.
@Suite struct TextEncodingShortcutTests {
    /// Checked on every scalar: the standard library lower-cases scalar by scalar, so
    /// agreeing on each one means agreeing on every string.
    @Test func lowercasedQuicklyIsLowercasedForEveryScalar() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let text = String(Character(s))
            if text.lowercasedQuickly() != text.lowercased() { differing.append(value) }
        }
        #expect(differing.isEmpty)
        let mixed = "分享 SHARE İstanbul ΣΟΦΊΑ Ｓｈａｒｅ：１２３ K"
        #expect(mixed.lowercasedQuickly() == mixed.lowercased())
    }

    /// Every length of 0–40 bytes (the counter works eight bytes at a time, then byte by
    /// byte), over 1-, 2-, 3- and 4-byte scalars in every alignment.
    @Test func scalarArrayAndCountAgreeWithTheScalarView() {
        let pieces = ["a", "é", "中", "😀", "\u{0}", "Ω", "「", " "]
        var text = ""
        for round in 0..<40 {
            text += pieces[round % pieces.count]
            for start in text.unicodeScalars.indices {
                let tail = String(text.unicodeScalars[start...])
                #expect(tail.scalarArray == Array(tail.unicodeScalars), "\(tail.debugDescription)")
                #expect(Array(String(scalars: tail.scalarArray).utf8) == Array(tail.utf8))
                #expect(Array(String(scalars: tail.scalarArray.dropFirst()).utf8) == Array(String(tail.unicodeScalars.dropFirst()).utf8))
                #expect(Array(String(scalars: tail.unicodeScalars.lazy.filter { _ in true }).utf8) == Array(tail.utf8))
                #expect(tail.scalarCount == tail.unicodeScalars.count, "\(tail.debugDescription)")
                for k in 0...3 {
                    #expect(tail.scalarPrefix(k) == String(String.UnicodeScalarView(tail.unicodeScalars.prefix(k))))
                }
            }
        }
    }

    /// Texts of several blocks of 255 words (2,040 bytes, after which the counter sums its
    /// byte lanes), from one piece repeated (every lane as full as it gets) and from random
    /// pieces, cut at many lengths: the count and the decoded scalars agree with the view.
    @Test func scalarCountAgreesOnTextsOfSeveralBlocks() {
        let pieces = ["a", "é", "中", "😀", "「", "\u{10FFFF}"]
        var random = SeededGenerator(seed: 7)
        let texts = pieces.map { String(repeating: $0, count: 3_000) }
            + (0..<4).map { _ in (0..<3_000).map { _ in pieces.randomElement(using: &random)! }.joined() }
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for length in stride(from: 0, through: scalars.count, by: 97) + [scalars.count] {
                let prefix = String(String.UnicodeScalarView(scalars[..<length]))
                #expect(prefix.scalarCount == length)
            }
            #expect(text.scalarArray == scalars)
        }
    }

    /// The one-pass key agrees with lower-casing then filtering the scalar view, on every
    /// scalar alone (the key is built scalar by scalar) and on a mixed sentence.
    @Test func comparisonKeyIsLowercasedWithoutPunctuation() {
        let ignored = CharacterSet.punctuationCharacters.union(.symbols).union(.whitespacesAndNewlines)
        func slowKey(_ text: String) -> String {
            String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { !ignored.contains($0) }))
        }
        let folding = ChineseFolding.shared
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let text = String(Character(s))
            if folding.comparisonKey(simplified: text) != slowKey(text) { differing.append(value) }
        }
        #expect(differing.isEmpty)
        let mixed = "“普京说：SHARE İstanbul， ΣΟΦΊΑ！Ｓｈａｒｅ１２３😀 K”"
        #expect(folding.comparisonKey(simplified: mixed) == slowKey(mixed))
        #expect(folding.comparisonKey(simplified: mixed) == "普京说shareİstanbulσοφίαｓｈａｒｅ１２３k".lowercased())
    }

    @Test func quoteEscapesOnlyWhatJSONNeeds() {
        #expect(PropertyValue.quote("普京说：“你好”") == "\"普京说：“你好”\"")
        #expect(PropertyValue.quote("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
        #expect(PropertyValue.jsonObject(["text": "中国", "n": .int(2)]) == "{\"n\":2,\"text\":\"中国\"}")
    }
}

@Suite struct PathNameTests {
    /// File names are no longer taken through NSString; they must still agree with it.
    @Test func lastComponentAgreesWithNSString() {
        for path in ["", "/", "//", "///", "a", "a/", "/a", "a//", "dir/file.md", "dir//sub///", "/tmp/cg/corpus/oped2/2019-10-14-.md",
                     "目录/文章 一.md", "oped2/2019-10-14-中文.md", "a/\u{301}b", "/\u{301}", "a/b/\u{301}", "\u{600}/b", "./x", "a/.", "~"] {
            #expect(PathName.lastComponent(path) == (path as NSString).lastPathComponent, "\(path)")
        }
    }
}

@Suite struct ISO8601Tests {
    /// The hand-written digits agree with `%04d-%02d-…` on gmtime's fields, for years
    /// with fewer, exactly four and more digits, and before year 1.
    @Test func agreesWithPrintf() {
        for seconds in [0.0, 1_697_517_569, -62_135_596_800, -62_198_755_200, 253_402_300_799, 253_402_300_800, 951_782_400.9] {
            let date = Date(timeIntervalSince1970: seconds)
            var t = time_t(seconds.rounded(.down))
            var tm = tm()
            gmtime_r(&t, &tm)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1, Int(tm.tm_mday),
                                  Int(tm.tm_hour), Int(tm.tm_min), Int(tm.tm_sec))
            #expect(ISO8601.dateTime(date) == expected)
            #expect(ISO8601.day(date) == String(expected.prefix(10)))
        }
    }
}
