import ClaimGraphCore
import Foundation
@testable import Extraction

/// One claim mention read back from a fragment, for assertions.
struct Found: CustomStringConvertible {
    var speaker: String?
    var text: String
    var kind: String
    var via: String?
    var event: String?
    var claimKey: String
    var speakerKey: String?
    /// `pronoun` when the speaker was inferred from 他 / 她, `unresolved` when it could not be.
    var confidence: String? = nil
    /// The words naming an unnamed source (分析人士), nil for a named speaker.
    var source: String? = nil

    var description: String { "\(speaker ?? "nil")|\(kind)|\(via ?? "-")|\(text)" }
}

let sharedExtractor = Extractor()

func document(_ paragraphs: [String], date: String? = nil, source: String = "test.txt", blockQuotes: Set<String> = [],
              title: String = "t") -> Document {
    var published: Date?
    if let date {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        published = f.date(from: date)
    }
    return Document(title: title, url: nil, outlet: nil, authors: [], published: published, language: "zh",
                    paragraphs: paragraphs, source: source, format: "test", blockQuotes: blockQuotes)
}

func found(_ fragment: GraphFragment) -> [Found] {
    var names: [String: String] = [:]
    for n in fragment.nodes { if case .string(let s)? = n.properties["name"] { names[n.key] = s } }
    return fragment.edges.filter { $0.type == GraphSchema.RelType.reported }.map { e in
        func str(_ k: String) -> String? { if case .string(let s)? = e.properties[k] { return s }; return nil }
        let speakerKey = str("speaker")
        return Found(speaker: speakerKey.flatMap { names[$0] }, text: str("text") ?? "", kind: str("kind") ?? "",
                     via: str("via"), event: str("event").flatMap { names[$0] }, claimKey: e.to, speakerKey: speakerKey,
                     confidence: str("speaker_confidence"), source: str("source"))
    }
}

func claims(_ paragraphs: [String], date: String? = nil, blockQuotes: Set<String> = [], title: String = "t") -> [Found] {
    found(sharedExtractor.extract(document(paragraphs, date: date, blockQuotes: blockQuotes, title: title)))
}

func claims(_ text: String, date: String? = nil) -> [Found] {
    claims([text], date: date)
}
