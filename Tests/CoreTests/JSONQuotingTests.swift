@testable import ClaimGraphCore
import Testing
import TestSupport

/// `PropertyValue.mayNeedEscape` tests eight bytes at a time; it must answer as the test
/// byte by byte does, wherever in a string the byte to escape sits.
@Suite struct JSONQuotingTests {
    static func needsEscapeByteByByte(_ s: String) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    @Test func wordTestAgreesWithByteTest() {
        var random = SeededGenerator(seed: 20261203)
        let pieces = ["a", "Z", "中", "國", "é", "\u{7F}", "\u{80}", " ", "!", "#", "[", "]", "~", "\u{1F}", "\u{0}", "\n", "\"", "\\", "😀"]
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...40, using: &random)
            let s = (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
            var copy = s
            let fast = copy.withUTF8 { PropertyValue.mayNeedEscape($0) }
            #expect(fast == Self.needsEscapeByteByByte(s), "\(s.debugDescription)")
        }
    }

    @Test func quotingEscapesWhatJSONRequires() {
        #expect(PropertyValue.quote("普京说\"不\"\\\n") == "\"普京说\\\"不\\\"\\\\\\n\"")
        #expect(PropertyValue.quote("abcdefgh\u{1}") == "\"abcdefgh\\u0001\"")
        #expect(PropertyValue.jsonObject(["text": "中国政府", "n": .int(3), "tags": .list(["a", "b"])])
                == "{\"n\":3,\"tags\":[\"a\",\"b\"],\"text\":\"中国政府\"}")
    }
}
