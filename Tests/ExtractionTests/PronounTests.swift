import ClaimGraphCore
import Testing
@testable import Extraction

/// 她 refers only to a woman, 他 never to a known woman, 他们 only to a group; with no
/// fitting person the claim keeps the pronoun as an unresolved speaker.
@Suite struct PronounTests {
    private func hints(_ text: String) -> [String?] {
        sharedExtractor.extract(document([text])).edges.filter { $0.type == GraphSchema.RelType.reported }.map { e in
            if case .string(let h)? = e.properties["speaker_hint"] { return h }
            return nil
        }
    }

    /// A surname and a form of address alone (陈女士) is a person though no cue follows it, whom
    /// 她 points back to; not when the article names someone of that surname (陈茂波), who she
    /// may or may not be.
    /// Whom 他 told is not who 他 is, named in full or by the end of the name (写信给总理马尔科姆
    /// 特恩布尔。他告诉特恩布尔，…): with nobody else fitting, the pronoun stays unresolved.
    @Test func heIsNotWhomHeTold() {
        let c = claims("朱利安的父亲曾写信给总理马尔科姆特恩布尔，要求政府干预。他告诉特恩布尔，他担心儿子的安全。")
        #expect(c.map(\.description) == ["nil|indirect|-|他担心儿子的安全"], "\(c)")
        let named = claims("朱利安的父亲曾写信给澳大利亚总理特恩布尔，要求政府干预。他告诉特恩布尔，他担心儿子的安全。")
        #expect(named.map(\.description) == ["nil|indirect|-|他担心儿子的安全"], "\(named)")
    }

    /// 它 is the body quoted last in the paragraph, named by the text alone, before a company
    /// named earlier (…公司拒绝了采访请求。环保署在声明中说…。它还说，…).
    @Test func itIsTheBodyJustQuoted() {
        let c = claims("Swix Sports USA 拒绝了记者的采访请求。环保署在一份电子邮件声明中说，某些蜡违反了法律。它在声明中说，本机构无法讨论合规监测问题。")
        #expect(c.map(\.speaker) == ["环保署", "环保署"], "\(c)")
    }

    @Test func aSurnameAddressedAloneIsAPerson() {
        let lone = ["不愿透露全名的陈女士和儿子合住在公屋。「我儿子的工作少了，」她说。"]
        #expect(claims(lone).map(\.speaker) == ["陈女士"], "\(claims(lone))")
        let named = claims(["财政司司长陈茂波将情况比喻为经济台风。"] + lone)
        #expect(!named.contains { $0.speaker == "陈女士" }, "\(named)")
    }

    /// The person a paragraph's first sentence names is 她 however far on, while no one else is named.
    @Test func sheIsWhomTheParagraphIsAbout() {
        let c = claims("现年 76 岁的何秀英驾驶舢板船已经有 35 年了。接载客人让她每天能净赚 13 美元。由于示威，她经常空手而归。「很多天我工作都没有报酬，」她说。")
        #expect(c.map(\.speaker) == ["何秀英"], "\(c)")
    }

