import ClaimGraphCore

/// Names in Latin script inside Chinese text (Jamie Wareham, Rhodium Group): where one
/// runs, and whether it names a person or an organisation.
extension ActorFinder {
    /// Whether the last word of a Latin name at `r` can stand for the person alone: no word
    /// (Times, Group), no acronym (Platform IO), and of two letters only a romanised Chinese,
    /// Korean or Vietnamese surname (Patrick Su, Laura Li; not Swiss Re). `mentions` keeps it
    /// off longer words (Su in Sunday).
    func isLatinSurname(_ r: Range<Int>) -> Bool {
        let word = String(scalars: text.folded[r])
        guard r.count >= 2, text.original[r].contains(where: { ("a"..."z").contains($0) }),
              !Lexicon.notNameWords.contains(word) else { return false }
        return r.count > 2 || Lexicon.shortLatinSurnames.contains(word)
    }

    /// A run of one to five capitalised Latin words (Jamie Wareham, Min Htin Ko Ko Gyi) at `i`,
    /// not part of a longer Latin word; all-capital acronyms (AWS, BBG) are not names, nor is a
    /// run that holds a word no name is made of (In January, Paper Says).
    func latinNameLength(at i: Int) -> Int? {
        let o = text.original
        let upper = Self.isUpperLatin
        func isLower(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || Self.isLowerAccented(c) }
        func letter(_ c: Unicode.Scalar) -> Bool { isLower(c) || upper(c) || c == "-" || c == "'" || c == "." }
        guard upper(o[i]), i == 0 || !(letter(o[i - 1]) || ("0"..."9").contains(o[i - 1])) else { return nil }
        var end = i, words = 0, lower = false
        var k = i
        while k < o.count, words < 5, upper(o[k]) || k > i && arabicArticle(at: k) {
            var j = k
            // (O’Brien, D’Ávila: a typographic apostrophe inside the word, not one closing a
            // quotation, nor a possessive, China’s)
            while j < o.count, letter(o[j]) || o[j] == "’" && j + 1 < o.count && (upper(o[j + 1]) || isLower(o[j + 1])
                    && !(o[j + 1] == "s" && (j + 2 == o.count || !letter(o[j + 2])))) {
                lower = lower || isLower(o[j])
                j += 1
            }
            words += 1
            end = j
            // (Stephane Dujarric de la Riviere, Vincent van Gogh: lower-case particles inside)
            var next = j
            while let particle = particleEnd(after: next) ?? nicknameEnd(after: next) { next = particle }
            guard next + 1 < o.count, o[next] == " ", upper(o[next + 1]) || arabicArticle(at: next + 1) else {
                if words == 1, j - i >= 3, let broken = brokenWordEnd(after: next), Self.writtenTwice(Array(o[i..<broken]), in: o) { end = broken }
                break
            }
            k = next + 1
        }
        guard lower, end - i >= 3, end >= o.count || !("0"..."9").contains(o[end]) else { return nil }
        guard !hasNotNameWord(i..<end) || isBodyWithCommonWords(i..<end) else { return nil }
        return end - i + (words == 1 ? numberClosingName(at: end) : 0)
    }

    /// The last words of the people's names spelled out in parentheses (查尔斯·利斯特 (Charles
    /// Lister)), each with the full names it ends: one alone stands for that person later, as
    /// `parenthesizedNames` records; one two people share (Kerri and Kaitlyn Greenidge) for no one.
    func glossedSurnames() -> [String: Set<String>] {
        let t = text.folded
        var surnames: [String: Set<String>] = [:]
        for p in t.positions(in: 0..<t.count, where: { $0 == "（" || $0 == "(" }) {
            var k = p + 1
            while k < t.count, t[k] == " " { k += 1 }
            guard k < t.count, Self.isUpperLatin(text.original[k]), let len = latinNameLength(at: k),
                  let space = text.original[k..<(k + len)].lastIndex(of: " "), latinActorKind(k..<(k + len)) == .person else { continue }
            surnames[text.text((space + 1)..<(k + len)), default: []].insert(text.text(k..<(k + len)))
        }
        return surnames
    }

    /// Where a name particle ends (de, la, van, von, der, bin, al …) after the space at `j`, when
    /// one is written there and a space follows it.
    private func particleEnd(after j: Int) -> Int? {
        let o = text.original
        guard j < o.count, o[j] == " " else { return nil }
        var e = j + 1
        while e < o.count, ("a"..."z").contains(o[e]) { e += 1 }
        guard e - j - 1 >= 1, e < o.count, o[e] == " ",
              Self.nameParticles.contains(String(scalars: o[(j + 1)..<e])) else { return nil }
        return e
    }

