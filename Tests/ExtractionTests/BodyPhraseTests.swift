import Testing
@testable import Extraction

/// Subject phrases a country or a body opens: whether the country, the body, its people or
/// nobody speaks (对冲基金经理, 中国船舶发布公告称, 中国官员旁听了…，并指控, a country inside a gloss).
@Suite struct BodyPhraseTests {
    /// 对冲 opens a noun (对冲基金经理警告称), as 跟踪 does: the clause has a subject of its own, no addressee
    /// after an elided one, so the person named earlier in the sentence does not speak.
    @Test func hedgeFundsAreNoAddressee() {
        let c = claims("当10月的民调显示伊丽莎白·沃伦支持率上升时，对冲基金经理警告称，如果她当选，市场将走弱。")
        #expect(!c.contains { ($0.speaker ?? "").contains("沃伦") }, "\(c)")
        // (跟踪 'tracking' opens a description of who speaks, not 跟 'to')
        let tracker = claims(["伊斯兰国首次声称它在印度建立了一个省。", "“这是荒谬的，”跟踪伊斯兰国的 SITE 主管 Rita Katz 说。"])
        #expect(tracker.contains { $0.speaker == "Rita Katz" }, "\(tracker)")
    }

    /// A body a country's name opens, right before the notice it issued (中国船舶发布公告称,
    /// 沙特王室发布声明称), speaks, not the country; the country's own statement (中国的声明说)
    /// is the country's.
    @Test func aBodyIssuingANotice() {
        let c = claims(["中国船舶发布公告称，公司拟计提资产减值损失。", "中国的声明说，据信莫斯科不再追求欧洲一体化。"])
        #expect(c.map(\.speaker) == ["中国船舶", "China"], "\(c)")
    }

    /// One character after a body's name that ends no body's name is a word going on (白宫严正
    /// 表示, 港府才宣布): the body speaks, not a body called 白宫严; something of the body's (推特上,
    /// 法国版) is not taken for the body.
    @Test func oneCharacterAfterABodyIsNoNewBody() {
        let c = claims(["白宫严正表示，这是错误的。", "港府才宣布，入境人员需要隔离。", "推特上有人说，这是错误的。"])
        #expect(c.map(\.speaker).prefix(2) == ["White House", "Hong Kong Government"], "\(c)")
        #expect(!c.contains { $0.speaker == "Twitter" }, "\(c)")
    }

    /// A body described only by its kind after 的 (与之合作的审计机构) is an unnamed source; one
    /// pointed back to (这家世界上最富有的公司) or given by an example (像筑博这样的大公司) is not.
    @Test func aBodyDescribedByItsKind() {
        let c = claims(["工行的表现逊于其他银行。与之合作的审计机构表示，工行对出现这种负作用感到惊讶。"])
        #expect(c.map(\.description) == ["nil|indirect|-|工行对出现这种负作用感到惊讶"], "\(c)")
        #expect(claims("苹果是世界上最富有的公司。这家世界上最富有的公司说道，我们不会分发有害的应用。").allSatisfy { $0.speaker != nil })
        #expect(claims("像筑博这样的大公司说，目前还能够应对这种现金短缺问题。").allSatisfy { $0.speaker != nil })
    }

    /// 该国 or 该国政府 points back to the country named last in its paragraph; across paragraphs
    /// it may be one the catalog does not know (卢旺达) and is left alone.
    @Test func theCountryPointedBack() {
        let c = claims(["日本经济增长放缓。该国政府表示，将推出新的刺激措施以支持经济。", "卢旺达的经济增长很快。该国认为，外国投资非常重要。"])
        #expect(c.map(\.speaker) == ["Japan"], "\(c)")
    }

    /// How a body found what it reports closing its phrase (巴基斯坦政府检测发现, 中国官方统计显示,
    /// CDC 的统计显示) leaves the body the speaker, not a body named 巴基斯坦政府检测.
    @Test func aBodysStudyClosingThePhrase() {
        let c = claims(["巴基斯坦政府检测发现，59 种产品中只有 3 种的汞含量低于标准。", "中国官方统计显示，俄罗斯对华出口大豆数量超过 80 万吨。"])
        #expect(c.map(\.speaker) == ["Pakistan", "China"], "\(c)")
    }

