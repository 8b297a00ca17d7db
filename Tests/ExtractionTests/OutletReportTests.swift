import Testing
@testable import Extraction

/// Reports credited to an outlet or a document: the outlet's words, the person it relays (via),
/// reports nobody is named for, and the outlet a report points back to.
@Suite struct OutletReportTests {
    /// A piece pointed back to with a description (这篇看似调查充分的报道) is the outlet's just named.
    @Test func describedPiecePointedBack() {
        let c = claims("最好的例子是《南华早报》刊登的一篇关于贸易谈判的文章。这篇看似调查充分的报道指出，谈判的一个僵持点是人民币。")
        #expect(c.map(\.speaker) == ["South China Morning Post"], "\(c)")
    }

    @Test func outletReport() {
        let c = claims("路透社报道，俄罗斯将在明年增加石油出口。")
        #expect(c.map(\.speaker) == ["Reuters"])
        #expect(c.first?.kind == "report")
    }

    /// Mainland papers and magazines are outlets of the catalog (南方周末, 《财经》, 中国新闻周刊):
    /// their reports are theirs, and a reporter of theirs in a clause about someone else
    /// (一位带领南方周末记者参观的员工曾说) ends no noun phrase.
    @Test func mainlandOutlets() {
        #expect(claims("南方周末报道，卓达集团已经停止兑付。").map(\.speaker) == ["Southern Weekly"])
        #expect(claims("据中国新闻周刊报道，该项目已经暂停。").map(\.speaker) == ["China Newsweek"])
        let guide = claims(["当时一位带领南方周末记者参观的卓达员工曾说：", "「这里放眼望去都是我们的地，怎么能说没有实力呢？」"])
        #expect(guide.map(\.text) == ["这里放眼望去都是我们的地，怎么能说没有实力呢？"], "\(guide)")
    }

    /// A report with words of its own before the next speaker's clause is a report, not that
    /// speaker's intermediary; 据…报道 with only a time clause between still relays.
    @Test func reportWithItsOwnWordsRelaysNobody() {
        let c = claims("路透社报道，大多数家用无线路由器都是不安全的，王毅说，问题非常严重。")
        #expect(c.map(\.speaker) == ["Reuters", "Wang Yi"])
        #expect(c.allSatisfy { $0.via == nil })
        let relayed = claims("据新华社报道，中俄元首在周四会面时，普京总统表示，合作将继续。")
        #expect(relayed.map(\.via) == ["Xinhua"])
    }

    /// A report the article names no outlet for is an unnamed source, as a subject (报道还说) or
    /// as the cue opening a sentence (报道称).
    @Test func reportWithNoOutletIsUnnamed() {
        for sentence in ["报道还说，“已经造成了很多人的死亡”。", "报道称，营地的居民忍受着酷刑和食物匮乏。"] {
            let c = claims(sentence)
            #expect(c.count == 1)
            #expect(c.first?.speaker == nil)
        }
    }

    /// 报道称 and 这篇报道指出 point back to the outlet that reported last, or else to the one
    /// just named (《南华早报》刊登了一篇文章。这篇报道指出).
    @Test func anaphoricReportIsTheLastOutlet() {
        let c = claims("彭博社报道，中国正寻求新的伙伴。报道称，冲突拖得越久，就越难平衡。")
        #expect(c.map(\.speaker) == ["Bloomberg", "Bloomberg"])
        let named = claims("《南华早报》在 5 月下旬刊登了一篇文章。这篇报道指出，谈判的一个僵持点是人民币。")
        #expect(named.map(\.speaker) == ["South China Morning Post"], "\(named)")
    }

