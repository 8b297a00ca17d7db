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
        return hex(a) + hex(b)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
