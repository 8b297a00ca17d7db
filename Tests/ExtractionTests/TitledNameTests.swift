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

    /// 曾 after a title opens a name when two characters and the cue follow (副主任曾益新介绍称);
    /// as the adverb it does not (副主任曾表示, 负责人曾口头承诺).
    @Test func zengOpensANameAfterATitle() {
        let c = claims("国家卫生健康委副主任曾益新介绍称，无症状感染者有排出病原的可能。")
        #expect(c.map(\.speaker) == ["曾益新"], "\(c)")
        let adverbs = claims(["国家卫生健康委副主任曾表示，无症状感染者有排出病原的可能。", "同业部负责人曾口头承诺，将保证兑付本金。"])
        #expect(adverbs.allSatisfy { !($0.speaker ?? "").hasPrefix("曾") }, "\(adverbs)")
    }

    /// A member of a body is titled by 成员 (国家医疗专家组成员李兴旺公开解释): the name after it is
    /// a person met once.
    @Test func memberIsATitle() {
        let c = claims("第二天，国家医疗专家组成员李兴旺公开解释，从发病机制来讲，既然带有病毒，就可能会造成传播。")
        #expect(c.map(\.speaker) == ["李兴旺"], "\(c)")
    }

    /// 均 ('both') after listed people ends the name before their cue (主席郭树清均表示): four
    /// characters before a cue are a Japanese name only without it.
    @Test func junEndsANameBeforeItsCue() {
        let c = claims("近期央行行长易纲、银保监会主席郭树清均表示，要考虑应对疫情的政策退出。")
        #expect(c.map(\.speaker) == ["郭树清"], "\(c)")
    }

    /// A common word opening with a surname after a title (官员简短介绍) is the sentence going
    /// on, no name: nobody called 简短介 speaks.
    @Test func commonWordAfterATitleIsNoName() {
        let c = claims("听取过官员简短介绍的贸易专家原本预计，美国将会取消今年9月1日加征的关税。")
        #expect(!c.contains { ($0.speaker ?? "").hasPrefix("简短") }, "\(c)")
    }
}
