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
    static func collapse(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for s in text.unicodeScalars {
            if contains(s) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            UTF8.encode(s) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
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
