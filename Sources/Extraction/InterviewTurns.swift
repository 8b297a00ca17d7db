import ClaimGraphCore

/// Interview transcripts: paragraphs that open with who speaks and a colon or a bar (燕京书评：… /
/// 朱海就：… / 肖恩 ：… / 陳｜…), the same labels taking turns. Each turn is its speaker's words,
/// quoted; a paragraph with no label right after a turn goes on with that turn, as a second
/// paragraph of an answer does. A label may stand on a line of its own (-高斯：⏎…), the words
/// in the paragraphs under it. No cue marks these words, so without this the answers of an
/// interview, often most of its claims, are lost.
extension ClaimFinder {
    /// Longest label read before a turn's colon.
    static let maximumLabelLength = 10
    /// Turns a label must take to be a speaker's label, not a heading (参考来源：…).
    static let minimumTurns = 2

    /// The turns of the article, by paragraph: who speaks (nil for a label naming no one we can
    /// name, whose turns end the one before) and the words. Empty unless the article reads
    /// as a transcript: a label naming someone, or answers labelled as such (答, A: see
    /// AnswerLabels), takes two turns or more, beside another label.
    func interviewTurns() -> [Int: (speaker: Actor?, words: Range<Int>)] {
        var labelled: [(paragraph: Int, label: String, words: Range<Int>)] = []
        for p in text.paragraphs.indices {
            if let turn = turnLabel(p) { labelled.append((p, text.foldedText(turn.label), turn.words)) }
        }
        var counts: [String: Int] = [:]
        for l in labelled { counts[l.label, default: 0] += 1 }
        let labels = counts.filter { $0.value >= Self.minimumTurns }.map(\.key)
        guard labels.count >= 2, takesTurns(labelled, labels) else { return [:] }
        let labelParagraphs = Set(labelled.map(\.paragraph))
        var speakers: [String: Actor] = [:]
        for label in labels where !Self.answerLabels.contains(label) { speakers[label] = labelSpeaker(label, outside: labelParagraphs) }
        let interviewee = labels.contains(where: Self.answerLabels.contains) ? intervieweeOfArticle(labelled) : nil
        var turns: [Int: (speaker: Actor?, words: Range<Int>)] = [:]
        var current: Actor?
        var next = 0
        for (p, r) in text.paragraphs.enumerated() {
            if next < labelled.count, labelled[next].paragraph == p {
                let l = labelled[next]
                next += 1
                guard counts[l.label, default: 0] >= Self.minimumTurns else { current = nil; continue }
                current = Self.answerLabels.contains(l.label) ? answerer(at: p, labelled: labelled, otherwise: interviewee) : speakers[l.label]
                if !l.words.isEmpty { turns[p] = (current, l.words) }  // (a label on its own line: words below)
            } else if let speaker = current, paragraphIsProse(p), !r.isEmpty {
                turns[p] = (speaker, trim(r))  // the answer's next paragraph
            } else {
                current = nil
            }
        }
        // (labels naming no person, and answers whose answerer nobody names, are no transcript we can credit)
        return turns.values.contains { $0.speaker?.kind == .person } ? turns : [:]
    }

    /// The label opening paragraph `p` before its colon, and the words after it, empty when
    /// the label stands alone (-阿伦特：).
    func turnLabel(_ p: Int) -> (label: Range<Int>, words: Range<Int>)? {
        turnLabels[p].map { ($0.label, trim($0.after)) }
    }