    @Test func intermediaryOutletIsVia() {
        let c = claims("据新华社报道，王毅在会谈中强调，中方愿与俄方深化政治互信。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == "Wang Yi")
        #expect(c.first?.via == "Xinhua")
        // (an outlet told before the cue carries the words as one spoken to does: 告诉路透社说)
        let told = claims(["研究员王小明告诉路透社说，谈判陷入僵局。", "研究员王小明对路透社说，谈判陷入僵局。"])
        #expect(told.map(\.via) == ["Reuters", "Reuters"], "\(told)")
    }

    /// A country's state media (中国官方媒体的报道) is an unnamed source, not the country;
    /// a bare 报道 after an outlet was named goes on with that outlet.
    @Test func stateMediaReportsAreUnnamed() {
        let c = claims("而中国官方媒体的报道则一致表示，会面是日本主动要求的。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil && c.first?.speakerKey == nil)
        let outlet = claims(["彭博社报道，中俄贸易增长。", "但报道也说，合作有限。"])
        #expect(outlet.map(\.speaker) == ["Bloomberg", "Bloomberg"])
    }

    /// 据报道，… with no outlet named before is a report nobody names; a title in 《》 speaks
    /// whole, a weekday-like 周 inside it (《新苏黎世报周日版》) ends nothing.
    @Test func reportsOfNobodyAndTitledPapers() {
        let c = claims(["据报道，几个月后，中国军队进入了该地区。", "据《新苏黎世报周日版》报道，反对续签的阻力正在增加。"])
        #expect(c.map(\.text) == ["几个月后，中国军队进入了该地区", "反对续签的阻力正在增加"])
        #expect(c.map(\.speaker) == [nil, "《新苏黎世报周日版》"], "\(c)")
        #expect(c.allSatisfy { $0.kind == "report" })
    }

    /// A country's media by its one-character abbreviation (俄媒, 美媒, 港媒) is an unnamed source.
    @Test func abbreviatedNationalMediaAreUnnamed() {
        let c = claims(["据俄媒报道，普京将出席峰会。", "美媒报道称，拜登将出席峰会。"])
        #expect(c.map(\.text) == ["普京将出席峰会", "拜登将出席峰会"])
        #expect(c.allSatisfy { $0.speaker == nil && $0.kind == "report" })
    }

    /// The outlet spoken to is the intermediary (对福克斯新闻表示, 接受美联社采访时说).
    @Test func outletSpokenToIsVia() {
        let c = claims(["参议员马尔科·卢比奥对福克斯新闻表示，这形成了严重掣肘。", "拜登在接受美联社采访时说，美国会保护台湾。"])
        #expect(c.map(\.via) == ["Fox News", "Associated Press"], "\(c)")
        #expect(c.map(\.speaker) == ["Marco Rubio", "Joe Biden"])
    }

    /// An outlet's report whose content holds a negated cue (报道，中国方面不愿承诺…) is the
    /// outlet's: the negated cue names no later speaker for the outlet to relay.
    @Test func reportHoldingANegatedCueIsTheOutlets() {
        let c = claims("《华尔街日报》上周报道，中国方面不愿承诺购买特定数量的美国农产品。")
        #expect(c.map(\.speaker) == ["The Wall Street Journal"])
        #expect(c.first?.text == "中国方面不愿承诺购买特定数量的美国农产品")
    }

    @Test func documentReportIsOneNodePerArticle() {
        let c = claims("智库新美国安全中心发布的报告《中亚的俄罗斯与中国》指出，两国仍在合作。报告认为，分歧依然存在。")
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.kind == "report" && $0.speaker == "《中亚的俄罗斯与中国》" })
        #expect(Set(c.compactMap(\.speakerKey)).count == 1)
    }

    /// 有报道称, 有消息指: a report nobody is named for is an unnamed source's.
    @Test func unnamedReportsAreUnnamedSources() {
        let c = claims(["有报道称，双方将于下周会晤。有消息称，普京可能出席峰会。此前有报道称，协议已经达成。"])
        #expect(c.map(\.text) == ["双方将于下周会晤", "普京可能出席峰会", "协议已经达成"])
        #expect(c.allSatisfy { $0.speaker == nil && $0.kind == "report" })
        // A time word before the subject (此前, 日前) is no part of it.
        #expect(claims("日前普京表示，双方已经达成协议。").first?.speaker == "Vladimir Putin")
    }

    /// 该文章指出, 这篇文章称: the outlet that reported last goes on; a bare 文章 may be anyone's,
    /// the piece of an outlet just named (《卫报》…。文章指出) or else an unnamed one.
    @Test func thisArticleIsTheLastOutlet() {
        let c = claims(["《纽约时报》周三报道，美国情报机构感到担忧。该文章还指出，北京拒绝置评。"])
        #expect(c.map(\.speaker) == ["The New York Times", "The New York Times"])
        #expect(c.allSatisfy { $0.kind == "report" })
        let bare = claims(["《卫报》将政府此举称为长城防火墙。文章指出，一刀切的算法是危险的。", "平静的一年过去了。", "没有人回应。", "文章还说，情报表明中国已经获得了访问权。"])
        #expect(bare.map(\.speaker) == ["The Guardian", nil] && bare.map(\.source) == [nil, "文章"], "\(bare)")
    }

