import ClaimGraphCore
import Foundation

/// Wraps and shortens text for diagram labels.
///
/// Graphviz does not wrap labels, and a 120-character claim on one line makes a diagram
/// unreadable. Width is counted in columns: a CJK character is two, Latin one, so a
/// 32-column line holds about 16 Chinese characters.
enum TextLayout {
    static let lineColumns = 32

    /// The lines of `text` at most `columns` wide; at most `maxLines`, the last ending in
    /// "…" when text was dropped. Latin text breaks at spaces where it can.
    static func wrap(_ text: String, columns: Int = lineColumns, maxLines: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for token in tokens(of: text) {
            if token == " ", line.isEmpty { continue }
            if width(line) + width(token) > columns, !line.isEmpty, !closing.contains(token) {
                lines.append(line)
                line = token == " " ? "" : token
            } else {
                line += token
            }
            while width(line) > columns + 4 {
                let head = prefix(line, columns: columns)
                lines.append(head)
                line = String(line.dropFirst(head.count))
            }
        }
        lines.append(line)
        lines = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = prefix(kept[maxLines - 1], columns: columns - 2) + "…"
        return kept
    }

    /// Punctuation that must not start a line (kinsoku): it stays on the line before,
    /// which may then run up to two characters (「，」」) over the width.
    private static let closing: Set<String> = ["」", "』", "）", "》", "〉", "】", "。", "，", "、", "！", "？", "：", "；", "”", "’", ")", ".", ",", "!", "?", ":", ";"]

    /// Display columns of a string: two for wide (CJK, fullwidth) characters.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool { EastAsianWidth.isWide(s.value) }

    /// Breakable units: each wide character alone, Latin runs as words, single spaces
    /// (line breaks and tabs count as spaces).
    private static func tokens(of text: String) -> [String] {
        var out: [String] = []
        var word = ""
        for ch in text {
            let space = ch.isWhitespace
            let wide = ch.unicodeScalars.first.map(isWide) ?? false
            if wide || space {
                if !word.isEmpty { out.append(word); word = "" }
                if !(space && out.last == " ") { out.append(space ? " " : String(ch)) }
            } else {
                word.append(ch)
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    private static func prefix(_ s: String, columns: Int) -> String {
        var out = ""
        var used = 0
        for ch in s {
            let w = width(String(ch))
            if used + w > columns { break }
            out.append(ch)
            used += w
        }
        return out
    }
}
