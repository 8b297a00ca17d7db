import Testing
@testable import Extraction

/// What follows a quotation: the writer's answer, and the other side of a dialogue.
@Suite struct QuoteTurnTests {
    @Test func contrastAfterAQuoteIsTheWriters() {
        let c = claims("普京表示，“合作将继续深化下去”，但很多人对此视而不见。")
        #expect(c.map(\.text) == ["合作将继续深化下去"], "\(c)")
    }

    @Test func aDialogueTurnEndsWithTheSpeakerTag() {
        let c = claims(["“你在国外遇到什么人了吗？”", "“有啊，遇到很多，”李刚先生说。", "“都是什么样的人呢？”"])
        #expect(!c.contains { $0.text.hasPrefix("都是什么样") }, "\(c)")
    }

    @Test func aSpeechThatGoesOnKeepsTheSpeaker() {
        let c = claims(["普京说：“合作将继续深化下去。", "“双方的贸易额还会继续增长。”"])
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "Vladimir Putin" }, "\(c)")
    }
}
