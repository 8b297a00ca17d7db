import Testing
@testable import Extraction

/// Firms the catalog does not know, named right after what kind of firm they are.
@Suite struct FirmNameTests {
    /// A transliterated name after a trade and its kind (咨询公司贝恩) is a firm, spoken of later by
    /// that name alone (贝恩估计) and credited with its data (据咨询公司贝恩的数据); a Han name a Latin
    /// one spells out (奥纬咨询 (Oliver Wyman)) too, and 这家咨询公司 points back to it.
    @Test func firmsAfterTheirTrade() {
        let c = claims(["据咨询公司贝恩的数据，奢侈品的销售额每年增长约 6%。贝恩估计，奢侈品行业今年的价值将达到 2810 亿欧元。",
                        "据银行业咨询公司奥纬咨询 (Oliver Wyman) 称，富裕人群的总资产为 21 万亿美元。这家咨询公司估计，成本收入比会跃升至 91%。"])
        #expect(c.map(\.speaker) == ["贝恩", "贝恩", "奥纬咨询", "奥纬咨询"], "\(c)")
    }

    /// A survey of something between its author and the cue (咨询公司贝恩对主管们的一项调查发现, 软件
    /// 公司 OpenText 对英国消费者进行的民意调查发现) is the author's: the 的 in it is what was surveyed,
    /// no owner.
    @Test func surveyOfSomethingIsItsAuthors() {
        let c = claims(["咨询公司贝恩对主管们的一项调查发现，对安全性的担忧是最大的障碍。",
                        "软件公司 OpenText 对英国消费者进行的民意调查发现，四分之一的英国人认为机器人比政治家做得更好。"])
        #expect(c.map(\.speaker) == ["贝恩", "OpenText"], "\(c)")
    }

    /// More of the kind (集团有限公司), a title (中国公司总裁) or the firm's staff (电信公司职员安切斯)
    /// after the kind name no firm.
    @Test func noFirmAfterTheKind() {
        let c = claims(["中国宝武钢铁集团有限公司警告称，第一季度将会亏损。",
                        "61岁的国家邮政电信公司职员安切斯（Aantjes）女士说：“我们不过是社会洪流里的一个小阀门。”"])
        #expect(!c.contains { $0.speaker == "有限公司" || $0.speaker == "职员安切斯" }, "\(c)")
    }

    /// A catalog name inside a longer Latin name glossing a firm (Time in Sense Time Group) is
    /// a word of that name: the firm speaks.
    @Test func aCatalogNameInsideAGloss() {
        let c = claims("人工智能新创企业商汤集团 (Sense Time Group) 称其举行的是一次没有设置融资目标的路演。")
        #expect(c.map(\.speaker) == ["商汤集团"], "\(c)")
        #expect(claims("《时代》周刊 (Time) 报道，谈判已经破裂，双方都不愿让步。").map(\.speaker) == ["Time"])
    }

    /// A Han name after a trade and its kind (招聘平台智联招聘, 研究机构中怡康) whose data or report
    /// follow it is the firm's; what was done with the data (公司提交的文件) or when is no name.
    @Test func firmsWhoseDataFollow() {
        #expect(claims("招聘平台智联招聘的数据显示，职位流失不断增加，招聘速度放缓。").map(\.speaker) == ["智联招聘"])
        #expect(claims("家电市场研究机构中怡康的数据显示，格力依然是空调市场的首位。").map(\.speaker) == ["中怡康"])
        let filed = claims("该公司提交的文件显示，今年前六个月的技术业务收入仅为 460 万美元。")
        #expect(!filed.contains { $0.speaker == "提交" }, "\(filed)")
    }
}
