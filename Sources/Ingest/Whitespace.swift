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
                var n = 0
                var pendingSpace = false
                var i = 0
                while i < bytes.count {
                    let (s, length) = ValidUTF8.decode(bytes, at: i)
                    if contains(s) {
                        pendingSpace = n > 0
                    } else {
                        if pendingSpace {
                            out[n] = 0x20
                            n += 1
                            pendingSpace = false
                        }
                        for k in i..<(i + length) {
                            out[n] = bytes[k]
                            n += 1
                        }
                    }
                    i += length
                }
                return n
            }
        }
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
