import Testing
@testable import Extraction

/// Subjects that count who speaks instead of naming them (12% 的美国企业, 近半数受访企业):
/// unnamed sources, and inside a survey's finding part of what it found.
@Suite struct CountedSourceTests {
    /// A share of people or bodies, in digits or words, after a date or 只有, or of those just
    /// named (…会员企业当中，87% 表示), is an unnamed source.
    @Test func sharesAreUnnamedSources() {
        let c = claims(["2019 年只有 12% 的美国企业表示其本地运营受到冲击。", "而在商会的会员企业当中，87% 表示计划继续在中国的业务。",
                        "2019 年近半数受访企业表示中国区业务比其他地区更赚钱。"])
        #expect(c.count == 3 && c.allSatisfy { $0.speaker == nil && $0.source != nil }, "\(c)")
        #expect(c.map(\.source) == ["只有 12% 的美国企业", "87%", "近半数受访企业"], "\(c)")
    }

    /// A share inside what a survey found does not cut the finding: the survey's words run on
    /// (its own view is a claim as well).
    @Test func aShareInsideAFindingIsPartOfIt() {
        let c = claims("另一项调查发现，有计划修读 MBA 的学生中，有 43% 认为学费应该降低，三分之一可能会推迟求学。")
        #expect(c.first?.text == "有计划修读 MBA 的学生中，有 43% 认为学费应该降低，三分之一可能会推迟求学", "\(c)")
    }
}

/// Report nouns after a count or a demonstrative (这则消息, 这一建议): things talked about, no
/// source speaking.
@Suite struct CountedNounTests {
    @Test func aCountedReportIsAThing() {
        #expect(claims("他在报纸上看到这则消息，立即拨通了同僚的电话。").isEmpty)
        #expect(claims("央行发布的《中国金融稳定报告》（下称《报告》）提及，评级结果有所改善。").allSatisfy { !$0.text.hasPrefix("《报告》") })
    }

    /// 这一建议 is the proposal just named: the clause after it is not its words (尽管王毅曾提出这一
    /// 建议，但多数人士认为…: the people's view).
    @Test func thisOneProposalIsAThing() {
        let c = claims("尽管王毅曾提出这一建议，但多数人士认为，增长目标的设定可能更具灵活性。")
        #expect(c.map(\.speaker) == [nil] && c.first?.text == "增长目标的设定可能更具灵活性", "\(c)")
    }

    /// One body of a kind (北京一家房地产租赁公司, 深圳一位中介公司高管) is unnamed: the words
    /// describe it, they are no name of a body to make a node of.
    @Test func oneBodyOfAKindIsUnnamed() {
        let c = claims(["北京一家房地产租赁公司警告，那些不服从的人将承担法律后果。", "深圳一位中介公司高管告诉记者，许多客户都会主动询问。",
                        "北京房地产租赁公司警告，那些不服从的人将承担法律后果。"])
        #expect(c.map(\.speaker) == [nil, nil, "北京房地产租赁公司"], "\(c)")
        #expect(c.map(\.text) == ["那些不服从的人将承担法律后果", "许多客户都会主动询问", "那些不服从的人将承担法律后果"], "\(c)")
    }

    /// A way of putting it the article gives no owner (有一种说法称, 另一种说法认为) is an unnamed source.
    @Test func aSayingNobodyOwns() {
        let c = claims(["有一种说法称，风投行业过去是一群小船在一个鱼塘里捕鱼。", "另一种说法认为，现在的风投行业是几艘大船在大海里捕鲸。"])
        #expect(c.count == 2 && c.allSatisfy { $0.speaker == nil }, "\(c)")
    }
}