    /// Whether an Arabic article joined by a hyphen to a capitalised word starts at `k`
    /// (Magdi el-Gizouli, Abu Bakr al-Baghdadi): the name goes on through it.
    private func arabicArticle(at k: Int) -> Bool {
        let o = text.original
        var e = k
        while e < o.count, e - k < 3, ("a"..."z").contains(o[e]) { e += 1 }
        return e > k && e + 1 < o.count && o[e] == "-" && Self.isUpperLatin(o[e + 1])
            && Self.hyphenedArticles.contains(String(scalars: o[k..<e]))
    }

    /// Arabic articles written joined to the next word by a hyphen (al-, el-, ash-).
    static let hyphenedArticles: Set<String> = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az"]

    /// Where a nickname in quotation marks ends (Ekaterina “Katya” Malievskaia, Robert "Bob"
    /// Smith) after the space at `j`, when one capitalised word is quoted there and a space
    /// follows it: it is part of the name, not a quotation.
    private func nicknameEnd(after j: Int) -> Int? {
        let o = text.original
        guard j + 2 < o.count, o[j] == " ", o[j + 1] == "“" || o[j + 1] == "\"", Self.isUpperLatin(o[j + 2]) else { return nil }
        var e = j + 3
        while e < o.count, ("a"..."z").contains(o[e]) || Self.isLowerAccented(o[e]) { e += 1 }
        guard e + 1 < o.count, o[e] == "”" || o[e] == "\"", o[e + 1] == " " else { return nil }
        return e + 1
    }

    /// Where the rest of a one-word name ends when a space broke it (网络安全公司 Cyber eason 的):
    /// after the space at `j`, three or more lower-case letters, no particle, then Chinese. A
    /// lower-case word before a capitalised one ('Goog le Chrome') stays out, and so does a
    /// first piece of under three letters ('Sc hmidt', where the longer name is written too).
    /// The caller takes it only for a name written so twice: a broken name recurs, an English
    /// phrase in passing (Life mission) seldom does.
    private func brokenWordEnd(after j: Int) -> Int? {
        let o = text.original
        guard j + 1 < o.count, o[j] == " " else { return nil }
        var e = j + 1
        while e < o.count, ("a"..."z").contains(o[e]) { e += 1 }
        guard e - j - 1 >= 3, !Self.nameParticles.contains(String(scalars: o[(j + 1)..<e])) else { return nil }
        guard e < o.count else { return e }
        let after = o[e] == " " ? text.pastSpaces(e, before: o.count) : e
        return after < o.count && Lexicon.isHan(o[after]) ? e : nil
    }

    /// Lower-case words inside European and Arabic names (not le: a typo, 'Goog le Chrome',
    /// joined words that are no name).
    static let nameParticles: Set<String> = ["de", "la", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den",
                                             "ter", "ten", "bin", "ibn", "al", "el", "dos", "das", "y"]

    /// The length of a number set after a one-word name as its last word (Article 19, Unit
    /// 42): up to four digits after one space, standing alone, not a count or a date (Peter 12
    /// 岁, Jane 1 月).
    private func numberClosingName(at end: Int) -> Int {
        let o = text.original, t = text.folded
        guard end + 1 < o.count, o[end] == " ", ("0"..."9").contains(o[end + 1]) else { return 0 }
        var j = end + 1
        while j < o.count, ("0"..."9").contains(o[j]) { j += 1 }
        guard j - end - 1 <= 4, j == o.count || !Self.isASCIIWordCharacter(o[j]) && !".,%".unicodeScalars.contains(o[j]) else { return 0 }
        var k = j
        while k < t.count, t[k] == " " { k += 1 }
        if k < t.count, Self.unitsAfterNumbers.contains(t[k]) { return 0 }
        return j - end
    }

    private static let unitsAfterNumbers = ScalarSet("年月日号岁个名位家分点万亿千百元次人种条项")

    /// The most capitals of an acronym that speaks (AFRICOM, CENTCOM, NASSCOM).
    private static let longestAcronym = 7

