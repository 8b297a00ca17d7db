import ArgumentParser
import ClaimGraphCore
import Foundation
import Store

/// `claimgraph export claims`: one line per claim mention, for scoring and spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write what the graph holds as JSON Lines, JSON or CSV.",
        subcommands: [ExportClaimsCommand.self])
}

struct ExportClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "One line per claim mention: article, speaker, text, kind, via, claim id, event, offsets, cue, source, speaker hint.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv }

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Output format: jsonl, json or csv.")
    var format: Format = .jsonl

    static let columns = ["article", "speaker", "speaker_id", "text", "kind", "via", "claim_id", "event", "start", "end", "cue", "source", "speaker_hint"]

    func run() throws {
        let rows = try database.open().claimMentions().map(Self.values)
        var out = ""
        switch format {
        case .jsonl:
            for row in rows { out += PropertyValue.jsonObject(row) + "\n" }
        case .json:
            out = "[" + rows.map { PropertyValue.jsonObject($0) }.joined(separator: ",\n") + "]\n"
        case .csv:
            out = Self.columns.joined(separator: ",") + "\n"
            for row in rows { out += Self.columns.map { Self.csvField(row[$0] ?? .null) }.joined(separator: ",") + "\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func values(_ r: ClaimMentionRow) -> [String: PropertyValue] {
        func s(_ v: String?) -> PropertyValue { v.map { .string($0) } ?? .null }
        return [
            "article": .string(r.article), "speaker": s(r.speaker), "speaker_id": r.speakerID.map { .int($0) } ?? .null,
            "text": .string(r.text), "kind": s(r.kind), "via": s(r.via), "claim_id": .int(r.claimID), "event": s(r.event),
            "start": .int(Int64(r.start)), "end": .int(Int64(r.end)), "cue": s(r.cue), "source": s(r.source),
            "speaker_hint": s(r.speakerHint),
        ]
    }

    /// RFC 4180: quote fields holding a comma, quote or line break.
    static func csvField(_ v: PropertyValue) -> String {
        let s: String
        switch v {
        case .null: return ""
        case .string(let t): s = t
        default: s = v.jsonText
        }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
