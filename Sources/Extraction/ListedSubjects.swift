/// A subject naming one member of a kind it goes on to name (BBC 等英国媒体均报道称, 美国等
/// 西方国家认为): the one named speaks, as the first of a list joined by 和 does.
extension ClaimFinder {
    func firstOfKind(_ r: Range<Int>) -> Actor? {
        let k = skipLeading(r.lowerBound, r.upperBound)
        guard k < r.upperBound, mentionAt[k] >= 0 else { return nil }
        let m = mentions[mentionAt[k]]
        guard m.range.lowerBound == k, m.actor.kind != .event else { return nil }
        var j = m.range.upperBound
        while j < r.upperBound, text.original[j].isSpace { j += 1 }
        // (not 等待 / 等候: waiting)
        guard j + 1 < r.upperBound, text.folded[j] == "等", !"待候".unicodeScalars.contains(text.folded[j + 1]) else { return nil }
        return m.actor
    }
}
