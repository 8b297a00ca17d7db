import Testing
@testable import Extraction

/// A body named once and pointed back to later (该公司认为, 这家汽车生产商表示).
@Suite struct PointedBackBodyTests {
    /// A company's trade (生产商, 厂商) is a kind of body to point back to, after what it makes
    /// (这家底特律汽车生产商, 这家网络设备厂商); a branch of the body pointed back to (该银行陕西
    /// 分行) and 此 before a clause (此时距灞桥区法院裁定) point back to nobody.
    @Test func tradesPointedBackTo() {
        let c = claims(["通用汽车的销量在中国市场排名第二。这家底特律汽车生产商周二表示，去年在华销量约为 309 万辆。",
                        "思科公司表示，新产品下月上市。这家网络设备厂商还透露，新产品的价格将会下调。"])
        #expect(c.map(\.speaker) == ["General Motors", "Cisco", "Cisco"], "\(c)")
        let branch = claims("省发改委表示支持。某商业银行的陕西分行也在其中，该银行陕西分行一位高管透露，提成是以绩效工资的形式发放的。")
        #expect(!branch.contains { $0.text.hasPrefix("提成") && $0.speaker != nil }, "\(branch)")
        let court = claims("省发改委表示支持该项目。此时距灞桥区法院裁定重整方案延期提交的时限又过去了三个月。")
        #expect(!court.contains { $0.text.hasPrefix("重整方案") }, "\(court)")
    }

    /// A trade alone, no demonstrative before it, is some firm the article does not name (承包商说,
    /// 一位口罩滤材生产商直言); 电商 ends a firm's name (快手电商).
    @Test func tradesAloneAreUnnamed() {
        let c = claims(["“我听到人们在命令中输入的完整地址，”承包商说。", "开发商称，新的交房日期将日后另行通知。",
                        "快手电商 5 月消费者调研显示，不包邮能导致每 100 单损失 10 单。"])
        #expect(c.map { $0.speaker ?? "unnamed" } == ["unnamed", "unnamed", "快手电商"], "\(c)")
    }

    /// A Latin name ending in a word for a firm (ReD Associates, Anduril Industries) names a body,
    /// which 该公司 points back to.
    /// 这家 counts bodies, so a description with 的 may come before the kind (这家总部位于伦敦的
    /// 人权组织); 大赦国际 is Amnesty's mainland name.
    @Test func describedBodyAfterZheJia() {
        let c = claims("大赦国际周三表示，一名员工成为了监控软件的目标。这家总部位于伦敦的人权组织表示，他们追溯了该消息中的恶意链接。")
        #expect(c.map(\.speaker) == ["Amnesty International", "Amnesty International"], "\(c)")
    }

    @Test func firmsNamedInLatin() {
        let c = claims("其他人理财得靠自己。ReD Associates 利用人类学为企业提供建议。该公司认为，个人财务状况是一个更大的压力源。")
        #expect(c.map(\.speaker) == ["ReD Associates"], "\(c)")
    }

    /// A body named inside someone's quoted words is not what 该组织 points back to.
    @Test func bodiesInsideQuotedWords() {
        let c = claims(["国际特赦组织顾问 Brian Castner 说：“据我们所知，AFRICOM 在地面调查方面没有做任何事。”", "该组织称，至少又进行了76次其他袭击。"])
        #expect(c.map(\.speaker) == ["Brian Castner", "Amnesty International"], "\(c)")
    }
}
