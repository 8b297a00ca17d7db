/// Questions about single punctuation marks that many rules ask.
extension Lexicon {
    /// Whether `c` ends a clause or a sentence (，；：、 or 。！？…).
    static func endsClause(_ c: Unicode.Scalar) -> Bool {
        clausePunctuation.contains(c) || terminators.contains(c)
    }

    /// Whether `c` is a colon, full-width or not: what introduces a quotation or a list.
    static func isColon(_ c: Unicode.Scalar) -> Bool { c == "：" || c == ":" }

    /// Whether `c` is a comma, full-width or not (not the enumeration comma 、).
    static func isComma(_ c: Unicode.Scalar) -> Bool { c == "，" || c == "," }

    /// Whether `c` is a semicolon, full-width or not: what sets parallel clauses apart.
    static func isSemicolon(_ c: Unicode.Scalar) -> Bool { c == "；" || c == ";" }

    /// What closes quoted speech inside its marks (「沒事。」, 「我不懂⋯⋯」, 「所以，」), unlike a
    /// quoted term (「社会主义者」, 「設置」菜單).
    static let speechEnds = terminators.union(ScalarSet("，,⋯"))
}

/// Marks in an article that only look like punctuation.
extension ArticleText {
    /// Whether `k` holds a digit, or a comma or colon inside a number (2,000, 12:32).
    func inNumber(_ k: Int) -> Bool {
        let c = original[k]
        return ("0"..."9").contains(c) || (c == "," || c == ":") && !separatesClauses(at: k)
    }

    /// Whether the mark at `k` separates clauses: not a comma or colon written inside a
    /// number or a time (1,000人, 在12:32的微博中说), nor a colon inside a Latin name
    /// (告诉 Re：Baltica).
    func separatesClauses(at k: Int) -> Bool {
        let c = original[k]
        guard Lexicon.clausePunctuation.contains(c) else { return false }
        guard k > 0, k + 1 < original.count else { return true }
        let (before, after) = (original[k - 1], original[k + 1])
        if Lexicon.isColon(c), before.isASCII, after.isASCII, before.properties.isAlphabetic, after.properties.isAlphabetic { return false }
        guard c == "," || c == ":" else { return true }
        return !(("0"..."9").contains(before) && ("0"..."9").contains(after))
    }
}