    /// An acronym that speaks (NBA说, FBI 表示, CSA 在一份新闻稿中写道) or whose people do (NBA 的一位发言人说): an
    /// organization. Elsewhere an acronym is as often a thing (GDP, VPN) as a body, so it
    /// is taken only with a cue right after it, or a cue or people after its 的.
    ///
    /// Reads the run of capitals at `i` and returns where it ends; nil when `i` starts no run
    /// (`latinNames` asks it at every capital that starts no name, in the same walk).
    func speakingAcronym(at i: Int, _ found: inout PhraseMatcher<Actor>, _ c: Coverage) -> Int? {
        let o = text.original, t = text.folded
        // (not the second half of a hyphenated name: PETER-SERVICE)
        guard Self.isUpperASCII(o[i]), i == 0 || !Self.isASCIIWordCharacter(o[i - 1]) && o[i - 1] != "-" else { return nil }
        var end = i
        while end < o.count, Self.isUpperASCII(o[end]) { end += 1 }
        guard (2...Self.longestAcronym).contains(end - i), !c.covered[i], end == o.count || !Self.isASCIIWordCharacter(o[end]),
              !Lexicon.acronymsOfThings.contains(String(scalars: t[i..<end])) else { return end }
        var k = end
        while k < t.count, t[k] == " " { k += 1 }
        guard cueFollows(k) || cueAfterPlaceOfWords(k) || k < t.count && t[k] == "的" && (cueInClause(after: k + 1, within: 8) || peopleNoun(at: k + 1))
                || documentReporting(at: k) || speaksToTitled(at: k) else { return end }
        let name = text.foldedText(i..<end)
        if !found.contains(Array(name.unicodeScalars)) {
            found.insert(name, Actor(key: Actor.localKey(name), name: text.text(i..<end), kind: .organization))
        }
        return end
    }

    /// Whether a word for a body's official side (官方, 方面, 当局) and then a cue start at `k`
    /// (Medium 官方表示, Telegram 方面称): the Latin word before it names an organization that speaks.
    func bodyHeadBeforeCue(at k: Int) -> Bool {
        guard let head = Self.bodyHeads.match(text.folded, at: k) else { return false }
        return Lexicon.cues.match(text.folded, at: k + head.length) != nil
    }

    private static let bodyHeads = PhraseMatcher(Lexicon.organizationHeads.map { ($0, true) })

    /// Whether the acronym before `k` speaks to an outlet whose title follows in 《》 (KNU 對《BBC
    /// Burmese》表示, FBI 向《纽约时报》证实).
    private func speaksToTitled(at k: Int) -> Bool {
        let t = text.folded
        guard k < t.count, Lexicon.addresseeMarkers.contains(t[k]) else { return false }
        let open = text.pastSpaces(k + 1, before: t.count)
        guard open < t.count, t[open] == "《", let close = (open..<min(t.count, open + Self.titleLength)).first(where: { t[$0] == "》" })
        else { return false }
        return Lexicon.cues.match(t, at: text.pastSpaces(close + 1, before: t.count)) != nil
    }

    /// Most characters of an outlet's title in 《》 between a speaker and the cue.
    private static let titleLength = 24

    /// Whether a document the acronym before `k` wrote reports at `k` (FDA数据显示, WHO报告指出).
    private func documentReporting(at k: Int) -> Bool {
        guard let noun = Lexicon.documentNouns.match(text.folded, at: k) else { return false }
        return cueInClause(after: k + noun.length, within: 3)
    }

    /// Whether people who speak for a body are named at `k`, past a count (一位发言人, 官员).
    private func peopleNoun(at k: Int) -> Bool {
        let t = text.folded
        let p = k + (Lexicon.indefinites.match(t, at: k)?.length ?? 0)
        return p < t.count && (Lexicon.offices.match(t, at: p) != nil || Lexicon.unnamedSources.match(t, at: p) != nil)
    }

    /// Whether a cue starts within `limit` characters after `start`, before any clause punctuation.
    private func cueInClause(after start: Int, within limit: Int) -> Bool {
        firstCueInClause(after: start, within: limit, where: { Lexicon.cues.match(self.text.folded, at: $0) != nil }) != nil
    }

    /// `latinWords(r).contains(where: notNameWords.contains)`, word by word with an early
    /// exit: every capitalised word of an article is asked, and building all the words
    /// (twice each) first made a call cost thousands of instructions.
    func hasNotNameWord(_ r: Range<Int>) -> Bool {
        let notName = Self.notNameWords
        var start = r.lowerBound
        for k in r.lowerBound...r.upperBound where k == r.upperBound || text.original[k] == " " {
            defer { start = k + 1 }
            guard k > start else { continue }
            let word = ArticleText.matchingForm(text.original[start..<k])
            if notName.contains(word) { return true }
            if word.contains("."), notName.contains(word.filter { $0 != "." }) { return true }
        }
        return false
    }

