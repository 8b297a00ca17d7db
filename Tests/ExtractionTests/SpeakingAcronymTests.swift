import Testing
@testable import Extraction

/// An acronym the catalog does not know is an organization when it speaks.
@Suite struct SpeakingAcronymTests {
    /// Up to seven capitals (AFRICOM 承认), also past the place of its words (CSA 在一份新闻稿中
    /// 写道); not the second half of a hyphenated name (PETER-SERVICE).
    @Test func acronymsThatSpeak() {
        #expect(claims("AFRICOM 承认，它在那个时间和地点进行了袭击。").map(\.speaker) == ["AFRICOM"])
        #expect(claims("CSA 在一份新闻稿中写道，该计划是其努力的一部分。").map(\.speaker) == ["CSA"])
        #expect(claims("PETER-SERVICE 表示，它在 SORM 方面具备经验。").allSatisfy { $0.speaker != "SERVICE" })
    }
}
