import Testing
@testable import Extraction

/// Who speaks when the subject is no named person: a paper named by its kind or pointed back
/// to, kin, a rumour, people described or named by their occupation, those a body wrote about,
/// a body's researchers, a quoted outlet's name.
@Suite struct DescribedSourceTests {
    /// Outlets the catalog does not know are named by their kind, a weekly too (巴伦周刊: 周
    /// is no weekday there); 《时代》周刊 is Time; a paper pointed back to (该报, 这家杂志, 该媒体) is
    /// the outlet named before it, not an outlet called 该报 nor unnamed media.
    @Test func weekliesAndPapersPointedBackTo() {
        let c = claims(["巴伦周刊说，美联储将加息。", "据《时代》周刊报道，美联储将加息二次。", "该报说，美联储将加息三次。", "该媒体也宣称，美联储将加息四次。"])
        #expect(c.map(\.speaker) == ["巴伦周刊", "Time", "Time", "Time"], "\(c)")
        #expect(claims("该报说，美联储将加息。").map(\.speaker) == [nil])
        // (the outlet named earlier in the sentence, though another was quoted last)
        let named = claims(["The Verge 报道说，亚马逊很不满。", "路透社将这个故事称为地缘政治“斗争”，而不是关注印度零售商，该报纸说，“美国抗议影响美国公司的印度政府政策。”"])
        #expect(named.map(\.speaker) == ["The Verge", "Reuters"], "\(named)")
    }

    /// A person's kin speak for themselves, unnamed (普京的女儿说, Willie Bo 的堂兄说); a relative
    /// named after the kin word is that person (他的妻子Khin Sabai Oo說).
    @Test func relativesSpeakForThemselves() {
        let c = claims(["普京的女儿说，没有人相信警察。", "“没有人相信 Vallejo 的警察，” Willie Bo 的堂兄说。", "他的妻子Khin Sabai Oo說，没有人相信警察。"])
        #expect(c.map(\.speaker) == [nil, nil, "Khin Sabai Oo"], "\(c)")
        #expect(claims("普京的发言人说，没有人相信警察。").map(\.speaker) == [nil])
    }

    /// Documents the article counts rather than names (很多研究表明, 美国一些学校报告称) and reports
    /// it only describes (未经证实的报道称, 报道还说) are unnamed sources that still report; people
    /// who report (许多人报告说) speak. A manual is a document (该手册还指出).
    @Test func countedDocumentsAndDescribedReports() {
        let c = claims(["很多研究表明，睡眠不足有害。", "美国一些学校报告称超过三分之一的学生没有登录学校系统。",
                        "未经证实的报道称，巴希尔已被捕。", "许多人报告说，巴希尔已逃走。"])
        #expect(c.map(\.speaker) == [nil, nil, nil, nil], "\(c)")
        #expect(c.map(\.kind) == ["report", "report", "report", "indirect"], "\(c)")
        // (one report by some scholars is a document still)
        let one = claims("一些中国学者上个月发布的一份报告说，中国共产党利用含糊的威胁。")
        #expect(one.map(\.speaker) == ["一些中国学者上个月发布的一份报告"], "\(one)")
        let manual = claims("该手册还指出，国家对税收的操纵是武器。")
        #expect(manual.map(\.speaker) == ["该手册"] && manual.map(\.kind) == ["report"], "\(manual)")
        // (an estimate and a model are documents too)
        let estimates = claims(["一项估计显示，美国企业的总合规成本可能达到 1500 亿美元。", "模型表明，任由新冠肺炎传播造成的经济损失更小。"])
        #expect(estimates.map(\.speaker) == ["一项估计", "模型"] && estimates.allSatisfy { $0.kind == "report" }, "\(estimates)")
    }

    /// People who report speak (发表关键评论的人报告说); another report (另一份报告说) is not the one
    /// named before it; no reliable report (没有可靠的报告显示…) says nothing; a paper after a
    /// date and 的 (11月4号的法制晚报) is named without the 的.
    @Test func reportingPeopleOtherAndDeniedReports() {
        let c = claims(["发表关键评论的人报告说，他们收到了威胁。", "该报告称，政府在监视网站。另一份报告说，政府监视聊天室。",
                        "没有可靠的报告显示巴巴多斯政府正在限制VPN的使用。", "11月4号的法制晚报消息称：北京将限行。"])
        #expect(c.map(\.speaker) == [nil, "该报告", nil, "法制晚报"], "\(c)")
        #expect(c.map(\.kind) == ["indirect", "report", "report", "report"], "\(c)")
        // (another person, 另一位, is no one named either)
        let other = claims(["另一位领导上台继续说：“没有人传人，可防可治可控。”", "另一位说他辞职了，现在离开了这个国家。"])
        #expect(other.map(\.speaker) == [nil, nil] && other.count == 2, "\(other)")
    }