    /// The label opening the paragraph `r` before its colon, and all after the colon: a short
    /// label with no punctuation, quotation or cue in it (他说：… is a cue's), after the dash
    /// or bullet some transcripts set before it. Read once per paragraph (see `turnLabels`):
    /// interview turns, panels and unlabelled answers all ask.
    static func turnLabel(_ r: Range<Int>, in text: ArticleText) -> (label: Range<Int>, after: Range<Int>)? {
        let o = text.original
        // locals: a static is checked for initialisation at every access
        let (punctuation, terminators, opens, cues) = (Lexicon.clausePunctuation, Lexicon.terminators, Lexicon.openQuoteMarks, Lexicon.cues)
        let (marks, ends, spaces) = (labelMarks, labelEnds, ScalarSet.whitespace)
        var start = r.lowerBound
        while start < r.upperBound, marks.contains(o[start]) || spaces.contains(o[start]) { start += 1 }
        var k = start
        while k < r.upperBound, k - start <= maximumLabelLength, !ends.contains(o[k]) {
            if punctuation.contains(o[k]) || terminators.contains(o[k])
                || opens.contains(o[k]) || cues.match(text.folded, at: k) != nil { return nil }
            k += 1
        }
        guard k < r.upperBound, ends.contains(o[k]) else { return nil }
        var end = k
        while end > start, spaces.contains(o[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        return (start..<end, (k + 1)..<r.upperBound)
    }

    /// Dashes and bullets a transcript may set before a label (-高斯：).
    private static let labelMarks = ScalarSet("-－—–•·")

    /// Words a headline calls an interview by.
    private static let interviewWords = ["专访", "访谈", "对话", "采访", "问答", "谈"]

    /// What closes a turn's label: a colon, or the bar some transcripts set (爐｜…, 陳｜…).
    private static let labelEnds = ScalarSet("：:｜|")

    /// Whether the recurring labels take turns: at least two of them each follow another
    /// label's turn somewhere (纽约客, 肖恩, 纽约客, 肖恩), as headings in a row (Part I, Part II) do not.
    private func takesTurns(_ labelled: [(paragraph: Int, label: String, words: Range<Int>)], _ labels: [String]) -> Bool {
        let recurring = Set(labels)
        let sequence = labelled.map(\.label).filter(recurring.contains)
        var answered: Set<String> = []
        for (a, b) in zip(sequence, sequence.dropFirst()) where a != b { answered.insert(b) }
        return answered.count >= 2
    }

    /// Who a label names, as the article names them in a paragraph with no label too (not a
    /// heading read as a name, Part III): an actor written as the label (纽约客 → The New Yorker), or the person
    /// whose name holds it, the one the article names first when several do (肖恩 → 肖恩·海明威,
    /// 阎 → 阎连科; 达尔文 → 约翰·达尔文, not Charles Darwin named later).
    private func labelSpeaker(_ label: String, outside labelParagraphs: Set<Int>) -> Actor? {
        for m in mentions where m.actor.kind != .event {
            guard let i = text.sentenceIndex(containing: m.range.lowerBound) else { continue }
            let p = text.sentences[i].paragraph
            guard !labelParagraphs.contains(p) else { continue }
            let written = text.foldedText(m.range)
            let exact = written == label || ChineseFolding.shared.toSimplified(m.actor.name) == label
            // (one character only as a surname: 阎 → 阎连科)
            let held = label.count > 1 ? written.contains(label) : written.hasPrefix(label)
            if exact || m.actor.kind == .person && held { return m.actor }
        }
        return writtenName(label, outside: labelParagraphs)
    }

    /// A label the headline names (杨潇谈重走西南联大之路 … 杨潇：) and the article writes in a
    /// paragraph with no label, though no rule found a name there (杨潇从长沙出发): the person, named
    /// where the prose first writes it. The label has a Chinese name's shape (a surname and one or
    /// two characters), or the headline calls the piece an interview (专访乔纳森·弗兰岑 … 弗兰岑 ：),
    /// or labels its own words the same way (【媒体食谱】花总：信息的获取… … 花总：): not words
    /// taking turns as labels, 练习 or 时间, nor IYP优秀书籍汇总 … 书籍：.
    private func writtenName(_ label: String, outside labelParagraphs: Set<Int>) -> Actor? {
        let name = Array(label.unicodeScalars), title = text.foldedTitle
        guard (2...6).contains(name.count), name.allSatisfy(Lexicon.isHan), title.contains(label),
              name.count <= 3 && Lexicon.surnames.contains(name[0]) || Self.interviewWords.contains(where: title.contains)
                || headlineLabels(label) else { return nil }
        return personWritten(name, outside: labelParagraphs)
    }

    /// Whether the headline opens with `label` and a colon, as it does to quote the one
    /// interviewed (【媒体食谱】花总：信息的获取…), a column's tag in 【】 aside; not a label the
    /// headline holds further on (…但不给你自由：看 Apple…).
    private func headlineLabels(_ label: String) -> Bool {
        var title = Substring(text.foldedTitle.trimmingCharacters(in: .whitespaces))
        if title.hasPrefix("【"), let close = title.firstIndex(of: "】") { title = title[title.index(after: close)...] }
        return ["：", ":"].contains { title.hasPrefix(label + $0) }
    }

    /// The person `name` is, where a paragraph not in `excluded` first writes it (a name the
    /// headline gives that no rule found in the prose).
    func personWritten(_ name: [Unicode.Scalar], outside excluded: Set<Int>) -> Actor? {
        for (p, r) in text.paragraphs.enumerated() where !excluded.contains(p) {
            if let written = text.folded[r].firstRange(of: name) { return Actor(written: written, in: text, kind: .person) }
        }
        return nil
    }
}
