import CLibXML2
import Foundation

/// What the readers need to know about an element's name: the name itself and the roles
/// the reading rules give it (invisible, furniture, a block, …).
struct ElementKind {
    /// The name as libxml2 spells it.
    let name: String
    let roles: Roles

    struct Roles: OptionSet {
        let rawValue: UInt16
        /// In `BoilerplateFilter.invisibleTags`.
        static let invisible = Roles(rawValue: 1 << 0)
        /// In `BoilerplateFilter.furnitureTags`.
        static let furniture = Roles(rawValue: 1 << 1)
        /// In `BoilerplateFilter.articleContainers`.
        static let articleContainer = Roles(rawValue: 1 << 2)
        /// In `BoilerplateFilter.pictureTags`.
        static let picture = Roles(rawValue: 1 << 3)
        /// In `ParagraphExtractor.blockTags`: ends a paragraph.
        static let block = Roles(rawValue: 1 << 4)
        /// In `NodeStats.blockNames`: counted as a block of text.
        static let textBlock = Roles(rawValue: 1 << 5)
        /// In `HTMLArticle.headTags`: describes the page.
        static let head = Roles(rawValue: 1 << 6)
        /// In `HTMLArticle.landmarks`: `<article>` or `<main>`.
        static let landmark = Roles(rawValue: 1 << 7)
    }
}

/// Element names looked up without decoding libxml2's bytes or hashing a String: the
/// readers ask every element of every page what it is several times (the boilerplate rules,
/// the content search, the measuring and the paragraph walk), and `String(cString:)` cost
/// about 300 instructions a call, a `Set<String>` lookup about 200. Names of up to sixteen
/// bytes are packed into an integer and found in a table of the tags pages use;
/// any other name is decoded as before and has no role.
enum ElementName {
    static func kind(_ name: UnsafePointer<xmlChar>) -> ElementKind {
        let length = strnlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), 17)
        guard length <= 16, let packed = ShortWords.pack(UnsafeBufferPointer(start: name, count: length)),
              let i = index.index(of: packed) else {
            return ElementKind(name: String(cString: name), roles: [])
        }
        return kinds[i]
    }

    private static func pack(_ tag: String) -> UInt128 {
        var tag = tag
        return tag.withUTF8(ShortWords.pack)!
    }

    /// Each rule's tag set, with the role it gives (the sets stay next to their rules).
    private static let roleSets: [(ElementKind.Roles, Set<String>)] = [
        (.invisible, BoilerplateFilter.invisibleTags), (.furniture, BoilerplateFilter.furnitureTags),
        (.articleContainer, BoilerplateFilter.articleContainers), (.picture, BoilerplateFilter.pictureTags),
        (.block, ParagraphExtractor.blockTags), (.textBlock, NodeStats.blockNames),
        (.head, HTMLArticle.headTags), (.landmark, HTMLArticle.landmarks),
    ]

    private static let table: [(key: UInt128, kind: ElementKind)] = {
        let names = roleSets.reduce(Set(tags)) { $0.union($1.1) }
        return names.map { name in
            let roles = roleSets.reduce(into: ElementKind.Roles()) { if $1.1.contains(name) { $0.insert($1.0) } }
            return (pack(name), ElementKind(name: name, roles: roles))
        }
    }()

    private static let index = PackedKeys(table.map(\.key))
    private static let kinds = table.map(\.kind)

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
