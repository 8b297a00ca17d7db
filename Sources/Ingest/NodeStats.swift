/// What a subtree holds, measured once per document so that the boilerplate rules can ask
/// "is this a picture with a caption?" or "is this a list of links?" without re-walking.
struct NodeStats {
    struct Counts {
        /// Scalars of visible text, not counting ASCII whitespace.
        var text = 0
        /// Non-whitespace scalars of text inside `<a>`.
        var linkText = 0
        var links = 0
        var images = 0
        /// Paragraph-like elements (p, li, headings) that hold text.
        var blocks = 0
    }

    static let blockNames: Set<String> = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"]

    private var counts: [MarkupNode: Counts] = [:]

    init(root: MarkupNode) {
        _ = measure(root, inLink: false)
    }

    subscript(node: MarkupNode) -> Counts { counts[node] ?? Counts() }

    private mutating func measure(_ node: MarkupNode, inLink: Bool) -> Counts {
        var total = Counts()
        for child in node.children {
            if child.isText {
                let n = child.visibleTextLength
                total.text += n
                if inLink { total.linkText += n }
                continue
            }
            guard child.isElement else { continue }
            let name = child.name
            if BoilerplateFilter.invisibleTags.contains(name) { continue }
            if BoilerplateFilter.isImage(child, name: name) {
                total.images += 1
                continue
            }
            let isLink = name == "a" && child.attribute("href") != nil
            let sub = measure(child, inLink: inLink || isLink)
            total.text += sub.text
            total.linkText += sub.linkText
            total.links += sub.links + (isLink ? 1 : 0)
            total.images += sub.images
            total.blocks += sub.blocks + (sub.text > 0 && Self.blockNames.contains(name) ? 1 : 0)
        }
        counts[node] = total
        return total
    }
}
