import Foundation
import Testing

/// Every file in `Queries/` runs on the examples and answers its question.
@Suite struct QueriesFolderTests {
    static let folder = CLI.packageRoot.appendingPathComponent("Queries")

    static func run(_ name: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".cypher"), encoding: .utf8)
        let (columns, rows) = try ExamplesDatabase.query(text)
        return rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }

    @Test func everyFileRunsAndIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".cypher") }
        #expect(files.count >= 10)
        for file in files { _ = try Self.run(String(file.dropLast(7))) }
    }

    @Test func gabuevClaimCarriedByTwoOutletsInTwoScripts() throws {
        let rows = try Self.run("gabuev-claim-outlets")
        #expect(Set(rows.compactMap { $0["outlet"] as? String }) == ["纽约时报中文网", "老楊到處說"])
        #expect(Set(rows.compactMap { $0["claim"] as? Int }).count == 1, "one claim node for both wordings")
        let wordings = rows.compactMap { $0["wording"] as? String }
        #expect(wordings.contains { $0.contains("中国还没有做好甩掉俄罗斯的准备") })
        #expect(wordings.contains { $0.contains("中國還沒有做好甩掉俄羅斯的準備") })
    }

    @Test func putinAtBeltAndRoadForum() throws {
        let rows = try Self.run("putin-at-belt-and-road")
        #expect(!rows.isEmpty)
        for row in rows {
            #expect((row["event"] as? String)?.contains("Belt and Road") == true)
            #expect((row["claim"] as? String)?.isEmpty == false)
        }
    }

    @Test func speakersQuotedBySeveralOutletsIncludeGabuev() throws {
        let rows = try Self.run("quoted-by-several-outlets")
        #expect(rows.contains { $0["speaker"] as? String == "Alexander Gabuev" })
        for row in rows { #expect((row["outlet_count"] as? Int ?? 0) > 1) }
    }

    @Test func thinkTankExpertsHaveInstitutions() throws {
        let rows = try Self.run("think-tank-experts")
        let gabuev = rows.first { $0["expert"] as? String == "Alexander Gabuev" }
        #expect((gabuev?["institution"] as? String)?.contains("Carnegie") == true)
        #expect(rows.contains { $0["expert"] as? String == "Yun Sun" })
    }

    @Test func xiViaXinhuaAreBBCQuotes() throws {
        let rows = try Self.run("xi-via-xinhua")
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["outlet"] as? String == "BBC中文" })
    }

    @Test func putinSaidSomethingInSeveralOutlets() throws {
        let rows = try Self.run("putin-said")
        let outlets = Set(rows.flatMap { ($0["outlets"] as? [String]) ?? [] })
        #expect(outlets.count >= 2)
    }

    @Test func unnamedSourcesHaveNoSpeaker() throws {
        let rows = try Self.run("unnamed-sources")
        #expect(!rows.isEmpty)
        let named = try ExamplesDatabase.query("MATCH (s)-[:SAID]->(c:Claim) WHERE s.name IN ['分析人士', '外界', '专家'] RETURN count(c)")
        #expect(named.rows.first?.first as? Int == 0)
    }

    @Test func scoSummitHasXiViaXinhua() throws {
        let rows = try Self.run("sco-summit-2022")
        #expect(rows.contains { $0["speaker"] as? String == "Xi Jinping" && $0["via"] as? String == "Xinhua" })
    }

    @Test func claimsPerOutletCoverAllFive() throws {
        let rows = try Self.run("claims-per-outlet")
        // Publishers the catalog knows are its outlet nodes (BBC中文 is the BBC, 法广 RFI is RFI).
        #expect(Set(rows.compactMap { $0["outlet"] as? String }) == ["The New York Times", "BBC", "RFI", "Radio Free Asia", "老楊到處說"])
        for row in rows { #expect((row["direct_quotes"] as? Int ?? -1) <= (row["claims"] as? Int ?? 0)) }
    }

    @Test func claimsInSeveralArticlesIncludeGabuev() throws {
        let rows = try Self.run("claims-in-several-articles")
        #expect(rows.contains { $0["speaker"] as? String == "Alexander Gabuev" })
    }

    @Test func intermediariesCountsArePositive() throws {
        let rows = try Self.run("intermediaries")
        #expect(rows.contains { $0["via"] as? String == "Xinhua" })
        #expect(rows.allSatisfy { ($0["claims"] as? Int ?? 0) > 0 })
    }

    @Test func whoTalksAboutWhomNeverSelf() throws {
        let rows = try Self.run("who-talks-about-whom")
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["speaker"] as? String != $0["subject"] as? String })
    }
}
