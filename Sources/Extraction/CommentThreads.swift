import ClaimGraphCore

/// Comment threads a post reproduces, as Matters authors do: each comment headed by who wrote it
/// and their handle (鬼撞墙@smog_again), on a line of its own or opening the comment
/// (MsTong@mstong語言是…). The paragraphs under a header are its writer's words, quoted, until
/// the next header; a handle inside a comment (…吧？津轻海峡@tsugaru_strait谢谢评论。) ends it
/// there, the reply going on under the new writer. No cue marks these words either. The post's
/// own author answering (津轻海峡@tsugaru_strait under 津轻海峡's post) speaks in the writer's
/// voice, as the rest of the post does: no claim.
extension ClaimFinder {
    /// Headers an article needs to read as a thread, not a post naming one account.
    static let minimumCommentHeaders = 2
    /// Longest display name read before a handle's @.
    static let longestCommenterName = 20

    /// The comments of the article, by paragraph, as `interviewTurns` gives turns; empty unless
    /// `minimumCommentHeaders` paragraphs are a header alone.
    func commentThreads() -> [Int: (speaker: Actor?, words: Range<Int>)] {
        // (most articles hold no @: one tight pass tells, before any paragraph is read for headers)
        let o = text.original
        guard o.positions(in: 0..<o.count, where: { $0 == "@" }).count >= Self.minimumCommentHeaders else { return [:] }
        let headers = text.paragraphs.indices.filter { commentHeader(in: text.paragraphs[$0])?.wholeParagraph == true }
        guard headers.count >= Self.minimumCommentHeaders else { return [:] }
        var comments: [Int: (speaker: Actor?, words: Range<Int>)] = [:]
        var writer: Actor?
        for p in headers[0]..<text.paragraphs.count {
            let r = text.paragraphs[p]
            if let header = commentHeader(in: r), header.range.lowerBound == r.lowerBound {
                writer = commenter(header.name)
                let words = trim(header.range.upperBound..<r.upperBound)
                if !words.isEmpty { comments[p] = (writer, cutAtHandle(words)) }
            } else if let current = writer, !r.isEmpty {
                comments[p] = (current, cutAtHandle(trim(r)))
                // (…隨他去了吧？津轻海峡@tsugaru_strait谢谢评论。: the reply's writer goes on below)
                if let inner = commentHeader(in: r) { writer = inner.range.lowerBound > r.lowerBound ? commenter(inner.name) : nil }
            }
        }
        return comments
    }

    /// Who wrote the comment under a header naming `name`; nil for the post's own author.
    private func commenter(_ name: Range<Int>) -> Actor? {
        let written = text.text(name)
        return text.authors.contains(written) ? nil : Actor(written: name, in: text, kind: .person)
    }

    /// The words of a comment up to a handle inside it, where another writer's reply starts.
    private func cutAtHandle(_ r: Range<Int>) -> Range<Int> {
        guard let inner = commentHeader(in: r), inner.range.lowerBound > r.lowerBound else { return r }
        return trim(r.lowerBound..<inner.range.lowerBound)
    }

    /// The first `name@handle` in `r`: a display name with no space or punctuation, then a handle
    /// of Latin letters, digits and _ (the name, and the whole header's range), and whether it is
    /// all the paragraph holds.
    func commentHeader(in r: Range<Int>) -> (name: Range<Int>, range: Range<Int>, wholeParagraph: Bool)? {
        let o = text.original
        for at in r where o[at] == "@" {
            var start = at
            while start > r.lowerBound, at - start < Self.longestCommenterName, Self.isNameScalar(o[start - 1]) { start -= 1 }
            var end = at + 1
            while end < r.upperBound, Self.isHandleScalar(o[end]) { end += 1 }
            guard start < at, end - at > 2 else { continue }
            let whole = trim(r) == start..<end
            // (封面圖片來自推特：@MissOtt, www.tiktok.com/@username: a credit or a link, no writer)
            guard whole || start == r.lowerBound || !Self.isHandleScalar(o[start]) else { continue }
            return (start..<at, start..<end, whole)
        }
        return nil
    }

    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        Lexicon.isHan(s) || isHandleScalar(s) || s == "."
    }

    private static func isHandleScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_"
    }
}
