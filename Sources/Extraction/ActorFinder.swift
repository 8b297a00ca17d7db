import ClaimGraphCore

/// Finds every actor named in an article: catalog aliases in any script, people found
/// by title + name (…教授朱志群), transliterated names with a middle dot, and later
/// references by the last part of such a name (加布耶夫 after 亚历山大·加布耶夫).
struct ActorFinder {
    let index: CatalogIndex
    let text: ArticleText

    func mentions() -> [Mention] {
        let t = text.folded
        // Catalog matches at every position, looked up once for both passes.
        var catalog = [Int32](repeating: -1, count: t.count)
        var catalogLength = [UInt8](repeating: 0, count: t.count)
        let aliases = index.aliases  // a local: read through the class at every position, it cost retains
        for i in 0..<t.count {
            if let m = aliases.match(t, at: i), boundaryOK(i, m.length), !derivedWord(m.value, after: i + m.length), !insideTransliteration(i, m.length) {
                catalog[i] = Int32(m.value)
                catalogLength[i] = UInt8(min(m.length, 255))
            }
        }
        let local = discoverPeople(catalog: catalog, length: catalogLength)
        var out: [Mention] = []
        var i = 0
        while i < t.count {
            let catalogLen = catalog[i] >= 0 ? Int(catalogLength[i]) : 0
            let actor: Actor, len: Int
            // Found names must not touch Latin letters either: Patrick Su's 'Su' is not the start of 'Sunday'.
            if let m = local.match(t, at: i), m.length > catalogLen, boundaryOK(i, m.length) {
                // (泰尔 (Peter Thiel): the surname inside the gloss is the name just read, again)
                if let last = out.last, last.actor.key == m.value.key, spellsOut(last.range.upperBound..<i) { i += m.length; continue }
                (actor, len) = (m.value, m.length)
            } else if catalogLen > 0 {
                (actor, len) = (index.actors[Int(catalog[i])], catalogLen)
            } else {
                i += 1
                continue
            }
            out.append(Mention(range: i..<(i + len), actor: withEnglishName(actor, after: i + len)))
            i += len
        }
        return withGlossedSurnames(withGivenNameReferences(withSurnameReferences(withTransliterationVariants(out))))
    }

