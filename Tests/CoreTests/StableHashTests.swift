import ClaimGraphCore
import Testing

@Suite struct StableHashTests {
    /// The digits are written straight into the string: the same text as formatting each
    /// half with `String(radix:)` and padding it to sixteen digits, leading zeros included.
    @Test func hexIsTheTwoHalvesPadded() {
        func reference(_ parts: [String]) -> String {
            var a: UInt64 = 0xcbf2_9ce4_8422_2325
            var b: UInt64 = 0x8422_2325_cbf2_9ce4
            for byte in parts.joined().utf8 {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b &+ UInt64(byte)) &* 0x0000_0100_0000_01b3 ^ (b >> 29)
            }
            func padded(_ v: UInt64) -> String {
                let s = String(v, radix: 16)
                return String(repeating: "0", count: 16 - s.count) + s
            }
            return padded(a) + padded(b)
        }
        let texts = ["", "a", "中国不希望俄罗斯被削弱", String(repeating: "x", count: 1000)] + (0..<2000).map { "claim \($0)" }
        for text in texts { #expect(StableHash.hex(of: text) == reference([text]), "\(text)") }
        #expect(StableHash.hex(ofJoined: ["title", "\u{1F}", "body"]) == reference(["title", "\u{1F}", "body"]))
        #expect(texts.map(StableHash.hex(of:)).contains { $0.hasPrefix("0") || $0.dropFirst(16).hasPrefix("0") })
    }
}
