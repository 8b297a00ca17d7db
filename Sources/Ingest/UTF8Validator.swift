/// Whether bytes are well-formed UTF-8: exactly what `String(validating:as: UTF8.self)`
/// accepts (Table 3-7 of the Unicode Standard: no overlong forms, no surrogates, nothing
/// past U+10FFFF), checked without making a String. The standard library's check cost ten
/// instructions a byte of Chinese text; an archived post's page, which only libxml2 reads,
/// needs the answer but not the String.
enum UTF8Validator {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        while i < count {
            let lead = base[i]
            if lead < 0x80 {
                i += asciiRun(base + i, upTo: count - i)
                continue
            }
            // Most of a Chinese text: runs of three-byte scalars whose second byte may be any
            // continuation byte (led by E1–EC, EE or EF), each judged on one 32-bit load.
            while i + 4 <= count {
                let w = UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self))
                let low = w & 0x0F
                guard w & 0x00C0_C0F0 == 0x0080_80E0, low != 0, low != 0x0D else { break }
                i += 3
            }
            guard i < count else { break }
            if base[i] < 0x80 { continue }
            guard let length = sequenceLength(base + i, upTo: count - i) else { return false }
            i += length
        }
        return true
    }

    /// How many ASCII bytes start `p` (at least the first), eight at a time.
    @inline(__always)
    private static func asciiRun(_ p: UnsafePointer<UInt8>, upTo limit: Int) -> Int {
        var n = 1
        while n + 8 <= limit, UnsafeRawPointer(p + n).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { n += 8 }
        return n
    }

    /// The length of the well-formed sequence starting at `p` with a non-ASCII byte, or nil.
    private static func sequenceLength(_ p: UnsafePointer<UInt8>, upTo limit: Int) -> Int? {
        let length: Int, low: UInt8, high: UInt8  // the second byte's range
        switch p[0] {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard length <= limit, p[1] >= low, p[1] <= high else { return nil }
        for k in 2..<length where p[k] & 0xC0 != 0x80 { return nil }
        return length
    }
}
