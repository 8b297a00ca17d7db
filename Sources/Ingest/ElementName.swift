import CLibXML2

/// Element names as Swift strings without decoding libxml2's bytes each time: the readers
/// ask every element's name several times per page (the boilerplate rules, the content
/// search, the paragraph walk), and `String(cString:)` cost about 300 instructions a call.
/// Names of up to eight bytes are packed into an integer and looked up among the tags
/// pages use; any other name is decoded as before.
enum ElementName {
    static func string(_ name: UnsafePointer<xmlChar>) -> String {
        var packed: UInt64 = 0
        for k in 0..<8 {
            let byte = name[k]
            if byte == 0 { return known[packed] ?? String(cString: name) }
            packed |= UInt64(byte) << UInt64(8 * k)
        }
        return String(cString: name)
    }

    private static let known: [UInt64: String] = Dictionary(uniqueKeysWithValues: tags.map { (pack($0), $0) })

    private static func pack(_ tag: String) -> UInt64 {
        tag.utf8.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }

    private static let tags = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "blink", "body", "br", "button",
        "canvas", "caption", "center", "cite", "code", "col", "dd", "del", "details", "dialog", "div", "dl",
        "dt", "em", "embed", "fieldset", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li",
        "link", "main", "map", "mark", "math", "menu", "meta", "nav", "noscript", "object", "ol", "option",
        "p", "path", "picture", "pre", "q", "s", "samp", "script", "section", "select", "small", "source",
        "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
    ]
}
