import ClaimGraphCore

/// People and organizations written the way foreign names are: transliterated around a
/// middle dot (亚历山大·加布耶夫), in Latin script (Stephen Bannon), or spelled out in
/// parentheses after their Chinese name (班农 (Stephen Bannon), 北欧航空 (SAS)).
extension ActorFinder {
    /// Transliterated names around a middle dot (亚历山大·加布耶夫), under the whole name
    /// and its last part.
    /// Hyphenated names (`hyphenatedName`) are read in the same pass: a second walk over every
    /// character of every article for a rare mark cost as much as the rule's own work.
    func dottedNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded
        let covered = c.covered
        let dots = Lexicon.nameDots, hyphens = Lexicon.nameHyphens  // locals: a static is checked at every access
        // (only dots and hyphens, found in one tight pass; most characters are Han, told by a range test)
        for d in t.positions(in: 0..<t.count, where: { !Lexicon.isHan($0) && (hyphens.contains($0) || dots.contains($0)) }) {
            if hyphens.contains(t[d]) { hyphenatedName(at: d, &found, c); continue }
            guard d > 0, d + 1 < t.count, Self.namePartBeforeDot(t[d - 1]), Lexicon.isHan(t[d + 1]) || initial(at: d + 1) else {
                catalogSurname(across: d, &found); continue
            }
            var lo = d
            // back over the given name, not into a title (总理理查德·…: 理查德)
            while lo > 0, d - lo < 6, Self.namePartBeforeDot(t[lo - 1]), !covered[lo - 1] || covered[d - 1],
                  lo == d || Lexicon.titles.match(t, endingAt: lo) == nil { lo -= 1 }
            if lo > 0, Lexicon.nameDots.contains(t[lo - 1]) { continue }  // a later dot of the same name
            // (安娜-莉莎·莱蒂宁, 让-保罗·萨特: a given name of two parts joined by a hyphen)
            if lo > 1, lo < d, hyphens.contains(t[lo - 1]) { lo = givenNameStart(before: lo - 1, covered) ?? lo }
            if t[lo] == "得", lo + 1 < d { lo += 1 }  // (我记得亨利·福特: 得 ends 记得; a given name ends with it, 彼得)
            var hi = d + 1
            var lastDot = d
            while hi < t.count, hi - lo < 16 {
                if Self.namePartAfterDot(t[hi]) || (Lexicon.isHan(t[hi]) && (hi == lastDot + 1 || t[hi - 1] == "-")) { hi += 1 }
                else if t[hi] == "-", hi > lastDot + 1, hi + 1 < t.count, Lexicon.isHan(t[hi + 1]) { hi += 1 }  // 伯纳斯-李
                else if t[hi] == "得", hi + 1 < t.count, Lexicon.transliteration.contains(t[hi + 1]) { hi += 1 }  // ·彼得斯, not ·…得到
                else if Lexicon.nameDots.contains(t[hi]), hi + 1 < t.count, Lexicon.isHan(t[hi + 1]) { lastDot = hi; hi += 1 }
                else if hi == lastDot + 1, initial(at: hi) { lastDot = hi + 1; hi += 2 }  // 约翰·R·博尔顿
                else if let dot = middlePartEnd(from: hi) { hi = dot }  // 阿兰·麦席森·图灵: a part between two dots
                else { break }
            }
            // (拉吉莫汉·甘地: a surname the catalog spells, 地 being no transliteration character)
            if let known = index.aliases.match(t, at: lastDot + 1), lastDot + 1 + known.length > hi,
               index.actors[known.value].kind == .person { hi = lastDot + 1 + known.length }
            if let glossed = surnameEnd(reachingGlossFrom: hi), hi > lastDot + 1 { hi = glossed }
            hi = beforeTitle(opening: hi, after: lastDot + 1)
            // (克里斯蒂娜·拉加德提出: 提 begins the verb after the name; 本 of 本月 the time)
            if hi - lastDot - 1 > 2, Self.wordsEndingDottedNames.match(t, at: hi - 1)?.length ?? 0 > 1 { hi -= 1 }
            guard hi > lastDot + 1 else { continue }
            // (卡内基·梅隆大学, 约翰·霍普金斯大学, 玛乔丽·斯通曼·道格拉斯高中: a school named after
            // someone, not a person 卡内基·梅隆大)
            if hi < t.count, Self.schoolWords.match(t, at: hi - 1)?.length == 2 { continue }
            // (阿亚图拉阿里·哈梅内伊: a title run into the name the catalog knows, 阿里·哈梅内伊)
            if index.aliases.match(t, at: lo)?.length != hi - lo,
               let known = ((lo + 1)..<d).first(where: { index.aliases.match(t, at: $0)?.length == hi - $0 }) { lo = known }
            let full = text.foldedText(lo..<hi), last = text.foldedText((lastDot + 1)..<hi)
            if let whole = index.aliases.match(t, at: lo), whole.length == hi - lo {
                // 希拉里·克林顿 is the catalog's: a later 克林顿 alone is that person too
                let known = index.actors[whole.value]
                if known.kind == .person, hi - lastDot - 1 >= 2, !index.aliases.contains(Array(last.unicodeScalars)) { found.insert(last, known) }
                continue
            }
            let actor: Actor
            if let m = index.aliases.match(t, at: lastDot + 1), m.length == hi - lastDot - 1, index.actors[m.value].kind == .person,
               !index.writesInFull(m.value, surname: last) {
                actor = index.actors[m.value]
            } else if let named = nameEndingWith(lo..<hi, surname: last, found) {
                actor = named  // (杰伊·范·巴维尔 … 范·巴维尔说: the end of the name written in full before)
            } else {
                // Keyed by the whole name: 杰里·布朗 and 布赖恩·布朗 of two articles (or 肖恩·海明威 after
                // 欧内斯特·海明威 in one) are two people, whom a key by the surname made one node.
                actor = Actor(key: Actor.localKey(full), name: text.text(lo..<hi), kind: .person)
            }
            found.insert(full, actor)
            if hi - lastDot - 1 >= 2 { found.insert(last, actor) }
        }
    }

    /// The person named in full earlier whose surname is `surname` and whose name ends with the
    /// dotted name at `r` (杰伊·范·巴维尔 for a later 范·巴维尔).
    private func nameEndingWith(_ r: Range<Int>, surname: String, _ found: PhraseMatcher<Actor>) -> Actor? {
        let key = Array(surname.unicodeScalars)
        guard let m = found.match(key, at: 0), m.length == key.count, m.value.kind == .person,
              m.value.name.count > r.count, m.value.name.hasSuffix(text.text(r)) else { return nil }
        return m.value
    }

    /// A middle initial between two dots (约翰·R·博尔顿): one Latin letter, a dot, then Han.
    private func initial(at i: Int) -> Bool {
        let t = text.folded
        return i > 0 && i + 2 < t.count && Self.isASCIIWordCharacter(t[i]) && !Self.isASCIIWordCharacter(t[i - 1])
            && Lexicon.nameDots.contains(t[i + 1]) && Lexicon.isHan(t[i + 2])
    }

    /// Characters of a dotted name's parts: the transliteration set, and around a dot also
    /// characters common in given names (理查德, 乔治, 爱德华, 阿卜杜拉, 雪克来提) or in
    /// surnames (克林顿, 拜登, 培根, 罗素) that are too common elsewhere to mark a name alone.
    static func namePartBeforeDot(_ c: Unicode.Scalar) -> Bool {
        Lexicon.transliteration.contains(c) || Lexicon.givenNameExtras.contains(c)
    }

    /// Schools whose first character also spells names (大学, 高中): one right after a name makes it a school's.
    static let schoolWords = PhraseMatcher<Bool>(["大学", "高中"].map { ($0, true) })

    /// Verbs and time words whose first character also spells names (提, 加, 尔, 本, 依): one right
    /// after a name ends it (阿斯顿·马丁本月称: 本月 is "this month"; ·特朗普依然: 依然 "still").
    static let wordsEndingDottedNames = PhraseMatcher<Bool>(["提出", "提到", "提醒", "提供", "提交", "提议", "提及", "加入", "加上", "尔后",
                                                      "本月", "本周", "本年", "本季", "本届", "本次", "依然", "依旧", "依靠", "依照", "依据", "依法"].map { ($0, true) })

    static func namePartAfterDot(_ c: Unicode.Scalar) -> Bool {
        Lexicon.transliteration.contains(c) || Lexicon.surnameExtras.contains(c)
    }

    /// Names in Latin script (Jamie Wareham, Bolton), outside parentheses: a parenthesis after a
    /// Chinese name only spells that name. Returns the single words that are also the surname of
    /// a name spelled out in parentheses (Lister after 查尔斯·利斯特 (Charles Lister)), left for
    /// `parenthesizedNames` to give to that person, and to be added after it if it does not.
    func latinNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, glossed: [String: Set<String>]) -> [(String, Actor)] {
        let t = text.folded
        let covered = c.covered
        var deferred: [(String, Actor)] = []
        var parts = LatinNameParts()
        defer { parts.settle(into: &found) }
        var i = 0
        // (from one capital to the next, found in one tight pass; the steps below only go on)
        for capital in text.original.positions(in: 0..<t.count, where: Self.isUpperLatin) where capital >= i {
            i = capital
            guard let len = latinNameLength(at: i), !covered[i], !text.bracketed[i] else {
                i = speakingAcronym(at: i, &found, c) ?? i + 1  // read in this walk, not one of its own
                continue
            }
            let name = text.text(i..<(i + len))
            let single = !text.original[i..<(i + len)].contains(" ")
            // (加拿大软件公司 Shopify: a body introduced by what kind it is, named wherever it is
            // written after, for 它表示 to point to; not the first word of a longer name,
            // 研究机构 Center for Responsive Politics)
            if single, !singleWordSpeaks(at: i, end: i + len), !namedAsInstitution(before: i) || latinWordFollows(i + len) {
                i += len
                continue
            }
            let kind = latinActorKind(i..<(i + len)) == .organization || namedAsInstitution(before: i)
                || single && (namedAsInstitutionElsewhere(Array(t[i..<(i + len)])) || bodyHeadBeforeCue(at: text.pastSpaces(i + len, before: t.count)))
                ? Catalog.Entry.Kind.organization : .person
            let actor = Actor(key: Actor.localKey(name.lowercased()), name: name, kind: kind)
            let spelled = text.foldedText(i..<(i + len))
            if single, glossed[name] != nil {
                deferred.append((spelled, actor))
                i += len
                continue
            }
            // (Huang after Huang Yongzhen: settled once the article is read)
            if single, !found.contains(Array(t[i..<(i + len)])), parts.holdBack(spelled, alone: actor) {
                i += len
                continue
            }
            found.insert(spelled, actor)
            if actor.kind == .person, !single { parts.record(name, of: actor, into: &found) }
            // Beto O'Rourke … O'Rourke 发表推文称: the surname alone is the same person later.
            if actor.kind == .person, let space = text.original[i..<(i + len)].lastIndex(of: " "),
               isLatinSurname((space + 1)..<(i + len)) {
                let surname = Array(t[(space + 1)..<(i + len)])
                if !found.contains(surname) { found.insert(String(scalars: surname), actor) }
            }
            i += len
        }
        return deferred
    }

    /// Whether another Latin word follows, past spaces, at `end`.
    private func latinWordFollows(_ end: Int) -> Bool {
        let k = text.pastSpaces(end, before: text.folded.count)
        return k > end && k < text.folded.count && Self.isASCIIWordCharacter(text.original[k])
    }

    /// Whether the single capitalised word at `i..<end` is a name: 'Clearly' is not. It is right before
    /// a cue (Bolton 说) or credited with words (据 Breitbart 的说法), or past adverbs or whom it addresses
    /// (Cam 则说, Kingsley 对麦高登说) when it follows who it is (商人 Cam, 厨师 Leo), or opens its clause so
    /// twice: after a verb or preposition (收购 Eero 也表明, 与 Intercept 对话的…) or inside a longer Latin run
    /// (Qantas airlways Ltd.则表示) it is no subject.
    private func singleWordSpeaks(at i: Int, end: Int) -> Bool {
        let t = text.folded
        var k = end, p = i - 1
        while k < t.count, t[k] == " " { k += 1 }
        while p >= 0, t[p] == " " { p -= 1 }
        if Lexicon.cues.match(t, at: k) != nil || bodyHeadBeforeCue(at: k) { return true }
        if k < t.count, t[k] == "的", speakingMembers(at: k + 1) { return true }  // Cybereason 的研究人员表示
        // (King 博士写道, Smith 教授说, Keir爵士说, John先生说: a word and a title or a form of address
        // after it, then a cue)
        if let title = Lexicon.titlesAfterName.match(t, at: k) ?? Lexicon.addressAfterName.match(t, at: k) ?? Lexicon.nobleTitlesAfterName.match(t, at: k),
           Lexicon.cues.match(t, at: k + title.length) != nil { return true }
        // (根据 Breitbart 的说法，…: whose words follow)
        if p >= 0, t[p] == "据" || t[p] == "照", Lexicon.accordingClosings.match(t, at: k) != nil { return true }
        guard cueAfterName(k) || surveyAfterName(k) else { return false }
        // (商人 Cam, 厨师 Leo, 广告拦截公司 Ghostery: who or what it is, written before it)
        if p >= 0, Lexicon.peopleEnds.contains(t[p]) || Lexicon.titles.match(t, endingAt: p + 1) != nil
            || namedAsInstitution(before: i) { return true }
        // (Rajapaksa 此前表示: a word opening its clause and then placed in time is its subject; TorGuard
        // 在一份声明中表示: and one giving its words in a piece of its own)
        if endsClause(at: p), Self.timeWords.match(t, at: k) != nil || givesWordsInPiece(at: k) { return true }
        return endsClause(at: p) && speaksTwice(Array(t[i..<end]))
    }

    /// Whether researchers or a representative (`Lexicon.memberNouns`) start at `k`, past spaces,
    /// with a cue in their clause.
    private func speakingMembers(at k: Int) -> Bool {
        let t = text.folded
        var p = k
        while p < t.count, t[p] == " " { p += 1 }
        guard let noun = Lexicon.memberNouns.match(t, at: p) else { return false }
        return cueAfterName(p + noun.length)
    }

    /// Whether the Latin word `word` is written twice, as a whole word, before a cue (past
    /// adverbs and whom it addresses).
    private func speaksTwice(_ word: [Unicode.Scalar]) -> Bool {
        let t = text.folded
        return positions(of: word, in: t).filter { p in
            let end = p + word.count
            guard p == 0 || !Self.isASCIIWordCharacter(t[p - 1]), end < t.count, !Self.isASCIIWordCharacter(t[end]) else { return false }
            var k = end
            while k < t.count, t[k] == " " { k += 1 }
            return cueAfterName(k)
        }.count >= 2
    }

    /// A name spelled out in Latin script in parentheses (班农 (Stephen Bannon)): the transliteration
    /// before it is a person, unless the catalog knows that name.
    func parenthesizedNames(_ found: inout PhraseMatcher<Actor>, _ c: Coverage, glossed: [String: Set<String>]) {
        let t = text.folded
        let covered = c.covered
        let shared = Set(glossed.filter { $0.value.count > 1 }.keys)
        for p in t.positions(in: 0..<t.count, where: Lexicon.soundNoteOpeners.contains) where p >= 2 {
            // (square brackets hold only sound notes, 张元新[音]; parentheses a spelling too)
            if nameBeforeSoundNote(at: p, &found, covered) || (t[p] != "（" && t[p] != "(") { continue }
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
            // 布鲁金斯学会的何瑞恩 (Ryan Hass): a Chinese name taken by a foreigner, surname first.
            if titled == nil, end - lo == 2, lo > 0, Lexicon.surnames.contains(t[lo - 1]), !covered[lo - 1], t[lo - 1] != "和",
               lo == 1 || !Lexicon.isHan(t[lo - 2]) || t[lo - 2] == "的" || Lexicon.titles.match(t, endingAt: lo - 1) != nil { lo -= 1 }
            // 马晓月 (Mareike Ohlberg), 韩飞龙 (Peter Humphrey): a Chinese name a foreigner took,
            // surname first, its given name in no transliteration.
            if titled == nil, end - lo < 2, let s = chineseNameStart(endingAt: end, covered, opensPhrase: true) { lo = s }
            // 得主梯若尔 (Jean Tirole): a spelling off the transliteration characters, as many
            // characters as the surname has syllables
            // (化学家门得列夫 (Dmitri Mendeleev): 得 is no transliteration character, and 列夫 alone
            // would start inside a word)
            if titled == nil, end - lo < 2 || !startsName(at: lo), let s = spelledBySyllables(endingAt: end, surname: lastWord(k..<(k + len)), covered) {
                lo = s
                // (保罗·叶廖缅科 (Paul Eremenko): the given name before the dot too)
                if lo > 1, Lexicon.nameDots.contains(t[lo - 1]) {
                    var g = lo - 1
                    while g > 0, lo - 1 - g < 4, Lexicon.transliteration.contains(t[g - 1]), !covered[g - 1] { g -= 1 }
                    if g < lo - 1 { lo = g }
                }
            }
            while lo < end, Lexicon.nameDots.contains(t[lo]) { lo += 1 }  // John·多诺万: the name starts after the dot
            // …投资公司 (Cambridge Associates): an institution's name, not a person's.
            guard end - lo >= 2, !covered[end - 1], !Lexicon.institutionEnds.contains(t[end - 1]),
                  Lexicon.organizationSuffixes.match(t, endingAt: end) == nil else { continue }
            let folded = text.foldedText(lo..<end)
            let spelled = Array(folded.unicodeScalars)
            // (the Latin surname only for a name read from its start: not 恩·麦克唐纳 in 专家肖恩·
            // 麦克唐纳 (Sean McDonald), 肖 being no transliteration character, nor 赖特 of 科祖尔-赖特)
            let partial = lo > 0 && (Lexicon.nameDots.contains(t[lo - 1]) || Lexicon.nameHyphens.contains(t[lo - 1]))
            if let named = found.match(spelled, at: 0), named.length == spelled.count {
                if !partial { addLatinSurname(of: k..<(k + len), for: named.value, unless: shared, &found) }
                continue
            }
            let whole = !partial && (titled != nil || startsName(at: lo))
            // 肖华 (Adam Silver): a spelling the catalog lacks of a person it knows by the Latin name
            if let known = catalogActor(spelled: k..<(k + len)), known.kind == .person {
                found.insert(folded, known)
                continue
            }
            let english = text.text(k..<(k + len))
            let person = Actor(key: Actor.localKey(english.lowercased()), name: text.text(lo..<end), kind: .person,
                               properties: ["name_en": .string(english)])
            found.insert(folded, person)
            // (吉姆·凯若瓦拉 (Jim Keravala) … 凯若瓦拉说: the surname after the dot stands for him, as
            // `dottedNames` has it)
            if let dot = (lo..<end).last(where: { Lexicon.nameDots.contains(t[$0]) }), end - dot - 1 >= 2 {
                let surname = Array(t[(dot + 1)..<end])
                if !found.contains(surname), !index.aliases.contains(surname) { found.insert(String(scalars: surname), person) }
            }
            if whole { addLatinSurname(of: k..<(k + len), for: person, unless: shared, &found) }
        }
    }

    /// The last word of the Latin name at `r`, spelled out for `person`, stands for them alone
    /// (查尔斯·利斯特 (Charles Lister) … Lister在一封电子邮件中写道), unless it is one of `shared`.
    private func addLatinSurname(of r: Range<Int>, for person: Actor, unless shared: Set<String>, _ found: inout PhraseMatcher<Actor>) {
        guard person.kind == .person, let space = text.original[r].lastIndex(of: " "), isLatinSurname((space + 1)..<r.upperBound),
              !shared.contains(text.text((space + 1)..<r.upperBound)) else { return }
        let surname = Array(text.folded[(space + 1)..<r.upperBound])
        if !found.contains(surname), !index.aliases.contains(surname) { found.insert(String(scalars: surname), person) }
    }

    /// Where a Han spelling of `surname` ending at `end` starts, when as many characters as the
    /// surname has vowel groups (Tirole: 3), or one more for a final consonant (Mendeleev: 门得
    /// 列夫), are Han, not the catalog's, end in a transliteration character and follow a word
    /// boundary the way a name does (a title, 的, punctuation).
    private func spelledBySyllables(endingAt end: Int, surname: Substring, _ covered: [Bool]) -> Int? {
        let t = text.folded
        var syllables = 0, inVowel = false
        for c in surname.lowercased() {
            let vowel = "aeiouy".contains(c)
            if vowel && !inVowel { syllables += 1 }
            inVowel = vowel
        }
        // (the extra character for a final consonant starts with a transliteration character:
        // not 件 in 87 件基弗 (Anselm Kiefer))
        let counts = inVowel ? [syllables] : [syllables, syllables + 1]
        return counts.lazy.map { end - $0 }.first { lo in
            (2...4).contains(end - lo) && lo >= 0 && (lo..<end).allSatisfy({ Lexicon.isHan(t[$0]) && !covered[$0] })
                && (end - lo == syllables || Lexicon.transliteration.contains(t[lo]) || saysWhoBefore(lo))
                && Lexicon.transliteration.contains(t[end - 1]) && !Lexicon.clauseOpeners.contains(t[lo])
                && !Self.joinersAndCounts.contains(t[lo]) && startsName(at: lo)
        }
    }

    /// Whether 的, a title or a word for what someone does stands right before `lo` (环保主义者通贝里
    /// (Greta Thunberg)): the name starts there, whatever character opens it.
    private func saysWhoBefore(_ lo: Int) -> Bool {
        let t = text.folded
        return lo > 0 && (t[lo - 1] == "的" || Lexicon.titles.match(t, endingAt: lo) != nil || Self.occupationEnds.contains(t[lo - 1]))
    }

    /// Whether a name may start at `lo`: after no Han character, or after 的, a title or a word
    /// for what someone does (化学家, 得主).
    private func startsName(at lo: Int) -> Bool {
        let t = text.folded
        return lo == 0 || !Lexicon.isHan(t[lo - 1]) || saysWhoBefore(lo)
    }

    /// Characters that join a name to the one before (、和布克) or count people (一名), not
    /// the first syllable of a name.
    private static let joinersAndCounts = ScalarSet("和与及或跟同一")

    /// Last characters of a word for what someone does or won (得主, 学家, 作者, 教授).
    private static let occupationEnds = ScalarSet("主家者授员师长")

    /// The last word of a Latin name.
    private func lastWord(_ r: Range<Int>) -> Substring {
        let name = text.text(r)
        return name.split(separator: " ").last ?? Substring(name)
    }

    /// The catalog's actor whose alias is the whole of `r` (a Latin name), if any.
    private func catalogActor(spelled r: Range<Int>) -> Actor? {
        guard let m = index.aliases.match(text.folded, at: r.lowerBound), m.length == r.count else { return nil }
        return index.actors[m.value]
    }

    /// An organization the article introduces with its Latin name or acronym in parentheses
    /// (北欧航空 (SAS), 美联航 (United Airlines)): a later 北欧航空表示 is that organization
    /// speaking. The Chinese name runs back to a 的 or punctuation; one that ends like an
    /// institution (…委员会) speaks under its name already.
    func parenthesizedOrganizations(_ found: inout PhraseMatcher<Actor>, _ c: Coverage) {
        let t = text.folded, o = text.original
        for p in t.positions(in: 2..<max(2, t.count), where: { $0 == "（" || $0 == "(" }) {
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
    func isOrganizationSpelling(at k: Int) -> Bool {
        if let len = latinNameLength(at: k) { return latinActorKind(k..<(k + len)) == .organization }
        var j = k
        while j < text.original.count, Self.isUpperASCII(text.original[j]) { j += 1 }
        return (2...6).contains(j - k) && j < text.original.count && ")）,， ".unicodeScalars.contains(text.original[j])
    }
}