    /// Describing something as something in quoted words is a statement (将《阿勒山》形容为“…”);
    /// a description the article paraphrases is not, nor is one made of someone (被形容为).
    @Test func characterizationsInQuotedWords() {
        let c = claims(["评论家德怀特·加纳（Dwight Garner）将《阿勒山》形容为“过去25年最残酷和充满悲哀的美国诗歌”。"])
        #expect(c.map(\.speaker) == ["德怀特·加纳"], "\(c)")
        #expect(c.first?.text == "过去25年最残酷和充满悲哀的美国诗歌")
        #expect(claims("政府将疫情描述为一场可控的危机。").isEmpty)
        #expect(claims("这次会谈被形容为“非常有建设性的会谈”。").isEmpty)
    }

    /// A rumour is an unnamed source (网上有传言称, 有传闻指), never the person it is about.
    /// 国家安全和公共卫生专家担心 / 研究 APT10 运营的一位消息人士表示: fields joined by 和, or a
    /// clause describing the source, still end in who speaks, unnamed; an institution's
    /// researchers (国际计算机科学研究所的研究人员) remain the institution's.
    @Test func describedUnnamedSources() {
        let c = claims(["国家安全和公共卫生专家担心，两个大国正在步入新的冷战。",
                        "研究 APT10 运营的一位消息人士表示，其中一些名称与该组织的非公开信息重叠。"])
        #expect(c.map(\.speaker) == [nil, nil], "\(c)")
        #expect(c.map(\.source) == ["国家安全和公共卫生专家", "研究 APT10 运营的一位消息人士"], "\(c)")
        let body = claims("国际计算机科学研究所的研究人员发现，即使在人们拒绝许可之后，应用程序仍在收集数据。")
        #expect(body.first?.speaker == "国际计算机科学研究所", "\(body)")
    }

    /// Young people named by how they look to the writer (新疆男生, 一位女生, 内蒙古的小哥) are
    /// unnamed sources, whatever cue they speak with (说到：, 还说到，, 呼喊道).
    @Test func youngPeopleDescribedOnly() {
        let c = claims(["新疆男生说到：“我们连百度云都用不了！”", "这位男生还说到，他家人供职于医疗系统。", "“中国需要自由！”，女生呼喊道。"])
        #expect(c.map(\.text) == ["我们连百度云都用不了！", "他家人供职于医疗系统", "中国需要自由！"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
    }

    /// People of places joined by 和 (伊拉克和美国官员), of a city whose name holds a breaker
    /// (成都市一位官员: 都 is no "all" there) and a few people (好几个人) are unnamed sources;
    /// 都会 before a cue is still "all will" (用户都会告诉您).
    @Test func joinedPlacesCitiesAndAFewPeople() {
        let c = claims(["伊拉克和美国官员表示，这些导弹大多击中了军事设施。", "四川省成都市一位官员最近表示，地方官员每月都要接受考核。",
                        "我采访过的好几个人表示，他们会觉得有人去世了。", "认真的 VMware 用户都会告诉您，支付年度订购费用是值得的。"])
        #expect(c.count == 4 && c.allSatisfy { $0.speaker == nil }, "\(c)")
        #expect(c.map(\.source) == ["伊拉克和美国官员", "四川省成都市一位官员", "我采访过的好几个人", "认真的 VMware 用户"], "\(c)")
    }

    /// An officer the article names by post alone (上述信托公司风控总经理表示, 北京三里屯一家餐厅
    /// 老板告诉…) is an unnamed source, not dropped.
    @Test func officersNamedByPostAlone() {
        let c = claims(["上述信托公司风控总经理表示，供应链金融业务利润薄、风险大。", "北京三里屯一家餐厅老板告诉南方周末记者，新店开业时有好几个品牌上门游说。"])
        #expect(c.count == 2 && c.allSatisfy { $0.speaker == nil }, "\(c)")
        #expect(c.map(\.source) == ["上述信托公司风控总经理", "北京三里屯一家餐厅老板"], "\(c)")
    }

