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
            if let m = aliases.match(t, at: i), boundaryOK(i, m.length) {
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
            if let m = local.match(t, at: i), m.length > catalogLen {
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
        return out
    }

    /// ASCII aliases (BBC, SCO) must not match inside a longer word.
    private func boundaryOK(_ i: Int, _ len: Int) -> Bool {
        let t = text.folded
        func word(_ s: Unicode.Scalar) -> Bool { s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) }
        if word(t[i]), i > 0, word(t[i - 1]) { return false }
        if word(t[i + len - 1]), i + len < t.count, word(t[i + len]) { return false }
        return true
    }

    /// People not in the catalog, keyed by their spelling in the folded text: one pass per
    /// way a name is written.
    private func discoverPeople(catalog: [Int32], length: [UInt8]) -> PhraseMatcher<Actor> {
        var found = PhraseMatcher<Actor>()
        let c = Coverage(text.folded.count, catalog: catalog, length: length)
        dottedNames(&found, c)
        latinNames(&found, c)
        parenthesizedNames(&found, c)
        parenthesizedOrganizations(&found, c)
        titledNames(&found, c)
        namesAfterInstitutions(&found, c)
        let t = text.folded
        let cues = Lexicon.cues  // a local: a static is checked for initialisation at every access
        let cueStarts = (2..<max(2, t.count)).filter { !c.covered[$0 - 1] && cues.match(t, at: $0) != nil }
        transliterationsBeforeCues(&found, c, cueStarts: cueStarts)
        chineseNamesBeforeCues(&found, c, cueStarts: cueStarts)
        namesBeforeAddress(&found, c)
        return found
    }

    /// Which characters the catalog's matches cover, and where one ends.
    private struct Coverage {
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

    /// Transliterated names around a middle dot (亚历山大·加布耶夫), under the whole name
    /// and its last part.
    private func dottedNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        for d in 0..<t.count where Lexicon.nameDots.contains(t[d]) {
            guard d > 0, d + 1 < t.count, Self.namePartBeforeDot(t[d - 1]), Lexicon.isHan(t[d + 1]) else { continue }
            var lo = d
            // back over the given name, not into a title (总理理查德·…: 理查德)
            while lo > 0, d - lo < 6, Self.namePartBeforeDot(t[lo - 1]), !covered[lo - 1] || covered[d - 1],
                  lo == d || Lexicon.titles.match(t, endingAt: lo) == nil { lo -= 1 }
            if lo > 0, Lexicon.nameDots.contains(t[lo - 1]) { continue }  // a later dot of the same name
            var hi = d + 1
            var lastDot = d
            while hi < t.count, hi - lo < 16 {
                if Self.namePartAfterDot(t[hi]) || (Lexicon.isHan(t[hi]) && (hi == lastDot + 1 || t[hi - 1] == "-")) { hi += 1 }
                else if t[hi] == "-", hi > lastDot + 1, hi + 1 < t.count, Lexicon.isHan(t[hi + 1]) { hi += 1 }  // 伯纳斯-李
                else if Lexicon.nameDots.contains(t[hi]), hi + 1 < t.count, Lexicon.isHan(t[hi + 1]) { lastDot = hi; hi += 1 }
                else { break }
            }
            guard hi > lastDot + 1 else { continue }
            let full = text.foldedText(lo..<hi), last = text.foldedText((lastDot + 1)..<hi)
            if let whole = index.aliases.match(t, at: lo), whole.length == hi - lo {
                // 希拉里·克林顿 is the catalog's: a later 克林顿 alone is that person too
                let known = index.actors[whole.value]
                if known.kind == .person, hi - lastDot - 1 >= 2, !index.aliases.contains(Array(last.unicodeScalars)) { found.insert(last, known) }
                continue
            }
            let actor: Actor
            if let m = index.aliases.match(t, at: lastDot + 1), m.length == hi - lastDot - 1, index.actors[m.value].kind == .person {
                actor = index.actors[m.value]
            } else {
                actor = Actor(key: Actor.localKey(last), name: text.text(lo..<hi), kind: .person)
            }
            found.insert(full, actor)
            if hi - lastDot - 1 >= 2 { found.insert(last, actor) }
        }
    }

    /// Characters of a dotted name's parts: the transliteration set, and around a dot also
    /// characters common in given names (理查德, 乔治, 爱德华, 阿卜杜拉, 雪克来提) or in
    /// surnames (克林顿, 拜登, 培根, 罗素) that are too common elsewhere to mark a name alone.
    static func namePartBeforeDot(_ c: Unicode.Scalar) -> Bool {
        Lexicon.transliteration.contains(c) || Lexicon.givenNameExtras.contains(c)
    }

    static func namePartAfterDot(_ c: Unicode.Scalar) -> Bool {
        Lexicon.transliteration.contains(c) || Lexicon.surnameExtras.contains(c)
    }

    /// Names in Latin script (Jamie Wareham, Bolton), outside parentheses: a parenthesis after a
    /// Chinese name only spells that name.
    private func latinNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        var i = 0
        while i < t.count {
            guard Self.isUpperASCII(text.original[i]), let len = latinNameLength(at: i), !covered[i], !text.bracketed[i] else {
                i += 1
                continue
            }
            let name = text.text(i..<(i + len))
            // A single word (Bolton) counts only right before a cue: 'Clearly' is not a name.
            if !text.original[i..<(i + len)].contains(" ") {
                var k = i + len
                while k < t.count, t[k] == " " { k += 1 }
                if Lexicon.cues.match(t, at: k) == nil { i += len; continue }
            }
            found.insert(text.foldedText(i..<(i + len)), Actor(key: Actor.localKey(name.lowercased()), name: name, kind: latinActorKind(i..<(i + len))))
            i += len
        }
    }

    /// A name spelled out in Latin script in parentheses (班农 (Stephen Bannon)): the transliteration
    /// before it is a person, unless the catalog knows that name.
    private func parenthesizedNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        for p in 0..<t.count where (t[p] == "（" || t[p] == "(") && p >= 2 {
            var k = p + 1
            while k < t.count, t[k] == " " { k += 1 }
            // An organisation's English name (白宫总统人事办公室 (Presidential Personnel Office))
            // names no person.
            guard k < t.count, let len = latinNameLength(at: k), text.original[k..<(k + len)].contains(" "),
                  latinActorKind(k..<(k + len)) == .person else { continue }
            var lo = p
            while lo > 0, t[lo - 1] == " " { lo -= 1 }
            let end = lo
            // Back to a title (…首席战略师班农), else over transliteration characters.
            var titled: Int?
            for k in stride(from: end - 2, through: max(0, end - 6), by: -1) where Lexicon.isHan(t[k]) && !covered[k] {
                if Lexicon.titles.match(t, endingAt: k) != nil { titled = k; break }
                if k == 0 || !Lexicon.isHan(t[k - 1]) { break }
            }
            if let titled { lo = titled }
            while lo < end, t[lo] == "的" { lo += 1 }  // 政治顾问的加利亚莫夫 (Abbas Gallyamov)
            while titled == nil, lo > 0, end - lo < 8, Lexicon.transliteration.contains(t[lo - 1]) || Lexicon.nameDots.contains(t[lo - 1]), !covered[lo - 1] { lo -= 1 }
            while lo < end, Lexicon.nameDots.contains(t[lo]) { lo += 1 }  // John·多诺万: the name starts after the dot
            // …投资公司 (Cambridge Associates): an institution's name, not a person's.
            guard end - lo >= 2, !covered[end - 1], !Lexicon.institutionEnds.contains(t[end - 1]),
                  Lexicon.organizationSuffixes.match(t, endingAt: end) == nil else { continue }
            let folded = text.foldedText(lo..<end)
            if found.contains(Array(folded.unicodeScalars)) { continue }
            let english = text.text(k..<(k + len))
            found.insert(folded, Actor(key: Actor.localKey(english.lowercased()), name: text.text(lo..<end), kind: .person,
                                       properties: ["name_en": .string(english)]))
        }
    }

    /// An organization the article introduces with its Latin name or acronym in parentheses
    /// (北欧航空 (SAS), 美联航 (United Airlines)): a later 北欧航空表示 is that organization
    /// speaking. The Chinese name runs back to a 的 or punctuation; one that ends like an
    /// institution (…委员会) speaks under its name already.
    private func parenthesizedOrganizations(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded, o = text.original
        for p in 2..<max(2, t.count) where t[p] == "（" || t[p] == "(" {
            var k = p + 1
            while k < t.count, t[k] == " " { k += 1 }
            guard k < t.count, Self.isUpperASCII(o[k]), isOrganizationSpelling(at: k) else { continue }
            var end = p
            while end > 0, t[end - 1] == " " { end -= 1 }
            var lo = end
            while lo > 0, end - lo < 8, Lexicon.isHan(t[lo - 1]), !c.covered[lo - 1], t[lo - 1] != "的" { lo -= 1 }
            // (瑞士人民党（SVP）: a country before the name is left to the subject rules)
            guard end - lo >= 2, lo == 0 || !Lexicon.isHan(t[lo - 1]) || t[lo - 1] == "的",
                  !Lexicon.endsLikeInstitution(t, at: end), !Lexicon.clauseOpeners.contains(t[lo]),
                  !(lo..<end).contains(where: { Lexicon.cues.match(t, at: $0) != nil }) else { continue }
            let name = text.foldedText(lo..<end)
            if found.contains(Array(name.unicodeScalars)) { continue }
            found.insert(name, Actor(written: lo..<end, in: text, kind: .organization))
        }
    }

    /// Whether the Latin words at `k` name an organization: an acronym (SAS, KLM) or a name
    /// with an organization word (United Airlines, Rhodium Group).
    private func isOrganizationSpelling(at k: Int) -> Bool {
        if let len = latinNameLength(at: k) { return latinActorKind(k..<(k + len)) == .organization }
        var j = k
        while j < text.original.count, Self.isUpperASCII(text.original[j]) { j += 1 }
        return (2...6).contains(j - k) && j < text.original.count && ")）,， ".unicodeScalars.contains(text.original[j])
    }

    /// A name after a title (…教授朱志群), with the role words before the title.
    private func titledNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        let catalogEnd = c.catalogEnd
        var i = 0
        let titles = Lexicon.titles
        while i < t.count {
            guard let title = titles.match(t, at: i) else { i += 1; continue }
            let start = i + title.length
            i += 1
            guard start < t.count, !catalogEnd[start], !covered[start], Lexicon.isHan(t[start]),
                  !Lexicon.titleContinuations.contains(t[start]),
                  Lexicon.breakers.match(t, at: start) == nil, Lexicon.cues.match(t, at: start) == nil,
                  Lexicon.titles.match(t, at: start) == nil,
                  let len = nameLength(at: start) else { continue }
            let name = text.foldedText(start..<(start + len))
            if found.contains(Array(name.unicodeScalars)) { continue }
            var props: [String: PropertyValue] = [:]
            props["role"] = .string(text.text(roleStart(before: i - 1)..<start))
            found.insert(name, Actor(written: start..<(start + len), in: text, kind: .person, properties: props))
        }
    }

    /// A Chinese name right after an institution's name and just before a cue, at most past 等人 and
    /// a time word (…议程管理中心杨扬近期表示, …驻巴西代表处米娜等人撰文称): the person speaking for the institution, though
    /// written once.
    private func namesAfterInstitutions(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        for p in 2..<max(2, t.count) where Lexicon.surnames.contains(t[p]) && Lexicon.isHan(t[p - 2]) && !covered[p] {
            guard Lexicon.endsLikeInstitution(t, at: p),
                  Lexicon.titles.match(t, at: p) == nil, Lexicon.breakers.match(t, at: p) == nil,
                  Lexicon.unnamedSources.match(t, at: p) == nil else { continue }
            for length in [2, 3] where p + length <= t.count {
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
        for c in cueStarts where c >= 3 {
            var lo = c
            while lo > 0, c - lo < 6, Lexicon.transliteration.contains(t[lo - 1]), !covered[lo - 1] { lo -= 1 }
            guard c - lo >= 3, lo == 0 || !Lexicon.isHan(t[lo - 1]), !Lexicon.placeEnds.contains(t[c - 1]) else { continue }
            let name = Array(t[lo..<c])
            guard !found.contains(name), occurrences(of: name, in: t) >= 2 else { continue }
            found.insert(text.foldedText(lo..<c), Actor(written: lo..<c, in: text, kind: .person))
        }
    }

    /// A Chinese name opening a clause right before a cue (…。向建军回忆，…), written at least twice: a
    /// surname and one or two characters that are no common word.
    private func chineseNamesBeforeCues(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, cueStarts: [Int]) {
        let t = text.folded
        let covered = c.covered
        for c in cueStarts {
            for length in [3, 2] where c - length >= 0 {
                let lo = c - length
                guard Lexicon.surnames.contains(t[lo]), lo == 0 || !Lexicon.isHan(t[lo - 1]),
                      Lexicon.titles.match(t, endingAt: c) == nil,  // 陈医生说: a title, not a name
                      (lo..<c).allSatisfy({ Lexicon.isHan(t[$0]) && !covered[$0] }), !(lo..<c).contains(where: stops),
                      !Lexicon.commonWords.contains(String(scalars: t[lo..<(lo + 2)])) else { continue }
                let name = Array(t[lo..<c])
                guard !found.contains(name), occurrences(of: name, in: t) >= 2 else { continue }
                found.insert(text.foldedText(lo..<c), Actor(written: lo..<c, in: text, kind: .person))
                break
            }
        }
    }

    /// Name + form of address (张丽女士, 王刚先生) or + title (朱继东教授, 王毅外长): a surname and one or two
    /// characters. Before a title the characters could be any word (历史学教授, 许多教授), so the name must
    /// open its phrase or follow an institution (社会科学院朱继东教授) and speak elsewhere without the title
    /// (朱继东写道).
    private func namesBeforeAddress(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        let addressAfterName = Lexicon.addressAfterName, titlesAfterName = Lexicon.titlesAfterName
        for p in 2..<max(2, t.count) {
            let address = addressAfterName.match(t, at: p) != nil
            guard address || titlesAfterName.match(t, at: p) != nil else { continue }
            let lo = Lexicon.surnames.contains(t[p - 2]) ? p - 2 : p - 3
            guard lo >= 0, Lexicon.surnames.contains(t[lo]), (lo..<p).allSatisfy({ Lexicon.isHan(t[$0]) && !covered[$0] }),
                  !(lo..<p).contains(where: stops) else { continue }
            let name = text.foldedText(lo..<p)
            if found.contains(Array(name.unicodeScalars)) { continue }
            if !address {
                guard lo == 0 || !Lexicon.isHan(t[lo - 1]) || Lexicon.institutionEnds.contains(t[lo - 1]),
                      speaksAlone(Array(name.unicodeScalars), in: t) else { continue }
            }
            found.insert(name, Actor(written: lo..<p, in: text, kind: .person))
        }
    }

    /// Whether a cue follows `e`, at most past 等人 and three time words, adverbs or dates
    /// (近期, 周日, 也, 于2017年9月).
    private func cueFollows(_ e: Int) -> Bool {
        let t = text.folded
        var k = e
        if k + 1 < t.count, t[k] == "等", t[k + 1] == "人" { k += 2 }
        for _ in 0..<3 where k < t.count {
            if let b = Lexicon.breakers.match(t, at: k), Lexicon.cues.match(t, at: k) == nil {
                k += b.length
            } else {
                var d = k
                while d < t.count, ("0"..."9").contains(t[d]) || "年月日号 ".unicodeScalars.contains(t[d]) { d += 1 }
                if d > k, ("0"..."9").contains(t[k]) { k = d }
            }
        }
        return k < t.count && Lexicon.cues.match(t, at: k) != nil
    }

    /// Where `word` is written in `t` (start positions).
    private func positions(of word: [Unicode.Scalar], in t: [Unicode.Scalar]) -> [Int] {
        guard let first = word.first, word.count <= t.count else { return [] }
        return (0...(t.count - word.count)).filter { t[$0] == first && t[$0..<($0 + word.count)].elementsEqual(word) }
    }

    /// How often `word` is written in `t`.
    private func occurrences(of word: [Unicode.Scalar], in t: [Unicode.Scalar]) -> Int {
        positions(of: word, in: t).count
    }

    /// Whether `name` is written somewhere right before a cue (朱继东写道).
    private func speaksAlone(_ name: [Unicode.Scalar], in t: [Unicode.Scalar]) -> Bool {
        positions(of: name, in: t).contains { Lexicon.cues.match(t, at: $0 + name.count) != nil }
    }

    /// The start of the role words before a title (美国巴克内尔大学国际关係系教授): back to
    /// the previous punctuation or function word (…因此对该校教授), at most 30 characters.
    private func roleStart(before end: Int) -> Int {
        var s = end
        while s > 0, end - s < 30, !Lexicon.roleSeparators.contains(text.folded[s - 1]),
              Lexicon.isHan(text.folded[s - 1]) || text.folded[s - 1].isASCII && text.folded[s - 1] != "," || "（）()".unicodeScalars.contains(text.folded[s - 1]) {
            s -= 1
        }
        return s
    }

    /// Length of a name written after a title: a transliteration (韦伯斯特) or a Chinese
    /// name of two or three characters (朱志群, 肖斌).
    private func nameLength(at s: Int) -> Int? {
        let t = text.folded
        var run = 0
        while s + run < t.count, run < 8, Lexicon.transliteration.contains(t[s + run]), run == 0 || !stops(s + run) { run += 1 }
        if Lexicon.surnames.contains(t[s]), s + 1 < t.count, Lexicon.isHan(t[s + 1]), !stops(s + 1) {
            // A surname character starts many common words (记者任何国家…, 应该有).
            if Lexicon.commonWords.contains(String(scalars: t[s..<(s + 2)])) { return run >= 4 ? run : nil }
            // Four characters straight before a cue: a Japanese name (官房长官松野博一表示).
            if s + 4 < t.count, ((s + 1)..<(s + 4)).allSatisfy({ Lexicon.isHan(t[$0]) && !stops($0) }), Lexicon.cues.match(t, at: s + 4) != nil,
               Lexicon.titlesAfterName.match(t, at: s + 2) == nil, Lexicon.titles.match(t, at: s + 2) == nil {
                return 4
            }
            // 分析师张瑜估算 … 张瑜称: a third character is part of the name only if the
            // two-character name is not written elsewhere without it.
            let three = s + 2 < t.count && Lexicon.isHan(t[s + 2]) && !stops(s + 2)
                && Lexicon.titlesAfterName.match(t, at: s + 2) == nil  // 吴谦大校: a rank, not a name
                && !(occurrences(of: Array(t[s..<(s + 2)]), in: t) > occurrences(of: Array(t[s..<(s + 3)]), in: t))
            let chinese = three ? 3 : 2
            if run > chinese && run >= 4 { return run }
            return chinese
        }
        return run >= 2 ? run : nil
    }

    /// Whether a name cannot go on at `i` (a cue, a particle or a breaker starts there).
    private func stops(_ i: Int) -> Bool {
        let t = text.folded
        if "的是了在和与对也则还曾向就将已又等及被看".unicodeScalars.contains(t[i]) { return true }
        return Lexicon.cues.match(t, at: i) != nil || Lexicon.breakers.match(t, at: i) != nil
    }

    /// A mention followed by an English name in parentheses keeps it as `name_en`, unless
    /// the catalog already knows the person (BBC's 托卡耶夫（Nursultan Nazarbayev） is wrong).
    private func withEnglishName(_ actor: Actor, after end: Int) -> Actor {
        guard actor.properties["wikidata"] == nil, actor.properties["aliases"] == nil,
              end < text.original.count, text.original[end] == "（" || text.original[end] == "(" else { return actor }
        var j = end + 1
        while j < text.original.count, j - end < 60, text.original[j] != "）", text.original[j] != ")" { j += 1 }
        let inner = text.text((end + 1)..<j)
        guard inner.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "é" || $0 == "ö" || $0 == "ü" }), inner.count > 2 else { return actor }
        var a = actor
        a.properties["name_en"] = .string(inner)
        return a
    }
}
