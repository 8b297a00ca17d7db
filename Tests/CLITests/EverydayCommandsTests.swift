import Foundation
import Testing

/// `said`, `about` and `audit` on the examples, with names in any script.
@Suite struct EverydayCommandsTests {
    func json(_ args: [String]) throws -> [[String: Any]] {
        let result = try CLI.run(args + ["--db", ExamplesDatabase.path, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func saidResolvesNamesInEveryScript() throws {
        let simplified = try json(["said", "普京"])
        #expect(!simplified.isEmpty)
        #expect(try json(["said", "普丁"]).count == simplified.count)
        #expect(try json(["said", "Putin"]).count == simplified.count)
        // (where each claim was made: the summit, from the catalog's events)
        #expect(simplified.contains { ($0["events"] as? [String])?.contains("2022 SCO Summit Samarkand") == true })
    }

    @Test func auditFindsBothScriptsOldestFirst() throws {
        let rows = try json(["audit", "中國還沒有做好甩掉俄羅斯的準備"])
        #expect(rows.map { $0["outlet"] as? String } == ["纽约时报中文网", "老楊到處說"])
        #expect(rows.allSatisfy { $0["speaker"] as? String == "Alexander Gabuev" })
        let byShortText = try json(["audit", "甩掉俄罗斯"])
        #expect(byShortText.count == rows.count)
    }

    @Test func aboutListsSpeakersIncludingUnnamed() throws {
        let rows = try json(["about", "普京"])
        let speakers = Set(rows.compactMap { $0["speaker"] as? String })
        #expect(speakers.contains("Xi Jinping"))
        #expect(!speakers.contains("Vladimir Putin") || rows.count > 1)
    }

    @Test func unknownActorIsOneClearLine() throws {
        let result = try CLI.run(["said", "Nobody Atall", "--db", ExamplesDatabase.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no actor matches \"Nobody Atall\""))
    }
}
