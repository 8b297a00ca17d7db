@testable import Extraction
import Testing

@Suite struct PhraseMatcherTests {
    let matcher = PhraseMatcher([("普京", 1), ("普京总统", 2), ("京", 3)])

    @Test func longestMatchStartingAndEnding() {
        let text = Array("俄罗斯普京总统说".unicodeScalars)
        #expect(matcher.match(text, at: 3)?.length == 4)
        #expect(matcher.match(text, endingAt: 7)?.value == 2)
        #expect(matcher.match(text, endingAt: 5)?.value == 1)
    }

    /// A name at the very start of a text: nothing ends before it (found by ingesting the corpus).
    @Test func boundsAreSafe() {
        let text = Array("普京".unicodeScalars)
        #expect(matcher.match(text, endingAt: 0) == nil)
        #expect(matcher.match(text, at: -1) == nil)
        #expect(matcher.match(text, at: 2) == nil)
        #expect(matcher.match([], endingAt: 0) == nil)
    }

    /// The trie must agree with trying each phrase longest first (the earlier of two of a
    /// length) at every position, with few first scalars (searched) and with many (a table).
    @Test(arguments: [0, 30]) func agreesWithTryingEveryPhrase(fillers: Int) {
        let filler = (0..<fillers).map { String(Character(Unicode.Scalar(0x4E00 + 7 * $0)!)) + "们" }
        let phrases = ["中国", "中国共产党", "中", "中共", "中国人", "美国", "美", "国", "中央", "共产党", "中国", "a", "ab", "abc", "b"] + filler
        var m = PhraseMatcher<Int>()
        for (k, p) in phrases.enumerated() { m.insert(p, k) }
        let text = Array(("中国共产党中央美国人中中国a abc ab中" + filler.joined()).unicodeScalars)
        for i in 0..<text.count {
            let expected = Self.longestFirstMatch(phrases, text, at: i)
            #expect(m.match(text, at: i)?.value == expected?.value, "at \(i)")
            #expect(m.match(text, at: i)?.length == expected?.length, "at \(i)")
        }
        for end in 0...text.count {
            let expected = Self.longestEndingAt(phrases, text, end)
            #expect(m.match(text, endingAt: end)?.value == expected?.value, "ending at \(end)")
            #expect(m.match(text, endingAt: end)?.length == expected?.length, "ending at \(end)")
        }
        for p in phrases + ["中国共", "共", "", "abcd", "们"] {
            #expect(m.contains(Array(p.unicodeScalars)) == phrases.contains(p), "\(p)")
        }
    }

    /// First scalars whose nodes are numbered past 16 bits are still found (through the edges).
    @Test func firstScalarsOfFarNodes() {
        var m = PhraseMatcher<Int>()
        m.insert(String(repeating: "x", count: 70_000), 0)
        let firsts = (0..<20).map { String(Character(Unicode.Scalar(0x4E00 + $0)!)) }
        for (k, f) in firsts.enumerated() { m.insert(f + "们", k + 1) }
        let text = Array((firsts.joined() + firsts[3] + "们").unicodeScalars)
        #expect(m.match(text, at: 20)?.value == 4)
        #expect(m.match(text, at: 20)?.length == 2)
        #expect(m.match(text, at: 0) == nil)
        #expect(m.match(text, endingAt: 22)?.value == 4)
    }

    /// The longest phrase that ends at `end`; of two of one length, the earlier.
    private static func longestEndingAt(_ phrases: [String], _ text: [Unicode.Scalar], _ end: Int) -> (length: Int, value: Int)? {
        (1...max(1, min(12, end))).reversed().lazy.compactMap { len in
            end - len >= 0 ? longestFirstMatch(phrases, Array(text[(end - len)..<end]), at: 0).flatMap { $0.length == len ? $0 : nil } : nil
        }.first
    }

    /// The longest phrase written at `i`; of two of one length, the earlier.
    private static func longestFirstMatch(_ phrases: [String], _ text: [Unicode.Scalar], at i: Int) -> (length: Int, value: Int)? {
        var best: (length: Int, value: Int)?
        for (k, phrase) in phrases.enumerated() {
            let p: [Unicode.Scalar] = Array(phrase.unicodeScalars)
            guard i + p.count <= text.count, Array(text[i..<(i + p.count)]) == p else { continue }
            if p.count > (best?.length ?? 0) { best = (p.count, k) }
        }
        return best
    }
}
