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
            let expected = phrases.enumerated()
                .filter { k, p in phrases.firstIndex(of: p) == k }
                .map { (k: $0.offset, s: Array($0.element.unicodeScalars)) }
                .filter { i + $0.s.count <= text.count && Array(text[i..<(i + $0.s.count)]) == $0.s }
                .max { $0.s.count < $1.s.count || ($0.s.count == $1.s.count && $0.k > $1.k) }
            #expect(m.match(text, at: i)?.value == expected?.k, "at \(i)")
            #expect(m.match(text, at: i)?.length == expected?.s.count, "at \(i)")
        }
    }
}
