import ClaimGraphCore

/// An article's clean text as Unicode scalars, folded to simplified Chinese once, cut
/// into paragraphs, sentences and quotations.
///
/// Offsets are scalar offsets into `Document.body`, the unit of every `TextSpan`.
/// Folding keeps one scalar per scalar (OpenCC t2s maps character to character); a
/// paragraph where it would not is matched unfolded rather than with shifted offsets.
struct ArticleText {
    struct Quote {
        /// Offsets of the opening mark, the content and the closing mark (`close` is the
        /// end of the paragraph when the quote runs on to the next one; a quotation carried
        /// over from the paragraph before has no opening mark, and `open` is where it starts).
        var open: Int
        var content: Range<Int>
        var close: Int
        var paragraph: Int
        /// Whether the closing mark is written (a quote can run to the paragraph's end).
        var closed: Bool
        /// The offset just after the quotation, closing mark included.
        var end: Int { closed ? close + 1 : close }
        /// Whether the quotation goes on from the paragraph before, with no opening mark.
        var isCarried: Bool { open == content.lowerBound }
    }

    struct Sentence {
        var range: Range<Int>
        var paragraph: Int
    }

    let original: [Unicode.Scalar]
    let folded: [Unicode.Scalar]
    private(set) var paragraphs: [Range<Int>] = []
    /// The paragraphs the page set as block quotations (see `Document.Paragraph.isBlockQuote`).
    private(set) var blockQuotes: Set<Int> = []
    private(set) var quotes: [Quote] = []
    private(set) var sentences: [Sentence] = []
    /// For each scalar, the index of the top-level quote whose content holds it, or -1.
    private(set) var quoteAt: [Int]
    /// Where a “ typed the wrong way round closes a quotation (“…，“他说).
    private(set) var wrongWayCloses: Set<Int> = []
    /// For each scalar, whether it is inside 《…》 or （…）: a title or an aside, whose
    /// punctuation does not end a sentence or a clause.
    private(set) var bracketed: [Bool]
    /// The headline as written; `foldedTitle` folds it when an interview rule asks.
    let title: String
    /// Who the article says wrote it: their own words are the writer's voice, no claim.
    let authors: [String]

    /// The headline folded to simplified, where an interview names whom it talks to (杨潇谈…).
    /// Folded on demand: only articles read as interviews ask, not every article at ingest.
    var foldedTitle: String { ChineseFolding.shared.simplifiedIfFolding(title) ?? title }

    init(_ document: Document) {
        original = document.body.scalarArray
        title = document.title
        authors = document.authors
        let whole = ChineseFolding.shared.simplifiedIfFolding(document.body)?.scalarArray ?? original
        var f = whole.count == original.count ? whole : ArticleText.foldByParagraph(document)
        if f.count != original.count { f = original }
        folded = ArticleText.matchingForm(f)
        quoteAt = Array(repeating: -1, count: original.count)
        bracketed = ArticleText.brackets(original)
        var carried: (through: Int, close: Unicode.Scalar)?
        for (i, p) in document.paragraphs.enumerated() {
            let range = p.span.start..<p.span.end
            paragraphs.append(range)
            if p.isBlockQuote { blockQuotes.insert(i) }
            var rest = range
            if let c = carried, i <= c.through { rest = carryQuote(in: range, paragraph: i, closingWith: c.close) }
            findQuotes(in: rest, paragraph: i)
            findSentences(in: range, paragraph: i)
            if carried.map({ i >= $0.through }) ?? true, let last = quotes.last, last.paragraph == i, !last.closed,
               let close = Lexicon.openQuotes[original[last.open]], close == "”" || close == "」",
               let through = Self.quotationClosed(after: i, by: close, in: document, original) {
                carried = (through, close)
            }
        }
    }

    /// How many paragraphs on a quotation left open may close without opening again.
    static let carriedQuotationParagraphs = 5

