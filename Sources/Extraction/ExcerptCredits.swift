/// Excerpts credited by a line of their own after them (…⏎——伊塔洛·卡尔维诺，1983年哥伦比亚大学讲座):
/// anthologies and essays set a writer's passages as plain paragraphs, no quotation marks, no
/// block markup, and name the writer on a dash line closing them. Nothing inside says who speaks.
extension ClaimFinder {
    /// Credits the paragraphs each dash line closes to the person it names, once every sentence
    /// has been read (the passages' own quotations and cues are found as in any paragraph).
    mutating func creditExcerpts() {
        for p in text.paragraphs.indices where !paragraphIsProse(p) {
            guard let writer = dashCreditWriter(p) else { continue }
            for q in excerpts(before: p) {
                guard let r = blockContent(q) else { continue }
                add(r, .direct, nil, .actor(writer), nil, ArticleText.Sentence(range: r, paragraph: q), priority: 1)
            }
        }
    }

    /// The person a credit line names right after its dash (——米歇尔·福柯，“尼采，谱系学，历史学”): a
    /// short paragraph with no sentence in it, and not the article's own author signing off. Not
    /// a section's title set between dashes (— — 谢尔盖布林和拉里佩奇 — —), nor a line inside a
    /// block quotation (a tweet's — Name (@handle) date), whose credits `quoteBlock` reads.
    private func dashCreditWriter(_ p: Int) -> Actor? {
        guard !text.blockQuotes.contains(p), let r = blockContent(p), r.count <= Self.longestCreditLine,
              Self.emDashes.contains(text.original[r.lowerBound]), !Self.emDashes.contains(text.original[r.upperBound - 1]) else { return nil }
        var k = r.lowerBound
        while k < r.upperBound, text.original[k].isSpace || Self.emDashes.contains(text.original[k]) { k += 1 }
        guard k < r.upperBound, mentionAt[k] >= 0 else { return nil }
        let m = mentions[mentionAt[k]]
        guard m.range.lowerBound == k, m.actor.kind == .person,
              !text.authors.contains(text.text(m.range)) else { return nil }
        return m.actor
    }

    /// The paragraphs a credit line closes: the block quotation right before it, or else the prose
    /// paragraphs up to what bounds the passage: a heading or caption (no sentence in it), an
    /// earlier credit line, a labelled line (概括：…), one announcing what follows with a colon, a
    /// paragraph where someone named speaks, or the article's start. None when no bound comes
    /// within `longestExcerpt` paragraphs: a signature under a whole article credits no passage.
    private func excerpts(before p: Int) -> [Int] {
        let inBlock = p > 0 && text.blockQuotes.contains(p - 1)
        var run: [Int] = []
        var q = p - 1
        while q >= 0, inBlock ? text.blockQuotes.contains(q) : paragraphIsProse(q), let r = blockContent(q), !opensWithLabel(r, within: Self.longestSummaryLabel + 1),
              !Lexicon.isColon(text.original[r.upperBound - 1]),
              !claims.contains(where: { $0.paragraph == q && $0.speaker.actor != nil }) {
            guard run.count < Self.longestExcerpt else { return [] }
            run.append(q)
            q -= 1
        }
        return run.reversed()
    }

    /// Longest label of a summary before its colon (编者按 is 3), shorter than a transcript turn's
    /// label: a passage's own first clause may end in a colon (这些城市是众多事物的一个整体：…).
    static let longestSummaryLabel = 5

    /// Longest credit line: the writer, the work, the translator (——伊塔洛·卡尔维诺，1983年哥伦比亚大学讲座，中译：陆元昶 is 31).
    static let longestCreditLine = 60

    /// Most paragraphs one credit line closes.
    static let longestExcerpt = 6
}