    /// A survey of someone (对英国企业的一项调查发现) is the source, not an addressee the subject
    /// speaks to (对路透社表示).
    @Test func surveysOfSomeone() {
        let c = claims("大多数企业都是小规模。2015 年对英国企业的一项调查发现，只有 0.6% 的企业雇员超过 150 人。")
        #expect(c.map(\.speaker) == ["对英国企业的一项调查"], "\(c)")
    }

    /// 均 ("all") before the cue is no part of who speaks (中国官员均表示: 中国官员, not a body
    /// called 中国官员均), but a name may end in it (韩国总理丁世均表示).
    @Test func allOfThemSaid() {
        let c = claims(["与此同时，美中两国官员均表示，双方仍有信心签署协议。", "韩国总理丁世均表示，将在该地区采取特别防疫措施。"])
        #expect(c.map(\.source) == ["美中两国官员", nil], "\(c)")
        #expect(c.map(\.speaker) == [nil, "丁世均"], "\(c)")
    }

    /// A connective opening the clause (于是, 因而, 可是, 然后) is no part of who speaks.
    @Test func connectiveBeforeTheSource() {
        let c = claims("奥巴马不想介入。于是白宫专家认为，巴沙尔气数已尽，不用美国费力了。")
        #expect(c.map(\.source) == ["白宫专家"], "\(c)")
    }

    /// Someone counted out of a body the article does not name, by a role (艾斯盟船舶亚洲有限公司
    /// 一位资深船舶经纪人, 河北一家民营钢企高层), is an unnamed source, even when an outlet is named in
    /// whom they spoke to.
    @Test func countedOutOfABody() {
        let c = claims(["艾斯盟船舶亚洲有限公司一位资深船舶经纪人向财新记者表示，船东大多数来自中国国内。",
                        "河北一家民营钢企高层对财新记者说，公司正在延长产业链。"])
        #expect(c.map(\.source) == ["艾斯盟船舶亚洲有限公司一位资深船舶经纪人", "河北一家民营钢企高层"], "\(c)")
    }

    @Test func rumoursAreUnnamedSources() {
        let c = claims(["网上有传言称，刘亚洲上将被采取留置措施。", "有传言说他卷入了政变。"])
        #expect(c.map(\.speaker) == [nil, nil], "\(c)")
        #expect(c.map(\.text) == ["刘亚洲上将被采取留置措施", "他卷入了政变"], "\(c)")
    }

    /// 坚持称 / 坚持认为 is one cue (坚持 is no part of the speaker's name), and people described
    /// by a relative clause after 那些 are an unnamed source, unlike 那些人 pointed back to.
    @Test func insistingAndThoseWhoDoSomething() {
        let c = claims(["微软坚持认为，IE 只是一项功能。", "那些处理这些数据的人坚持称，数据是匿名的。"])
        #expect(c.map(\.speaker) == ["Microsoft", nil], "\(c)")
        #expect(c.map(\.text) == ["IE 只是一项功能", "数据是匿名的"], "\(c)")
    }

    /// An outlet's name in quotation marks is the subject, not words said (“纽约时报”报道，…);
    /// some of those a body wrote about, unnamed, speak for themselves (“纽约时报”记录的一些公司指出).
    @Test func quotedOutletNamesAndThoseTheyWroteAbout() {
        let c = claims(["“纽约时报”报道，警方到场了。", "“纽约时报”记录的一些公司指出，他们经常收集数据。"])
        #expect(c.map(\.speaker) == ["The New York Times", nil], "\(c)")
        #expect(c.map(\.text) == ["警方到场了", "他们经常收集数据"], "\(c)")
    }

    /// Bare 研究人员表示 is the researchers of the body named with them before, whether or not
    /// they spoke there.
    @Test func researchersOfABodyNamedBefore() {
        let c = claims(["网络安全公司 Cybereason 的研究人员透露了调查结果。", "研究人员表示，北美没有受到影响。"])
        #expect(c.map(\.speaker) == ["Cybereason"], "\(c)")
    }

    /// A body's name never runs on into a verb with 了 (LinkedIn 恢复了该页面并说): the body speaks.
    @Test func aBodysNameStopsBeforeAVerb() {
        let c = claims("LinkedIn 恢复了该页面并说“有可能是个错误”。")
        #expect(c.map(\.speaker) == ["LinkedIn"], "\(c)")
    }

