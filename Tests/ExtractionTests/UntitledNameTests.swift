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
}
