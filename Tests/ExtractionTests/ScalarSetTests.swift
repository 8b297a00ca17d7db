@testable import Extraction
import Testing

@Suite struct ScalarSetTests {
    /// `union` (the one bit test ArticleText's sentence scan makes before its rules) holds
    /// exactly the scalars of either set, over the whole Basic Multilingual Plane and beyond.
    @Test func unionHoldsTheScalarsOfEitherSet() {
        let a = Lexicon.terminators, b = Lexicon.closeQuotes
        let astral = ScalarSet("𠀋😀"), both = a.union(b).union(astral)
        for value in UInt32(0)...0x1_0000 + 0x2_0000 {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(both.contains(s) == (a.contains(s) || b.contains(s) || astral.contains(s)), "U+\(String(value, radix: 16))")
        }
        #expect(both.contains("。") && both.contains("」") && both.contains("😀") && !both.contains("中"))
    }
}
