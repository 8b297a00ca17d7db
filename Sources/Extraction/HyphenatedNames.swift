import ClaimGraphCore

/// Transliterated names joined by a hyphen where a middle dot belongs (让-皮埃尔, 萨克维尔-韦斯特).
extension ActorFinder {
    /// A hyphenated transliterated name written without a middle dot (白宫发言人让-皮埃尔说,
    /// 萨克维尔-韦斯特说): a person when it opens its phrase, a cue follows it, and neither part
    /// is a country (乌克兰-俄罗斯边境 is no name). The parts are read as around a dot.
    func hyphenatedName(at h: Int, _ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        guard h > 0, h + 2 < t.count, Self.namePartBeforeDot(t[h - 1]), Self.namePartAfterDot(t[h + 1]),
              !c.covered[h - 1], !c.covered[h + 1] else { return }
        var lo = h, hi = h + 1
        while lo > 0, h - lo < 6, Self.namePartBeforeDot(t[lo - 1]), !c.covered[lo - 1],
              lo == h || Lexicon.titles.match(t, endingAt: lo) == nil { lo -= 1 }
        while hi < t.count, hi - h <= 8, Self.namePartAfterDot(t[hi]), !c.covered[hi], Lexicon.cues.match(t, at: hi) == nil { hi += 1 }
        guard hi - h > 2, lo == 0 || !Lexicon.isHan(t[lo - 1]) || Lexicon.titles.match(t, endingAt: lo) != nil,
              cueFollows(hi), !RegionNames.contains(text.foldedText(lo..<h)),
              !RegionNames.contains(text.foldedText((h + 1)..<hi)) else { return }
        let name = text.foldedText(lo..<hi)
        if !found.contains(Array(name.unicodeScalars)) { found.insert(name, Actor(written: lo..<hi, in: text, kind: .person)) }
    }
}