    /// `Lexicon.notNameWords` as a trie, asked with a word's scalars: making each word a
    /// String to hash it cost 700 instructions a word. (The words are lower-case ASCII,
    /// which no other spelling equals, so the trie and the set agree.)
    private static let notNameWords = PhraseMatcher(Lexicon.notNameWords.map { ($0, ()) })

    /// Whether a run of capitalised words with a common word in it still names a body: its
    /// last word says it is one (in the plural too) and its common words only describe it (Open Science
    /// Collaboration, Open Society Foundations, American Civil Liberties Union), where a
    /// function word or a verb (In Beijing Group, China Says) makes it a headline.
    private func isBodyWithCommonWords(_ r: Range<Int>) -> Bool {
        let words = ArticleText.matchingForm(text.original[r]).split(separator: " ").map { String(scalars: $0) }
        guard words.count >= 2, let last = words.last,
              Lexicon.organizationWords.contains(last) || Lexicon.organizationWords.contains(String(last.dropLast())) else { return false }
        return words.allSatisfy { !Lexicon.notNameWords.contains($0) || Lexicon.bodyAdjectives.contains($0) }
    }

    /// A Latin letter or digit: what an alias or acronym must not touch (BBC, NBA: not
    /// NBAer or G7B).
    static func isASCIIWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.value &- 0x41 < 26 || c.value &- 0x61 < 26 || c.value &- 0x30 < 10
    }

    /// `A`…`Z`: asked first at every position of an article, before anything that costs a call.
    static func isUpperASCII(_ c: Unicode.Scalar) -> Bool { c.value &- 0x41 < 26 }

    /// `A`…`Z` and the accented capitals of Latin-1 (Lubomír Zaorálek, Éric, Süddeutsche: Czech,
    /// French and German names keep their letters in Chinese copy).
    static func isUpperLatin(_ c: Unicode.Scalar) -> Bool { isUpperASCII(c) || c.value &- 0xC0 < 0x1F && c.value != 0xD7 }

    /// The accented small letters of Latin-1 and Latin Extended-A (á, č, ř, ü, ß).
    static func isLowerAccented(_ c: Unicode.Scalar) -> Bool { c.value &- 0xDF < 0x170 && c.value != 0xF7 }

    /// The lower-cased words of a Latin-script name, with and without a final period.
    /// A name is ASCII letters, `-`, `'`, `.` and spaces (see `latinNameLength`), so
    /// lower-casing the scalars in place is `lowercased()` without building, re-splitting
    /// and filtering a String by Characters.
    func latinWords(_ r: Range<Int>) -> [String] {
        ArticleText.matchingForm(text.original[r]).split(separator: " ")
            .flatMap { [String(scalars: $0), String(scalars: $0.filter { $0 != "." })] }
    }

    /// A name in Latin script is an organisation when one of its words says so, or when
    /// it starts with an acronym (ABC Glass, NBC News).
    func latinActorKind(_ r: Range<Int>) -> Catalog.Entry.Kind {
        let firstWord = text.original[r].prefix { $0 != " " }
        let acronym = firstWord.count >= 2 && firstWord.allSatisfy { ("A"..."Z").contains($0) }
        // (Article 19, Unit 42, Mate 40: a name numbered is a body's or a thing's, never a person's)
        let numbered = r.count > 0 && ("0"..."9").contains(text.original[r.upperBound - 1])
        return acronym || numbered || latinWords(r).contains(where: { Lexicon.organizationWords.contains($0) }) ? .organization : .person
    }

    /// Whether what stands right before a Latin name says it is a body's (匿名组织 Intrusion Truth,
    /// 网络安全公司 Cybereason): an apposition.
    func namedAsInstitution(before i: Int) -> Bool {
        var p = i
        while p > 0, text.folded[p - 1] == " " { p -= 1 }
        return p > 1 && Lexicon.endsLikeInstitution(text.folded, at: p)
    }

    /// Whether the word is written anywhere right after what says it is a body's (网络安全公司
    /// Cybereason 发布了报告。… Cybereason 表示: the body speaking later, without its noun).
    func namedAsInstitutionElsewhere(_ word: [Unicode.Scalar]) -> Bool {
        let o = text.original
        return positions(of: word, in: text.folded).contains { k in
            (k == 0 || !Self.isASCIIWordCharacter(o[k - 1])) && (k + word.count == o.count || !Self.isASCIIWordCharacter(o[k + word.count]))
                && namedAsInstitution(before: k)
        }
    }
}
