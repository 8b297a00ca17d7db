/// A half-open range of Unicode scalar offsets into an article's clean text.
///
/// Offsets count Unicode scalars (code points), not UTF-16 units or grapheme clusters,
/// because that is what every consumer outside Swift (Python's `str`, SQLite's
/// `substr` on UTF-8 text, the gold files) counts.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

extension String {
    /// The substring covered by `span`, counted in Unicode scalars.
    public func slice(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        let count = scalars.count
        let lo = max(0, min(span.start, count)), hi = max(lo, min(span.end, count))
        let a = scalars.index(scalars.startIndex, offsetBy: lo)
        let b = scalars.index(a, offsetBy: hi - lo)
        return String(scalars[a..<b])
    }

    /// The length of the string in Unicode scalars, the unit of every `TextSpan`.
    /// Counted on the UTF-8 bytes (see `ValidUTF8.scalarCount`): `unicodeScalars.count`
    /// decodes scalar by scalar, and every paragraph is measured.
    public var scalarCount: Int {
        var s = self
        return s.withUTF8(ValidUTF8.scalarCount)
    }
}
