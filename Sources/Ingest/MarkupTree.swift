import ClaimGraphCore
import CLibXML2
import CMarkupArena
import Foundation

/// A document parsed by libxml2 (its forgiving HTML parser or its XML parser), freed when
/// the value goes away. Input is always UTF-8 by the time it gets here (see `TextDecoder`),
/// so the parsers are told to ignore in-document encoding declarations.
final class MarkupTree {
    let doc: xmlDocPtr
    /// The arena the tree was built in (see markup_arena.c), 0 for none; and whether all of
    /// it is there, when it goes with its arena rather than being freed node by node.
    private let arena: Int32
    private let wholeInArena: Bool

    private init(doc: xmlDocPtr, arena: Int32 = 0, wholeInArena: Bool = false) {
        self.doc = doc
        self.arena = arena
        self.wholeInArena = wholeInArena
    }

    deinit {
        if !wholeInArena { xmlFreeDoc(doc) }
        cg_markup_arena_release(arena)
    }

    static let initialise: Void = {
        cg_markup_arena_install()
        xmlInitParser()
    }()

    /// Parses tag soup the way browsers do: unclosed tags, stray entities and all.
    static func html(_ text: String) -> MarkupTree? { html(Substring(text)) }

    /// Parses the HTML part of a text in place (copying it out cost a copy of every page).
    static func html(_ text: Substring) -> MarkupTree? {
        var text = text
        return text.withUTF8(html(utf8:))
    }

    /// Parses HTML given as valid UTF-8 bytes (an archived post's page, never made a String).
    ///
    /// No encoding is named: libxml2 then reads the bytes as the UTF-8 they are, where naming
    /// UTF-8 ran them through its UTF-8 "converter" (a copy of every page). Unnamed, it would
    /// only guess another encoding from a NUL among the first four bytes (UTF-16 and UCS-4
    /// patterns; the others are not valid UTF-8), so such a page still names UTF-8.
    static func html(utf8 buf: UnsafeBufferPointer<UInt8>) -> MarkupTree? {
        _ = initialise
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
        guard buf.count > 0, buf.count < Int(Int32.max) else { return nil }
        let encoding: StaticString? = buf.prefix(4).contains(0) ? "UTF-8" : nil
        let arena = cg_markup_arena_begin()
        let doc = buf.withMemoryRebound(to: CChar.self) { bytes in
            withEncodingName(encoding) { htmlReadMemory(bytes.baseAddress, Int32(bytes.count), nil, $0, Int32(options)) }
        }
        let whole = cg_markup_arena_end(arena)
        guard let doc else {
            cg_markup_arena_release(arena)
            return nil
        }
        return MarkupTree(doc: doc, arena: arena, wholeInArena: whole)
    }

    /// `body` applied to `name` as a C string, or to nil.
    private static func withEncodingName<R>(_ name: StaticString?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let name else { return body(nil) }
        return body(UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self))
    }

    /// Parses XML (feeds), recovering from small errors but never fetching anything.
    static func xml(_ text: String) -> MarkupTree? {
        _ = initialise
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_COMPACT.rawValue
        var text = text
        return text.withUTF8 { buf -> MarkupTree? in
            guard buf.count > 0, buf.count < Int(Int32.max) else { return nil }
            let doc = buf.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", Int32(options))
            }
            return doc.map { MarkupTree(doc: $0) }
        }
    }

    /// Whether the XML parser met no error it had to recover from (false for a cut-off feed).
    var isWellFormed: Bool {
        doc.pointee.properties & Int32(XML_DOC_WELLFORMED.rawValue) != 0
    }

    var root: MarkupNode? {
        xmlDocGetRootElement(doc).map(MarkupNode.init)
    }
}

/// A borrowed view of one libxml2 node; valid while its `MarkupTree` is alive.
struct MarkupNode: Hashable {
    let ptr: xmlNodePtr

    init(_ ptr: xmlNodePtr) { self.ptr = ptr }

