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
    /// by line breaks: the first `sampleLength` scalars of that text, read from the pieces in
    /// place (joining them, cutting the sample out and decoding it cost three passes and
    /// two strings per article).
    static func language(title: String, paragraphs: [String]) -> String {
        var sample = Sample()
        sample.read(title)
        for p in paragraphs where sample.remaining > 0 {
            sample.read("\n")
            sample.read(p)
        }
        return sample.language
    }

    static func language(of text: String) -> String {
        var sample = Sample()
        sample.read(text)
        return sample.language
    }

    /// What the verdict needs of the sample: its Han scalars in order and how many Latin
    /// letters it holds.
    private struct Sample {
        var remaining = sampleLength
        var han: [Unicode.Scalar] = []
        var latin = 0

        /// Takes in the scalars of `piece` until the sample is full.
        mutating func read(_ piece: String) {
            var piece = piece
            piece.withUTF8 { bytes in
                var i = 0
                while i < bytes.count && remaining > 0 {
                    let (s, length) = ValidUTF8.decode(bytes, at: i)
                    if isHan(s) {
                        han.append(s)
                    } else if ("a"..."z").contains(s) || ("A"..."Z").contains(s) {
                        latin += 1
                    }
                    remaining -= 1
                    i += length
                }
            }
        }

        var language: String {
            if han.count >= 10 || (han.count > 0 && han.count * 4 >= latin) {
                return isTraditional(han) ? "zh-Hant" : "zh-Hans"
            }
            return latin >= 20 ? "en" : "und"
        }
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
