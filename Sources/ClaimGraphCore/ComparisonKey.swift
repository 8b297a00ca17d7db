import Foundation

/// The key under which statements and names compare equal once simplified: lower-cased,
/// with punctuation, symbols and whitespace removed.
///
/// Built in one pass over the UTF-8 bytes. Lower-casing into a String and then filtering
/// its scalar view through a `CharacterSet` cost about 18,000 instructions per claim, one
/// percent of an ingest; here a scalar of the Basic Multilingual Plane is looked up in a
/// bit table made once from the same sets.
enum ComparisonKey {
    /// Exactly `String(scalars: text.lowercasedQuickly().unicodeScalars.filter { !ignored.contains($0) })`.
    static func of(_ text: String) -> String {
        let table = ignoredTable  // a local: a static is checked for initialisation at every access
        var text = text
        return text.withUTF8 { bytes in
            // Written straight into the string, scalar by scalar (appending each to an array
            // cost tens of instructions). Lower-casing turns a scalar into at most three of
            // at most four bytes each, never more than three times its own bytes.
            String(unsafeUninitializedCapacity: 3 * bytes.count) { out in
                var n = 0
                ValidUTF8.forEachLowercased(bytes) { lower, own in
                    guard !isIgnored(lower, table) else { return }
                    if let own {
                        for b in own { out[n] = b; n &+= 1 }
                    } else {
                        UTF8.encode(lower) { out[n] = $0; n &+= 1 }
                    }
                }
                return n
            }
        }
    }

    /// Punctuation, symbols, whitespace and newlines, as Foundation defines them.
    static let ignored = CharacterSet.punctuationCharacters.union(.symbols).union(.whitespacesAndNewlines)

    /// One bit per scalar of the Basic Multilingual Plane: set when `ignored` holds it.
    private static let ignoredTable: [UInt64] = {
        var words = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<0x10000 {
            if let s = Unicode.Scalar(UInt32(value)), ignored.contains(s) { words[value >> 6] |= 1 << UInt64(value & 63) }
        }
        return words
    }()

    @inline(__always) private static func isIgnored(_ s: Unicode.Scalar, _ table: [UInt64]) -> Bool {
        guard s.value < 0x10000 else { return ignored.contains(s) }
        return table[Int(s.value >> 6)] & (1 << UInt64(s.value & 63)) != 0
    }
}
