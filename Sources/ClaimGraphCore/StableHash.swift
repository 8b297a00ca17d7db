/// A 128-bit FNV-1a hash, stable across runs and platforms.
///
/// Swift's `Hasher` is seeded per process, so it cannot identify content across runs;
/// this needs no cryptographic strength, only stability and a negligible collision rate.
public enum StableHash {
    public static func hex(of text: String) -> String {
        hex(ofJoined: [text])
    }

    /// The hash of the concatenation of `parts`, without building it: an article's content
    /// hash covers its whole body. The bytes are read from contiguous storage, which is
    /// several times faster than iterating `String.UTF8View`.
    public static func hex(ofJoined parts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for var part in parts {
            part.withUTF8 { bytes in
                for byte in bytes {
                    a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    b = (b &+ UInt64(byte)) &* 0x0000_0100_0000_01b3 ^ (b >> 29)
                }
            }
        }
        return hex(a, b)
    }

    /// The 32 lower-case hex digits of `a` then `b`, written straight into the string (a
    /// `String(radix:)`, a padding and two concatenations per hash cost more than hashing a
    /// claim's words).
    private static func hex(_ a: UInt64, _ b: UInt64) -> String {
        String(unsafeUninitializedCapacity: 32) { out in
            for (i, v) in [a, b].enumerated() {
                for k in 0..<16 {
                    let digit = UInt8(truncatingIfNeeded: v >> (60 - 4 * UInt64(k))) & 0xF
                    out[16 * i + k] = digit < 10 ? 0x30 + digit : 0x57 + digit
                }
            }
            return 32
        }
    }
}