    /// A quotation left open at a paragraph's end whose next paragraphs open no quotation and
    /// one of which closes it (“我从19岁开始…⏎37年后，我仍然…⏎…我只用工作8小时。’…。”): the
    /// translator did not reopen it at each paragraph, as Chinese typesetting does. The
    /// paragraph that closes it, or nil.
    private static func quotationClosed(after p: Int, by close: Unicode.Scalar, in document: Document, _ s: [Unicode.Scalar]) -> Int? {
        for j in (p + 1)..<min(document.paragraphs.count, p + 1 + carriedQuotationParagraphs) {
            let span = document.paragraphs[j].span
            switch unmatchedClose(in: span.start..<span.end, of: close, s) {
            case .closes(let k): return endsQuotation(at: k, in: span.start..<span.end, s) ? j : nil
            case .reopens: return nil
            case .none: continue
            }
        }
        return nil
    }

    private enum CarriedEnd { case closes(Int), reopens, none }

    /// Whether the mark at `k` closes a whole quotation at the end of its paragraph (…回去工作。’”):
    /// a sentence ends before it and nothing but punctuation after it. A mark inside the
    /// paragraph is more often one typed the wrong way round (开“野兽书店“后, 一句”我们来的太晚了“).
    private static func endsQuotation(at k: Int, in r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var b = k
        while b > r.lowerBound, s[b - 1].isSpace { b -= 1 }
        guard b > r.lowerBound, Lexicon.terminators.contains(s[b - 1]) || s[b - 1] == "…" || Lexicon.closeQuotes.contains(s[b - 1]) else { return false }
        return s[(k + 1)..<r.upperBound].allSatisfy { $0.isSpace || Lexicon.terminators.contains($0) }
    }

    /// Where `close` first closes a quotation opened before `r` (a quotation opened and closed
    /// inside `r`, 他们就让你“被自杀”, is one of its own); `.reopens` when `r` leaves one open.
    private static func unmatchedClose(in r: Range<Int>, of close: Unicode.Scalar, _ s: [Unicode.Scalar]) -> CarriedEnd {
        let open: Unicode.Scalar = close == "”" ? "“" : "「"
        var depth = 0
        for k in r {
            if s[k] == open { depth += 1 } else if s[k] == close {
                if depth == 0 { return .closes(k) }
                depth -= 1
            }
        }
        return depth > 0 ? .reopens : .none
    }

    /// Marks the paragraph, up to the mark that closes the carried quotation, as a quotation of
    /// its own; what is left after that mark.
    private mutating func carryQuote(in range: Range<Int>, paragraph: Int, closingWith close: Unicode.Scalar) -> Range<Int> {
        let end: Int?
        if case .closes(let k) = Self.unmatchedClose(in: range, of: close, original) { end = k } else { end = nil }
        var contentEnd = range.upperBound
        while contentEnd > range.lowerBound, original[contentEnd - 1].isSpace { contentEnd -= 1 }
        // (no opening mark: the quotation opens where its words do)
        let content = range.lowerBound..<(end ?? contentEnd)
        guard !content.isEmpty else { return end.map { ($0 + 1)..<range.upperBound } ?? range }
        for k in content { quoteAt[k] = quotes.count }
        quotes.append(Quote(open: content.lowerBound, content: content, close: content.upperBound, paragraph: paragraph, closed: end != nil))
        return end.map { ($0 + 1)..<range.upperBound } ?? range.upperBound..<range.upperBound
    }