    /// Whether `r` opens a parenthesis and holds only Latin words after it: inside a name's
    /// spelling out (泰尔 (Peter Thiel)), where the surname is the name just read, again.
    private func spellsOut(_ r: Range<Int>) -> Bool {
        let o = text.original
        guard let open = r.first(where: { !o[$0].isSpace }), o[open] == "(" || o[open] == "（" else { return false }
        return o[(open + 1)..<r.upperBound].allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || $0 == "." || $0 == "-") }
    }

    /// A transliterated alias read inside a longer transliteration (特拉斯 in 柯尼根斯特拉斯大街, a
    /// street; in 斯特拉斯堡, a city): transliteration characters on both sides, or a place's end after.
    private func insideTransliteration(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded, names = Lexicon.transliteration
        guard i > 0, i + len < t.count, names.contains(t[i - 1]), (i..<(i + len)).allSatisfy({ names.contains(t[$0]) }) else { return false }
        return names.contains(t[i + len]) || Lexicon.placeEnds.contains(t[i + len])
    }

    /// A catalog person's name opening a word made from it (马克思主义, 孔子学院).
    private func derivedWord(_ actor: Int, after end: Int) -> Bool {
        index.actors[actor].kind == .person && Lexicon.derivedFromName.match(text.folded, at: end) != nil
    }

    /// ASCII aliases (BBC, SCO) and names (Su) must not match inside a longer word.
    private func boundaryOK(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        let word = Self.isASCIIWordCharacter
        if word(t[i]), i > 0, word(t[i - 1]) { return false }
        if word(t[i + len - 1]), i + len < t.count, word(t[i + len]) { return false }
        return !insideLatinName(i, len)
    }

    /// Whether a capitalised Latin alias stands inside a longer name, a capitalised word on
    /// each side (Time in 商汤集团 (Sense Time Group)): a word of that name, not the alias.
    private func insideLatinName(_ i: Int, _ len: Int) -> Bool {
        let o = text.original
        func capitalised(_ k: Int) -> Bool { k >= 0 && k < o.count && ("A"..."Z").contains(o[k]) }
        guard capitalised(i), i >= 2, o[i - 1] == " ", i + len + 1 < o.count, o[i + len] == " ", capitalised(i + len + 1) else { return false }
        var k = i - 2
        while k > 0, Self.isASCIIWordCharacter(o[k - 1]) { k -= 1 }
        return capitalised(k)
    }

    /// People not in the catalog, keyed by their spelling in the folded text: one pass per
    /// way a name is written.
    private func discoverPeople(catalog: [Int32], length: [UInt8]) -> PhraseMatcher<Actor> {
        var found = PhraseMatcher<Actor>()
        let c = Coverage(text.folded.count, catalog: catalog, length: length)
        dottedNames(&found, c)
        let glossed = glossedSurnames()
        let glossedLater = latinNames(&found, c, glossed: glossed)
        parenthesizedNames(&found, c, glossed: glossed)
        for (word, actor) in glossedLater { found.insert(word, actor) }  // (a phrase found first keeps it)
        parenthesizedOrganizations(&found, c)
        firmNames(&found, c)
        titledNames(&found, c)
        namesAfterInstitutions(&found, c)
        pseudonyms(&found, c)
        namesAfterNamingVerbs(&found, c)
        let t = text.folded
        let cues = Lexicon.cues
        // (正如经济学家王建国所说: the name ends before 所, which makes the cue what was said)
        let atCues = (2..<max(2, t.count)).filter { !c.covered[$0 - 1] && Self.cue(at: $0, in: t, cues) }.map { t[$0 - 1] == "所" ? $0 - 1 : $0 }
        // (李兰娟在接受央视采访时表示, 弗里德曼在《美国货币史》一书中认为: the name ends where the
        // interview or the piece opens)
        let opened = atCues.compactMap { ClaimFinder.whereSaidStart(before: $0, in: t, from: 0) }
        let cueStarts = (atCues + opened).sorted()
        transliterationsBeforeCues(&found, c, cueStarts: cueStarts)
        chineseNamesBeforeCues(&found, c, cueStarts: cueStarts)
        chineseNamesOpeningCueClauses(&found, c, cueStarts: cueStarts)
        chineseNamesInCredits(&found, c)
        chineseNamesLabellingQuotations(&found, c)
        transliterationsLabellingQuotations(&found, c)
        namesAfterQuotations(&found, c, cueStarts: cueStarts)
        recurringNamesAfterQuotations(&found, c, cueStarts: cueStarts)
        recurringNamesBeforeQuotations(&found, c, cueStarts: cueStarts)
        namesActingAfterSpeech(&found, c)
        letterNamesBeforeCues(&found, cueStarts: cueStarts)
        handlesBeforeCues(&found, cueStarts: cueStarts)
        namesBeforeAddress(&found, c)
        namesAfterAges(&found, c)
        return found
    }

    /// Which positions `mentions` cover: where a reference found after them must not start.
    func positionsCovered(by mentions: [Mention]) -> [Bool] {
        var covered = [Bool](repeating: false, count: text.folded.count)
        for m in mentions { for k in m.range { covered[k] = true } }
        return covered
    }

    /// Which characters the catalog's matches cover, and where one ends.
    struct Coverage {
        private(set) var covered: [Bool]
        private(set) var catalogEnd: [Bool]

        init(_ count: Int, catalog: [Int32], length: [UInt8]) {
            catalogEnd = Array(repeating: false, count: count + 1)
            covered = Array(repeating: false, count: count)
            var i = 0
            while i < count {
                if catalog[i] >= 0 {
                    let len = Int(length[i])
                    catalogEnd[i + len] = true
                    for k in i..<(i + len) { covered[k] = true }
                    i += len
                } else { i += 1 }
            }
        }
    }

    /// A Chinese name right after an institution's name and just before a cue, at most past 等人 and
    /// a time word (…议程管理中心杨扬近期表示, …驻巴西代表处米娜等人撰文称): the person speaking for the institution, though
    /// written once.
    private func namesAfterInstitutions(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        // (not 方 closing 校方, 警方, 军方: 有学生向校方举报称 names no 方举报)
        // (only at surnames, found in one tight pass)
        for p in t.positions(in: 2..<max(2, t.count), where: Lexicon.surnames.contains)
        where !covered[p] && !(t[p] == "方" && Lexicon.sidesBeforeFang.contains(t[p - 1])) {
            let direct = Lexicon.isHan(t[p - 2]) && Lexicon.endsLikeInstitution(t, at: p)
            guard direct || institutionEnds(beforeDe: p),
                  Lexicon.titles.match(t, at: p) == nil, Lexicon.breakers.match(t, at: p) == nil,
                  Lexicon.unnamedSources.match(t, at: p) == nil else { continue }
            // after 的 only a full name of three characters (…中心的魏建国称; not 公司的车主表示), or of two
            // after a university or an institute (上海交通大学的陆明说), whose people are named, not counted
            for length in direct ? [2, 3] : academyBeforeDe(p) ? [3, 2] : [3] where p + length <= t.count {
                let name = Array(t[p..<(p + length)])
                guard (p..<(p + length)).allSatisfy({ Lexicon.isHan(t[$0]) && !covered[$0] && ($0 == p || !stops($0)) }),
                      !Lexicon.commonWords.contains(String(scalars: name.prefix(2))), cueFollows(p + length) else { continue }
                if !found.contains(name) { found.insert(text.foldedText(p..<(p + length)), Actor(written: p..<(p + length), in: text, kind: .person)) }
                break
            }
        }
    }

    /// A transliterated name of three or more characters opening a clause right before a cue
    /// (…，希尔曼写道), written at least twice in the article: a person, unless it ends like a place
    /// (巴基斯坦表示).
    private func transliterationsBeforeCues(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, cueStarts: [Int]) {
        let t = text.folded
        let covered = c.covered
        var openings: [[Unicode.Scalar]: Int]?  // two characters opening a clause before a cue, counted once asked
        for c in cueStarts where c >= 2 {
            var lo = c
            while lo > 0, c - lo < Self.longestTransliteration, Lexicon.transliteration.contains(t[lo - 1]), !covered[lo - 1] { lo -= 1 }
            // (after 但 or 而 opening the clause too: 但索尔卡警告称)
            let afterConjunction = lo >= 2 && Self.clauseConjunctions.contains(t[lo - 1]) && !Lexicon.isHan(t[lo - 2])
            guard c - lo >= 2, lo == 0 || !Lexicon.isHan(t[lo - 1]) || afterConjunction, !Lexicon.placeEnds.contains(t[c - 1]) else { continue }
            let name = Array(t[lo..<c])
            // (two characters only opening two clauses before a cue: 昆茨称…。昆茨说：)
            if name.count == 2 {
                if openings == nil { openings = twoCharacterOpenings(cueStarts) }
                if Lexicon.commonWords.contains(String(scalars: name)) || openings![name, default: 0] < 2 { continue }
            }
            // (or once, right after the quotation it credits: “…”，艾哈迈德说; or of three characters
            // or more, before the colon that opens its quotation: 斯帕尔丁说：“…”)
            guard !found.contains(name), Self.writtenTwice(name, in: t) || isMarkedAsSpeaker(lo, fullName: false)
                    || name.count >= 3 && opensQuotation(afterCueAt: c) else { continue }
            found.insert(text.foldedText(lo..<c), Actor(written: lo..<c, in: text, kind: .person))
        }
    }

    /// Conjunctions that open a clause before its subject (但, 而).
    private static let clauseConjunctions = ScalarSet("但而")

    /// The most characters of a transliterated name read before a cue (陀斯妥耶夫斯基: 7).
    static let longestTransliteration = 8

    /// How many times each two characters open a clause right before a cue (昆茨称…。昆茨说).
    private func twoCharacterOpenings(_ cueStarts: [Int]) -> [[Unicode.Scalar]: Int] {
        let t = text.folded
        var counts: [[Unicode.Scalar]: Int] = [:]
        for c in cueStarts where c >= 2 && (c == 2 || !Lexicon.isHan(t[c - 3])) { counts[[t[c - 2], t[c - 1]], default: 0] += 1 }
        return counts
    }

    /// A Chinese name opening a clause right before a cue (…。向建军回忆，…), written at least twice or
    /// opening a quotation with the cue's colon: a surname and one or two characters that are no common word.
    private func chineseNamesBeforeCues(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, cueStarts: [Int]) {
        let t = text.folded
        let covered = c.covered
        // (the name right before the cue, else one before an adverb or a time word: 夏绍曾则负责,
        // 倪匡曾经说过; of two characters only before a time word, as 高瓴也表示, 欧洲则认为 and
        // 高瓴一直宣称 are no names)
        for cue in cueStarts {
            if titledBeforeCue(&found, covered, cue: cue) { continue }
            let gapped = nameEnd(beforeCue: cue)
            let ends = [(cue, [3, 2])] + (gapped.map { [($0.end, $0.afterTimeWord ? [3, 2] : [3])] } ?? [])
            nameLoop: for (c, lengths) in ends {
                for length in lengths where c - length >= 0 {
                    let lo = c - length
                    let described = describedBeforeItsWords(lo..<c, cueAt: cue)
                    guard lo == 0 || !Lexicon.isHan(t[lo - 1]) || described, isChineseName(lo..<c, covered) else { continue }
                    let name = Array(t[lo..<c])
                    // (or once, of three characters, before the colon that opens its quotation: 张建国提醒道：“…”)
                    // (not a manner or a place read as a name: 冷冷地说, 简介上说, 王很快就得出结论)
                    guard !found.contains(name), Self.writtenTwice(name, in: t)
                            || length == 3 && opensQuotation(afterCueAt: cue) && !name.contains(where: Lexicon.notInNamesSaidOnce.contains)
                            || described else { continue }
                    found.insert(text.foldedText(lo..<c), Actor(written: lo..<c, in: text, kind: .person))
                    break nameLoop
                }
            }
        }
    }

    /// A Chinese name of three characters opening the clause of a cue and going on with where
    /// or when it spoke or to whom (王小明在接受记者采访时表示, 梁启超曾在…中写道, 王建国对我说),
    /// written at least twice. Two characters are too often a body or a place (华融在…宣布, 古巴在…).
    private func chineseNamesOpeningCueClauses(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, cueStarts: [Int]) {
        let t = text.folded
        let punctuation = Lexicon.clausePunctuation, terminators = Lexicon.terminators  // locals: see dottedNames
        for cue in cueStarts {
            var s = cue
            while s > 0, cue - s < 40, !punctuation.contains(text.original[s - 1]), !terminators.contains(text.original[s - 1]) { s -= 1 }
            while s < cue, t[s].isSpace || Lexicon.closeQuotes.contains(t[s]) { s += 1 }  // (「…。」曾佳欣向财新记者称)
            guard s + 3 < cue, Self.circumstanceOpeners.contains(t[s + 3]), isChineseName(s..<(s + 3), c.covered) else { continue }
            let name = Array(t[s..<(s + 3)])
            guard !found.contains(name), Self.writtenTwice(name, in: t) else { continue }
            found.insert(text.foldedText(s..<(s + 3)), Actor(written: s..<(s + 3), in: text, kind: .person))
        }
    }

    /// First characters of where or when someone spoke, or to whom, after their name (在, 曾, 于;
    /// 对, 向: 王建国对我说, 王小明向记者表示).
    private static let circumstanceOpeners = ScalarSet("在曾于对向")

    /// Whether `r` is shaped like a Chinese name right before a cue: a surname, then Han
    /// characters no catalog name covers, no particle or cue, no common word (文件指出), no
    /// title (陈医生说; a surname and a title that addresses, 赵老板说, is one), no manner after a
    /// surname alone (艾如此评价: 艾 said so).
    func isChineseName(_ r: Range<Int>, _ covered: [Bool]) -> Bool {
        let t = text.folded
        return Lexicon.surnames.contains(t[r.lowerBound])
            && (Lexicon.titles.match(t, endingAt: r.upperBound) == nil || r.count == 3 && Lexicon.addressingTitles.match(t, endingAt: r.upperBound) != nil)
            && r.allSatisfy({ Lexicon.isHan(t[$0]) && !covered[$0] })
            && !r.contains(where: { stops($0) && !($0 == r.lowerBound && (surnameZhou(at: $0) || surnameZeng(opening: r))) && !givenNameBreaker(at: $0, in: r) })
            && !Lexicon.commonWords.contains(String(scalars: t[r.lowerBound..<(r.lowerBound + 2)]))
            && !Lexicon.mannerWords.contains(String(scalars: t[(r.lowerBound + 1)..<r.upperBound]))
    }

    /// A breaker that is the first of two given-name characters (孙正义, 郑也夫, 王在希, 李亦农, 沈从文):
    /// names use these characters, and a name written twice before a cue is no adverb; not 和
    /// or 同 between two surnames (王和单: two people).
    func givenNameBreaker(at k: Int, in r: Range<Int>) -> Bool {
        let t = text.folded
        guard r.count == 3, k == r.lowerBound + 1, Self.givenNameBreakers.contains(t[k]) else { return false }
        return !Self.joiners.contains(t[k]) || !Lexicon.surnames.contains(t[k + 1])
    }

    private static let givenNameBreakers = ScalarSet("正和同亦也在则更将又从")
    private static let joiners = ScalarSet("和同")

    /// Whether an institution's name ends before the 的 right before `p`, past its English name
    /// in parentheses (中国国际经济交流中心 (CCIEE) 的魏建国).
    private func institutionEnds(beforeDe p: Int) -> Bool {
        let t = text.folded
        guard t[p - 1] == "的" else { return false }
        var k = p - 1
        while k > 0, t[k - 1] == " " { k -= 1 }
        if k > 0, t[k - 1] == ")" || t[k - 1] == "）" {
            while k > 0, t[k - 1] != "(", t[k - 1] != "（", p - k < 80 { k -= 1 }
            k -= 1
            while k > 0, t[k - 1] == " " { k -= 1 }
        }
        return k >= 2 && Lexicon.isHan(t[k - 2]) && Lexicon.endsLikeInstitution(t, at: k)
    }

    /// Whether a university's or an institute's name ends right before the 的 before `p`.
    private func academyBeforeDe(_ p: Int) -> Bool {
        p >= 3 && text.folded[p - 1] == "的" && Self.academies.match(text.folded, endingAt: p - 1) != nil
    }

    private static let academies = PhraseMatcher<Bool>(["大学", "学院", "研究所", "研究院", "研究中心"].map { ($0, true) })

    /// Where `word` is written in `t` (start positions).
    func positions(of word: [Unicode.Scalar], in t: [Unicode.Scalar]) -> [Int] {
        guard let first = word.first, word.count <= t.count else { return [] }
        return t.positions(in: 0..<(t.count - word.count + 1), where: { $0 == first }).filter { t[$0..<($0 + word.count)].elementsEqual(word) }
    }

    /// Whether `word` is written at least twice in `t`: a scan that stops at the second.
    static func writtenTwice(_ word: [Unicode.Scalar], in t: [Unicode.Scalar]) -> Bool {
        guard let first = word.first, word.count <= t.count else { return false }
        var seen = 0
        for p in 0...(t.count - word.count) where t[p] == first && t[p..<(p + word.count)].elementsEqual(word) {
            seen += 1
            if seen == 2 { return true }
        }
        return false
    }

    /// Whether `name` is written somewhere right before a cue (朱继东写道).
    func speaksAlone(_ name: [Unicode.Scalar], in t: [Unicode.Scalar]) -> Bool {
        positions(of: name, in: t).contains { cueAt($0 + name.count) }
    }

    /// 周 opening a name (周亮指出, 副主席周亮表示), not a weekday or a week (周一, 周末, 周年):
    /// the one surname that is also a breaker and starts no adverb.
    func surnameZhou(at i: Int) -> Bool {
        let t = text.folded
        return t[i] == "周" && i + 1 < t.count && Lexicon.isHan(t[i + 1]) && !Self.weekWords.contains(t[i + 1])
    }

    private static let weekWords = ScalarSet("一二三四五六七日天末年内中前后边围期刊报间")

    /// Whether a name cannot go on at `i` (a cue, a particle, a pronoun (徐麟他倒说) or a breaker
    /// starts there).
    func stops(_ i: Int) -> Bool {
        let t = text.folded
        if Self.stopCharacters.contains(t[i]) { return true }
        return Lexicon.cues.match(t, at: i) != nil || Lexicon.breakers.match(t, at: i) != nil
    }

    /// Particles and pronouns that end a name, a bit each (scanning them as a string's scalars
    /// was 0.7% of an ingest: `stops` is asked of every character of every candidate name).
    private static let stopCharacters = ScalarSet("的是了在和与对也则还曾向就将已又便等及被看他她它")

    /// A mention followed by an English name in parentheses keeps it as `name_en`, unless
    /// the catalog already knows the person (BBC's 托卡耶夫（Nursultan Nazarbayev） is wrong).
    private func withEnglishName(_ actor: Actor, after end: Int) -> Actor {
        // (布莱恩·侯赛曼 (Brian Huseman): some outlets set a space before the parenthesis)
        let open = end < text.original.count && text.original[end] == " " ? end + 1 : end
        // (the parenthesis first: most mentions have none, and it is read without hashing a key)
        guard open < text.original.count, text.original[open] == "（" || text.original[open] == "(",
              actor.properties["wikidata"] == nil, actor.properties["aliases"] == nil else { return actor }
        var j = open + 1
        while j < text.original.count, j - open < 60, text.original[j] != "）", text.original[j] != ")" { j += 1 }
        let inner = text.text((open + 1)..<j)
        guard inner.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "é" || $0 == "ö" || $0 == "ü" }), inner.count > 2 else { return actor }
        var a = actor
        a.properties["name_en"] = .string(inner)
        return a
    }
}