    /// People named by their occupation or role, two characters or more (律师认为, 家长表示,
    /// 工程师和运动员的说法), are unnamed sources; a body whose name opens with such a word
    /// (消费者联盟) is still the body, and a titled name (律师张三) the person.
    @Test func occupationsAreUnnamedSources() {
        let c = claims(["律师认为，这种鞋实现了飞跃。", "按照工程师和运动员的说法，这种新型运动鞋实现了飞跃。", "消费者联盟说，隐私盾将失败。", "律师张三说，这是问题。"])
        #expect(c.map(\.speaker) == [nil, nil, "消费者联盟", "张三"], "\(c)")
    }

    /// Voices nobody is named for speak unnamed (有声音认为, 反殖民运动一直认为, 一种观点认为,
    /// 一种意见认为); a sound someone makes is no voice (发出声音警告), nor advice heard.
    @Test func collectiveVoicesSpeakUnnamed() {
        let c = claims(["还有声音认为，脱离贫困线不代表真正脱贫。", "反殖民运动一直认为，帝国的暴力出自于这些帝国。"])
        #expect(c.map(\.text) == ["脱离贫困线不代表真正脱贫", "帝国的暴力出自于这些帝国"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
        // views and the market, but not the market inside someone's words (他表示，市场担心…)
        let v = claims(["一种观点认为，汇丰的增长录得负值。", "市场普遍认为，地方政府的债务规模仍然过大。", "王毅告诉路透社，市场担心分类改变可能会伴随着违约。"])
        #expect(v.map { $0.speaker ?? "nil" } == ["nil", "nil", "Wang Yi"], "\(v)")
        #expect(v.last?.text == "市场担心分类改变可能会伴随着违约", "\(v)")
        // opinion held (一种相反的意见认为), but not opinions and advice heard (听取各方意见和建议)
        let o = claims(["而一种相反的意见认为，大萧条是由货币扩张导致的。", "财经委将听取各方意见和建议，集思广益。"])
        #expect(o.count == 1 && o[0].speaker == nil && o[0].text == "大萧条是由货币扩张导致的", "\(o)")
        let d = claims(["爱德华·马奎尔说：“这些选择都不漂亮。”", "他认为应该少用水炮，而且只有在警察发出合法的驱散命令、发出声音警告和提供离开机会之后才使用。"])
        #expect(d.count == 2 && d.allSatisfy { $0.speaker == "爱德华·马奎尔" }, "\(d)")
    }

    /// People described speak unnamed when they speak to a reporter too (现场一位救援人员向财新记者
    /// 表示), but not when 对 names what they talk about (参与者对森林的占领表示声援).
    @Test func describedPeopleSpeakingToAReporter() {
        let c = claims(["现场一位救援人员向财新记者表示，吊车最高起重载荷只能到 500 吨。", "银行的信贷人员对本报记者称，北京局的业务量比不上上海。"])
        #expect(c.map(\.text) == ["吊车最高起重载荷只能到 500 吨", "北京局的业务量比不上上海"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil } && c.first?.via == "Caixin", "\(c)")
        #expect(claims("在一些地方，参与者对森林的占领表示声援，并批评政府。").isEmpty)
    }

    /// Reports and people there were, after when (去年有报道称, 早在 2015 年就有报道显示, 当时就有人
    /// 认为), are unnamed sources; a need for someone is none (你将不再需要有人告诉你).
    @Test func sourcesThereWereAfterWhen() {
        let c = claims(["去年有报道称，上海自由贸易区将解禁脸书。", "早在 2015 年就有报道显示，州警察正在监控抗议者。"])
        #expect(c.map(\.text) == ["上海自由贸易区将解禁脸书", "州警察正在监控抗议者"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
        #expect(claims("你将不再需要有人告诉你，这份工作是否做得好。").isEmpty)
    }

