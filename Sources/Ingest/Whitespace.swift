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

    /// Collapses every run of whitespace to one ASCII space and trims both ends.
    /// Writes the UTF-8 bytes straight into the new string (never longer than `text`):
    /// every paragraph of every page goes through here.
    static func collapse(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                _ = out.update(fromContentsOf: bytes)
                return collapse(inPlace: out)
            }
        }
    }

    /// `collapse` on UTF-8 bytes, written over themselves (the result is never longer);
    /// returns the new length. The paragraph walk collapses libxml2's bytes before making
    /// them a String, rather than decoding them twice.
    ///
    /// Bytes that are not valid UTF-8 are copied as they are and left to the decoder to
    /// repair, which gives what collapsing the repaired string would: every whitespace
    /// scalar starts with an ASCII or lead byte, which ends any broken sequence before it.
    static func collapse(inPlace bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let input = UnsafeBufferPointer(bytes)
        var n = 0
        var pendingSpace = false
        var i = 0
        while i < input.count {
            let space = whitespaceLength(input, at: i)
            if space > 0 {
                pendingSpace = n > 0
                i += space
                continue
            }
            if pendingSpace {
                bytes[n] = 0x20
                n += 1
                pendingSpace = false
            }
            bytes[n] = input[i]
            n += 1
            i += 1
        }
        return n
    }

    /// How many bytes the whitespace scalar at `i` takes, 0 when there is none there.
    /// Whitespace beyond ASCII is two bytes led by 0xC2 or three led by 0xE1–0xEF (never
    /// 0xED, the surrogates), so a well-formed sequence there decodes to a real scalar.
    @inline(__always)
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return contains(Unicode.Scalar(lead)) ? 1 : 0 }
        let length: Int
        switch lead {
        case 0xC2: length = 2
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        default: return 0
        }
        guard i + length <= bytes.count,
              bytes[i + 1] & 0xC0 == 0x80, length == 2 || bytes[i + 2] & 0xC0 == 0x80 else { return 0 }
        return contains(ValidUTF8.decode(bytes, at: i).scalar) ? length : 0
    }

    /// `text` without whitespace at either end. Foundation's `trimmingCharacters(in:)`
    /// goes through NSString on Linux and showed up in the readers' profile.
    static func trim<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !contains($0) })!
        return String(scalars: scalars[first...last])
    }

    /// True when `collapse` would return `text` unchanged (the common case, checked cheaply).
    private static func isCollapsed(_ text: String) -> Bool {
        var previousWasSpace = true
        for s in text.unicodeScalars {
            if s == " " {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if s.value < 0x80 || !contains(s) {
                if s.value < 0x20 && contains(s) { return false }
                previousWasSpace = false
            } else {
                return false
            }
        }
        return !previousWasSpace || text.isEmpty
    }
}
