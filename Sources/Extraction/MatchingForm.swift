/// The form article text and catalog names are compared in.
extension ArticleText {
    /// The form text is matched in: ASCII letters lower-cased and the dots written inside
    /// transliterated names (・ ‧ •, and a full stop between Chinese characters, 玛蒂娜.纳芙拉蒂洛娃)
    /// as ·, so 温斯顿•丘吉尔 is the catalog's 温斯顿·丘吉尔; every other scalar unchanged (same length).
    /// Rewritten in place in a copy: `map` appended scalar by scalar, checking capacity
    /// each time, at 25 instructions a scalar of every article.
    static func matchingForm<S: Sequence<Unicode.Scalar>>(_ s: S) -> [Unicode.Scalar] {
        var out = Array(s)
        out.withUnsafeMutableBufferPointer { scalars in
            for i in scalars.indices {
                scalars[i] = matchingForm(of: scalars[i])
                if scalars[i] == "." || scalars[i] == "．", i > 0, i + 1 < scalars.count, Lexicon.isHan(scalars[i - 1]), Lexicon.isHan(scalars[i + 1]) {
                    scalars[i] = "·"
                }
            }
        }
        return out
    }

    /// The matching form of one scalar.
    static func matchingForm(of c: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(c) { return Unicode.Scalar(c.value + 32)! }
        return c == "・" || c == "‧" || c == "•" ? "·" : c
    }
}