    /// Unnamed people opening the first clause speak on in a cue with no subject of its own;
    /// a phrase that goes on past its people into a verb names no one.
    @Test func unnamedPeopleOpeningTheSentenceGoOn() {
        let c = claims("其他人则关注碳板的物理特性，认为碳板起到了弹簧的作用。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
        #expect(claims("它们的共同点包括很多方面，说一些违心的话等等。").isEmpty)
    }

    /// 他们 is the organization heading the sentence (or the one before), or whose researchers
    /// do, when no group spoke just before; not one where a person named in its clause works.
    @Test func theyIsTheBodyHeadingTheSentence() {
        #expect(claims("谷歌似乎预料到了这种担忧，他们在公告中宣称，隐私和安全对公司至关重要。").map(\.speaker) == ["Google"])
        #expect(claims("清华大学研究中心主任马骏曾提出这一建议，他们担心企业会失去方向。").map(\.speaker) != ["Tsinghua University"])
        // (the body whose researchers head the sentence before, past what kind of body it is,
        // and from the paragraph before when 他们 opens one)
        let researchers = claims(["网络安全公司 Cybereason 的研究人员透露了调查结果。", "他们称，这些活动针对的是全球至少10家移动电话提供商的网络。"])
        #expect(researchers.map(\.speaker) == ["Cybereason"], "\(researchers)")
        // (a Latin name written once after what kind of body it is is that body wherever it speaks)
        let body = claims("网络安全公司 Cybereason 发布了报告。Cybereason 表示，这是间谍活动。他们说，北美没有受到影响。")
        #expect(body.map(\.speaker) == ["Cybereason", "Cybereason"], "\(body)")
    }

    /// 它 is the body named last: a Latin name introduced by what kind of body it is counts
    /// wherever it is written after, though it never speaks by name (加拿大软件公司 Shopify).
    @Test func itIsABodyIntroducedByItsKind() {
        let c = claims(["加拿大软件公司 Shopify 就充当了这一角色。", "Shopify 的业务的扩张成本很低。它表示，自己是美国第三大在线零售商。"])
        #expect(c.map(\.speaker) == ["Shopify"], "\(c)")
        // (not the first word of a longer name: 研究机构 Center for Responsive Politics)
        let longer = claims("研究机构 Center for Responsive Politics 的报告很长。它表示，游说开支增加了。")
        #expect(longer.map(\.speaker) != ["Center"], "\(longer)")
    }

    /// A cue with no subject of its own goes on with the one opening the clause before, past a
    /// first clause that only says when or where; what was received speaks unnamed.
    @Test func subjectPastTimeOrPlaceClause() {
        #expect(claims("上周，中国国务院释放出降准计划的信号，称将适时运用降准等工具。").map(\.speaker) == ["State Council"])
        #expect(claims("在武汉东部的黄冈市，地方政府对居民出行实施新的限制，称每户只允许派一人出门。").map(\.speaker) == ["地方政府"])
        // (周三，… / …谈判前夕，…: a weekday or a moment; 香港特首林郑月娥: a person after a title)
        #expect(claims("周三，特朗普首次谈到了 NBA 事件，称他将保持中立。").map(\.speaker) == ["Donald Trump"])
        #expect(claims("美中即将举行新一轮贸易谈判前夕，特朗普首次谈到了 NBA 事件，称他将保持中立。").map(\.speaker) == ["Donald Trump"])
        #expect(claims("第二天，香港特首林郑月娥率全部司局长召开记者会，称政府「绝不姑息」。").map(\.speaker) == ["Carrie Lam"])
        #expect(claims("在接下来的几年里，习近平的强硬政策将扩展到各个领域，从估计有百万人被拘留的新疆。").isEmpty)
        // (a body the catalog does not know: after a country, or named by its kind)
        #expect(claims("2 月 26 日，中国饭店协会出面就佣金问题与美团进行沟通，指出餐饮行业受到巨大冲击。").map(\.speaker) == ["中国饭店协会"])
        #expect(claims("2月26日，宏达集团与美团进行沟通，指出餐饮行业受到巨大冲击。").map(\.speaker) == ["宏达集团"])
        let received = claims("第二天，王毅收到了一封来自学生的电子邮件，称他必须离开工作岗位。")
        #expect(received.count == 1)
        #expect(received.first?.speaker == nil)
        // (a short clause naming no one is taken past as a time is: 音乐终了, 为此)
        #expect(claims("音乐终了，王毅接过电话，说：「他们都哭了呢。」").map(\.speaker) == ["Wang Yi"])
        #expect(claims("为此，美国国务院资助各类计划，声称要让所有人自由表达观点。").map(\.speaker) == ["US State Department"])
    }

    /// A comma or colon inside a number or a time (1,000, 12:32) ends no subject's clause.
    @Test func numbersDoNotCutTheSubject() {
        #expect(claims("王毅在10:30的会上说，我们不同意。").map(\.speaker) == ["Wang Yi"])
        let counted = claims("另有逾 2,000 名用户表示，他们也都普遍感兴趣。")
        #expect(counted.map(\.text) == ["他们也都普遍感兴趣"] && counted.first?.speaker == nil && counted.first?.source?.contains("2,000 名用户") == true, "\(counted)")
    }

    @Test func sheAfterOnlyMenStaysUnresolved() {
        let c = claims("普京表示，合作将继续。习近平强调，双方要加强协调。她说，局势正在缓和。")
        #expect(c.count == 3)
        #expect(c.last?.speaker == nil, "\(c)")
        #expect(hints("普京表示，合作将继续。她说，局势正在缓和。").last == "她")
    }

    @Test func sheIsTheLastWomanNamed() {
        let c = claims("扎哈罗娃表示，俄方不接受指责。普京强调，合作将继续。她说，西方在歪曲事实。")
        #expect(c.last?.speaker == "Maria Zakharova", "\(c)")
        let m = claims("张丽女士参加了会议。王刚表示，经济正在复苏。她说，物价仍然偏高。")
        #expect(m.last?.speaker == "张丽", "\(m)")
        // a transliterated name found in the text ending as women's names do (-skaya, -ova, -na)
        let r = claims("医生马里耶夫斯卡娅 (Ekaterina Malievskaia) 说，药物有效。普京表示，药物会在俄罗斯上市。她说，儿子的病越来越重。")
        #expect(r.last?.speaker == "马里耶夫斯卡娅", "\(r)")
    }

    /// 她说 right after a quote goes on with the speaker just quoted when that person is the
    /// paragraph's only one and the name is not a man's (彼得); a man's name or a second person
    /// named in between leaves 她 unresolved.
    @Test func sheGoesOnWithTheWomanJustQuoted() {
        let c = claims("研究员安娜·米库尔斯卡表示：「这是一笔沉没成本。」她说，这将关闭一些大门。")
        #expect(c.map(\.speaker) == ["安娜·米库尔斯卡", "安娜·米库尔斯卡"], "\(c)")
        #expect(claims("研究员彼得·沃尔科夫表示：「这是一笔沉没成本。」她说，这将关闭一些大门。").last?.speaker == nil)
        let two = claims("研究员安娜·米库尔斯卡表示：「这是一笔沉没成本。」工程师彼得·沃尔科夫在场。她说，这将关闭一些大门。")
        #expect(two.last?.speaker == nil, "\(two)")
        // quoted at the end of the previous paragraph, nobody named since
        let next = claims(["「这个经济效益不得了啊。」研究员安娜·米库尔斯卡说。", "但是看过几个村子之后，她还是觉得风险太大。「作为企业还是要小心为好。」她说。"])
        #expect(next.map(\.speaker) == ["安娜·米库尔斯卡", "安娜·米库尔斯卡", "安娜·米库尔斯卡"], "\(next)")  // (她还是觉得: her view)
    }

    /// 并强调 / 并称 with no speaker of its own goes on with the person opening the sentence,
    /// past a date or time that is a clause of its own (1月11日晚间9点，蔡英文…，并强调).
    @Test func andSaidAfterADateClauseIsThePersonAfterIt() {
        let c = claims("1 月 11 日晚间 9 点，蔡英文现身竞选总部，宣布自己当选连任，并强调希望两岸重启对话。")
        #expect(c.map(\.speaker) == ["Tsai Ing-wen", "Tsai Ing-wen"], "\(c)")
        // without 并, a feeling after a date is not read as the subject's (nor as a statement)
        #expect(claims("3 月 1 日，普京会见了马克龙，担心局势升级。").isEmpty)
    }

    @Test func heSkipsAKnownWoman() {
        let c = claims("普京表示，合作将继续。扎哈罗娃说，俄方不接受指责。他说，西方在歪曲事实。")
        #expect(c.last?.speaker == "Vladimir Putin", "\(c)")
    }

    @Test func sheInTheSameSentenceAsAnUnknownPerson() {
        let c = claims("研究员李梅长期研究中亚，她对记者说，上合组织正处于转型阶段。")
        #expect(c.map(\.speaker) == ["李梅"])
    }

    @Test func theyAfterAPersonStaysUnresolved() {
        let c = claims("普京表示，合作将继续。他们认为，制裁没有效果。")
        #expect(c.last?.speaker == nil)
        #expect(c.last?.speakerKey == nil)
        let g = claims("分析人士认为，中俄关系正在加深。他们指出，双方贸易额创新高。")
        #expect(g.count == 2)
    }

    /// 他 after a man just introduced (named, not quoted) is that man, marked as inferred;
    /// with two men named there it falls back as before, and a named speaker carries no mark.
    @Test func heIsTheOnlyManJustNamed() {
        let c = claims(["普京表示，合作将继续。", "康奈尔大学教授李保罗一直不主张戴口罩。他说，口罩不可能阻挡所有病毒。"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "李保罗"])
        #expect(c.map(\.confidence) == [nil, "pronoun"])
        let two = claims(["普京表示，合作将继续。", "研究员李保罗和教授王建国都不主张戴口罩。他说，口罩不可能阻挡所有病毒。"])
        #expect(two.last?.speaker == "Vladimir Putin")
    }

    /// 他的发言人说: the pronoun only says whose spokesman speaks, an unnamed source; 他的说法
    /// is still his own words, and 她的研究结果 her own document.
    @Test func aPronounThatOnlyModifiesTheSubject() {
        let c = claims(["普京表示，合作将继续。", "他的发言人说，克宫没有收到任何请求。"])
        #expect(c.count == 2)
        #expect(c.last.map { $0.speaker == nil } == true)
        #expect(c.last?.text == "克宫没有收到任何请求")
        // (a document the pronoun's person wrote is theirs: 她的研究结果表明, 他们的研究还表明)
        let study = claims("研究员娜塔莉·瓦格布伦纳做了几次模拟。她的研究结果表明，来自太平洋的空气会越过山脉。")
        #expect(study.map(\.speaker) == ["娜塔莉·瓦格布伦纳"], "\(study)")
    }

    /// 该公司 / 这家机构 points back to the organization last quoted nearby; with none quoted
    /// the claim is not credited to a guess.
    @Test func pointedBackOrganizationIsTheLastQuoted() {
        let c = claims(["Twitter 表示，这些账户是通过数周的调查发现的。该公司说，这些账户协同合作。",
                        "研究人员表示，这些账户经政府批准。但该公司表示，其中大多数账户已被阻止。"])
        #expect(c.map(\.speaker) == ["Twitter", "Twitter", nil, "Twitter"])
        #expect(!claims("该公司说，这些账户协同合作。").contains { $0.speaker != nil })
    }

    /// With several men named since the previous sentence began, 他 goes on with the person
    /// who opened that sentence (past a date), not whoever was quoted last.
    @Test func heContinuesThePreviousSentencesSubject() {
        let c = claims("泽连斯基表示，谈判很难。10月11日，拜登在白宫与普京会面时，他的语气更加乐观一些。他表示，两国将达成一项最终协议。")
        #expect(c.map(\.speaker) == ["Volodymyr Zelensky", "Joe Biden"])
        // the sentence's own subject, past a short opening clause, comes before anyone earlier
        let d = claims("习近平表示，中国有信心。同一天，美国总统拜登在与参议员的一次会议上淡化了这场危机，他说：「我们处理得很好。」")
        #expect(d.map(\.speaker) == ["Xi Jinping", "Joe Biden"])
    }

    /// 他还表示 opens a sentence like 他表示: the pronoun is the subject (还 is no
    /// connective to skip), resolved to the person just quoted.
    @Test func heAlsoSaidIsThePersonJustQuoted() {
        let c = claims(["拉夫罗夫说，西方必须停止施压。他还表示，后果将十分严重。"])
        #expect(c.map(\.speaker) == ["Sergei Lavrov", "Sergei Lavrov"])
        #expect(c.last?.text == "后果将十分严重")
    }

    /// X表示，他认为…: 他 right after someone's statement in the same sentence is that person,
    /// not the first person the sentence named (为特朗普政府提供建议的专家白邦瑞表示，他认为…).
    @Test func heAfterAStatementInTheSameSentence() {
        let c = claims("为特朗普政府提供建议的专家白邦瑞表示， 他认为中方的声明是一厢情愿。")
        #expect(c.map(\.speaker) == ["白邦瑞"], "\(c)")
    }

    /// 她说 right after someone of unknown gender spoke in the sentence before, with nobody else
    /// named since (the 奥巴马 of her title is not her), is her.
    @Test func sheRightAfterTheOneWhoSpoke() {
        let c = claims("奥巴马政府外交官凯利·马格萨门也说，竞争态势削弱了遏制该病毒的努力。她说：「我们需要共同努力控制住疫情。」")
        #expect(c.map(\.speaker) == ["凯利·马格萨门", "凯利·马格萨门"], "\(c)")
        // (also when she spoke last in the paragraph before the one 她说 opens)
        let next = claims(["张叶子是火箭队的球迷。张叶子说，如果联盟不真诚道歉，关系就完蛋了。", "她说：「追星可以，但不能丢了尊严。」"])
        #expect(next.map(\.speaker) == ["张叶子", "张叶子"], "\(next)")
    }

    /// 他们 right after a body (not a country) spoke goes on with it: the people it speaks for.
    @Test func theyAfterABody() {
        let c = claims(["国际货币基金组织上月表示，人民币汇率符合经济基本面。他们还称，汇率应当更加灵活。"])
        #expect(c.map(\.speaker) == ["International Monetary Fund", "International Monetary Fund"], "\(c)")
        let country = claims("中国表示，汇率符合经济基本面。他们还称，汇率应当更加灵活。")
        #expect(country.last?.speaker == nil, "\(country)")
    }

    /// 她 after the one person named since the previous sentence began, of unknown gender and
    /// with no man's given name, is her, before a woman the catalog knows from further back.
    @Test func sheAfterTheOneJustNamed() {
        let c = claims(["林郑月娥说，政府会处理。", "28 岁的凯瑟琳·罗宾逊参加了周日的示威活动，她表示：「我就是再也无法忍受政府了。」"])
        #expect(c.last?.speaker == "凯瑟琳·罗宾逊", "\(c)")
        let man = claims(["林郑月娥说，政府会处理。", "28 岁的彼得·沃尔科夫参加了周日的示威活动，她表示：「我就是再也无法忍受政府了。」"])
        #expect(man.last?.speaker != "彼得·沃尔科夫", "\(man)")
    }

    /// 他 opening the sentences before goes on with the man named where that chain of 他
    /// starts, not with whoever spoke last; a chain starting on two people resolves to neither.
    @Test func heGoesOnWithTheManOpeningAChainOfHe() {
        let c = claims(["发言人陈朝华说，这是一种交易方式。", "像建筑师张之杨这样的小企业主有切肤之痛。不久前，他拿着一张欠条去找银行。",
                        "「银行说甲方把钱挪走了，」他说。"])
        #expect(c.last?.speaker == "张之杨", "\(c)")
        let two = claims(["发言人陈朝华说，这是一种交易方式。", "建筑师张之杨和律师王力宏都有切肤之痛。不久前，他拿着一张欠条去找银行。",
                          "「银行说甲方把钱挪走了，」他说。"])
        #expect(two.last?.speaker != "张之杨" && two.last?.speaker != "王力宏", "\(two)")
    }

    /// 她 in the paragraph after a woman whose given name says so (晓月, 海蓉) spoke is her,
    /// though the article never said she was a woman.
    @Test func sheAfterAWomansGivenName() {
        let c = claims(["研究助理马晓月 (Mareike Ohlberg) 称，公司基本无能为力。", "她表示：「这本质上不是你的问题。」"])
        #expect(c.map(\.speaker) == ["马晓月", "马晓月"], "\(c)")
    }

    /// A sentence naming nobody between a man and 他 does not end his topic: 他 is the one man
    /// named in the sentence before it.
    @Test func heAcrossASentenceNamingNobody() {
        let c = claims(["教授王毅说，经济在放缓。", "这些日子里，建筑师张之杨似乎已无法按时拿到酬劳。现在，三分之一的客户给的是欠条。", "他说，「原来不是这样的。」"])
        #expect(c.last?.speaker == "张之杨", "\(c)")
    }

    /// 它 is the body or company just named, not a country; with none to point to it is a thing
    /// (a film, a book) and says nothing.
    @Test func itIsTheBodyJustNamed() {
        let c = claims("海康威视此前告诉法新社，仍在推行墨玉项目。它拒绝提供进一步的细节，声称该项目是“机密”。")
        #expect(c.map(\.speaker) == ["Hikvision", "Hikvision"], "\(c)")
        #expect(claims("这部电影很长。它提醒人们，战争是残酷的。").isEmpty)
    }

    /// 他们 after a sentence a description of a body opens (这个加拿大公司 Netsweeper …。但他们也表示)
    /// is that body; and a body's full name the catalog knows, glossed, owns its people (中国石油
    /// 化工股份有限公司 (…, 简称﹕中国石化) 的人士称: Sinopec).
    @Test func theyAfterADescribedBody() {
        let c = claims(["这个加拿大公司 Netsweeper 一直坚持它在全球销售的这种过滤技术是中性的。但他们也表示，不会在乎客户怎么使用该技术。",
                        "中国石油化工股份有限公司 (China Petroleum & Chemical Co., 0386.HK, 简称﹕中国石化) 的人士称，该公司的计划可能受阻。"])
        #expect(c.map(\.speaker) == ["Netsweeper", "Sinopec"], "\(c)")
    }

    /// 它 opening a sentence is the body heading the sentence before, not one named inside what
    /// happened to it (联邦快递因转运华为包裹的事件被迫向中国道歉。它表示…: FedEx, not Huawei).
    @Test func itIsTheBodyHeadingTheSentenceBefore() {
        let c = claims(["此前，联邦快递因转运华为包裹的事件被迫向中国道歉。它表示这是一次操作失误。", "今年，微软因谷歌的竞争而放缓扩张。它表示，自己仍是美国最大的软件公司。"])
        #expect(c.map(\.speaker) == ["FedEx", "Microsoft"], "\(c)")
    }

    /// A pronoun a clause describes is still the pronoun (出獄後的他表示, 单身的她表示).
    @Test func describedPronoun() {
        let c = claims("2020年2月21日，Min Htin Ko Ko Gyi獲釋。出獄後的他表示，在監獄裡他寫了兩部劇本。")
        #expect(c.map(\.speaker) == ["Min Htin Ko Ko Gyi"], "\(c)")
    }

    /// 她 after a quotation is not a woman the quotation names: 「…翁山蘇姬…仍是國家領導人。」她強調
    /// goes on with who spoke before.
    @Test func sheIsNotAWomanInsideTheQuotation() {
        let c = claims(["針對緬甸代表權問題，「聯合國不會承認任何一方政府。」Christine Schraner Burgener 說。「覺莫敦在聯合國合法代表緬甸，而被囚禁的翁山蘇姬仍是國家領導人。」她強調。"])
        #expect(c.map(\.speaker) == ["Christine Schraner Burgener", "Christine Schraner Burgener"], "\(c)")
    }

    /// 他 after a sentence that 他 opened goes on with the man that chain started from, not with
    /// the man that sentence named as its object (…他呼吁 Mark Zuckerberg 辞职。他说).
    @Test func heGoesOnPastAManNamedAsObject() {
        let c = claims(["候选人 Bill Fawell 周二表示，审查制度是美国的葬礼。他呼吁 Facebook 首席执行官 Mark Zuckerberg 辞职。他在发布会上说，我们已经失去了整个国家的灵魂。"])
        #expect(c.first { $0.text.hasPrefix("我们已经失去") }?.speaker == "Bill Fawell", "\(c)")
    }

    /// 在本书中他进一步指出 / 在一次采访中她说: the piece or occasion opening the clause says
    /// where the words were given; the pronoun or name after it speaks.
    @Test func speakerAfterThePlaceOfTheWords() {
        let c = claims(["桑德尔出版了新书。在本书中他进一步指出，市场掏空了公共生活中的道德辩论。",
                        "在14日的会议上习近平强调，确保人民群众生命安全是重大任务。"])
        #expect(c.map(\.speaker) == ["Michael Sandel", "Xi Jinping"], "\(c)")
    }

    /// A university named after someone (卡内基·梅隆大学) is no person: the woman named after it
    /// is the only one 她 can be.
    @Test func universityNamedAfterSomeoneIsNoPerson() {
        let c = claims("在匹兹堡的卡内基·梅隆大学，琳恩·梅耶 (Leanne Meyer) 推出了一个领导力培训课。她认为参与这样的活动可以帮助领导者培养同理心。")
        #expect(c.map(\.speaker) == ["琳恩·梅耶"], "\(c)")
    }

    /// 他 is the person the sentence opened with, past a connective clause and the title and
    /// body before the name (不过，雷神国际首席执行官约翰·哈里斯…，他对 CNBC 说), not who spoke before;
    /// and a John Harris is not the catalog's Kamala Harris, whose name it writes in full.
    @Test func heAfterATitledNameOpeningTheSentence() {
        let c = claims(["研究员 Patrick Wilcken 说，“阿联酋部队获得了武器。”",
                        "不过，雷神国际首席执行官约翰·哈里斯已经完全无视该行业所面临的批评，他对 CNBC 说，“我们不制定政策。”"])
        #expect(c.map(\.speaker) == ["Patrick Wilcken", "约翰·哈里斯"], "\(c)")
    }

    /// 他们 inside what a body said is the body (比利时警方则称，他们已经确认…); inside what a
    /// person said it is not that person.
    @Test func theyInsideABodysWordsIsTheBody() {
        let c = claims("比利时警方则称，他们已经确认这个集装箱是在 10 月 22 日下午抵达的。")
        #expect(c.map(\.speaker) == ["比利时警方"], "\(c)")
        let person = claims("王毅则称，他们已经确认这个集装箱是在 10 月 22 日下午抵达的。")
        #expect(!person.contains { $0.speaker == "Wang Yi" && $0.text.hasPrefix("这个集装箱") }, "\(person)")
    }

    /// A woman's given name before the dot marks a woman 她 can point back to (卡门·莱因哈特 … 她指出),
    /// and 他 no longer to her.
    @Test func womansGivenNameBeforeTheDot() {
        let c = claims("世界银行任命卡门·莱因哈特为首席经济学家。她指出，中国的贷款不透明。")
        #expect(c.map(\.speaker) == ["卡门·莱因哈特"], "\(c)")
        let he = claims("苏珊·尼曼写了一本书。他认为，这本书很重要。")
        #expect(he.allSatisfy { $0.speaker != "苏珊·尼曼" }, "\(he)")
    }

    /// 他 after a phrase naming someone's son goes on with the son who heads it (商务部长 Pwint San
    /// 的儿子 Bryan Tun…，但他…表示), not the father; a person whose piece attacks another
    /// (许志永的文章抨击了习近平…，称) still heads the clause a bare cue goes on from.
    @Test func possessedPersonHeadsTheSubject() {
        let c = claims(["商务部长Pwint San的儿子Bryan Tun也在澳洲当医生，但他接受采访表示，他一直是支持者。",
                        "许志永的文章抨击了习近平宣扬的中国梦，称那实际上是矛盾的胡言乱语。"])
        #expect(c.map(\.speaker) == ["Bryan Tun", "Xu Zhiyong"], "\(c)")
    }

    /// A bare cue after a clause whose subject ends in a body named after its description goes
    /// on with that body (欧洲各国空管员工会的协调组织 ATCEUC 抨击了…，说…), past a clause of time
    /// before it (去年 10 月，) as past a connective.
    @Test func bodyClosingItsDescriptionGoesOn() {
        let c = claims(["欧洲各国空管员工会的协调组织 ATCEUC 抨击了这个想法，说那是「浪费时间和精力」。",
                        "去年 10 月，Salesforce 的老板马克·贝尼奥夫到访纽约，期间他把 Facebook 比作香烟，又表示支持对企业加税。"])
        #expect(c.map(\.speaker) == ["ATCEUC", "马克·贝尼奥夫"], "\(c)")
    }

    /// 他 after a quotation is not a man the quotation names (「第一夫人了解金正恩…，」他说): the
    /// speaker talks about him; it goes on with who spoke before, though a clause of time opens
    /// the sentence.
    @Test func heIsNotAManInsideTheQuotation() {
        let c = claims(["特朗普同样坚称，一些领导人在私下里同意他的观点。", "周一，「第一夫人了解金正恩，我想她会同意我的看法，他的国家拥有巨大潜力，」他说。"])
        #expect(c.map(\.speaker) == ["Donald Trump", "Donald Trump"], "\(c)")
    }

    /// 他 after sentences that all open with 他 goes on with the man who spoke inside that chain,
    /// though it runs back past the paragraph that named him; not with a man it names as an
    /// object (…同意和习近平见面。⏎他说).
    @Test func heGoesOnWithTheManSpeakingInAChainOfHe() {
        let c = claims(["特朗普的谈判方式一向如此。", "他也会不时否认自己说过的话。周日，他表示就升级对华贸易战作了「重新考虑」。到周一上午，他又收回措辞，同意和习近平见面。",
                        "他说美方接到中国两通电话，寻求恢复官方谈判。"])
        #expect(c.map(\.speaker) == ["Donald Trump", "Donald Trump", "Donald Trump"], "\(c)")
    }

    /// 她 after sentences that all open with 她 back to where someone of unknown gender last spoke
    /// goes on with her (Lan 说，…。本周二，她将…。她的父母…。她说).
    @Test func sheGoesOnThroughAChainOfShe() {
        let c = claims("Jennie Lan 在伦敦读书。Lan 说，英国人没太把新冠病毒当回事。本周二，她将搭乘飞机前往中国。她的父母住在一个未出现确诊病例的地区。她说，当地政府控制得当。")
        #expect(c.map(\.speaker) == ["Jennie Lan", "Jennie Lan"], "\(c)")
    }

    /// People counted heading a first clause go on with a bare cue, not a person the clause names
    /// (一些党内人士和政策专家将…归咎于习近平…，称…).
    @Test func countedPeopleHeadingTheClauseGoOn() {
        let c = claims("一些党内人士和政策专家将这些问题部分归咎于习近平行事专断，称他将决策权集中到自己手中。")
        #expect(c.count == 1 && c.allSatisfy { $0.speaker == nil && $0.source != nil }, "\(c)")
    }

    /// A surname alone opening a sentence before its predicate (郭对此有一些想法。) stands for the
    /// one person of that surname named before, whom 他 then points back to.
    @Test func aSurnameOpeningASentenceIsThePerson() {
        let c = claims(["研究负责人郭新华说，他们花了两年时间。Schmidt 说，目前还不清楚它们将被用于干什么。", "郭对此有一些想法。", "他认为一种可能性是将其纳入未来的设备中。"])
        #expect(c.map(\.speaker) == ["郭新华", "Schmidt", "郭新华"], "\(c)")
    }

    /// 他 after one unnamed person just quoted (一位政府人士称…。他表示…) goes on with that person,
    /// unnamed, not with a man quoted before them; a person named since takes 他 back.
    @Test func heAfterOneUnnamedPerson() {
        let c = claims(["清华大学教授李明说，工厂要搬迁。", "一位市政府人士称，他们很晚才知道此事。他表示，对方只来沟通过一次。"])
        #expect(c.map(\.speaker) == ["李明", nil, nil], "\(c)")
        let named = claims(["清华大学教授李明说，工厂要搬迁。", "一位市政府人士称，他们很晚才知道此事。李明随后赶到现场。他表示，对方只来沟通过一次。"])
        #expect(named.map(\.speaker) == ["李明", nil, "李明"], "\(named)")
    }

    /// A clause of when opening the sentence (瑞幸发布公告后，…) is skipped for the person the next
    /// clause names, who speaks in the clause after (…董事长陆正耀发布个人声明，称「…」).
    @Test func clauseOfWhenBeforeTheSpeaker() {
        let c = claims(["陆正耀是瑞幸的董事长。", "瑞幸发布公告后，董事长陆正耀发布个人声明，称「纳斯达克要求公司退市」。"])
        #expect(c.map(\.speaker) == ["陆正耀"] && c.map(\.text) == ["纳斯达克要求公司退市"], "\(c)")
    }

    /// Someone named only inside a parenthesized aside (（亦即…，成為馬克思分析的無產階級化）) is
    /// not whom a 他 after it points to; a name the parenthesis glosses still is.
    @Test func heSkipsANameInAnAside() {
        let c = claims(["耶魯大學法律系教授丹尼爾·馬科維茨認為，所得由中產階級轉向英才菁英。",
                        "這一小撮菁英造成中產階級消失（亦即向下移動，成為馬克思分析的無產階級化），斷絕了他們的所得。而且，他指出這個中產階級的不滿導致了本土的民粹主義。"])
        #expect(c.map(\.speaker) == ["丹尼爾·馬科維茨", "丹尼爾·馬科維茨"], "\(c)")
        let gloss = claims(["正如研究员拜伦森（Jeremy Bailenson）所说，沉浸式技术可以提供体验。他在演讲中说，你可以随时摆脱它。"])
        #expect(gloss.map(\.speaker) == ["拜伦森", "拜伦森"], "\(gloss)")
    }
}

