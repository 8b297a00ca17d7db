/// Which article of a file that holds several: a feed's item or a JSON Lines file's line.
///
/// The part is written after the file's path as `#item-3` or `#line-12`. Only that exact
/// suffix is taken off again: a `#` that belongs to the file's own name
/// (`轉載文章#14 亲历南京机场….md`) stays part of the name.
public enum SourcePart: String, CaseIterable, Sendable {
    case item, line

    /// The source of the `number`th article (from 1) of the file at `path`.
    public func source(_ path: String, number: Int) -> String {
        "\(path)#\(rawValue)-\(number)"
    }

    /// `source` without the part suffix `source(_:number:)` wrote, if it has one.
    public static func path(of source: String) -> Substring {
        guard let hash = source.lastIndex(of: "#") else { return source[...] }
        let suffix = source[source.index(after: hash)...]
        for part in allCases {
            let digits = suffix.dropFirst(part.rawValue.count + 1)
            if suffix.hasPrefix(part.rawValue + "-"), !digits.isEmpty,
               digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return source[..<hash]
            }
        }
        return source[...]
    }
}
