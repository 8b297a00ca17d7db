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
}
