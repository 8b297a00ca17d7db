/// Who a statement is credited to.
enum Speaker {
    case actor(Actor)
    /// An unnamed source, with the words the article used (分析人士, 外界).
    case unnamed(String)
    /// A pronoun with no fitting person before it (她说 when only men are named): the
    /// claim is kept with no speaker rather than credited to a guess.
    case unresolved(String)

    var actor: Actor? {
        if case .actor(let a) = self { return a }
        return nil
    }
}

/// One statement the article attributes to a source, at exact offsets of the body.
struct ClaimMention {
    enum Kind: String { case direct, indirect, report }

    var span: Range<Int>
    var kind: Kind
    var cue: String?
    var speaker: Speaker
    var via: Actor?
    var sentence: Range<Int>
    var paragraph: Int
    /// Quotes credited to the speaker written after them (“…”，X说) win over other readings.
    var priority = 0
    /// The pronoun the speaker was inferred from (他, 她), nil when the text names the speaker.
    var pronoun: String? = nil
}
