import ClaimGraphCore
import Foundation

/// The parts of a person's Latin name that stand for that person later in the article, beyond
/// the last word (`latinNames` keeps that one): the last words of a name of three or more
/// (Abdul Rahim after Rasha Abdul Rahim, Van de Put after Dirk Van de Put), and the first word
/// (Huang after Huang Yongzhen, whose surname comes first; Basil after Basil Rajapaksa, named
/// by his given name among his brothers). Without them each part became a node of its own,
/// and `said` lost half of what the person said.
///
/// A first word two people of the article share (John Barlow, John Young) stands for neither:
/// a single word is held back until the whole article has been read, then given to the one
/// person whose name it opens, or left a name of its own.
struct LatinNameParts {
    /// Each first word with the person whose name it opens, and the first words of two people's.
    private var firstWords: [String: Actor] = [:]
    private var sharedFirstWords: Set<String> = []
    /// Single words held back: the spelling found, and the actor it would have been alone.
    private var waiting: [(word: String, alone: Actor)] = []

    /// Records the person named `name` (as written): the first word for later, the last words
    /// of a longer name into `found` at once.
    mutating func record(_ name: String, of person: Actor, into found: inout PhraseMatcher<Actor>) {
        // (split by scalar: by Character, grapheme breaking cost 6,500 instructions a name;
        // no mark follows a space in a name, so the words are the same)
        let written = name.unicodeScalars.split(separator: " ")
        guard written.count >= 2 else { return }
        let words = written.map { String(scalars: ArticleText.matchingForm($0)) }
        if written.allSatisfy(Self.isNameWord) {
            if let known = firstWords[words[0]] {
                if known.key != person.key { sharedFirstWords.insert(words[0]) }
            } else {
                firstWords[words[0]] = person
            }
        }
        // (Rasha Abdul Rahim: Abdul Rahim; the last word alone is `latinNames`' own)
        for k in stride(from: words.count - 1, through: 2, by: -1) {
            let tail = words[(words.count - k)...].joined(separator: " ")
            if !found.contains(tail.scalarArray) { found.insert(tail, person) }
        }
    }

    /// A word written as names are, a capital and then small letters: not an acronym or a
    /// product's code (FLoC ID, Cellebrite UFED Touch), which a company's name holds.
    private static func isNameWord(_ word: Substring.UnicodeScalarView) -> Bool {
        var letters = 0
        for s in word where isLetter(s) {
            if isUppercase(s) != (letters == 0) { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// `CharacterSet.letters.contains(s)`, told by value for ASCII (A–Z, a–z): the set
    /// lookup cost hundreds of instructions a letter.
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value | 0x20) &- 0x61 < 26 : CharacterSet.letters.contains(s)
    }

    /// `CharacterSet.uppercaseLetters.contains(s)`, told by value for ASCII (A–Z).
    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value &- 0x41 < 26 : CharacterSet.uppercaseLetters.contains(s)
    }

    /// Whether the single word `word` opens a recorded person's name: it is held back, to be
    /// settled when the article has been read.
    /// (Not a body's name, Dropbox, taken for a person's Dropbox Paper read as a name.)
    mutating func holdBack(_ word: String, alone: Actor) -> Bool {
        guard alone.kind == .person, firstWords[word] != nil else { return false }
        waiting.append((word, alone))
        return true
    }

    /// Gives each word held back to the one person whose name it opens, or to itself; and a
    /// surname of two letters opening one person's name to that person (Ye after Ye Zhenzhen:
    /// too short to be read as a name alone, so never held back).
    func settle(into found: inout PhraseMatcher<Actor>) {
        for (word, alone) in waiting {
            found.insert(word, sharedFirstWords.contains(word) ? alone : firstWords[word] ?? alone)
        }
        for (word, person) in firstWords where word.unicodeScalars.count == 2 && Lexicon.shortLatinSurnames.contains(word)
            && !sharedFirstWords.contains(word) && !found.contains(word.scalarArray) {
            found.insert(word, person)
        }
    }
}
