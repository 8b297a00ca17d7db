import ClaimGraphCore

/// Tells simplified from traditional Chinese (and English from neither) by counting, in a
/// sample of the text, the Han characters that OpenCC's traditional→simplified folding changes
/// (character by character, `ChineseFolding.countFolding`).
enum LanguageDetector {
    /// Scalars of text looked at; enough to decide, small enough to stay cheap.
    static let sampleLength = 1000
    /// Share of Han characters that must change for text to count as traditional. Simplified
    /// mainland text still carries a few (著, 係, 佈), traditional text changes ~20–30%.
    static let traditionalShare = 0.08

    /// The language of an article, judged on `title`, a line break and the paragraphs joined
    /// by line breaks. Only as much of that text is joined as the sample can reach (at most
    /// four bytes a scalar): joining every body whole cost more than judging it.
    static func language(title: String, paragraphs: [String]) -> String {
        var text = title + "\n"
        for (i, p) in paragraphs.enumerated() {
            if text.utf8.count >= 4 * sampleLength { break }
            if i > 0 { text += "\n" }
            text += p
        }
        return language(of: text)
    }

    static func language(of text: String) -> String {
        let scalars = text.scalarPrefix(sampleLength).scalarArray  // decoded from bytes, not the scalar view
        let han = scalars.filter(isHan)
        let latin = scalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if han.count >= 10 || (han.count > 0 && han.count * 4 >= latin.count) {
            return isTraditional(han) ? "zh-Hant" : "zh-Hans"
        }
        return latin.count >= 20 ? "en" : "und"
    }

    private static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
            || (0x20000...0x2FA1F).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }

    private static func isTraditional(_ han: [Unicode.Scalar]) -> Bool {
        let changed = ChineseFolding.shared.countFolding(han)
        return Double(changed) >= traditionalShare * Double(max(han.count, 1))
    }
}
