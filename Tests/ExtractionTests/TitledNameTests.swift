import Testing
@testable import Extraction

/// How long a name written after a title is.
@Suite struct TitledNameTests {
    /// 来说 holds its 说 (对策展人陈文玉来说: "for her"), so it neither ends a four-character
    /// name before a cue nor is a cue: the name is 陈文玉, whom 她说 then points back to.
    @Test func laiShuoEndsNoName() {
        let c = claims("对上海社区的策展人陈文玉来说，这也是一个好消息。她说，这栋古宅是她的家。")
        #expect(c.map(\.speaker) == ["陈文玉"], "\(c)")
    }
}
