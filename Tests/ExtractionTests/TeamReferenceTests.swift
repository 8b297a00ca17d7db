import Testing
@testable import Extraction

/// Researchers referred to by a bare word (研究人员, 科学家们, 他的团队) after their lead was named
/// with a team or colleagues: the lead speaks for them. Researchers someone else is said to have,
/// colleagues speaking of a person, and researchers with no lead named stay unnamed.
@Suite struct TeamReferenceTests {
    @Test func researchersAfterALeadAndColleagues() {
        let c = claims("美国国立卫生研究院的克里斯托弗·安德鲁斯 (Christopher Andrews) 和他的同事用雪貂做了实验。研究人员认为，雪貂是理想的动物模型。")
        #expect(c.map(\.speaker) == ["克里斯托弗·安德鲁斯"], "\(c)")
        let bare = claims("西北大学的查德·米尔金 (Chad Mirkin) 和同事们研发出了一种技术。研究人员说，这种油的作用类似「液态特氟龙」。")
        #expect(bare.map(\.speaker) == ["查德·米尔金"], "\(bare)")
    }

    /// A qualifier between the pronoun and the team (和他在佛蒙特大学的团队), and the team words of
    /// a later paragraph.
    @Test func teamWithAQualifierAndScientists() {
        let c = claims(["詹姆斯·巴格罗 (James Bagrow) 教授和他在佛蒙特大学的团队发表了一篇论文。",
                        "科学家们认为，朋友的数据足以描绘一个人。"])
        #expect(c.map(\.speaker) == ["詹姆斯·巴格罗"], "\(c)")
    }

    @Test func hisTeamIsHisToSpeakFor() {
        let c = claims("普华永道的调查员 Kris McConkey 最先看到了攻击。起初，他的团队认为这次攻击只是一次偶然事件。")
        #expect(c.map(\.speaker) == ["Kris McConkey"], "\(c)")
    }

    /// 据他的同事们说: colleagues speak of him; they are not his team.
    @Test func colleaguesSpeakOfHim() {
        let c = claims("颁奖典礼上，贝佐斯 (Jeff Bezos) 坐在前排。据他的同事们说，这些奖项给他带来极大的享受。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil, "\(c)")
    }

    /// Researchers described as a ministry's after the lead's team are whom 研究人员 points to.
    @Test func otherResearchersInBetween() {
        let c = claims("耶鲁大学的肯尼斯·基德 (Kenneth Kidd) 和他的团队收集了样本。中国公安部六名研究人员称，他们分析了样本。研究人员说，这对破案很重要。")
        #expect(c.last?.text == "这对破案很重要")
        #expect(c.last?.speaker == nil, "\(c)")
    }

    @Test func researchersWithNoLeadAreUnnamed() {
        let c = claims("一项新研究发表了。研究人员说，这种方法可以建立详细的画像。")
        #expect(c.last?.speaker == nil, "\(c)")
    }
}
