import ClaimGraphCore

/// Whitespace as it appears in Chinese web text: ASCII, no-break and ideographic spaces,
/// zero-width characters and the byte-order mark left behind by copy-paste.
enum Whitespace {
    static func contains(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
             0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Collapses every run of whitespace to one ASCII space and trims both ends. A run that
    /// holds a line break between two East Asian wide characters is dropped instead (CSS Text
    /// 3, segment break transformation): pages pretty-printed with every inline element on
    /// its own line (`去年6月所\n<a>指出的</a>\n那样`) would otherwise split Chinese words.
    static func collapse(_ text: String) -> String {
        var bytes = text
        return bytes.withUTF8 { isCollapsed($0) ? nil : collapse(bytes: $0) } ?? text
    }

    /// `collapse` of the text whose UTF-8 bytes are `bytes`, written straight into the new
    /// string (never longer than the bytes): every paragraph of every page goes through
    /// here, straight from the bytes libxml2 holds.
    static func collapse(bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingSpace = false, pendingBreak = false
            var i = 0
            while i < bytes.count {
                // The bytes before the first of the next eight that may start whitespace are
                // copied at once (all eight are stored; n <= i: they fit).
                if !pendingSpace, i + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let plain = plainPrefix(word)
                    if plain > 0 {
                        UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: word, as: UInt64.self)
                        n += plain
                        i += plain
                        continue
                    }
                }
                let space = spaceLength(bytes, at: i)
                if space > 0 {
                    var lineBreak = bytes[i] == 0x0A || bytes[i] == 0x0D
                    i += space
                    // The rest of a run of ASCII whitespace (indentation, line breaks) at once.
                    while i < bytes.count, bytes[i] == 0x20 || bytes[i] &- 0x09 < 5 {
                        lineBreak = lineBreak || bytes[i] == 0x0A || bytes[i] == 0x0D
                        i += 1
                    }
                    // (leading whitespace is dropped, its line break with it: the copy in runs
                    // above would not clear it before the next space)
                    pendingSpace = n > 0
                    pendingBreak = n > 0 && (pendingBreak || lineBreak)
                    continue
                }
                if pendingSpace {
                    let joined = pendingBreak
                        && isWide(lastScalar(UnsafeBufferPointer(rebasing: out[..<n])))
                        && isWide(firstScalar(UnsafeBufferPointer(rebasing: bytes[i...])))
                    if !joined {
                        out[n] = 0x20
                        n += 1
                    }
                    pendingSpace = false
                }
                pendingBreak = false
                // Bytes of a scalar that is not whitespace are copied one by one: a
                // continuation byte never starts whitespace.
                out[n] = bytes[i]
                n += 1
                i += 1
            }
            return n
        }
    }

    /// How many of the eight bytes `loaded` from memory come before the first that
    /// may start whitespace: a byte below 0x21, or one of the lead bytes C2, E0–E3 and EF
    /// (E0 needlessly, to test E1–E3 at once). Counting them, rather than asking whether all
    /// eight are plain, lets Chinese text, with a punctuation mark every few characters, be
    /// copied in runs instead of byte by byte up to the next clean eight.
    ///
    /// The bit tricks ("some byte is zero", "some byte is below n") can flag a byte above a
    /// flagged one by a borrow, never one below it, so the lowest flag is exact.
    @inline(__always)
    private static func plainPrefix(_ loaded: UInt64) -> Int {
        let word = UInt64(littleEndian: loaded)  // the first byte lowest
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let flags = (word &- ones &* 0x21) & ~word & highs | zeroes((word & (ones &* 0xFC)) ^ (ones &* 0xE0))
            | zeroes(word ^ (ones &* 0xC2)) | zeroes(word ^ (ones &* 0xEF))
        return flags.trailingZeroBitCount >> 3
    }

    /// The length of the whitespace scalar starting at `i`, or 0. Only ASCII and the lead
    /// bytes C2, E1, E2, E3 and EF start one, and the bytes after them are compared as they
    /// are (the scalars of `contains` in UTF-8) rather than decoded: Chinese punctuation
    /// (`，` EF BC 8C, `。` E3 80 82, `“` E2 80 9C) comes here every few characters.
    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
        if b == 0xC2 { return i + 2 <= bytes.count && (bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0) ? 2 : 0 }
        guard b &- 0xE1 < 3 || b == 0xEF, i + 3 <= bytes.count else { return 0 }
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        switch b {
        case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : 0  // U+1680
        case 0xE2:  // U+2000–200B, 2028, 2029, 202F, 205F
            let general = b1 == 0x80 && (b2 &- 0x80 <= 0x0B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)
            return general || (b1 == 0x81 && b2 == 0x9F) ? 3 : 0
        case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : 0  // U+3000
        default: return b1 == 0xBB && b2 == 0xBF ? 3 : 0  // U+FEFF
        }
    }

    /// Whether a line break next to this character and another such is no space (CSS Text 3):
    /// East Asian wide or fullwidth, Hangul left out as CSS leaves it out.
    static func isWide(_ v: UInt32) -> Bool {
        EastAsianWidth.isWide(v) && !EastAsianWidth.isHangul(v)
    }

    /// The scalar value UTF-8 `bytes` start with (0 for none or a broken sequence).
    private static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return s.value }
        return 0
    }

    /// The scalar value UTF-8 `bytes` end with: decoded from its lead byte, at most three back.
    private static func lastScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var start = bytes.count - 1
        while start > 0, start > bytes.count - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return 0 }
        return firstScalar(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// `text` without whitespace at either end. Foundation's `trimmingCharacters(in:)`
    /// goes through NSString on Linux and showed up in the readers' profile.
    static func trim<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !contains($0) })!
        return String(decoding: text.utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }

    /// True when `collapse` would return the text of `bytes` unchanged (the common case,
    /// checked cheaply).
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count {
                let plain = plainPrefix(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                if plain > 0 {
                    previousWasSpace = false
                    i += plain
                    continue
                }
            }
            if spaceLength(bytes, at: i) > 0 {
                if bytes[i] != 0x20 || previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            i += 1
        }
        return !previousWasSpace || bytes.isEmpty
    }
}
