import ClaimGraphCore

/// Outlets the speaker spoke to (卢比奥对福克斯新闻表示, 胡桑告诉澎湃新闻，…) or through (通过官方媒体
/// 新华社宣布): they carry the words to the article, an intermediary as 据…报道 is.
extension ClaimFinder {
    /// 胡桑告诉澎湃新闻，… / 告诉《卫报》: the outlet told is the intermediary, as with 对路透社表示;
    /// also inside one cue that goes on past whom 告诉 addresses (告诉官方媒体《环球时报》称), past a
    /// word for the media.
    func toldOutlet(after hit: Hit) -> Actor? {
        guard let told = Lexicon.addressCues.match(text.folded, at: hit.cue.lowerBound) else { return nil }
        var b = text.pastSpaces(hit.cue.lowerBound + told.length, before: text.folded.count)  // (告诉 BBC)
        if let media = Self.mediaWords.match(text.folded, at: b) { b += media.length }
        if b < text.folded.count, text.folded[b] == "《" { b += 1 }
        guard b < text.folded.count, mentionAt[b] >= 0 else { return nil }
        let m = mentions[mentionAt[b]]
        return m.actor.kind == .outlet && m.range.lowerBound == b ? m.actor : nil
    }

    /// 卢比奥对福克斯新闻表示 / 接受美联社采访时说: the outlet spoken to carries the words to the
    /// article, an intermediary like 据…报道 (对BBC中文说 in BBC's own article too: the gold
    /// takes the article's own outlet or none).
    func addressedOutlet(in r: Range<Int>) -> Actor? {
        let t = text.folded
        for m in mentionsIn(r) where m.actor.kind == .outlet && m.range.lowerBound > r.lowerBound {
            var b = text.beforeSpaces(m.range.lowerBound, after: r.lowerBound)  // (对 BBC 表示)
            guard b > r.lowerBound else { continue }
            if t[b - 1] == "《", b - 1 > r.lowerBound { b -= 1 }  // 接受《环球时报》专访
            // (对官方媒体新华社表示: the outlet after a word for the media)
            var a = b
            if let media = Self.mediaWords.match(t, endingAt: a), a - media.length > r.lowerBound { a -= media.length }
            if t[a - 1] == "对" || t[a - 1] == "向" || a - 2 >= r.lowerBound && (t[a - 2] == "接" && t[a - 1] == "受" || t[a - 2] == "告" && t[a - 1] == "诉") {
                return m.actor  // (告诉路透社说: told the outlet, then the cue)
            }
            if throughMedium(before: b, in: r) { return m.actor }
        }
        return nil
    }

    /// 在國營媒體《緬甸全球新光報》宣布 / 通过官方媒体新华社宣布: the outlet, named after 通过 or after
    /// 在 and a word for the media (not 在《人民日报》上撰文, where the paper is where one writes).
    private func throughMedium(before b: Int, in r: Range<Int>) -> Bool {
        let t = text.folded
        var c = b
        let media = Self.mediaWords.match(t, endingAt: c)
        if let media {
            c -= media.length
            while c > r.lowerBound, b - c < 8, Lexicon.isHan(t[c - 1]), t[c - 1] != "在", t[c - 1] != "过" { c -= 1 }
        }
        guard c > r.lowerBound else { return false }
        return media != nil && t[c - 1] == "在" || c - 2 >= r.lowerBound && t[c - 2] == "通" && t[c - 1] == "过"
    }

    private static let mediaWords = PhraseMatcher<Bool>(["媒体", "官媒", "喉舌", "官方媒体", "国营媒体", "国家媒体"].map { ($0, true) })
}
