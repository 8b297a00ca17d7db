/// The labels, relationship types and property names of the claim graph.
///
/// Extraction writes this shape, and the everyday commands, the renderer and the
/// bundled queries read it; the bench kit of `../shared/bench` uses the same names, so
/// one Cypher text works on both.
///
///     (:Outlet {name})-[:PUBLISHED]->(:Article {title, url, date, outlet, file, language})
///     (:Article)-[:REPORTED {via, kind, cue, text, start, end, sentence}]->(:Claim {text, kind, lang, date})
///     (:Person|Organization|Outlet|Document {name, ...})-[:SAID]->(:Claim)
///     (:Claim)-[:ABOUT]->(:Person|Organization|Event)
///     (:Claim)-[:AT]->(:Event {name, date, place})
///     (:Person)-[:AFFILIATED_WITH {role}]->(:Organization)
///     (:Person)-[:ATTENDED]->(:Event)
///     (:Article)-[:MENTIONS]->(:Person|Organization|Event)
///
/// A claim from an unnamed source ("分析人士称") has no SAID relationship; its REPORTED
/// relationship carries `source` with the words the article used.
public enum GraphSchema {
    public enum Label {
        public static let person = "Person"
        public static let organization = "Organization"
        public static let outlet = "Outlet"
        public static let document = "Document"
        public static let event = "Event"
        public static let article = "Article"
        public static let claim = "Claim"
    }

    public enum RelType {
        public static let published = "PUBLISHED"
        public static let reported = "REPORTED"
        public static let said = "SAID"
        public static let about = "ABOUT"
        public static let at = "AT"
        public static let affiliatedWith = "AFFILIATED_WITH"
        public static let attended = "ATTENDED"
        public static let mentions = "MENTIONS"

        /// Every type extraction writes.
        public static let all = [published, reported, said, about, at, affiliatedWith, attended, mentions]
    }
}
