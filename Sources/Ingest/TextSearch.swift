import Foundation

extension String {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8.
    ///
    /// Importing Foundation routes `String.contains(_:)` through NSString's Unicode-aware
    /// search, which profiled at 40% of ingest time; the checks here are for fixed markers
    /// where exact bytes are what is meant, so a byte search does the job.
    func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { n in h.includes(n) } }
    }

    /// Whether any of `needles` occurs in the string (whose bytes are fetched once for all).
    func includesAny(_ needles: [String]) -> Bool {
        var haystack = self
        return haystack.withUTF8 { h in
            needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { h.includes($0) }
            }
        }
    }
}

extension String {
    /// `hasPrefix` compared on UTF-8 bytes, which is what a fixed marker means and avoids
    /// the grapheme-by-grapheme comparison `hasPrefix` does on non-ASCII text.
    func hasBytePrefix(_ prefix: String) -> Bool {
        var text = self
        var prefix = prefix
        return text.withUTF8 { t in
            prefix.withUTF8 { p in p.count <= t.count && (p.isEmpty || memcmp(t.baseAddress!, p.baseAddress!, p.count) == 0) }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `needle` occurs in these bytes, compared byte for byte: the element rules ask
    /// it of attribute values read in place, without making Strings of them.
    func includes(_ needle: StaticString) -> Bool {
        includes(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    /// Whether `needle` occurs in these bytes (memchr + memcmp). memchr looks for the
    /// needle's last byte: in Chinese text that is a continuation byte, one of 64, where
    /// the first is one of the handful of lead bytes that start nearly every character,
    /// each a false start to compare.
    func includes(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lastByte = needle.last else { return true }
        guard count >= needle.count, let base = baseAddress, let nBase = needle.baseAddress else { return false }
        var end = needle.count - 1  // where the needle's last byte would be
        while end < count {
            guard let hit = memchr(base + end, Int32(lastByte), count - end) else { return false }
            let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - (needle.count - 1)
            if memcmp(base + start, nBase, needle.count) == 0 { return true }
            end = start + needle.count
        }
        return false
    }

    /// Whether these bytes are exactly `text`.
    func equals(_ text: StaticString) -> Bool {
        count == text.utf8CodeUnitCount && (isEmpty || memcmp(baseAddress!, text.utf8Start, count) == 0)
    }

    var isASCII: Bool { allSatisfy { $0 < 0x80 } }

    /// ASCII without a capital letter (what lower-casing leaves as it is), judged eight
    /// bytes at a time: every class name of every page is asked. Per byte of a word, bit 7
    /// marks non-ASCII, and adding 0x3F or 0x25 to the low seven bits (no carry out of a
    /// byte) sets it from `A` or from past `Z` on.
    var isLowercaseASCII: Bool {
        guard let base = baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80, lows = ones &* 0x7F
        func clean(_ w: UInt64) -> Bool {
            let t = w & lows
            return (w | (t &+ ones &* 0x3F) & ~(t &+ ones &* 0x25)) & highs == 0
        }
        var i = 0
        while i + 8 <= count {
            if !clean(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return false }
            i += 8
        }
        while i < count {
            if base[i] >= 0x80 || base[i] &- 0x41 < 26 { return false }
            i += 1
        }
        return true
    }
}

extension Substring {
    /// Where `self[start...].firstIndex(of: "\n")` is, found in the UTF-8 bytes: a `\n` byte
    /// is that Character unless it ends a `\r\n` begun at or after `start`. Walking the
    /// Characters of the header lines of every post cost more than reading the rest of them.
    func lineBreak(from start: Index) -> Index? {
        let bytes = utf8
        var i = start
        var previous: UInt8 = 0
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x0A && previous != 0x0D { return i }
            previous = b
            i = bytes.index(after: i)
        }
        return nil
    }
}
