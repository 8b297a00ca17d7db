import CLibXML2

/// What a subtree holds, measured once per document so that the boilerplate rules can ask
/// "is this a picture with a caption?" or "is this a list of links?" without re-walking.
///
/// The counts of a measured element are found through the element itself: its index here
/// is written into libxml2's `_private` slot (left to applications), which spared hashing
/// every element of the page into a dictionary and hashing again at every question.
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

    private var counts: [Counts] = []
    /// The element each entry of `counts` belongs to, so that a slot written by another
    /// measurement of the same tree is never read as one of ours.
    private var measured: [xmlNodePtr] = []
    /// The elements below the root that `collect` picked, in document order.
    private(set) var collected: [MarkupNode] = []

    /// Measures the tree under `root` and, in the same walk, collects the elements below it
    /// (measured or not: `<head>` is not) for which `collect` holds: a page whose metadata
    /// and candidates for the article are wanted is then walked once, not twice.
    init(root: MarkupNode, collecting collect: (MarkupNode, ElementKind) -> Bool = { _, _ in false }) {
        _ = measure(root, inLink: false, collect)
    }

    subscript(node: MarkupNode) -> Counts {
        guard let slot = node.ptr.pointee._private else { return Counts() }
        let i = Int(bitPattern: slot) - 1
        return i < measured.count && measured[i] == node.ptr ? counts[i] : Counts()
    }

    private mutating func measure(_ node: MarkupNode, inLink: Bool, _ collect: (MarkupNode, ElementKind) -> Bool) -> Counts {
        var total = Counts()
        for child in node.children {
            if child.isText {
                let n = child.visibleTextLength
                total.text += n
                if inLink { total.linkText += n }
                continue
            }
            guard child.isElement else { continue }
            let kind = child.kind
            if collect(child, kind) { collected.append(child) }
            if kind.roles.contains(.invisible) {
                collectBelow(child, collect)
                continue
            }
            if BoilerplateFilter.isImage(child, kind: kind) {
                total.images += 1
                collectBelow(child, collect)
                continue
            }
            let isLink = kind.name == "a" && child.hasAttribute("href")
            let sub = measure(child, inLink: inLink || isLink, collect)
            total.text += sub.text
            total.linkText += sub.linkText
            total.links += sub.links + (isLink ? 1 : 0)
            total.images += sub.images
            total.blocks += sub.blocks + (sub.text > 0 && kind.roles.contains(.textBlock) ? 1 : 0)
        }
        record(total, for: node)
        return total
    }

    /// Collects below an element that is not measured.
    private mutating func collectBelow(_ node: MarkupNode, _ collect: (MarkupNode, ElementKind) -> Bool) {
        for child in node.children where child.isElement {
            if collect(child, child.kind) { collected.append(child) }
            collectBelow(child, collect)
        }
    }

    private mutating func record(_ total: Counts, for node: MarkupNode) {
        counts.append(total)
        measured.append(node.ptr)
        node.ptr.pointee._private = UnsafeMutableRawPointer(bitPattern: counts.count)
    }
}
