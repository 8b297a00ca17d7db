extension String {
    /// Exactly `lowercased()`, at a fraction of its cost on Chinese text.
    ///
    /// The standard library maps every non-ASCII scalar through `lowercaseMapping`, which
    /// builds a String per scalar: lower-casing short paragraphs for the furniture rules was
    /// 3% of ingest. Here ASCII is mapped in place and the caseless blocks that make up
    /// Chinese text (CJK ideographs, CJK punctuation, full-width punctuation and digits)
    /// are copied; every other scalar still goes through `lowercaseMapping`, so the result
    /// is the same string (the stdlib maps scalar by scalar, without context).
    /// The result is built as UTF-8 bytes, read from the string's own bytes: the scalar
    /// view costs tens of instructions per scalar, and appending to a
    /// `String.UnicodeScalarView` hundreds.
    public func lowercasedQuickly() -> String {
        var text = self
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            ValidUTF8.forEachLowercased(bytes) { lower, own in
                if let own { out.append(contentsOf: own) } else { out.append(contentsOf: UTF8.encode(lower)!) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

extension ValidUTF8 {
    /// Calls `body` with each scalar of the lower-cased text, in order, and its bytes when
    /// they are the text's own (nil for a scalar that lower-casing changed or produced):
    /// ASCII capitals are mapped in place, the caseless blocks of Chinese text are passed
    /// through, and every other scalar goes through `lowercaseMapping`, scalar by scalar as
    /// the standard library does.
    @inline(__always)
    static func forEachLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar, UnsafeBufferPointer<UInt8>?) -> Void) {
        var i = 0
        while i < bytes.count {
            let (s, length) = decode(bytes, at: i)
            switch s.value {
            case 0x41...0x5A: body(Unicode.Scalar(UInt8(s.value + 32)), nil)
            case 0...0x7F, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF20:
                body(s, UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
            default:
                for lower in s.properties.lowercaseMapping.unicodeScalars { body(lower, nil) }
            }
            i += length
        }
    }
}

extension String {
    /// The first `count` scalars (all when there are fewer), cut on the UTF-8 bytes
    /// without walking the scalar view.
    public func scalarPrefix(_ count: Int) -> String {
        var text = self
        return text.withUTF8 { bytes in
            var end = 0
            for _ in 0..<count where end < bytes.count { end += ValidUTF8.decode(bytes, at: end).length }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
    }
}

extension String {
    /// The string of `scalars`, encoded through a byte buffer: building it with
    /// `String.UnicodeScalarView.append` costs hundreds of instructions per scalar, and
    /// extraction and the paragraph cleaner build many strings from scalar arrays.
    /// Inlinable so that it is specialised for each caller's collection (unspecialised, the
    /// generic iteration cost more than the appends it replaces).
    @inlinable public init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        // Arrays and their slices (most callers) are encoded straight into the string's
        // storage.
        if let string = scalars.withContiguousStorageIfAvailable(String.init(encoding:)) {
            self = string
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The UTF-8 encoding of `scalars`, written into a new string's storage, with room for
    /// four bytes a scalar; but no more than the bytes need for up to fifteen scalars, so
    /// that a string of up to 15 bytes (most names and words the rules look up) is stored
    /// inline, with no allocation.
    @inlinable init(encoding scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        var capacity = scalars.count * 4
        if scalars.count <= 15 { capacity = scalars.reduce(0) { $0 &+ UTF8.width($1) } }
        self.init(unsafeUninitializedCapacity: capacity) { out in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    out[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    out[n] = 0xC0 | UInt8(v >> 6)
                    out[n + 1] = 0x80 | UInt8(v & 0x3F)
                    n += 2
                } else if v < 0x10000 {
                    out[n] = 0xE0 | UInt8(v >> 12)
                    out[n + 1] = 0x80 | UInt8(v >> 6 & 0x3F)
                    out[n + 2] = 0x80 | UInt8(v & 0x3F)
                    n += 3
                } else {
                    out[n] = 0xF0 | UInt8(v >> 18)
                    out[n + 1] = 0x80 | UInt8(v >> 12 & 0x3F)
                    out[n + 2] = 0x80 | UInt8(v >> 6 & 0x3F)
                    out[n + 3] = 0x80 | UInt8(v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}

extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 bytes in one pass into an array
    /// of exactly the right size: `Array(unicodeScalars)` walks the scalar view twice (to
    /// count, then to copy), and extraction turns every article body into scalars.
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8(ValidUTF8.scalars)
    }
}

/// Decoding of the bytes of a Swift String, which are valid UTF-8 by construction, so
/// each lead byte says how many bytes follow; the standard decoder's checks (and the
/// scalar view's index machinery) cost several times more on the hot text paths.
public enum ValidUTF8 {
    /// How many scalars `bytes` hold: every byte that does not continue a scalar starts one.
    /// Eight bytes at a time (a continuation byte is `10xxxxxx`: bit 7 set, bit 6 clear),
    /// because every article body and paragraph is measured, some several times. Each
    /// word's flags are added lane by lane (a byte each) and the lanes summed every 255
    /// words: the baseline x86-64 target has no popcount instruction, and counting the bits
    /// of every word in software cost 29 instructions per eight bytes.
    @inlinable public static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0
        var i = 0
        while i + 8 <= bytes.count {
            let end = min(bytes.count, i + 255 * 8)
            var lanes: UInt64 = 0  // per byte lane, how many of its bytes were continuations
            while i + 8 <= end {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                lanes &+= (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
                i &+= 8
            }
            continuations += laneSum(lanes)
        }
        while i < bytes.count {
            if base[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return bytes.count - continuations
    }

    /// The sum of the eight byte lanes of `lanes` (each at most 255).
    @inlinable static func laneSum(_ lanes: UInt64) -> Int {
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// The scalars of `bytes`, decoded in one pass into an array of exactly the right size
    /// (the generic `forEachScalar` through a closure cost three times as much per scalar).
    @inlinable public static func scalars(in bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount(in: bytes)) { out, initialized in
            guard let dst = out.baseAddress else { return }
            var i = 0
            var k = 0
            while i < bytes.count {
                let (s, length) = decode(bytes, at: i)
                (dst + k).initialize(to: s)
                k &+= 1
                i &+= length
            }
            initialized = k
        }
    }

    /// The scalar whose bytes start at `i`, and how many bytes it takes; written out for
    /// the hot loops that cannot afford a closure call per scalar.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let value: UInt32, length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12 | UInt32(bytes[i &+ 2] & 0x3F) << 6
                | UInt32(bytes[i &+ 3] & 0x3F), 4)
        }
        // Valid UTF-8 encodes a valid scalar: the bits are one, without the surrogate and
        // range checks `Unicode.Scalar(_:)` makes on every non-ASCII character.
        return (unsafeBitCast(value, to: Unicode.Scalar.self), length)
    }

    /// Calls `body` with each scalar and the range of its bytes, in order.
    @inlinable public static func forEachScalar(in bytes: UnsafeBufferPointer<UInt8>,
                                                _ body: (Unicode.Scalar, Range<Int>) -> Void) {
        var i = 0
        while i < bytes.count {
            let (s, length) = decode(bytes, at: i)
            body(s, i..<(i + length))
            i += length
        }
    }
}