    var isElement: Bool { ptr.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { ptr.pointee.type == XML_TEXT_NODE || ptr.pointee.type == XML_CDATA_SECTION_NODE }

    /// The local name of an element (`p`, `encoded` for `content:encoded`); libxml2's HTML
    /// parser already lower-cases tag names.
    var name: String { kind.name }

    /// The name with the roles the reading rules give it, looked up once per visit.
    var kind: ElementKind {
        guard let n = ptr.pointee.name else { return ElementKind(name: "", roles: []) }
        return ElementName.kind(n)
    }

    /// The raw text of a text node (nil for elements).
    var textContent: String? {
        guard isText, let c = ptr.pointee.content else { return nil }
        return String(cString: c)
    }

    /// Appends the raw bytes of a text node to `out`; false for any other node.
    func appendText(to out: inout [UInt8]) -> Bool {
        guard isText else { return false }
        if let c = ptr.pointee.content {
            out.append(contentsOf: UnsafeBufferPointer(start: c, count: strlen(UnsafeRawPointer(c).assumingMemoryBound(to: CChar.self))))
        }
        return true
    }

    /// Characters of a text node that are not ASCII whitespace, counted from libxml2's UTF-8
    /// bytes without building a String (every text node of every page is measured): bytes
    /// that start a scalar, less the whitespace bytes, eight bytes at a time.
    var visibleTextLength: Int {
        guard isText, let c = ptr.pointee.content else { return 0 }
        return Self.visibleLength(UnsafeBufferPointer(start: c, count: strlen(UnsafeRawPointer(c).assumingMemoryBound(to: CChar.self))))
    }

    static func visibleLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        /// 0x80 in each byte of `w` that is zero (exact, no carries between bytes).
        func zeroBytes(_ w: UInt64) -> UInt64 {
            ~(((w & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | w | 0x7F7F_7F7F_7F7F_7F7F)
        }
        var skipped = 0
        var i = 0
        while i + 8 <= bytes.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let continuations = w & ~(w << 1) & 0x8080_8080_8080_8080
            // The four whitespace bytes are looked for only in words with a byte below 0x21
            // (exact per byte: the low seven bits plus 0x5F carry into bit 7 from 0x21 on).
            let low = ~((w & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F | w) & 0x8080_8080_8080_8080
            let spaces = low == 0 ? 0 : zeroBytes(w ^ 0x2020_2020_2020_2020) | zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
                | zeroBytes(w ^ 0x0909_0909_0909_0909) | zeroBytes(w ^ 0x0D0D_0D0D_0D0D_0D0D)
            skipped += (continuations | spaces).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            let b = base[i]
            if b & 0xC0 == 0x80 || b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { skipped += 1 }
            i += 1
        }
        return bytes.count - skipped
    }

    var children: MarkupChildren { MarkupChildren(first: ptr.pointee.children) }

    var parent: MarkupNode? {
        guard let p = ptr.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return MarkupNode(p)
    }

    var elementChildren: [MarkupNode] { children.filter(\.isElement) }

    /// The value of attribute `name` (case-insensitive), read without allocating a copy per lookup.
    func attribute(_ name: StaticString) -> String? {
        guard let a = property(name) else { return nil }
        var out = ""
        var child = a.pointee.children
        while let c = child {
            if let content = c.pointee.content { out += String(cString: content) }
            child = c.pointee.next
        }
        return out
    }

    /// Whether the element has any attribute: rules that read attributes skip those without.
    var hasAttributes: Bool { ptr.pointee.properties != nil }

    /// Whether the element has attribute `name` (case-insensitive), whatever its value.
    func hasAttribute(_ name: StaticString) -> Bool { property(name) != nil }

    /// `body` applied to the UTF-8 bytes of attribute `name`'s value (nil when the element has
    /// no such attribute), read in place: the boilerplate rules ask every element of a page
    /// about its class, id and style, and a String per question showed up in profiles.
    func withAttribute<R>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard let a = property(name) else { return body(nil) }
        guard let only = a.pointee.children, only.pointee.next == nil else {
            // Never made by the HTML parser (one text node per value), handled all the same.
            var joined = attribute(name) ?? ""
            return joined.withUTF8 { body($0) }
        }
        guard let c = only.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: c, count: strlen(UnsafeRawPointer(c).assumingMemoryBound(to: CChar.self))))
    }

    /// `body` applied to the bytes of `attribute(name)?.lowercasedQuickly()`: a value of
    /// ASCII without capitals (nearly every class and style) is read in place, another ASCII
    /// value is lower-cased into a buffer on the stack.
    func withLowercasedAttribute<R>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        withAttribute(name) { bytes in
            guard let bytes else { return body(nil) }
            if bytes.isLowercaseASCII { return body(bytes) }
            guard bytes.isASCII else {
                var lowered = String(decoding: bytes, as: UTF8.self).lowercasedQuickly()
                return lowered.withUTF8(body)
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
                for (i, b) in bytes.enumerated() { out[i] = b &- 0x41 < 26 ? b + 32 : b }
                return body(UnsafeBufferPointer(out))
            }
        }
    }

    /// Whether attribute `name` is exactly `value`, compared as bytes.
    func attribute(_ name: StaticString, is value: StaticString) -> Bool {
        withAttribute(name) { bytes in
            guard let bytes, bytes.count == value.utf8CodeUnitCount else { return false }
            return bytes.isEmpty || memcmp(bytes.baseAddress!, value.utf8Start, bytes.count) == 0
        }
    }

    /// The attribute node named `name` (case-insensitive); the name is compared as the C
    /// string it already is, not through a String. The first bytes are compared inline
    /// (with bit 5 set, which equal letters of either case share, as do equal bytes):
    /// most names differ there, and the rules ask every element for a dozen names.
    private func property(_ name: StaticString) -> xmlAttrPtr? {
        let wanted = UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
        let first = name.utf8Start.pointee | 0x20
        var attr = ptr.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, n.pointee | 0x20 == first,
               strcasecmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self), wanted) == 0 {
                return a
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// All text below this node, in document order, as libxml2 stores it.
    var allText: String {
        guard let c = xmlNodeGetContent(ptr) else { return "" }
        defer { cg_xmlFree(c) }
        return String(cString: c)
    }

    /// Depth-first search for elements matching `predicate`, in document order.
    func descendants(where predicate: (MarkupNode) -> Bool) -> [MarkupNode] {
        var found: [MarkupNode] = []
        func visit(_ node: MarkupNode) {
            for child in node.children where child.isElement {
                if predicate(child) { found.append(child) }
                visit(child)
            }
        }
        visit(self)
        return found
    }

    func firstDescendant(named name: String) -> MarkupNode? {
        for child in children where child.isElement {
            if child.name == name { return child }
            if let hit = child.firstDescendant(named: name) { return hit }
        }
        return nil
    }
}

/// Iterates a node's children through libxml2's sibling links (a concrete iterator: an
/// `AnyIterator` allocated a closure box per element visited).
struct MarkupChildren: Sequence, IteratorProtocol {
    private var upcoming: xmlNodePtr?

    init(first: xmlNodePtr?) { upcoming = first }

    mutating func next() -> MarkupNode? {
        guard let n = upcoming else { return nil }
        upcoming = n.pointee.next
        return MarkupNode(n)
    }
}
