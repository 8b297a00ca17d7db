/// Puts user text (names, claims, titles) into DOT so that it is drawn literally.
///
/// Text reaches DOT in two places, each with its own trap, measured on Graphviz 2.43:
/// - HTML-like labels (`label=<…>`): XML-escaped; a backslash must be written `&#92;&#92;`
///   because Graphviz expands `\N`, `\G`, `\E` (node, graph, edge name) and collapses
///   `\\` *after* decoding entities.
/// - Quoted tooltips (`tooltip="…"`): the SVG writer expands escapes twice, so a literal
///   backslash needs four in the DOT text; `&`, `<`, `>`, `"` are written as entities,
///   which the SVG writer passes through unchanged and a viewer shows as the character.
/// Control characters are dropped: they cannot be drawn and would break the HTML parser.
enum DOTEscaping {
    /// Text for inside an HTML-like label (without the enclosing `<` `>`).
    static func html(_ text: String) -> String {
        escape(text, backslash: "&#92;&#92;", newline: " ", tab: " ")
    }

    /// A complete quoted DOT string (with its quotes) for an escString attribute such as
    /// `tooltip`; newlines become line breaks in the tooltip.
    static func quoted(_ text: String) -> String {
        "\"" + escape(text, backslash: "\\\\\\\\", newline: "\\n", tab: nil) + "\""
    }

    /// The entity escaping both places share; they differ only in how a backslash, a
    /// newline and a tab are written (`tab: nil` drops it like any control character).
    private static func escape(_ text: String, backslash: String, newline: String, tab: String?) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\\": out += backslash
            case "\n": out += newline
            case "\t": out += tab ?? ""
            case _ where isControl(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }
}
