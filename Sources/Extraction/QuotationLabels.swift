import ClaimGraphCore

/// Names that label a quotation before a colon (李德恩：“…”, 戴维斯：“…”): the label says who
/// speaks, as a cue's subject does, in transcripts, interviews and dialogue set out as a script.
extension ActorFinder {
    /// A Chinese name of three characters that is a whole paragraph's label before a colon and a
    /// quotation (李德恩：“…”), written at least twice. Two characters are too often a place
    /// heading its section (黄石：“…”), and a label may end in the verb of answering (李总答：“…”),
    /// which is no name.
    func chineseNamesLabellingQuotations(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded, o = text.original
        for p in text.paragraphs where p.count > 5 {
            let name = p.lowerBound..<(p.lowerBound + 3)
            guard Lexicon.isColon(o[name.upperBound]), Lexicon.openQuoteMarks.contains(o[name.upperBound + 1]),
                  !Self.answeringVerbs.contains(t[name.upperBound - 1]), isChineseName(name, c.covered) else { continue }
            let scalars = Array(t[name])
            guard !found.contains(scalars), Self.writtenTwice(scalars, in: t) else { continue }
            found.insert(text.foldedText(name), Actor(written: name, in: text, kind: .person))
        }
    }

    /// Verbs that end a label before a colon (李总答, 记者问, 他说).
    private static let answeringVerbs = ScalarSet("答问说道曰讲称")

    /// A transliterated name of three characters or more labelling a quotation at the start of
    /// a paragraph or a sentence (…都消灭了。戴维斯：“B连的人已经开始照料幸存者。”), written at least
    /// twice. Two characters are too few to tell a name from a word (原文：“…”).
    func transliterationsLabellingQuotations(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded, o = text.original
        for k in o.positions(in: 3..<max(3, o.count - 1), where: Lexicon.isColon) where Lexicon.openQuoteMarks.contains(o[k + 1]) {
            var lo = k
            while lo > 0, k - lo < Self.longestTransliteration, Lexicon.transliteration.contains(t[lo - 1]), !c.covered[lo - 1] { lo -= 1 }
            guard k - lo >= 3, lo == 0 || o[lo - 1] == "\n" || Lexicon.terminators.contains(o[lo - 1]) || Lexicon.closeQuotes.contains(o[lo - 1]),
                  !Lexicon.placeEnds.contains(t[k - 1]) else { continue }
            let name = Array(t[lo..<k])
            guard !found.contains(name), Self.writtenTwice(name, in: t) else { continue }
            found.insert(text.foldedText(lo..<k), Actor(written: lo..<k, in: text, kind: .person))
        }
    }
}