    /// A country's people opening the clause a bare cue goes on from (中国官员旁听了…，并指控)
    /// are unnamed, not the country; the one they are, named right after them (美国媒体福布斯
    /// 杂志), speaks; a body of theirs (印尼医生协会) stays a body.
    @Test func aCountrysPeopleOpeningTheClause() {
        let c = claims(["中国官员旁听了对他们的审讯，并指控他们参与了恐怖活动。", "美国媒体福布斯杂志报道了这一诉讼，并称郭文贵聘请了最著名的律师。"])
        #expect(c.map(\.speaker) == [nil, "Forbes"], "\(c)")
    }

    /// A country named inside the English gloss of a body (中国宝武钢铁集团有限公司 (China Baowu
    /// Steel Group Corporation)) is not the speaker: the body written before the gloss is.
    @Test func aCountryInsideTheGlossIsNoSpeaker() {
        let c = claims("中国宝武钢铁集团有限公司 (China Baowu Steel Group Corporation) 已预计，钢材价格将上涨。")
        #expect(c.map(\.speaker) == ["中国宝武钢铁集团有限公司"], "\(c)")
    }

    /// 仅仅 ('merely') and 夸口 ('boasting') stand between a subject and its cue, part of no name
    /// (微软的发言人仅仅声称, 巴基斯坦规划部长夸口说).
    @Test func merelyAndBoastingEndTheSubject() {
        let c = claims(["微软的发言人仅仅声称，这套东西就消失了。", "巴基斯坦规划部长夸口说，瓜达尔港将成为下一个迪拜。"])
        #expect(c.map(\.speaker) == ["Microsoft", "巴基斯坦规划部长"], "\(c)")
    }

    /// Words of a predicate after a body's name (为此, 或许, 可以, 予以) are no part of its name
    /// (谷歌为此表示: Google; 壳牌或许有理由认为: Shell).
    @Test func aPredicateAfterABodyIsNoName() {
        let c = claims(["谷歌为此表示，目前多达 15% 的搜索请求含有错字。", "壳牌或许有理由认为，自己站在历史上错误的一边。"])
        #expect(c.map(\.speaker) == ["Google", "Shell"], "\(c)")
    }

    /// The catalog knows the US Trade Representative's office and BloombergNEF, so neither is
    /// read as the country or as Bloomberg News; someone's 计算 (史剑道的计算是，…) is a view.
    @Test func tradeRepresentativeAndBloombergNEF() {
        let c = claims(["美国贸易代表办公室发布了一份情况说明书，称该协议将支持美国农产品出口的急剧增长。", "史剑道的计算是，商品和服务出口额可以逐步增长。",
                        "据彭博新能源财经(BloombergNEF) 的数据，到 2050 年降温的电力需求可能会增加一倍以上。"])
        #expect(c.map(\.speaker) == ["Office of the United States Trade Representative", "Derek Scissors", "BloombergNEF"], "\(c)")
    }

    /// A body its statement's clause names (巴理克新几内亚公司发布声明，称…) speaks in the cue of
    /// the next clause, as a body named by its kind does when an adverb closes its name.
    @Test func theIssuerOfAStatementSpeaksAfterIt() {
        let c = claims("当日，巴理克新几内亚公司发布声明，称停产代价极其昂贵，每天会损失 40 万美元。")
        #expect(c.map(\.speaker) == ["巴理克新几内亚公司"], "\(c)")
    }

    /// A date after a body's short name (紫金矿业则在 4 月 26 日表示) says when, like an adverb;
    /// 截至 ('up to') before one is no body's name.
    @Test func aDateBetweenABodyAndItsCue() {
        let c = claims(["紫金矿业的股价大跌。", "紫金矿业则在 4 月 26 日表示「矿山长时间停产对所有关联方都将造成损失」。",
                        "截至 1 月 20 日，武汉累计确诊 198 例。", "截至 1 月 23 日宣布「封城」当天，武汉累计确诊新冠肺炎 571 例。"])
        #expect(c.map(\.speaker) == ["紫金矿业"], "\(c)")
    }

    /// A post the phrase names after a country or a body opening it (中国驻德国大使) is written whole,
    /// not cut at the last country in it (德国大使); not when the phrase counts (在场的一位前白宫助理).
    @Test func postsWrittenWhole() {
        let c = claims("12 月 15 日，中国驻德国大使威胁称，中国将对德国汽车业采取报复行动。")
        #expect(c.map(\.speaker) == ["中国驻德国大使"], "\(c)")
        let counted = claims("在场的一位前白宫助理说，彭斯充满激情地为行政令辩护。")
        #expect(counted.allSatisfy { $0.speaker != "在场的一位前白宫助理" }, "\(counted)")
    }
}
