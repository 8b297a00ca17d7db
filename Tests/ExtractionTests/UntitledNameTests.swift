import Testing
@testable import Extraction

/// Chinese names the article gives no title: found only where what follows marks a speaker.
@Suite struct UntitledNameTests {
    /// A name of three characters written once is a speaker before the colon that opens its
    /// quotation (张建国提醒道：“…”); a manner or a place there is no name (冷冷地说：「…」).
    @Test func nameOpeningItsQuotationOnce() {
        let c = claims("张建国提醒道：“每个人首先面对的，应该是自己领域的怪事”。")
        #expect(c.map(\.speaker) == ["张建国"], "\(c)")
        #expect(claims("我便用练习好的语调，冷冷地说：「是吗？」").allSatisfy { $0.speaker != "冷冷地" })
        #expect(claims("张建国说，今天的天气很好。").isEmpty)
    }

    /// 方 closing 校方 or 警方 is no surname: 有学生向校方举报称 names no 方举报.
    @Test func fangClosingASideIsNoSurname() {
        let c = claims("有学生向校方举报称，理查德·泰勒是种族主义者。")
        #expect(c.map(\.speaker) == [nil], "\(c)")
    }
}
