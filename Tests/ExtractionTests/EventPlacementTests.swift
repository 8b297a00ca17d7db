import ClaimGraphCore
import Foundation
import Testing
@testable import Extraction

/// Where a claim was made: the event named in its sentence, an alias written apart, a
/// date, and the scene a report goes on describing. The events here are invented (a user
/// catalog), so the rules are tested, not the bundled catalog.
@Suite struct EventPlacementTests {
    static let extractor: Extractor = {
        let yaml = """
            actors:
              - {name: Forum Institute, type: organization, aliases: [论坛研究所]}
              - {name: Ivan Petrov, type: person, aliases: [彼得罗夫]}
              - {name: 2024 Forum Institute seminar, type: event, date: 2024-11-12, aliases: [论坛研究所研讨会]}
              - {name: Petrov's 2024 visit to Beijing, type: event, date: 2024-05-20, aliases: [彼得罗夫访问北京]}
              - {name: 2024 Harbin talks, type: event, date: 2024-11-12, aliases: [第五轮哈尔滨会谈]}
            """
        let catalog = Catalog(entries: Catalog.bundled.entries + ((try? Catalog.parse(yaml, source: "test.yaml")) ?? []))
        return Extractor(catalog: catalog)
    }()

    func placed(_ paragraphs: [String], date: String = "2024-11-13") -> [(speaker: String?, event: String?)] {
        found(Self.extractor.extract(document(paragraphs, date: date))).map { ($0.speaker, $0.event) }
    }

    @Test func aliasWrittenApartInOneClause() {
        let c = placed(["在论坛研究所同日就报告举行的研讨会上，专家强调，合作仍在继续。"])
        #expect(c.first?.event == "2024 Forum Institute seminar")
        let reversed = placed(["王毅向访问北京的俄罗斯官员彼得罗夫表示，双方将加强合作。"], date: "2024-05-21")
        #expect(reversed.first?.event == "Petrov's 2024 visit to Beijing")
        let otherClause = placed(["论坛研究所发表声明，研讨会推迟。专家表示，合作仍在继续。"])
        #expect(otherClause.allSatisfy { $0.event == nil })
    }

    @Test func sceneGoesOnForItsParticipantsUntilTheTextMovesOn() {
        let c = placed([
            "在论坛研究所11月12日举行的研讨会上，多位专家强调，合作仍在继续。",
            "报告作者之一莉萨·柯蒂斯（Lisa Curtis）指出，中亚的地位正在上升。",
            "她说：“合作会继续下去。”",
            "今年五月，两国发布联合声明。柯蒂斯认为，关系处于最高水平。",
        ])
        #expect(c.map(\.event) == ["2024 Forum Institute seminar", "2024 Forum Institute seminar",
                                   "2024 Forum Institute seminar", nil])
    }

    @Test func sentencePointingBackKeepsTheEvent() {
        let c = placed([
            "王毅周二在北京与绍伊古共同主持了第五轮哈尔滨会谈。",
            "绍伊古在此次会面中表示，双方将加强合作。",
        ])
        #expect(c.first { $0.speaker == "Sergei Shoigu" }?.event == "2024 Harbin talks")
    }

    /// An analyst named before the event, quoted later, or speaking to a reporter, was
    /// not at it.
    @Test func commentatorsAndInterviewsAreNotAtTheEvent() {
        let c = placed([
            "分析师朱志群长期关注中俄关系。",
            "在论坛研究所11月12日举行的研讨会上，多位专家强调，合作仍在继续。",
            "朱志群说，这次会议意义有限。",
        ])
        #expect(c.first { $0.speaker == "朱志群" }?.event == nil)
        let interview = placed(["11月12日，分析师朱志群对BBC中文说，合作仍在继续。"])
        #expect(interview.first?.event == nil)
        let call = placed(["11月12日普京与内塔尼亚胡通话时表示，应避免人道灾难。"])
        #expect(call.first?.event == nil)
        // Naming the visit's city is not naming the visit.
        let city = placed(["王毅向访问北京的俄罗斯官员彼得罗夫表示，双方将加强合作。", "分析人士朱志群认为，北京希望局势稳定。"],
                          date: "2024-05-21")
        #expect(city.first { $0.speaker == "朱志群" }?.event == nil)
        #expect(city.first { $0.speaker == "Wang Yi" }?.event == "Petrov's 2024 visit to Beijing")
    }
}