    /// A body's website or account reports for the body (据外交部官网消息, 国家自然资源部官网称,
    /// 武昌医院官方微博消息); a site only described (在一家知名网站, 其官网) names nobody.
    @Test func aBodysWebsiteSpeaksForIt() {
        let c = claims(["国家自然资源部官网称，2017 年国内共化解炼铁产能 1264 万吨。", "武昌医院官方微博消息，该院一名护士于 2 月 14 日去世。"])
        #expect(c.map(\.speaker) == ["国家自然资源部", "武昌医院"], "\(c)")
        #expect(claims("其官网显示，该公司成立于 1999 年。").allSatisfy { $0.speaker != "其官网" })
    }

    /// A report headed by a paper the catalog lacks (根据《篱笆》杂志（The Fence）的一份最新报告) is
    /// the paper's, not a document named 报告.
    @Test func reportOfATitledPaper() {
        let c = claims("根据《篱笆》杂志（The Fence）的一份最新报告，约翰逊完成了所有繁重的工作。")
        #expect(c.map(\.speaker) == ["篱笆杂志"], "\(c)")
    }

    /// What an outlet, a body or a reporter learned (了解到) is its report; what a person or
    /// anyone else came to know is no statement.
    @Test func whatWasLearned() {
        #expect(claims("财新记者了解到，警方初步确定了死亡时间。").map(\.description) == ["Caixin|report|-|警方初步确定了死亡时间"])
        #expect(claims("美国公民自由联盟了解到联邦调查局一直在监视黑人活动家。").map(\.speaker) == ["American Civil Liberties Union"])
        #expect(claims(["奥巴马了解到高速路段很拥堵。", "人们了解到这些信息的可信度极低。"]).isEmpty)
    }

    /// 进一步, 一再, 反复 pass between a document and its cue like other adverbs (报告进一步指出);
    /// 特别 does not, being part of names (香港特别行政区政府).
    @Test func adverbsAfterADocument() {
        #expect(claims("报告进一步指出，新设备将位于侧壁。").map(\.description) == ["报告|report|-|新设备将位于侧壁"])
        #expect(claims("香港特别行政区政府发言人表示，这是谣言。").map(\.speaker) == ["Hong Kong Government"])
    }

    /// Data or a study headed by a body named in Latin script that no catalog knows are that
    /// body's report (SynBioBeta 的数据, 市场研究机构 iPrice 的数据), and the document's later
    /// mentions (该数据) point back to it.
    @Test func dataOfABodyNamedInLatinScript() {
        let c = claims(["SynBioBeta 的数据显示，今年上半年合成生物学初创企业筹集了 19 亿美元的资金。", "该数据还显示，融资规模有望创纪录。"])
        #expect(c.map(\.speaker) == ["SynBioBeta", "SynBioBeta"], "\(c)")
        #expect(claims("市场研究机构 iPrice 的数据显示，Tokopedia 排名第一。").map(\.speaker) == ["iPrice"])
    }

    /// A body that speaks elsewhere in the article (MMC 发现) is already an actor where it heads
    /// a study (风险投资公司 MMC 的调查显示): the study is still its report, not one named after
    /// the whole description.
    @Test func studyOfABodyThatSpeaksElsewhere() {
        let c = claims(["风险投资公司 MMC 的调查显示，40％ 的欧洲创业公司并未使用人工智能。MMC 的研究负责人说，这是意料之中的。"])
        #expect(c.first?.speaker == "MMC", "\(c)")
        #expect(claims("风险投资公司 MMC 的调查显示，40％ 的欧洲创业公司并未使用人工智能。").map(\.speaker) == ["MMC"])
    }

    /// A document issued by a body named by its kind (据宁波市中级人民法院周一发布的公告, 人社部
    /// 发布的数据) is the body's report, and the document's later mentions point back to the body.
    @Test func documentIssuedByABody() {
        let c = claims(["据宁波市中级人民法院周一发布的公告，检方于今年 1 月提起公诉。", "临泉县统计局发布的数据显示，全县户籍人口 229.5 万人。该数据还显示，乡村户口占多数。"])
        #expect(c.map(\.speaker) == ["宁波市中级人民法院", "临泉县统计局", "临泉县统计局"], "\(c)")
    }