    /// A person a relative clause describes speaks, whatever verbs the clause holds (是, 被, 因…而:
    /// 被北大解聘的前教授夏业良在接受美国之音采访时表示); not a person the speaker talks to (…的一名
    /// 中間商對麥高登說).
    @Test func personDescribedByARelativeClause() {
        let c = claims(["因揭幕“棱镜门”而闻名全球的爱德华·斯诺登在接受采访时表示，美国国家安全局开发了一种技术。", "在课堂上宣讲宪政而被北大解聘的前教授夏业良在接受美国之音采访时表示，北大有一些学生被发展成线民。"])
        #expect(c.map(\.speaker) == ["Edward Snowden", "夏业良"], "\(c)")
        #expect(c.last?.via == "Voice of America", "\(c)")
        #expect(claims("來自剛果的一名中間商對麥高登說：「我在廣州是謀生。」").allSatisfy { $0.speaker != "麥高登" })
    }

    /// A clause holding only when and an interview (…终于发声，5 月 11 日接受《新京报》采访回应称) goes
    /// on with the speaker before it; the outlet interviewing is the intermediary, not who speaks.
    @Test func interviewClauseWithoutItsSpeaker() {
        let c = claims(["王毅终于发声，5 月 11 日接受《新京报》采访回应称，上海和杭州小区的纠纷将按协议来处理。",
                        "李克强随后发声，接受《新京报》采访称，小区的纠纷将按协议处理。"])
        #expect(c.map(\.speaker) == ["Wang Yi", "Li Keqiang"], "\(c)")
        #expect(c.map(\.via) == ["The Beijing News", "The Beijing News"], "\(c)")
    }

    /// People a relative clause describes are an unnamed source, however many breakers the
    /// clause holds (据了解当时会面的人士称, 在携程从事航空数据研究的一位负责人认为); not the
    /// writer (据我的个人统计) nor a crowd of motives (动机众说纷纭).
    @Test func peopleDescribedByAClause() {
        let c = claims(["据了解当时会面的人士称，曾毓群邀请他到公司担任首席技术长。", "在携程从事航空数据研究的一位负责人认为，目前国内航班在波动中渐渐恢复。"])
        #expect(c.map(\.text) == ["曾毓群邀请他到公司担任首席技术长", "目前国内航班在波动中渐渐恢复"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
        #expect(claims("据我的个人统计，后一种人就总体倾向而言更多。").isEmpty)
    }

    /// Members of a body the article does not name speak unnamed (郑州一家客运企业负责人说), but
    /// not members pointed back to (其发言人) nor one in a list inside someone's words (…国务院
    /// 总理、部委负责人都作出了积极表态).
    @Test func membersOfAnUnnamedBody() {
        let c = claims(["郑州一家客运企业负责人说，当地没有营运证的旅游车远比有证的车辆多。", "上述大型券商投行负责人表示，科创板增加了制度的包容性。"])
        #expect(c.map(\.text) == ["当地没有营运证的旅游车远比有证的车辆多", "科创板增加了制度的包容性"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
        let d = claims("谭德塞在日内瓦的记者会上对财新记者表示，中国当局已对遏制疫情尽力而为，从政府最高层到国务院总理、部委负责人都作出了积极表态。")
        #expect(d.map(\.speaker) == ["Tedros Adhanom Ghebreyesus"] && d.first?.text.hasSuffix("积极表态") == true, "\(d)")
    }

    /// A count of people goes on with the people counted (该工厂的 850 名工人中有许多人表示), and
    /// 他们 after a body's workers heading the sentence is the workers, not the body: its
    /// workers do not speak for it.
    @Test func countedPeopleAndABodysWorkers() {
        let c = claims(["该工厂的 850 名工人表示，他们每周工作84小时。", "沃尔玛表示将提高工资。沃尔玛的工人如今已经联合了起来，他们认为这些承诺仍然不够。"])
        #expect(c.map(\.speaker) == [nil, "Walmart", nil], "\(c)")
        #expect(c.map(\.text) == ["他们每周工作84小时", "将提高工资", "这些承诺仍然不够"], "\(c)")
    }

    /// A study there was (确实有研究表明, 有调查显示) is an unnamed source, not a document of the
    /// article named 有研究; a study pointed to (该研究表明) is one.
    @Test func studiesThereWereAreUnnamed() {
        let c = claims(["确实有研究表明，当选领导人更关心富人的利益。", "有调查显示，选民不信任政客。", "该研究表明，选民不信任政客。"])
        #expect(c.map(\.speaker) == [nil, nil, "该研究"], "\(c)")
    }