    private static func brackets(_ s: [Unicode.Scalar]) -> [Bool] {
        var out = Array(repeating: false, count: s.count)
        var depth = 0
        var aside: Int?  // where a full-width parenthesis opened at depth 0
        for (i, c) in s.enumerated() {
            // most characters are no bracket and no line break: one range test for them, and
            // outside brackets nothing to write (`out` starts false)
            let v = c.value
            if v > 0x29 && (v < 0x3008 || v > 0x300B && v < 0xFF08 || v > 0xFF09) {
                if depth > 0 { out[i] = true }
                continue
            }
            if c == "\n" { depth = 0; aside = nil }
            if c == "》" || c == "〉" || c == "）" || c == ")" { depth = max(0, depth - 1) }
            out[i] = depth > 0
            if c == "）", depth == 0, let open = aside {
                if isAside(s[(open + 1)..<i]) { for k in (open + 1)..<i { out[k] = false } }
                aside = nil
            }
            if c == "（", depth == 0 { aside = i }
            if c == "《" || c == "〈" || c == "（" || c == "(" { depth += 1 }  // (〈…〉: an article's or chapter's title)
        }
        return out
    }

    /// （到2018年，美国官员公开表示，中国普遍违反了该协议）: a parenthesis holding clauses is an
    /// aside of the article, read like the rest; a short gloss or an English name is not.
    private static func isAside(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        inner.count >= 16 && inner.contains("，") && inner.count(where: Lexicon.isHan) >= 10
    }

