import Testing
@testable import Extraction

/// People found by their names alone: rarer surnames, a surname standing for a person named
/// in full earlier, a single Latin-script name.
@Suite struct NameFinderTests {
    /// 郁, 傅, 萧 are surnames though few people bear them; 云 is mostly a word (云南, 白云).
    @Test func rarerSurnamesMakeNames() {
        let c = claims(["「很難到達的。」郁萍說，「你根本不知道。」", "「我們就買了。」郁萍說。"])
        #expect(c.count == 3)
        #expect(c.allSatisfy { $0.speaker == "郁萍" })
        #expect(claims("伯克利大学研究员萧强说，网警更加活跃。").first?.speaker == "萧强")
        let word = claims(["「会涨价。」云南说。", "「会降价。」云南说。"])
        #expect(!word.contains { $0.speaker == "云南" })
    }

    /// A short romanised surname stands for the person named in full earlier, but not inside a
    /// longer word (Sunday), and an acronym or a company's last word (Swiss Re) stands for nobody.
    @Test func shortLatinSurnameIsThePersonNamedEarlier() {
        let c = claims(["送货司机 Patrick Su 说，早期能赚钱。", "“工资低于最低时薪”，Su 说。Sunday 表示，工会很难。"])
        #expect(c.filter { $0.speaker == "Patrick Su" }.count == 2)
        #expect(!c.contains { $0.text.contains("工会很难") && $0.speaker == "Patrick Su" })
        let company = claims(["瑞士再保险 (Swiss Re) 的数据显示保费上涨。", "Re 表示，风险增加。"])
        #expect(!company.contains { $0.speaker == "Swiss Re" })
    }
}
