/// East Asian Width (Unicode UAX #11): the blocks of Chinese, Japanese and Korean text whose
/// characters are wide (W) or fullwidth (F). One table for the three places that ask: the
/// columns a terminal table and a diagram label give a character, and whether a line break
/// between two characters is no space at all (CSS Text 3).
public enum EastAsianWidth {
    public static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Hangul (jamo and syllables): wide, but Korean puts spaces between its words.
    public static func isHangul(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0xAC00...0xD7A3).contains(v)
    }
}