    private static func foldByParagraph(_ document: Document) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for (i, p) in document.paragraphs.enumerated() {
            if i > 0 { out.append("\n") }
            let text = p.text.scalarArray
            let f = ChineseFolding.shared.toSimplified(p.text).scalarArray
            out += f.count == text.count ? f : text
        }
        return out
    }

    func text(_ r: Range<Int>) -> String {
        String(scalars: original[r.clamped(to: 0..<original.count)])
    }

    func foldedText(_ r: Range<Int>) -> String {
        String(scalars: folded[r.clamped(to: 0..<folded.count)])
    }

    /// Top-level quotations; nested marks (‘一切照旧’ inside “…”) stay inside their parent.
    private mutating func findQuotes(in range: Range<Int>, paragraph: Int) {
        var stack: [(open: Int, close: Unicode.Scalar)] = []
        let openQuoteMarks = Lexicon.openQuoteMarks  // a local: see findSentences
        for i in range {
            let c = original[i]
            if Lexicon.isHan(c) { continue }  // most characters: no quotation mark, a range test
            if c == "“", stack.count == 1, original[stack[0].open] == "“", abandons(stack[0].open, at: i, in: range) {
                stack[0] = (i, "”")
                continue
            }
            if let top = stack.last, c == top.close || c == "“" && stack.count == 1 && closesWrongWay(i, after: top.open, in: range)
                || c == "”" && original[top.open] == "”" {
                if !Lexicon.closeQuotes.contains(c) { wrongWayCloses.insert(i) }
                stack.removeLast()
                if stack.isEmpty { addQuote(open: top.open, close: i, paragraph: paragraph, closed: true) }
            } else if c == "”", stack.isEmpty, opensWrongWay(i, in: range) {
                stack.append((i, "“"))
            } else if openQuoteMarks.contains(c), let close = Lexicon.openQuotes[c] {
                // ‘ opens a top-level quote only when it cannot be an apostrophe.
                if c == "‘" && stack.isEmpty && i > range.lowerBound && !Lexicon.isHan(original[i - 1])
                    && !Lexicon.clausePunctuation.contains(original[i - 1]) { continue }
                stack.append((i, close))
            }
        }
        if let first = stack.first {
            var end = range.upperBound
            while end > first.open + 1 && original[end - 1].isSpace { end -= 1 }
            addQuote(open: first.open, close: end, paragraph: paragraph, closed: false)
        }
    }

    /// Whether the mark at `i` closes a quotation: a closing mark, or a “ typed the wrong way
    /// round that does (`closesWrongWay`).
    func closesQuote(at i: Int) -> Bool {
        Lexicon.closeQuotes.contains(original[i]) || !wrongWayCloses.isEmpty && wrongWayCloses.contains(i)
    }

    private mutating func addQuote(open: Int, close: Int, paragraph: Int, closed: Bool) {
        guard close > open + 1 else { return }
        let index = quotes.count
        quotes.append(Quote(open: open, content: (open + 1)..<close, close: close, paragraph: paragraph, closed: closed))
        for k in (open + 1)..<close { quoteAt[k] = index }
    }

    /// Sentences end at 。！？ outside quotations, and after a quotation that itself ends
    /// with one (“…援助。”俄罗斯… starts a new sentence).
    private mutating func findSentences(in range: Range<Int>, paragraph: Int) {
        // Local copies: a static is checked for initialisation at every access, and this
        // loop runs over every character of every article.
        let wrongWay = wrongWayCloses.isEmpty ? nil : wrongWayCloses
        // (a “ typed to close a quotation, 王毅说：“我们很好。“他笑了, ends its sentence as ” would)
        let terminators = Lexicon.terminators, closeQuotes = Lexicon.closeQuotes, marks = wrongWay == nil ? Self.sentenceMarks : Self.sentenceMarksWrongWay
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = original[i]
            guard marks.contains(c) else {
                i += 1
                continue
            }
            var cut: Int?
            if quoteAt[i] < 0, !bracketed[i], terminators.contains(c) {
                var j = i + 1
                while j < range.upperBound, terminators.contains(original[j]) || closeQuotes.contains(original[j]) || wrongWay?.contains(j) == true || original[j] == "）" { j += 1 }
                cut = j
            } else if quoteAt[i] < 0, closeQuotes.contains(c) || wrongWay?.contains(i) == true, i > range.lowerBound,
                      terminators.contains(original[i - 1]) || (i > range.lowerBound + 1 && terminators.contains(original[i - 2]) && original[i - 1].isSpace)
                        || endsEnglishSentence(at: i - 1, after: range.lowerBound) && hanFollows(i + 1, before: range.upperBound) {
                cut = i + 1
            }
            if let cut {
                addSentence(start..<cut, paragraph)
                start = cut
                i = cut
                continue
            }
            i += 1
        }
        if start < range.upperBound { addSentence(start..<range.upperBound, paragraph) }
    }

    /// Whether a full stop at `k` ends a quoted English sentence (「None of this had any hope.」): a
    /// word in small letters before it, where a name's initial or an abbreviation (“Simon J.”,
    /// “Star Joint Venture Co.”) or a number only has its point. (Asked where Chinese follows the
    /// quotation: an English article's sentences are left as they were.)
    private func endsEnglishSentence(at k: Int, after floor: Int) -> Bool {
        guard original[k] == "." else { return false }
        var j = k
        while j > floor, ("a"..."z").contains(original[j - 1]) { j -= 1 }
        return k - j >= 2 && (j == floor || !(original[j - 1].isASCII && original[j - 1].properties.isAlphabetic))
    }

    /// Whether a Chinese character comes at `p`, past spaces, before `limit`.
    private func hanFollows(_ p: Int, before limit: Int) -> Bool {
        let k = pastSpaces(p, before: limit)
        return k < limit && Lexicon.isHan(original[k])
    }

    /// The characters a sentence can end at (terminators and closing quotes): one bit test
    /// passes over every other character of the article.
    private static let sentenceMarks = Lexicon.terminators.union(Lexicon.closeQuotes)
    private static let sentenceMarksWrongWay = sentenceMarks.union(ScalarSet("“"))

    private mutating func addSentence(_ r: Range<Int>, _ paragraph: Int) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, original[lo].isSpace { lo += 1 }
        while hi > lo, original[hi - 1].isSpace { hi -= 1 }
        if lo < hi { sentences.append(Sentence(range: lo..<hi, paragraph: paragraph)) }
    }

    /// The top-level quotation that opens at `i`, if any.
    func quote(openingAt i: Int) -> Quote? {
        guard i + 1 < quoteAt.count, quoteAt[i + 1] >= 0 else { return nil }
        let q = quotes[quoteAt[i + 1]]
        return q.open == i ? q : nil
    }

    /// The index of the sentence holding offset `i`, by binary search (sentences are in
    /// reading order and do not overlap); nil between sentences.
    func sentenceIndex(containing i: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].range.contains(i) ? lo : nil
    }

    /// The top-level quotations that open inside `r`, in order. `quotes` is sorted by
    /// opening offset (top-level quotations do not overlap, and each paragraph's are added
    /// in reading order), so they are found by binary search, not by a scan of `r`.
    func quotes(openingIn r: Range<Int>) -> ArraySlice<Quote> {
        var lo = 0, hi = quotes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotes[mid].open < r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < quotes.count, quotes[end].open < r.upperBound { end += 1 }
        return quotes[lo..<end]
    }

    /// The top-level quotation that closes at `i` (the closing mark's offset), if any.
    func quote(closingAt i: Int) -> Quote? {
        guard i > 0, quoteAt[i - 1] >= 0 else { return nil }
        let q = quotes[quoteAt[i - 1]]
        return q.close == i && q.closed ? q : nil
    }
}

