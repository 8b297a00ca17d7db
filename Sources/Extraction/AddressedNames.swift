/// People named with a form of address or a title after the name (张丽女士, 王刚先生, 朱继东教授,
/// 约翰逊总统表示).
extension ActorFinder {
    /// Name + form of address (张丽女士, 王刚先生) or + title (朱继东教授, 王毅外长): a surname and one or two
    /// characters. Before a title the characters could be any word (历史学教授, 许多教授), so the name must
    /// open its phrase or follow an institution (社会科学院朱继东教授) and speak elsewhere without the title
    /// (朱继东写道). A transliterated name before a title is read by `transliterationBeforeTitle`.
    func namesBeforeAddress(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let addressAfterName = Lexicon.addressAfterName, titlesAfterName = Lexicon.titlesAfterName
        // (only where an address or a title may start, found in one tight pass)
        for p in t.positions(in: 2..<max(2, t.count), where: Self.addressOrTitleStarts.contains) {
            let address = addressAfterName.match(t, at: p) != nil
            let title = address ? nil : titlesAfterName.match(t, at: p)
            guard address || title != nil else { continue }
            if !chineseNameBefore(p, address: address, &found, c), let title {
                transliterationBeforeTitle(at: p, titleLength: title.length, &found, c)
            }
        }
    }

    /// The first characters of the forms of address and titles after names.
    private static let addressOrTitleStarts = Lexicon.addressAfterName.firstScalars.union(Lexicon.titlesAfterName.firstScalars)

    /// A surname and one or two characters before the address or title at `p`; whether
    /// they were taken for a name.
    private func chineseNameBefore(_ p: Int, address: Bool, _ found: inout PhraseMatcher<Actor>, _ c: Coverage) -> Bool {
        let t = text.folded
        // (陈文玉女士: 文 is a surname too, but after 陈 the given name's first character; 张丽女士,
        // 对方王丽女士: a surname common enough opens the name; 向金庸先生, 和文丽女士: a function word)
        let shortName = Lexicon.surnames.contains(t[p - 2])
            && (Lexicon.commonestSurnames.contains(t[p - 2]) || p < 3 || !Lexicon.surnames.contains(t[p - 3])
                || Lexicon.roleSeparators.contains(t[p - 3]) || Lexicon.conjunctions.contains(t[p - 3]))
        // (东方白夜先生, 欧阳修先生: a surname of two characters)
        let given = (1...2).first { p - $0 - 2 >= 0 && Lexicon.compoundSurnames.match(t, endingAt: p - $0, maxLength: 2) != nil }
        let lo = given.map { p - $0 - 2 } ?? (shortName ? p - 2 : p - 3)
        guard lo >= 0, given != nil || Lexicon.surnames.contains(t[lo]), (lo..<p).allSatisfy({ Lexicon.isHan(t[$0]) && !c.covered[$0] }),
              !(lo..<p).contains(where: stops) else { return false }
        let name = text.foldedText(lo..<p)
        if found.contains(Array(name.unicodeScalars)) { return true }
        if !address {
            guard lo == 0 || !Lexicon.isHan(t[lo - 1]) || Lexicon.institutionEnds.contains(t[lo - 1]),
                  speaksAlone(Array(name.unicodeScalars), in: t) else { return false }
        }
        found.insert(name, Actor(written: lo..<p, in: text, kind: .person))
        return true
    }

    /// A transliterated name before the title at `p` (约翰逊总统表示, 哈利勒扎德大使说): two to six
    /// characters opening their phrase, and no country or place (巴西总统, 伊拉克总理, 爱尔兰总理).
    /// The name speaks right after its title, or elsewhere alone: 哈佛教授 names a university.
    private func transliterationBeforeTitle(at p: Int, titleLength: Int, _ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        var lo = p
        while lo > 0, p - lo < 6, Lexicon.transliteration.contains(t[lo - 1]), !c.covered[lo - 1] { lo -= 1 }
        guard p - lo >= 2, lo == 0 || !Lexicon.isHan(t[lo - 1]) || Lexicon.institutionEnds.contains(t[lo - 1]),
              !Lexicon.placeEnds.contains(t[p - 1]), !(lo..<p).contains(where: stops) else { return }
        let name = text.foldedText(lo..<p)
        let scalars = Array(name.unicodeScalars)
        guard !found.contains(scalars), !RegionNames.contains(name) else { return }
        let office = Lexicon.offices.match(t, at: p) != nil
        guard office && cueFollows(p + titleLength) || speaksAlone(scalars, in: t) else { return }
        found.insert(name, Actor(written: lo..<p, in: text, kind: .person))
    }
}
