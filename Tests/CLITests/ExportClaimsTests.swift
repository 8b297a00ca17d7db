import Foundation
import Testing

/// `export claims` on an article of our own: an unsure speaker is exported unresolved
/// with its pronoun, never as a guessed person.
@Suite struct ExportClaimsTests {
    @Test func unresolvedPronounIsExportedWithItsHint() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = #"{"url":"https://example.org/a","title":"测试","outlet":"测试网","date":"2024-05-01","text":"俄罗斯总统普京周二抵达北京。普京说：“两国关系处于历史最好时期。”她说：“这次访问非常重要。”"}"#
        let file = dir.appendingPathComponent("a.jsonl")
        try (article + "\n").write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("g.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, file.path]).status == 0)
        let lines = try CLI.run(["export", "claims", "--db", db]).stdout.split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let putin = lines.first { ($0["text"] as? String)?.contains("历史最好") == true }
        #expect(putin?["speaker"] as? String == "Vladimir Putin")
        let her = lines.first { ($0["text"] as? String)?.contains("非常重要") == true }
        #expect(her != nil, "the quote after 她说 is still a claim")
        #expect(her?["speaker"] is NSNull, "no woman is named: the speaker stays unresolved")
        #expect(her?["speaker_hint"] as? String == "她")
    }
}
