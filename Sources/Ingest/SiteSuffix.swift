/// Page titles often end with the site's name (`… - iYouPort`, `… | 端传媒`); the article's
/// title is what comes before it.
enum SiteSuffix {
    static let separators = [" - ", " – ", " — ", " | ", "｜", " |", "| "]

    static func removing(from title: String, names: [String?]) -> String {
        for case let name? in names where !name.isEmpty {
            for separator in separators where title.hasSuffix(separator + name) {
                let kept = String(title.dropLast((separator + name).count))
                if !kept.isEmpty { return Whitespace.collapse(kept) }
            }
        }
        return title
    }
}
