import ClaimGraphCore
import Foundation

/// Decides what on a news page is not the article: pictures and their captions and credits,
/// share widgets, advertising, lists of related links, subscription pitches, datelines.
///
/// Element rules look at tag names, attributes and the measured contents of a subtree;
/// paragraph rules look at the finished text. Both are deliberately conservative: when in
/// doubt text is kept, because a fact-checker can skip a stray line but cannot cite a lost one.
enum BoilerplateFilter {
    /// Elements whose text is never shown as prose.
    static let invisibleTags: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math",
        "canvas", "object", "embed", "iframe", "video", "audio", "source", "track", "map",
    ]

    /// Elements that are page furniture rather than article text.
    static let furnitureTags: Set<String> = [
        "img", "picture", "figure", "figcaption", "button", "input", "select", "option", "textarea",
        "form", "label", "nav", "aside", "footer", "header", "address", "time", "menu", "dialog",
    ]

    /// Containers that are the article itself and must never be dropped by a class-name rule.
    static let articleContainers: Set<String> = ["html", "body", "main", "article"]

    /// Words of class/id names (split at `-`, `_` and spaces) that mark page furniture on
    /// BBC, NYT, RFI, RFA, WordPress, Drupal and Medium pages. Whole words only, so that
    /// `node-promoted` (a Drupal article) is not taken for `promo`.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "sharedaddy", "social", "related", "relatedposts", "caption", "copyright",
        "credit", "credits", "advert", "advertisement", "ads", "sponsor", "sponsored", "promo", "newsletter",
        "subscribe", "subscription", "breadcrumb", "breadcrumbs", "sidebar", "widget", "comment", "comments",
        "navigation", "nav", "navbar", "menu", "footer", "byline", "zoomattribute", "selfpromo", "cookie",
        "popup", "modal", "signup", "tags", "avatar", "attribution", "reply",
    ]

    /// Whole class tokens for furniture whose words alone are too common to use.
    static let furnitureClasses: Set<String> = [
        "entry-meta", "post-meta", "author-bio", "screen-reader-text", "skip-link", "wp-block-buttons",
        "cat-links", "post-tags", "element-hidden", "element-invisible", "visually-hidden", "sr-only", "entry-author-wrapper", "site-posted-on", "robots-nocontent",
    ]

    /// Elements that always draw a picture or video.
    static let pictureTags: Set<String> = ["picture", "video", "iframe", "figure"]

    /// Whether `node` draws a picture or video (emoji images in running text do not count).
    static func isImage(_ node: MarkupNode, kind: ElementKind) -> Bool {
        if kind.roles.contains(.picture) { return true }
        if kind.name == "img" {
            // Asked of the class and the source one after the other: no marker holds a space,
            // so none can straddle the two.
            let isEmoji = { (hint: UnsafeBufferPointer<UInt8>?) in
                hint.map { $0.includes("emoji") || $0.includes("smiley") || $0.includes("smilies") } ?? false
            }
            return !(node.withAttribute("class", isEmoji) || node.withAttribute("src", isEmoji))
        }
        return node.hasAttributes && node.attribute("data-e2e", is: "image-placeholder")
    }

    /// Whether the whole element (and everything in it) is left out of the article text.
    static func skips(_ node: MarkupNode, kind: ElementKind, stats: NodeStats) -> Bool {
        if !kind.roles.isDisjoint(with: [.invisible, .furniture]) { return true }
        if kind.roles.contains(.articleContainer) { return false }
        // The attribute rules are not asked of an element without attributes (most of them).
        if node.hasAttributes && (isHidden(node) || hasFurnitureName(node)) { return true }
        let counts = stats[node]
        if isImage(node, kind: kind) { return true }
        let name = kind.name
        // A picture with its caption or credit, such as BBC's nested divs (at most one
        // short paragraph next to the image; a paragraph with an inline picture stays).
        if counts.images > 0 && counts.text <= 200 && counts.blocks <= 1 && name != "p" { return true }
        // Lists of links ("related articles") and link-only blocks (menus, tag clouds).
        let linkDense = counts.text > 0 && Double(counts.linkText) >= 0.8 * Double(counts.text)
        if linkDense && (name == "ul" || name == "ol" || counts.links >= 3) { return true }
        if name == "small" && counts.text <= 200 && followsImage(node) { return true }
        return false
    }

    private static func isHidden(_ node: MarkupNode) -> Bool {
        if node.attribute("aria-hidden", is: "true") || node.hasAttribute("hidden") { return true }
        // Spaces are dropped as bytes, not Characters: a space glued to a mark into one
        // Character leaves that mark in place either way, so the markers below match the same styles.
        let hiddenStyle = node.withLowercasedAttribute("style") { style -> Bool in
            guard let style else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: style.count) { out in
                var n = 0
                for b in style where b != 0x20 {
                    out[n] = b
                    n += 1
                }
                let packed = UnsafeBufferPointer(rebasing: out[..<n])
                return packed.includes("display:none") || packed.includes("visibility:hidden")
            }
        }
        if hiddenStyle { return true }
        let isLandmarkRole = node.withAttribute("role") { role in
            role.map { r in hiddenRoles.contains { r.equals($0) } } ?? false
        }
        return isLandmarkRole || node.attribute("data-e2e", is: "advertisement")
    }

    /// ARIA roles of page regions that are not the article.
    private static let hiddenRoles: [StaticString] = ["navigation", "banner", "contentinfo", "complementary"]

    /// Whether the class or id names furniture. Every element is asked: names of ASCII (nearly
    /// all) are lower-cased and cut into tokens as bytes on the stack and looked up without
    /// making Strings; others go through `furnitureNames`.
    private static func hasFurnitureName(_ node: MarkupNode) -> Bool {
        node.withAttribute("class") { cls in
            node.withAttribute("id") { id in
                if cls == nil && id == nil { return false }  // most elements: nothing to split
                let plain = { (b: UnsafeBufferPointer<UInt8>?) in b.map { $0.isASCII && !$0.contains(0x0D) } ?? true }
                guard plain(cls), plain(id) else {
                    return furnitureNames(cls.map { String(decoding: $0, as: UTF8.self) },
                                          id.map { String(decoding: $0, as: UTF8.self) })
                }
                // The class and the id are joined by a space in `furnitureNames`: their tokens
                // never run together.
                return [cls, id].contains { $0.map(hasFurnitureToken) ?? false }
            }
        }
    }

    /// Whether a space-separated token of the ASCII `names`, lower-cased, is furniture.
    private static func hasFurnitureToken(_ names: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: names.count) { out in
            for (i, b) in names.enumerated() { out[i] = b &- 0x41 < 26 ? b + 32 : b }
            let lowered = UnsafeBufferPointer(out)
            return anyToken(of: lowered, separatedBy: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) { token in
                shortFurnitureClasses.contains(token)
                    || anyToken(of: token, separatedBy: { $0 == 0x2D || $0 == 0x5F }, where: shortFurnitureWords.contains)
            }
        }
    }

    private static let shortFurnitureClasses = ShortWords(furnitureClasses)
    private static let shortFurnitureWords = ShortWords(furnitureWords)

    /// Whether a non-empty run of `bytes` between separator bytes satisfies `test`.
    private static func anyToken(of bytes: UnsafeBufferPointer<UInt8>, separatedBy isSeparator: (UInt8) -> Bool,
                                 where test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var start = 0
        for i in 0...bytes.count where i == bytes.count || isSeparator(bytes[i]) {
            if i > start, test(UnsafeBufferPointer(rebasing: bytes[start..<i])) { return true }
            start = i + 1
        }
        return false
    }

    /// The class and id names, split as Characters (`\r\n` is one), for names holding
    /// non-ASCII or `\r`.
    private static func furnitureNames(_ cls: String?, _ id: String?) -> Bool {
        let names = ((cls ?? "") + " " + (id ?? "")).lowercased()
        return names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { token in
            furnitureClasses.contains(String(token))
                || token.split(whereSeparator: { $0 == "-" || $0 == "_" }).contains { furnitureWords.contains(String($0)) }
        }
    }

    /// NYT puts a caption in `<small>` right after an `<img>` in the same paragraph.
    private static func followsImage(_ node: MarkupNode) -> Bool {
        var sibling = node.ptr.pointee.prev
        while let s = sibling {
            let n = MarkupNode(s)
            if n.isElement { return isImage(n, kind: n.kind) }
            if let t = n.textContent, !Whitespace.collapse(t).isEmpty { return false }
            sibling = s.pointee.prev
        }
        return false
    }

    // MARK: - Paragraph rules

    /// Headings and labels that introduce furniture, compared after trimming a trailing colon.
    static let furnitureLabels: Set<String> = [
        "分享", "分享到", "分享本文", "share", "share this", "相关报道", "相關報導", "相关新闻", "相關新聞",
        "更多相关内容", "更多相關內容", "相关内容", "相關內容", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀",
        "相关阅读", "相關閱讀", "相关文章", "相關文章", "related", "related articles", "广告", "廣告",
        "advertisement", "热门", "熱門", "最多阅读", "最多閱讀", "返回顶部", "返回頂部",
    ]

    static let creditPrefixes = [
        "图像来源", "圖像來源", "图片来源", "圖片來源", "图片：", "圖片：", "image source", "pool photo",
        "photo by", "photo:", "photograph:", "getty images", "责编：", "責編：", "网编：", "網編：",
        "编辑：", "編輯：",
    ]

    /// The first scalars of the labels and credits.
    private static let labelInitials = Set(furnitureLabels.compactMap(\.unicodeScalars.first))
    private static let creditInitials = Set(creditPrefixes.compactMap(\.unicodeScalars.first))

    /// The first scalar of `text`'s first scalar that is not `skipped`, lower-cased as
    /// `lowercasedQuickly` lower-cases it.
    private static func lowercasedInitial(_ text: String, after skipped: (Unicode.Scalar) -> Bool) -> Unicode.Scalar? {
        guard let s = text.unicodeScalars.first(where: { !skipped($0) }) else { return nil }
        switch s.value {
        case 0x41...0x5A: return Unicode.Scalar(s.value + 32)
        case 0...0x7F, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF20: return s
        default: return s.properties.lowercaseMapping.unicodeScalars.first
        }
    }

    /// The longest credit prefix, in scalars.
    private static let creditPrefixLength = creditPrefixes.map { $0.unicodeScalars.count }.max() ?? 0

    /// Whether a finished paragraph is furniture that slipped past the element rules.
    static func isFurniture(paragraph p: String) -> Bool {
        // Every rule but one is for short lines; UTF-8 length (O(1)) bounds the scalar count.
        if p.utf8.count <= 480 {
            let length = p.scalarCount
            // Lower-casing maps scalar by scalar, each to one or more, so the lower-cased
            // text starts with its first scalar lower-cased: a line whose first letter starts
            // no label or credit is never lower-cased whole.
            if length <= 24, let initial = lowercasedInitial(p, after: isLabelTrim), labelInitials.contains(initial),
               furnitureLabels.contains(label(p.lowercasedQuickly())) {
                return true
            }
            // For the same reason a prefix of at most `creditPrefixLength` scalars of the
            // lower-cased paragraph is one of the lower-cased head: lower-casing all of it
            // cost more than every other rule.
            if length <= 120, let initial = lowercasedInitial(p, after: { _ in false }), creditInitials.contains(initial) {
                let head = p.scalarPrefix(creditPrefixLength).lowercasedQuickly()
                if creditPrefixes.contains(where: { head.hasBytePrefix($0) }) { return true }
            }
            if length <= 40 && isDateline(p) { return true }
        }
        if p.includes("RSS") && (p.includes("获取更多RSS") || p.includes("獲取更多RSS")) { return true }
        return isBareURL(p)
    }

    /// Subscription, donation and sales pitches of video channels and blogs, judged per
    /// sentence: a short block made largely of pitches goes, a long description only loses
    /// the pitching sentences.
    static func removingPromotion(_ p: String) -> String? {
        guard isPromotion(p) else { return p }
        let sentences = ParagraphCleaner.sentences(p).map { String(scalars: $0) }
        let promos = sentences.filter(isPromotion)
        if promos.isEmpty { return p }
        if p.scalarCount <= 300 && promos.count * 3 >= sentences.count { return nil }
        let kept = Whitespace.collapse(sentences.filter { !isPromotion($0) }.joined())
        return kept.isEmpty ? nil : kept
    }

    static func isPromotion(_ p: String) -> Bool {
        let anchored = promotionAnchors(p)
        return promotionRules.contains { rule in
            !anchored.isDisjoint(with: rule.anchor) && rule.markers.allSatisfy { p.includesAny($0) }
        }
    }

    /// A promotion rule: every list must have a marker in the text. Each marker of the first
    /// list holds a character of `anchor`, so a rule is only tried on text holding one.
    struct PromotionRule {
        let anchor: PromotionAnchors
        let markers: [[String]]
    }

    /// The rules whose first list of markers a character can start.
    struct PromotionAnchors: OptionSet {
        let rawValue: UInt8
        static let subscribe = PromotionAnchors(rawValue: 1 << 0)
        static let payment = PromotionAnchors(rawValue: 1 << 1)
        static let qrCode = PromotionAnchors(rawValue: 1 << 2)
        static let support = PromotionAnchors(rawValue: 1 << 3)
        static let appeal = PromotionAnchors(rawValue: 1 << 4)
    }

    static let promotionRules = [
        PromotionRule(anchor: .subscribe, markers: [["订阅", "訂閱", "subscribe", "Subscribe"],
                                                    ["频道", "頻道", "channel", "小铃铛", "小鈴鐺"]]),
        PromotionRule(anchor: .payment, markers: [["PayPal", "Patreon", "超级感谢", "超級感謝", "打赏", "打賞", "赞助我们", "贊助我們"]]),
        PromotionRule(anchor: .qrCode, markers: [["二维码", "二維碼"], ["微信", "WeChat", "扫", "掃"]]),
        PromotionRule(anchor: .support, markers: [["合作邮箱", "合作郵箱", "商务合作", "商務合作", "支持我们", "支持我們", "支持团队", "支持團隊"]]),
        PromotionRule(anchor: .appeal, markers: [["敬请订阅", "敬請訂閱", "欢迎订阅", "歡迎訂閱", "记得订阅", "記得訂閱", "点赞", "點讚", "點贊"]]),
    ]

    /// One pass over the scalars for the characters the rules' first markers contain, so
    /// that the marker search only runs on the few paragraphs, and for the few rules, that
    /// could match. Decoded from the bytes: every paragraph is asked, and the scalar view
    /// costs several times more. A bit per scalar of the Basic Multilingual Plane says which
    /// can be an anchor, so the `switch` (a dozen comparisons) runs only on those.
    private static func promotionAnchors(_ p: String) -> PromotionAnchors {
        var p = p
        return p.withUTF8 { bytes in
            anchorBits.withUnsafeBufferPointer { bits in
                var found = PromotionAnchors()
                var i = 0
                while i < bytes.count {
                    let (s, length) = ValidUTF8.decode(bytes, at: i)
                    if length < 4, bits[Int(s.value >> 6)] & (1 << (s.value & 63)) != 0 { found.formUnion(promotionAnchor(s)) }
                    i += length
                }
                return found
            }
        }
    }

    /// Bit `v % 64` of word `v / 64` is set when scalar `v` is an anchor (made from the
    /// `switch`, which stays the one list of anchors; none lies beyond the BMP).
    private static let anchorBits: [UInt64] = (0..<0x10000).reduce(into: [UInt64](repeating: 0, count: 0x400)) { bits, v in
        if let s = Unicode.Scalar(UInt32(v)), !promotionAnchor(s).isEmpty { bits[v >> 6] |= 1 << (v & 63) }
    }

    private static func promotionAnchor(_ s: Unicode.Scalar) -> PromotionAnchors {
        switch s {
        case "订", "訂": return [.subscribe, .appeal]
        case "s", "S": return .subscribe
        case "P", "谢", "謝", "赏", "賞": return .payment
        case "赞", "贊": return [.payment, .appeal]
        case "讚": return .appeal
        case "码", "碼": return .qrCode
        case "邮", "郵", "务", "務", "持": return .support
        default: return []
        }
    }

    /// The first byte is asked before comparing Characters, which every paragraph reaches.
    private static func isBareURL(_ p: String) -> Bool {
        p.utf8.first == UInt8(ascii: "h") && (p.hasPrefix("http://") || p.hasPrefix("https://")) && !p.includes(" ")
    }

    /// A line that is only a date and time, such as RFI's `14/10/2023 - 10:25`.
    /// The scalar test comes first: it rejects most lines and costs far less than walking
    /// Characters for a number.
    private static func isDateline(_ p: String) -> Bool {
        p.unicodeScalars.allSatisfy { datelineCharacters.contains($0) } && p.contains(where: \.isNumber)
    }

    /// A set of scalars, not a Foundation `CharacterSet` (slow to query on Linux).
    private static let datelineCharacters = Set("0123456789/-.:, 年月日时時分秒()（）APMapmUTCGMT+".unicodeScalars)
    /// What a label is trimmed of.
    private static func isLabelTrim(_ s: Unicode.Scalar) -> Bool { s == " " || s == ":" || s == "：" || s == "|" }

    /// `分享 :` → `分享`: a label without its trailing colon or bar.
    private static func label(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isLabelTrim($0) }),
              let last = scalars.lastIndex(where: { !isLabelTrim($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