/// Positions past spaces, and what follows a cue.
extension ArticleText {
    /// The first position from `p` on that is not a space, or `limit`.
    func pastSpaces(_ p: Int, before limit: Int) -> Int {
        var k = p
        while k < limit, original[k].isSpace { k += 1 }
        return k
    }

    /// The last character a quotation's words end with, past spaces (。 in 「沒事。 」), nil when
    /// it holds nothing but spaces.
    func lastCharacter(of q: Quote) -> Unicode.Scalar? {
        let e = beforeSpaces(q.content.upperBound, after: q.content.lowerBound)
        return e > q.content.lowerBound ? original[e - 1] : nil
    }

    /// Whether `r` stands inside a parenthesized aside closing before `limit`, not at its start (（亦即…，成為馬克思分析的…）…，
    /// 他指出: the aside mentions Marx; the sentence goes on about its subject). A name opening one is glossed.
    func inAside(_ r: Range<Int>, closingBefore limit: Int) -> Bool {
        var close = r.upperBound
        while close < limit, original[close] != "）", original[close] != ")" {
            if original[close] == "（" || original[close] == "(" || original[close] == "\n" { return false }
            close += 1
        }
        guard close < limit else { return false }
        var open = r.lowerBound - 1
        while open >= 0, original[open] != "（", original[open] != "(" {
            if original[open] == "）" || original[open] == ")" || original[open] == "\n" { return false }
            open -= 1
        }
        guard open >= 0, pastSpaces(open + 1, before: r.lowerBound) < r.lowerBound else { return false }
        return ((open + 1)..<close).count(where: { !r.contains($0) && Lexicon.isHan(original[$0]) }) >= Self.asideHanCount
    }

    /// Fewest Han characters besides a name that make a parenthesis an aside rather than a gloss.
    private static let asideHanCount = 4

    /// Where the words before `p` end, back over spaces, not before `floor`.
    func beforeSpaces(_ p: Int, after floor: Int) -> Int {
        var k = p
        while k > floor, original[k - 1].isSpace { k -= 1 }
        return k
    }

    /// Whether a quotation opens right after `p`, past spaces.
    func opensQuote(after p: Int) -> Bool {
        let k = pastSpaces(p, before: original.count)
        return k < original.count && quotes(openingIn: k..<(k + 1)).first != nil
    }

    /// Whether reported words follow a cue that is also a noun (报道，… / 报道说 / 报道：“…”),
    /// unlike 进行头条报道。 or 媒体报道中 where the word names a report, not its content.
    func contentFollows(_ i: Int) -> Bool {
        let k = pastSpaces(i, before: original.count)
        guard k < original.count else { return false }
        let c = original[k]
        return Lexicon.clausePunctuation.contains(c) || Lexicon.openQuoteMarks.contains(c) || Lexicon.reportedContentMarkers.contains(folded[k])
    }
}