    /// A person right before 学者 / 专家 is the field of an unnamed scholar (莎士比亚学者之一透露,
    /// 一位普京问题专家说), not the speaker; the person alone still speaks.
    @Test func scholarOfAPersonIsUnnamed() {
        let c = claims(["英国一位不愿意透露姓名的最杰出莎士比亚学者之一透露，约翰逊的代理曾与他接触。", "一位普京问题专家说，俄罗斯不会让步。"])
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
        #expect(claims("普京说，俄罗斯不会让步。").map(\.speaker) == ["Vladimir Putin"])
    }

    /// Data said to come from a body (来自FDA的数据显示) are the body's report, as 彭博经济研究公司
    /// 汇编的数据 are.
    @Test func dataFromABodyAreItsReport() {
        #expect(claims("但来自FDA的数据显示，在极少数情况下，植入位置或许会发生感染。").map(\.speaker) == ["FDA"])
    }

    /// A demonstrative and a description no title matched (这位广州商人, 该雇员) point back to the
    /// one person who spoke just before; after someone brought in by 一位 / 另一位, or an
    /// unnamed source described the same way, they stay unnamed.
    @Test func descriptionsPointBackToWhoJustSpoke() {
        let c = claims(["亚马逊卖家 Zhao Weiming 表示，该网站是最具成本效益的方式。这位广州商人表示，他几年前开始在网上销售。"])
        #expect(c.map(\.speaker) == ["Zhao Weiming", "Zhao Weiming"], "\(c)")
        let unnamed = claims(["亚马逊卖家 Zhao Weiming 表示，该网站是最具成本效益的方式。一位业内人士也在场。这位广州商人表示，他几年前开始在网上销售。"])
        #expect(unnamed.map(\.speaker) == ["Zhao Weiming", nil], "\(unnamed)")
        let described = claims(["一位长期贡献者说，地图被改动了。", "Nick Doiron 说，这两种边界都存在于数据库中。这位贡献者说，他们从小被灌输了特定的叙事。"])
        #expect(described.map(\.speaker) == [nil, "Nick Doiron", nil], "\(described)")
    }

    /// A description points back to the one person opening its sentence or the one that named
    /// them, though they did not speak (巴菲特对它们的未来投下了不信任票：这位备受尊崇的投资人表示); not
    /// to one named inside a clause of it (在斯诺登曝光…之前，那位研究生就告诉我).
    @Test func descriptionsPointBackToWhoOpensTheSentence() {
        let c = claims("沃伦·巴菲特对它们的未来投下了不信任票：这位备受尊崇的投资人在 5 月 2 日表示，他已经抛售了航空公司股票。")
        #expect(c.map(\.speaker) == ["Warren Buffett"], "\(c)")
        let inside = claims("大约在爱德华·斯诺登曝光棱镜计划之前的一年，那位纹身的研究生就告诉我，他的朋友拒绝带手机。")
        #expect(inside.allSatisfy { $0.speaker != "Edward Snowden" }, "\(inside)")
        // (or opening a sentence before it, past a quotation that is a sentence of its own, whose words hold 一个)
        let before = claims("奥利弗·贝特每天还是去慕尼黑的办公室上班。办公室里几乎空无一人。「CEO 总是孤家寡人一个。」这位安联老板说。")
        #expect(before.map(\.speaker) == ["奥利弗·贝特"], "\(before)")
    }

    /// People named by what they do, a cue word made a noun by 家 or 者 (批评家, 质疑者), are
    /// unnamed sources, also after 也有 (there are … who say); not the first of a list of what a
    /// named person is (小说家、诗人纳博科夫，…然后说).
    @Test func peopleNamedByWhatTheyDo() {
        let c = claims(["质疑者认为，限制入境没有法律依据。", "但也有批评家说，莎翁那叫手法高明。"])
        #expect(c.count == 2 && c.allSatisfy { $0.speaker == nil && $0.source != nil }, "\(c)")
        #expect(claims("而小说家、诗人纳博科夫特意租了架电视机来观看登月，然后说，这是最强烈的震颤。").allSatisfy { $0.source == nil })
    }