    /// A medium told, named in quotation marks (他告诉“国家”杂志，…), is whom the words were
    /// told, not the start of them.
    @Test func aMediumToldInQuotationMarks() {
        let c = claims("纽约大学法学教授 Alina Das 是律师，她告诉“国家”杂志，ICE 的做法提供了一个危险的先例。")
        #expect(c.map(\.text) == ["ICE 的做法提供了一个危险的先例"], "\(c)")
        // (an outlet's name alone in quotation marks too: 告诉“卫报”，…)
        let alone = claims("警察局长 Bryan Carmody 告诉“纽约时报”，警方周五敲门并没收了数十台设备。")
        #expect(alone.map(\.text) == ["警方周五敲门并没收了数十台设备"], "\(alone)")
    }

    /// An outlet feels nothing: a feeling after its report with no subject of its own (…，并担心…)
    /// belongs to the people in its words, and the report runs on over it. After a person's
    /// words a fear stays inside them too; a belief (并相信…) is the speaker's own claim.
    @Test func feelingInsideAReport() {
        let c = claims("官方通讯社新华社报道称，大多数选民反对暴力，并担心香港的未来。")
        #expect(c.map(\.text) == ["大多数选民反对暴力，并担心香港的未来"] && c.first?.speaker == "Xinhua", "\(c)")
        #expect(claims("王毅表示，大多数选民反对暴力，并担心香港的未来。").count == 1)
        #expect(claims("王毅表示，大多数选民反对暴力，并相信香港的未来。").count == 2)
    }

    /// 告诉 + a word for the media + an outlet in 《》 + 称 is one cue: the one who told
    /// speaks, the outlet told carries the words (not a report of the outlet's own).
    @Test func toldTheOfficialMedia() {
        let c = claims("反恐专家李伟告诉官方媒体《环球时报》称，新法规强调公司要采取预防措施。")
        #expect(c.map(\.speaker) == ["李伟"] && c.first?.via == "Global Times", "\(c)")
    }

    /// Whoever replies or responds to an outlet's reporter speaks (华为回复财新记者称, 阿里巴巴回应
    /// 财新记者称, 发言人答复财新记者时说), not the outlet replied to.
    @Test func repliesToAReporterAreTheReplier() {
        let c = claims(["华为回复财新记者称，该公司在全球范围内合规纳税。", "恒丰银行相关人士回复财新记者称，按照分类管理的原则推进。",
                        "阿里巴巴回应财新记者称，公司会继续与业主进行沟通。", "腾讯发言人答复财新记者时说，公司不予评论。"])
        #expect(c.map(\.speaker) == ["Huawei", nil, "Alibaba Group", "Tencent"], "\(c)")
        #expect(c.allSatisfy { $0.kind != "report" }, "\(c)")
    }

    /// 人民网 is the People's Daily's website, a listed company of its own: a node apart from the
    /// paper (人民日报).
    @Test func thePaperAndItsWebsiteAreTwo() {
        let c = claims(["人民网在1月底表示，全年净收入预计将增长140％。", "《人民日报》报道称，全国粮食产量稳定。"])
        #expect(c.map(\.speaker) == ["People's Daily Online", "People's Daily"], "\(c)")
    }

    /// 注意到，… (noted) gives what follows a comma, a person's or an outlet's; 注意到这一点 only noticed.
    @Test func notedBeforeAComma() {
        let c = claims(["退休工程师王永健[音]凝视着铜像。他注意到，张謇以优异的成绩通过了科举考试。", "财新记者注意到，信阳 5 天大的新冠重症男婴已经痊愈。"])
        #expect(c.map(\.speaker) == ["王永健", "Caixin"], "\(c)")
        #expect(claims("王毅注意到这一点，并没有改变立场。").isEmpty)
    }

    /// Outlets the catalog names in Chinese and Latin script, however written (SüddeutscheZeitung
    /// run together, 北京日报); words that only hold one (观察家报告说: observers report) name none.
    @Test func catalogOutlets() {
        let c = claims(["SüddeutscheZeitung 的记者说，他们看到的机器似乎在边境搜索 iPhone。", "据北京日报报道，北京将推行垃圾分类。",
                        "据《雅加达邮报》报道，印尼将迁都。"])
        #expect(c.map(\.speaker) == ["Süddeutsche Zeitung", "Beijing Daily", "The Jakarta Post"], "\(c)")
        let observers = claims("从罗贾瓦回来的一些观察家报告说，当那里的集会无法达成共识时，它就会分裂。")
        #expect(observers.count == 1 && observers[0].speaker == nil, "\(observers)")
    }
}
