import ClaimGraphCore

/// 表示欢迎, 表示了强烈不满: 表示 with a word of feeling or stand expresses that stand; it
/// reports no words of the speaker's, though it still ends the words of the clause before.
extension ClaimFinder {
    /// 表示讚賞；但亦有不少用戶…, 表示强烈不满。: 表示 with a word of feeling or stand right
    /// after it, and then a break, expresses that stand (appreciation, welcome, regret); it
    /// reports no words, and the clauses after the break are no longer the speaker's.
    func expressesAStance(_ cueWord: String, from p: Int, hit: Hit, before end: Int) -> Bool {
        guard cueWord == "表示" || cueWord == "表达", p == hit.cue.upperBound, let after = stanceEnd(at: p) else { return false }
        return after >= end || Lexicon.endsClause(text.folded[after])
    }

    /// Whether the cue at `i` is 表示 or 表达 with a stance after it (表示了赞赏): a cue although 了
    /// follows, since it ends the words before it (称…，并就…表示了赞赏).
    func isStanceCue(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        return len == 2 && t[i] == "表" && (t[i + 1] == "示" || t[i + 1] == "达") && stanceEnd(at: i + len) != nil
    }

    /// Where a word of feeling or stand at `p`, past 了 (表示了赞赏) and words of degree, ends; nil
    /// when none starts there.
    func stanceEnd(at p: Int) -> Int? {
        let t = text.folded
        let l = p < t.count && t[p] == "了" ? p + 1 : p
        let d = l + (Lexicon.degreeWords.match(t, at: l)?.length ?? 0)
        let k = d + (Self.stanceDegrees.match(t, at: d)?.length ?? 0)
        return Self.stances.match(t, at: k).map { k + $0.length }
    }

    /// Words of feeling or stand that 表示 expresses (表示欢迎, 表示遗憾, 表示严重关切).
    private static let stances = PhraseMatcher<Bool>("""
        赞赏 赞扬 欢迎 遗憾 感谢 谢意 感激 支持 反对 关切 关注 担忧 不满 同意 赞同 赞成 理解 祝贺 抗议 愤怒 震惊 哀悼 \
        慰问 怀疑 失望 歉意 道歉 谴责 认可 肯定 期待 满意 敬意 同情 惋惜 质疑 不解 无奈 欣慰 钦佩 尊重 高兴 感慨 愤慨 不安
        """.split(separator: " ").map { (String($0), true) })

    /// Words of degree a stance takes besides the usual (强烈不满, 严重关切, 由衷感谢).
    private static let stanceDegrees = PhraseMatcher<Bool>(["强烈", "严重", "深切", "深表", "深深", "高度", "极大", "由衷", "诚挚", "衷心", "热烈", "坚决"].map { ($0, true) })
}
