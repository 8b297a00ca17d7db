/// A set of Unicode scalars tested with one bit lookup (no hashing): the rules test a
/// character against these sets at nearly every position of every article.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var astral: Set<Unicode.Scalar> = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars { insert(s) }
    }

    init(_ string: String) { self.init(string.unicodeScalars) }

    mutating func insert(_ s: Unicode.Scalar) {
        if s.value < 0x10000 { bits[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63) } else { astral.insert(s) }
    }

    /// The scalars of both sets.
    func union(_ other: ScalarSet) -> ScalarSet {
        var both = self
        for k in bits.indices { both.bits[k] |= other.bits[k] }
        both.astral.formUnion(other.astral)
        return both
    }

    /// Read through a buffer pointer: `bits` always has a word for every scalar below
    /// 0x10000, and the array's bounds check was a third of the most executed test of
    /// extraction (1% of an ingest).
    @inline(__always) func contains(_ s: Unicode.Scalar) -> Bool {
        guard s.value < 0x10000 else { return astral.contains(s) }
        return bits.withUnsafeBufferPointer { $0[Int(s.value >> 6)] } & (1 << UInt64(s.value & 63)) != 0
    }

    /// Spaces, tabs, line breaks, the ideographic space and the no-break space.
    static let whitespace = ScalarSet(" \t\n\r\u{3000}\u{00A0}\u{2002}\u{2003}\u{2009}\u{200B}")
}

extension Unicode.Scalar {
    /// Whitespace by a bit lookup (the Unicode property lookup is slow in hot loops).
    var isSpace: Bool { ScalarSet.whitespace.contains(self) }
}

extension Array where Element == Unicode.Scalar {
    /// The positions in `range` (within the array) whose scalar passes `test`, in order,
    /// found in one tight pass over the buffer: the passes that look for a rare character
    /// (化 of 化名, 岁 of an age, a parenthesis) paid for a bounds check and an overflow check
    /// at every position of every article.
    @inline(__always)
    func positions(in range: Range<Int>, where test: (Unicode.Scalar) -> Bool) -> [Int] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count || range.isEmpty)
        return withUnsafeBufferPointer { scalars in
            var found: [Int] = []
            for k in range where test(scalars[k]) { found.append(k) }
            return found
        }
    }
}
