import ClaimGraphCore

/// Paragraph-level clean-up after extraction: splits text that was written as one block
/// (video descriptions with `－－－` rules, walls of text without paragraph marks), strips
/// leading hashtag runs and drops furniture paragraphs.
enum ParagraphCleaner {
    /// Paragraphs longer than this (in scalars) are split at sentence ends.
    static let wallLength = 600
    /// Sentences are packed into paragraphs of up to about this many scalars.
    static let packedLength = 200

    /// Each paragraph is taken through every step before the next (the steps look at one
    /// paragraph at a time): chained `flatMap`s built an array per step and paid for
    /// appending one-element arrays, which cost as much as some of the steps.
    static func clean(_ paragraphs: [String]) -> [String] {
        var kept: [String] = []
        kept.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            for part in splitAtRules(paragraph) {
                guard let p = stripHashtags(part).flatMap(BoilerplateFilter.removingPromotion),
                      !BoilerplateFilter.isFurniture(paragraph: p), hasWords(p) else { continue }
                for piece in splitWall(p) { kept.append(piece) }
            }
        }
        return kept
    }

    /// A paragraph needs at least one letter or digit (a lone `—` or `…` is not text).
    static func hasWords(_ p: String) -> Bool {
        p.unicodeScalars.contains(where: isWordScalar)
    }

    /// A letter or digit. ASCII and the CJK ideographs (all alphabetic), which start nearly
    /// every paragraph, are judged by value: the property lookup cost hundreds of instructions.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: return true
        case 0...0x7F: return false
        default: return s.properties.isAlphabetic || s.properties.numericType != nil
        }
    }

    /// Splits at horizontal rules typed as text: `－－－`, `————`, `-----`, `=====`, `＿＿＿`.
    /// Walks an array of scalars, decoded in one pass: walking the scalar view by index cost
    /// as much as the rest of the cleaner, and every paragraph goes through here.
    static func splitAtRules(_ p: String) -> [String] {
        guard mayHoldRule(p) else { return [p] }
        let scalars = p.scalarArray
        var parts: [String] = []
        var segmentStart = 0
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            var j = i + 1
            guard isRuleScalar(s) else {
                i = j
                continue
            }
            while j < scalars.count && scalars[j] == s { j += 1 }
            if isRule(s, run: j - i) {
                parts.append(String(scalars: scalars[segmentStart..<i]))
                segmentStart = j
            }
            i = j
        }
        guard !parts.isEmpty else { return [p] }
        parts.append(String(scalars: scalars[segmentStart...]))
        return parts.map(Whitespace.collapse).filter { !$0.isEmpty }
    }

    /// Whether `p` holds three equal rule scalars in a row, the shortest rule, judged on
    /// the bytes: most paragraphs hold none and are then never decoded into scalars.
    ///
    /// Eight starting bytes are screened at once: a rule starts at a byte equal to the next
    /// two (an ASCII rule) or to the bytes three and six on (a three-byte one), and the exact
    /// test runs only where one of those holds. Every paragraph is asked, and going scalar
    /// by scalar cost nine instructions a byte.
    private static func mayHoldRule(_ p: String) -> Bool {
        var p = p
        return p.withUTF8 { bytes in
            var i = 0
            while i + 14 <= bytes.count {
                var candidates = repeatedBytes(bytes, at: i)
                while candidates != 0 {
                    if ruleStarts(bytes, at: i + candidates.trailingZeroBitCount >> 3) { return true }
                    candidates &= candidates &- 1
                }
                i += 8
            }
            while i < bytes.count {
                if ruleStarts(bytes, at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// A flag (0x80) in byte k for each of the eight bytes from `i + k` that equals the next
    /// two bytes or the bytes three and six on; needs `i + 14` bytes. "Some byte is zero" may
    /// flag a byte above a true one, never miss one: a screen, not the answer.
    @inline(__always)
    private static func repeatedBytes(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes.baseAddress! + i)
        func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        func zeroes(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }
        let w = word(0)
        return zeroes(w ^ word(1)) & zeroes(w ^ word(2)) | zeroes(w ^ word(3)) & zeroes(w ^ word(6))
    }

    /// Whether three equal rule scalars start at byte `i`. Rule scalars are ASCII or three
    /// bytes led by 0xE2 or 0xEF, so no other byte (a continuation byte least of all) starts one.
    private static func ruleStarts(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        let width = b < 0x80 ? 1 : (b == 0xE2 || b == 0xEF ? 3 : 0)
        return width > 0 && i + 3 * width <= bytes.count && bytes[i + width] == b && bytes[i + 2 * width] == b
            && isRuleScalar(ValidUTF8.decode(bytes, at: i).scalar)
            && (1..<(2 * width)).allSatisfy { bytes[i + width + $0] == bytes[i + $0 % width] }
    }

    private static func isRuleScalar(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "－", "—", "-", "=", "＿", "_", "━", "─", "＝", "*", "~", "～": return true
        default: return false
        }
    }

    /// Chinese writes a dash as `——`, so only longer runs count as a rule.
    private static func isRule(_ s: Unicode.Scalar, run: Int) -> Bool {
        switch s {
        case "－", "━", "─", "＿", "＝": return run >= 3
        case "—", "~", "～": return run >= 4
        default: return run >= 5
        }
    }

    /// Drops a leading run of `#tag` words; a paragraph of only hashtags disappears.
    ///
    /// Video descriptions often glue the first sentence to the last tag (`#楊錦麟中国欢迎…`);
    /// that tag is cut where it stops matching the start of an earlier tag of the run, and
    /// when no earlier tag explains it the text is kept whole rather than guessed at.
    static func stripHashtags(_ p: String) -> String? {
        guard startsWithHash(p) else { return p }
        var words = p.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var tags: [String] = []
        while let w = words.first, startsWithHash(w) {
            let isLast = words.count == 1 || !startsWithHash(words[1])
            if isLast, let (tag, rest) = splitGluedTag(w, earlier: tags) {
                tags.append(tag)
                words[0] = rest
                break
            }
            tags.append(String(w.dropFirst()))
            words.removeFirst()
        }
        let rest = words.joined(separator: " ")
        return rest.isEmpty ? nil : rest
    }

    /// `hasPrefix("#") || hasPrefix("＃")`, asked of the first byte before comparing
    /// Characters (which costs nearly a thousand instructions and every paragraph is asked).
    private static func startsWithHash(_ p: String) -> Bool {
        switch p.utf8.first {
        case UInt8(ascii: "#"), 0xEF: return p.hasPrefix("#") || p.hasPrefix("＃")
        default: return false
        }
    }

    /// `#楊錦麟中国欢迎…` after `#楊錦麟論時政` → (`楊錦麟`, `中国欢迎…`).
    private static func splitGluedTag(_ word: String, earlier: [String]) -> (String, String)? {
        let body = Array(word.dropFirst())
        guard body.count > 12 else { return nil }
        var best = 0
        for tag in earlier {
            let common = zip(body, tag).prefix { $0 == $1 }.count
            if common >= 2 && common < tag.count { best = max(best, common) }
        }
        guard best > 0 else { return nil }
        return (String(body[..<best]), String(body[best...]))
    }

    /// Splits a wall of text at sentence ends (never inside quotes), packing sentences.
    static func splitWall(_ p: String) -> [String] {
        // A scalar takes at least a byte: most paragraphs are ruled out without counting.
        guard p.utf8.count > wallLength, p.scalarCount > wallLength else { return [p] }
        var out: [String] = []
        var current: [Unicode.Scalar] = []
        for sentence in sentences(p) {
            if !current.isEmpty && current.count + sentence.count > packedLength {
                out.append(Whitespace.collapse(String(scalars: current)))
                current = []
            }
            current.append(contentsOf: sentence)
        }
        if !current.isEmpty { out.append(Whitespace.collapse(String(scalars: current))) }
        return out.filter { !$0.isEmpty }
    }

    /// Sentences of `p`, each ending at `。！？` (plus any closing quotes) outside quotations.
    /// Arrays, not `String.UnicodeScalarView`s: appending to those is slow, and so is
    /// their `count`. The marks are tested by `switch`, not hashed into sets per scalar.
    static func sentences(_ p: String) -> [[Unicode.Scalar]] {
        func opening(_ s: Unicode.Scalar) -> Bool {
            switch s { case "“", "「", "『", "《", "（", "(": return true; default: return false }
        }
        func closing(_ s: Unicode.Scalar) -> Bool {
            switch s { case "”", "」", "』", "》", "）", ")": return true; default: return false }
        }
        func ender(_ s: Unicode.Scalar) -> Bool {
            switch s { case "。", "！", "？", "!", "?": return true; default: return false }
        }
        var result: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var depth = 0
        var quoted = 0
        var ended = false
        for s in p.unicodeScalars {
            // An unbalanced quote mark must not swallow the rest of the text.
            quoted = depth > 0 ? quoted + 1 : 0
            if quoted > packedLength { depth = 0 }
            if ended && !ender(s) && !(closing(s) && depth > 0) {
                result.append(current)
                current = []
                ended = false
            }
            current.append(s)
            if opening(s) { depth += 1 }
            if closing(s) { depth = max(0, depth - 1) }
            if ender(s) && depth == 0 { ended = true }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
