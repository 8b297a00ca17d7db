extension String {
    /// Exactly `lowercased()`, at a fraction of its cost on Chinese text.
    ///
    /// The standard library maps every non-ASCII scalar through `lowercaseMapping`, which
    /// builds a String per scalar: lower-casing short paragraphs for the furniture rules was
    /// 3% of ingest. Here ASCII is mapped in place and the caseless blocks that make up
    /// Chinese text (CJK ideographs, CJK punctuation, full-width punctuation and digits)
    /// are copied; every other scalar still goes through `lowercaseMapping`, so the result
    /// is the same string (the stdlib maps scalar by scalar, without context).
    /// The result is built as UTF-8 bytes: appending to a `String.UnicodeScalarView` costs
    /// hundreds of instructions per scalar.
    public func lowercasedQuickly() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for s in unicodeScalars {
            switch s.value {
            case 0x41...0x5A: out.append(UInt8(s.value + 32))
            case 0...0x7F, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF20: UTF8.encode(s) { out.append($0) }
            default: out.append(contentsOf: s.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The string of `scalars`, encoded through a byte buffer: building it with
    /// `String.UnicodeScalarView.append` costs hundreds of instructions per scalar, and
    /// extraction and the paragraph cleaner build many strings from scalar arrays.
    /// Inlinable so that it is specialised for each caller's collection (unspecialised, the
    /// generic iteration cost more than the appends it replaces).
    @inlinable public init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 bytes in one pass into an array
    /// of exactly the right size: `Array(unicodeScalars)` walks the scalar view twice (to
    /// count, then to copy), and extraction turns every article body into scalars.
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        let count = scalarCount
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                ValidUTF8.forEachScalar(in: bytes) { s, _ in
                    out[initialized] = s
                    initialized += 1
                }
            }
        }
    }
}

/// Decoding of the bytes of a Swift String, which are valid UTF-8 by construction, so
/// each lead byte says how many bytes follow; the standard decoder's checks (and the
/// scalar view's index machinery) cost several times more on the hot text paths.
public enum ValidUTF8 {
    /// Calls `body` with each scalar and the range of its bytes, in order.
    @inlinable public static func forEachScalar(in bytes: UnsafeBufferPointer<UInt8>,
                                                _ body: (Unicode.Scalar, Range<Int>) -> Void) {
        var i = 0
        while i < bytes.count {
            let lead = UInt32(bytes[i])
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = length == 1 ? lead : lead & (0x7F >> length)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            body(Unicode.Scalar(value).unsafelyUnwrapped, i..<(i + length))
            i += length
        }
    }
}
