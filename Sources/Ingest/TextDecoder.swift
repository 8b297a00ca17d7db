import Foundation

/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or the
/// encoding a feed or page declares (`<?xml encoding=…?>`, `<meta charset=…>`), converted
/// with the C library's iconv so every reader downstream sees UTF-8 only.
enum TextDecoder {
    /// Bytes examined for an encoding declaration and for binary content.
    static let sniffLength = 4096

    static func decode(_ bytes: [UInt8]) throws -> String {
        guard !bytes.isEmpty else { throw ReadError.empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try utf8(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(bytes.dropFirst(2), from: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(bytes.dropFirst(2), from: "UTF-16BE") }
        if looksBinary(bytes) { throw ReadError.binary }
        // Valid UTF-8 is taken as UTF-8 whatever a page claims: a stale `charset=gbk` left in
        // a page that was re-saved as UTF-8 is common, and GBK text is almost never valid UTF-8.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        guard let declared = declaredEncoding(bytes.prefix(sniffLength)), !isUTF8Name(declared) else {
            throw ReadError.invalidText(encoding: "UTF-8")
        }
        return try convert(bytes[...], from: declared)
    }

    /// The bytes `decode` would read as UTF-8 as they are (after a byte-order mark), without
    /// checking that they are: nil when it would refuse them or convert them instead.
    static func plainUTF8(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return bytes.dropFirst(3) }
        guard !bytes.isEmpty, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
              !looksBinary(bytes) else { return nil }
        return bytes[...]
    }

    /// NUL bytes, or many control characters, mean this is not a text file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        // Read in place, without a collection per byte: every file is sniffed, eight bytes
        // at a time where none is a control character (most of a text).
        bytes.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(sniffLength))
            var controls = 0
            var i = 0
            while i < head.count {
                if i + 8 <= head.count, !mayBeControl(UnsafeRawPointer(head.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = head[i]
                if b == 0 { return true }
                if (b < 0x20 || b == 0x7F) && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D { controls += 1 }
                i += 1
            }
            return controls * 20 > head.count
        }
    }

    /// Whether a byte of `word` may be below 0x20 or 0x7F ("some byte is zero" tricks,
    /// which never miss one).
    private static func mayBeControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let delete = word ^ (ones &* 0x7F)
        return ((word &- ones &* 0x20) & ~word | (delete &- ones) & ~delete) & highs != 0
    }

    /// The encoding named by an XML declaration or an HTML `<meta>`, lower-cased.
    static func declaredEncoding(_ head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for marker in ["encoding=", "charset="] {
            var search = text.startIndex
            while let r = text.range(of: marker, range: search..<text.endIndex) {
                search = r.upperBound
                let tail = text[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                let name = tail.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
                if !name.isEmpty && isInMarkup(text, at: r.lowerBound) { return String(name) }
            }
        }
        return nil
    }

    /// The declaration must sit inside a tag (`<?xml …?>`, `<meta …>`), not in article prose.
    private static func isInMarkup(_ text: String, at index: String.Index) -> Bool {
        guard let open = text[..<index].lastIndex(of: "<") else { return false }
        let tag = text[open..<index]
        return !tag.contains(">") && (tag.hasPrefix("<?xml") || tag.hasPrefix("<meta"))
    }

    static func isUTF8Name(_ name: String) -> Bool { ["utf-8", "utf8"].contains(name) }

    /// GB2312 and GBK are subsets of GB18030; decoding with the superset accepts the
    /// characters real "GB2312" pages use outside the official set.
    static func iconvName(_ declared: String) -> String {
        switch declared {
        case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "euc-cn", "csgb2312", "gb18030": return "GB18030"
        case "big5", "x-big5", "big5-hkscs", "cp950": return "BIG5-HKSCS"
        default: return declared.uppercased()
        }
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ReadError.invalidText(encoding: "UTF-8") }
        return text
    }

    /// Converts with iconv, refusing (rather than guessing around) invalid byte sequences.
    static func convert(_ bytes: ArraySlice<UInt8>, from declared: String) throws -> String {
        let name = iconvName(declared)
        let cd = iconv_open("UTF-8", name)
        guard cd != iconv_t(bitPattern: -1) else { throw ReadError.unknownEncoding(declared) }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = UnsafeMutableRawPointer(inBuf.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPtr = UnsafeMutableRawPointer(outBuf.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuf.count, outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return rc == -1 || inLeft != 0 ? nil : outBuf.count - outLeft
            }
        }
        guard let converted, let text = String(validating: output[..<converted], as: UTF8.self) else {
            throw ReadError.invalidText(encoding: name)
        }
        return text
    }
}
