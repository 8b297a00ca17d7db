/// Paragraphs of text that is not markup (Atom `type="text"`, JSON Lines `text`): one per
/// line, cleaned like HTML paragraphs.
enum PlainText {
    static func paragraphs(_ text: String) -> [String] {
        ParagraphCleaner.clean(text.split(whereSeparator: \.isNewline).map { Whitespace.collapse(String($0)) })
    }
}
