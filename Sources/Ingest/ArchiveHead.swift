import ClaimGraphCore

/// Reads an archived post without making its whole text a String: only the head (front
/// matter and header lines) becomes one, the bytes are checked as UTF-8 without a String
/// (`UTF8Validator`), and the page goes to libxml2 as the bytes they are. Making the whole
/// text a String cost a twentieth of reading a post: the standard library checks UTF-8 at
/// ten instructions a byte of Chinese, then copies it.
///
/// The head is read as `ArticleReader` reads the whole text (detection, then
/// `RSSArchiveReader.preamble`), and kept only when all that reading looked at lies
/// `margin` bytes short of the head's end: the text after it then cannot have changed what
/// was read (Characters are told apart by at most the next scalar). Otherwise a longer head
/// is tried, and in the end the whole text is read the usual way.
enum ArchiveHead {
    /// Head lengths tried, in bytes; a post no longer than the first is read the usual way.
    static let lengths = [4096, 32768]
    static let margin = 64

    /// The post in `bytes`, or nil when it is to be read the usual way: not UTF-8 as it is,
    /// not an archived post, or a preamble longer than the heads.
    static func read(_ bytes: [UInt8], source: String) throws -> Document? {
        guard bytes.count > lengths[0], let text = TextDecoder.plainUTF8(bytes) else { return nil }
        return try text.withUnsafeBufferPointer { utf8 -> Document? in
            var checked = false
            for length in lengths where length < utf8.count {
                let head = String(decoding: UnsafeBufferPointer(rebasing: utf8[..<scalarStart(utf8, atOrBefore: length)]),
                                  as: UTF8.self)
                guard isArchive(head) else { return nil }
                guard let preamble = preamble(of: head) else { continue }
                // Checked once it is needed: a page that is not a post costs no check.
                if !checked {
                    guard UTF8Validator.isValid(utf8) else { return nil }
                    checked = true
                }
                let page = UnsafeBufferPointer(rebasing: utf8[head.utf8.distance(from: head.startIndex, to: preamble.rest.startIndex)...])
                return try RSSArchiveReader.document(preamble, page: MarkupTree.html(utf8: page), source: source)
            }
            return nil
        }
    }

    /// Whether `ArticleReader` would take the text starting with `head` for an archived
    /// post: it has a character that is not whitespace, and detection (which looks at the
    /// first forty characters after leading whitespace) says so, within the head.
    private static func isArchive(_ head: String) -> Bool {
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return settled(start.prefix(40).endIndex, in: head) && FormatDetector.detect(head) == .rssArchive
    }

    /// The preamble read from `head`, when reading it looked at nothing near the head's end.
    private static func preamble(of head: String) -> RSSArchiveReader.Preamble? {
        let preamble = RSSArchiveReader.preamble(of: Substring(head))
        return settled(preamble.looked, in: head) ? preamble : nil
    }

    /// Whether `index` lies `margin` bytes or more short of the end of `head`.
    private static func settled(_ index: String.Index, in head: String) -> Bool {
        head.utf8.distance(from: index, to: head.endIndex) >= margin
    }

    /// `i`, moved back to the start of the scalar it falls in.
    private static func scalarStart(_ utf8: UnsafeBufferPointer<UInt8>, atOrBefore i: Int) -> Int {
        var i = i
        while i > 0, utf8[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}