    /// People known by how they relate to someone (朋友说, 爷爷告诉他, 我妈妈说) or who they are
    /// (小女孩承认) are unnamed sources, as 专家表示 is.
    @Test func relativesAndFriendsAreUnnamedSources() {
        let c = claims(["朋友说，他爸当年去了天安门。", "可是爷爷告诉他，毛邓之间还有两个人。", "我妈妈说，这件事不能再提了。"])
        #expect(c.map(\.text) == ["他爸当年去了天安门", "毛邓之间还有两个人", "这件事不能再提了"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil && $0.source != nil }, "\(c)")
        // (so are people met in a story, known by who they are: 民警, 小女孩, 乘客)
        let met = claims("在民警劝说教育下，小女孩承认自己偷拿了玩具。一名乘客表示，列车晚点了三个小时。")
        #expect(met.map(\.text) == ["自己偷拿了玩具", "列车晚点了三个小时"] && met.allSatisfy { $0.source != nil }, "\(met)")
    }

    /// A relative clause describes the person after a title and what qualifies it (a body, a
    /// field), past the name's spelling in parentheses (曾是…顾问的美国企业研究所 (…) 贸易专家史剑道
    /// (Derek Scissors) 表示).
    @Test func describedPersonPastQualifiedTitle() {
        let c = claims("曾是政府顾问的美国企业研究所 (American Enterprise Institute) 贸易专家史剑道 (Derek Scissors) 表示，他预计本月不会达成协议。")
        #expect(c.map(\.speaker) == ["Derek Scissors"], "\(c)")
    }

    /// A country then a count (中国大陆一位…的先生) opens someone described, unnamed, not a body
    /// called 中国大陆一位.
    @Test func aCountAfterACountryIsSomeoneUnnamed() {
        let c = claims("中国大陆一位在美国获得博士学位的先生发文嘲笑，阿甘本思想僵化。")
        #expect(c.count == 1 && c.allSatisfy { $0.speaker == nil && $0.source != nil }, "\(c)")
    }

    /// An unnamed office holder opening the sentence speaks on after where they spoke, even with
    /// no 上 after the occasion (軍政府發言人對…，在5月7日的記者會表示，「…」).
    @Test func anUnnamedSpokesmanSpeaksOnAtAPressConference() {
        let c = claims("軍政府發言人對欽邦與實皆省的武裝衝突，在5月7日的記者會表示，「軍方無法容忍人民的任何武裝抵抗。」")
        #expect(c.count == 1 && c.allSatisfy { $0.speaker == nil && $0.source != nil && $0.kind == "direct" }, "\(c)")
        let head = claims("该医院宣传科主任在接受凤凰网视频的采访时，力图撇清医院责任，称其自愿延迟退休，医院没有安排其在一线。")
        #expect(head.count == 1 && head.allSatisfy { $0.speaker == nil && $0.source != nil }, "\(head)")
    }

    /// 此人 and 这些人 point back to people the article described and never named: unnamed.
    @Test func peoplePointedBackByRen() {
        let c = claims(["一位前官员接受了采访。此人说，习近平将以越来越多的专制主义进行统治。", "几名官员也接受了采访。这些人还表示，习近平的要求有时相互矛盾。"])
        #expect(c.count == 2, "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
    }

    /// An editor (编辑告诉我) is a source the article does not name.
    @Test func unnamedEditor() {
        let c = claims("編輯告訴我，最近的兩部小說都很文學，希望下一部能夠類型化一些。")
        #expect(c.map(\.description) == ["nil|indirect|-|最近的兩部小說都很文學，希望下一部能夠類型化一些"], "\(c)")
        #expect(c.map(\.source) == ["編輯"], "\(c)")
    }

    /// Leaders of a field (商界领袖) are unnamed people, in a list of groups too; unnamed people
    /// whose first clause runs on into its verb (一位发言人推动阴谋论，称…) go on speaking after it.
    @Test func leadersAndPeopleBeforeTheirVerb() {
        let c = claims(["许多经济学家、商界领袖和美国国会两党议员都表示，中美关系很重要。", "一位发言人推动阴谋论，称可能是美国军队将病毒带到武汉。"])
        #expect(c.map(\.description) == ["nil|indirect|-|中美关系很重要", "nil|indirect|-|可能是美国军队将病毒带到武汉"], "\(c)")
        #expect(claims("很多电动车车主算小账，称电动车更便宜。").isEmpty)
    }

