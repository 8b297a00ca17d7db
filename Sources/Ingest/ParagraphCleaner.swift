/// Paragraph-level clean-up after extraction: splits text that was written as one block
/// (video descriptions with `－－－` rules, walls of text without paragraph marks), strips
/// leading hashtag runs and drops furniture paragraphs.
enum ParagraphCleaner {
    /// Paragraphs longer than this (in scalars) are split at sentence ends.
    static let wallLength = 600
    /// Sentences are packed into paragraphs of up to about this many scalars.
    static let packedLength = 200

    static func clean(_ paragraphs: [String]) -> [String] {
        paragraphs
            .flatMap(splitAtRules)
            .compactMap(stripHashtags)
            .filter { !BoilerplateFilter.isFurniture(paragraph: $0) && hasWords($0) }
            .flatMap(splitWall)
    }

    /// A paragraph needs at least one letter or digit (a lone `—` or `…` is not text).
    static func hasWords(_ p: String) -> Bool {
        p.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Splits at horizontal rules typed as text: `－－－`, `————`, `-----`, `=====`, `＿＿＿`.
    static func splitAtRules(_ p: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func endRun() {
            if isRule(run) {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(contentsOf: run)
            }
            run = String.UnicodeScalarView()
        }
        for s in p.unicodeScalars {
            if isRuleScalar(s) && (run.isEmpty || run.last == s) {
                run.append(s)
            } else {
                endRun()
                if isRuleScalar(s) { run.append(s) } else { current.append(s) }
            }
        }
        endRun()
        parts.append(String(current))
        return parts.map(Whitespace.collapse).filter { !$0.isEmpty }
    }

    private static func isRuleScalar(_ s: Unicode.Scalar) -> Bool {
        "－—-=＿_━─＝*~～".unicodeScalars.contains(s)
    }

    /// Chinese writes a dash as `——`, so only longer runs count as a rule.
    private static func isRule(_ run: String.UnicodeScalarView) -> Bool {
        guard let first = run.first else { return false }
        switch first {
        case "－", "━", "─", "＿", "＝": return run.count >= 3
        case "—", "~", "～": return run.count >= 4
        default: return run.count >= 5
        }
    }

    /// Drops a leading run of `#tag` words; a paragraph of only hashtags disappears.
    ///
    /// Video descriptions often glue the first sentence to the last tag (`#楊錦麟中国欢迎…`);
    /// that tag is cut where it stops matching the start of an earlier tag of the run, and
    /// when no earlier tag explains it the text is kept whole rather than guessed at.
    static func stripHashtags(_ p: String) -> String? {
        guard p.hasPrefix("#") || p.hasPrefix("＃") else { return p }
        var words = p.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var tags: [String] = []
        while let w = words.first, w.hasPrefix("#") || w.hasPrefix("＃") {
            let isLast = words.count == 1 || !(words[1].hasPrefix("#") || words[1].hasPrefix("＃"))
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
        guard p.unicodeScalars.count > wallLength else { return [p] }
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for sentence in sentences(p) {
            if !current.isEmpty && current.count + sentence.count > packedLength {
                out.append(Whitespace.collapse(String(current)))
                current = String.UnicodeScalarView()
            }
            current.append(contentsOf: sentence)
        }
        if !current.isEmpty { out.append(Whitespace.collapse(String(current))) }
        return out.filter { !$0.isEmpty }
    }

    /// Sentences of `p`, each ending at `。！？` (plus any closing quotes) outside quotations.
    static func sentences(_ p: String) -> [String.UnicodeScalarView] {
        let opening: Set<Unicode.Scalar> = ["“", "「", "『", "《", "（", "("]
        let closing: Set<Unicode.Scalar> = ["”", "」", "』", "》", "）", ")"]
        let enders: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
        var result: [String.UnicodeScalarView] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        var quoted = 0
        var ended = false
        for s in p.unicodeScalars {
            // An unbalanced quote mark must not swallow the rest of the text.
            quoted = depth > 0 ? quoted + 1 : 0
            if quoted > packedLength { depth = 0 }
            if ended && !enders.contains(s) && !(closing.contains(s) && depth > 0) {
                result.append(current)
                current = String.UnicodeScalarView()
                ended = false
            }
            current.append(s)
            if opening.contains(s) { depth += 1 }
            if closing.contains(s) { depth = max(0, depth - 1) }
            if enders.contains(s) && depth == 0 { ended = true }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
