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

    /// The second-scalar filter must never hide a match: every lookup agrees with trying
    /// each phrase longest first (the earlier of two of a length), at every position.
    @Test func agreesWithTryingEveryPhrase() {
        let phrases = ["中国", "中国共产党", "中", "中共", "中国人", "美国", "美", "国", "中央", "共产党", "中国", "a", "ab", "abc", "b"]
        var m = PhraseMatcher<Int>()
        for (k, p) in phrases.enumerated() { m.insert(p, k) }
        let text = Array("中国共产党中央美国人中中国a abc ab中".unicodeScalars)
        for i in 0..<text.count {
            let expected = Self.longestFirstMatch(phrases, text, at: i)
            #expect(m.match(text, at: i)?.value == expected?.value, "at \(i)")
            #expect(m.match(text, at: i)?.length == expected?.length, "at \(i)")
        }
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
