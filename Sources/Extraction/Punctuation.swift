/// Questions about single punctuation marks that many rules ask.
extension Lexicon {
    /// Whether `c` ends a clause or a sentence (，；：、 or 。！？…).
    static func endsClause(_ c: Unicode.Scalar) -> Bool {
        clausePunctuation.contains(c) || terminators.contains(c)
    }

    /// Whether `c` is a colon, full-width or not: what introduces a quotation or a list.
    static func isColon(_ c: Unicode.Scalar) -> Bool { c == "：" || c == ":" }
}
