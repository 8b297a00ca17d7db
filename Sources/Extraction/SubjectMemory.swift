/// What finding a subject remembers across the article: the documents it named and the body
/// whose members spoke last. Held by reference, so that `subject(of:)` reads the finder
/// without mutating it: as a mutating method it copied the whole finder (432 bytes) before
/// each of the rules it asks, 154,000 copies and 11.7 M instructions over 299 articles.
final class SubjectMemory {
    /// One node per article and document noun (see `document(in:nounPhrase:)`).
    var documents: [String: Actor] = [:]
    /// The body whose researchers or representative spoke last (Cybereason 的研究人员), and where.
    var lastMemberBody: (actor: Actor, paragraph: Int, noun: String)?
}
