import ClaimGraphCore

/// The woman a profile is about, for the 她 that nothing nearer resolves: a long piece about
/// one woman (瓊迪迪安…) writes 她 paragraphs away from her name, past men it names in passing
/// (約翰韋恩, 歐威爾), and past quotations standing alone.
///
/// The text must show her a woman where it names her: the first pronoun after her name in
/// the same sentence, with no one else named between, opens a clause and is 她 (對迪迪安來說，
/// 她的內心深處…), never 他. She must be named at least `storyMentions` times before the 她,
/// twice as often as anyone else so shown (a gloss may make her a second node); and no one
/// unnamed may be introduced in its paragraph (一位女工…她说, 另一名…女士), whom 她 would mean
/// instead.
extension ClaimFinder {
    func womanOfTheStory(before limit: Int) -> Actor? {
        let here = text.paragraphs[paragraph].lowerBound..<limit
        guard !introducesSomeoneUnnamed(here), !here.contains(where: { Self.unnamedWomen.match(text.folded, at: $0) != nil }) else { return nil }
        let women = peopleShownAsWomen(before: limit)
        guard let her = women.first, her.count >= Self.storyMentions, women.count == 1 || her.count >= 2 * women[1].count,
              mayBeWoman(her.actor) else { return nil }
        // (another who may be a woman named in this paragraph or the one before is as likely: 泰勒…，她說;
        // and she must have been named within `storyReach` paragraphs, past which a 她 is as often
        // someone the text names in a way not read as a name: 王乐的公司还没告诉她…)
        let near = text.paragraphs[max(paragraph - 1, 0)].lowerBound..<limit
        let recent = text.paragraphs[max(paragraph - Self.storyReach, 0)].lowerBound..<limit
        guard Extractor.mentions(mentions, in: near).allSatisfy({ $0.actor.kind != .person || $0.actor.key == her.actor.key || !mayBeWoman($0.actor) }),
              Extractor.mentions(mentions, in: recent).contains(where: { $0.actor.key == her.actor.key }) else { return nil }
        return her.actor
    }

    /// The people named before `limit` whom the text shows as 她 and never as 他 right after
    /// their name, with how often each is named, most often first.
    private func peopleShownAsWomen(before limit: Int) -> [(actor: Actor, count: Int)] {
        var shown: [String: (she: Int, he: Int)] = [:]
        var named: [String: (actor: Actor, count: Int)] = [:]
        let people = mentions.filter { $0.actor.kind == .person && $0.range.upperBound <= limit }
        for (n, m) in people.enumerated() {
            named[m.actor.key, default: (m.actor, 0)].count += 1
            let next = n + 1 < people.count ? people[n + 1].range.lowerBound : limit
            switch pronounAfterName(from: m.range.upperBound, before: next) {
            case .she?: shown[m.actor.key, default: (0, 0)].she += 1
            case .he?: shown[m.actor.key, default: (0, 0)].he += 1
            default: break
            }
        }
        return shown.filter { $0.value.she > 0 && $0.value.he == 0 }.keys.compactMap { named[$0] }.sorted { $0.count > $1.count }
    }

    /// The person named last in this paragraph or the one before whom 她 was taken to before,
    /// when no one named after them may be a woman (迪迪安不愛接受媒體訪問。⏎在…歐威爾（George
    /// Orwell）…中，她說: a man's given name).
    func lastTakenUpAsShe(before limit: Int) -> Actor? {
        let near = text.paragraphs[max(paragraph - 1, 0)].lowerBound
        let people = Extractor.mentions(mentions, in: near..<limit).filter { $0.actor.kind == .person }
        guard let i = people.lastIndex(where: { takenUpAsShe.contains($0.actor.key) }),
              people[(i + 1)...].allSatisfy({ !mayBeWoman($0.actor) }) else { return nil }
        return people[i].actor
    }

    /// The first 他 or 她 after a name, in its sentence and before `end` (她们 and 他们 are not it).
    private func pronounAfterName(from k: Int, before end: Int) -> Lexicon.Pronoun? {
        let t = text.folded
        var j = k
        while j < end, !Lexicon.terminators.contains(t[j]) {
            // (opening a clause of its own: 席維斯…認為她是… is about her, not him)
            if text.quoteAt[j] < 0, let p = Lexicon.pronouns.match(t, at: j) {
                return (j == k || Lexicon.clausePunctuation.contains(t[j - 1])) && (p.value == .he || p.value == .she) ? p.value : nil
            }
            j += 1
        }
        return nil
    }

    /// Words for a woman the text does not name (另一名在附近居住的女士…她, 她的母亲), whom 她 may mean.
    private static let unnamedWomen = PhraseMatcher<Bool>((["女士", "女子", "女孩", "女生", "女人", "妇女", "大妈", "女工", "女友", "老太太"]
                                                           + Lexicon.womenRelations).map { ($0, true) })

    /// Most paragraphs back the woman of a story was last named (迪迪安 … three paragraphs … 她說).
    static let storyReach = 3

    /// Fewest times the woman of a story is named before the 她 taken to her.
    static let storyMentions = 3
}