    /// Suppliers speak unnamed, to an outlet too; a clause may open with when (當時曾經有評論家認為)
    /// before who; an acronym speaking to an outlet in 《》 is a body (KUN對《BBC Burmese》表示).
    @Test func suppliersCriticsThenAndAcronymsToOutlets() {
        let c = claims(["仰光的供應商對《BBC Burmese》說，愈來愈多民眾湧入購物中心。", "當時曾經有評論家認為Bossa Nova是不合時宜的音樂。",
                        "但KUN對《BBC Burmese》表示，此與民族團結政府的宣戰宣言無關。"])
        #expect(c.map(\.speaker) == [nil, nil, "KUN"], "\(c)")
        #expect(c.map(\.text) == ["愈來愈多民眾湧入購物中心", "Bossa Nova是不合時宜的音樂", "此與民族團結政府的宣戰宣言無關"], "\(c)")
    }

    /// A spokesman counted out (一位外交部发言人) is one unnamed member, not a body called 一位外交部.
    @Test func countedSpokesmanIsUnnamed() {
        let c = claims(["一位外交部发言人称可能是美国军队将病毒带到武汉。", "镇江市政府发言人称，学校将关闭。"])
        #expect(c.map(\.speaker) == [nil, "镇江市政府"], "\(c)")
    }

    /// A tycoon of a place (硅谷的一位大亨) is an unnamed source, between two quotations too.
    @Test func unnamedTycoon() {
        let c = claims("「软银造成的损失是无法估量的，」硅谷的一位大亨表示，「如果你让一家公司走得更快，它就会做出不自然的事情。」")
        #expect(c.map(\.description) == ["nil|direct|-|软银造成的损失是无法估量的，", "nil|direct|-|如果你让一家公司走得更快，它就会做出不自然的事情。"], "\(c)")
    }

    /// Jurors, locals, hobbyists, a man and family (评委, 当地人, 爱好者, 男子, 婆婆) speak unnamed.
    @Test func jurorsLocalsAndFamilyAreUnnamed() {
        let c = claims(["评委认为，北岛在动荡的岁月中以思想诗起步。", "当地人曾称，这里是一片荒地。", "DIY 爱好者认为，任何人都能编辑基因。",
                        "该男子随后表示，已经弄清楚了。", "婆婆哭著說，香港人打香港人。"])
        #expect(c.map(\.speaker) == [nil, nil, nil, nil, nil], "\(c)")
        #expect(c.map(\.source) == ["评委", "当地人", "DIY 爱好者", "该男子", "婆婆"], "\(c)")
    }

    /// Fund managers, managers, strategists and dealers (基金经理, 经理人, 策略师, 交易商) are a
    /// trade speaking, unnamed, not the person the sentence named before.
    @Test func fundManagersAreUnnamed() {
        let c = claims(["就在几个月前，基金经理还乐观地认为，全球经济将出现温和反弹。",
                        "当10月的民调显示伊丽莎白·沃伦支持率上升时，对冲基金经理警告称，如果她当选，市场将走弱。"])
        #expect(c.map(\.speaker) == [nil, nil], "\(c)")
        #expect(c.map(\.text) == ["全球经济将出现温和反弹", "如果她当选，市场将走弱"], "\(c)")
    }

    /// A word that would end a subject (长期, 之前) right after 的 opens the noun the 的 needs:
    /// 俄中关系的长期观察人士 and 之前的在押人员 are people described, unnamed.
    @Test func breakerAfterDeOpensTheNoun() {
        let c = claims(["俄中关系的长期观察人士称，CGTN 仍处于发展初期。", "不过，之前的在押人员却称这些课程是徒劳无功的洗脑尝试。"])
        #expect(c.map(\.speaker) == [nil, nil] && c.count == 2, "\(c)")
        #expect(c.map(\.source) == ["俄中关系的长期观察人士", "之前的在押人员"], "\(c)")
    }

    /// Data or a survey described anew are other data, named as written (来自欧洲的最新数据…
    /// 周一发布的最新数据); what points back (该调查, a bare 数据) is the last one described.
    @Test func documentsDescribedAnewAreOthers() {
        let c = claims(["来自欧洲的最新数据表明，欧元区增长乏力。周一发布的最新数据表明，美国制造业已经企稳。数据还显示，油价上涨。",
                        "一项新调查显示，服务业扩张。在英国，一项类似的调查显示，经济活动下降。该调查还显示，消费低迷。"])
        #expect(c.map(\.speaker) == ["来自欧洲的最新数据", "周一发布的最新数据", "周一发布的最新数据",
                                     "一项新调查", "一项类似的调查", "一项类似的调查"], "\(c)")
    }
}
