import Foundation

extension String {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8.
    ///
    /// Importing Foundation routes `String.contains(_:)` through NSString's Unicode-aware
    /// search, which profiled at 40% of ingest time; the checks here are for fixed markers
    /// where exact bytes are what is meant, so a byte search (memchr + memcmp) does the job.
    func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count, let base = h.baseAddress, let nBase = n.baseAddress else { return false }
                var start = 0
                let last = h.count - n.count
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, nBase, n.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// Whether any of `needles` occurs in the string.
    func includesAny(_ needles: [String]) -> Bool {
        needles.contains { includes($0) }
    }
}

extension String {
    /// `hasPrefix` compared on UTF-8 bytes, which is what a fixed marker means and avoids
    /// the grapheme-by-grapheme comparison `hasPrefix` does on non-ASCII text.
    func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}
