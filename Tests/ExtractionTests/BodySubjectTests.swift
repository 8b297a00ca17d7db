import Testing
@testable import Extraction

/// Bodies that speak through members none of whom is named, or by their kind alone.
@Suite struct BodySubjectTests {
    /// 国际特赦组织的研究人员说 is the organization's finding; a later bare 研究人员表示 means the
    /// same researchers. A country's researchers are people of a nation and stay unnamed.
    /// People a country qualifies end where an adverb or a modal opens the predicate (中国官员开始
    /// 大胆指责): unnamed, not a body called 中国官员开始大胆.
    @Test func qualifiedPeopleEndBeforeTheirPredicate() {
        let c = claims("中国官员开始大胆指责华盛顿，称美国应对疫情负责。")
        #expect(!c.contains { $0.speaker?.contains("开始") == true })
    }

    /// One Latin word and the kind of body it is name an institution (慕尼黑的 Ifo 研究所透露).
    /// A company's trade before its name (柴油发动机制造商康明斯公司) is no part of the name, unless
    /// what follows it is only a kind of body (香港中华厂商联合会).
    @Test func tradeBeforeACompanysName() {
        let c = claims(["柴油发动机制造商康明斯公司称：「我们希望这是竞争环境的开始。」", "香港中华厂商联合会表示，工展会网页被黑客入侵。"])
        #expect(c.map(\.speaker) == ["康明斯公司", "香港中华厂商联合会"], "\(c)")
        // (a brokerage or a fund named by the text: X证券, X资本)
        let brokers = claims(["本土金融机构中泰证券在一份研究报告中估算，失业率可能已经达到 20%。", "管理咨询公司贝恩资本估计，总支出将达到 5200 亿美元。"])
        #expect(brokers.map(\.speaker) == ["中泰证券", "贝恩资本"], "\(brokers)")
    }

    /// A local government speaks as a body named as written (北京市政府); a country's is the country.
    @Test func localGovernmentsSpeak() {
        let c = claims(["疫情仍在扩散。北京市政府周日表示，所有入京人员都要隔离。", "广东省政府也表示，学校将推迟开学。", "中国政府表示，疫情可控。"])
        #expect(c.map(\.speaker) == ["北京市政府", "广东省政府", "China"], "\(c)")
    }

    @Test func latinWordAndKindOfBodyNameAnInstitution() {
        #expect(claims("慕尼黑的 Ifo 研究所透露，8 月商业信心降至最低水平。").map(\.speaker) == ["Ifo 研究所"])
        #expect(claims("Matty私心認為，这是很值得推薦的作品。").map(\.speaker) != ["Matty私心"])
    }

    @Test func researchersOfANamedBodySpeakForIt() {
        let c = claims(["国际特赦组织的研究人员说，蒙古监狱内经常使用酷刑。", "研究人员表示，他们发现有人遭到殴打。"])
        #expect(c.map(\.speaker) == ["Amnesty International", "Amnesty International"], "\(c)")
        let national = claims("中国的研究人员说，这种病毒可以在人与人之间传播。")
        #expect(national.count == 1 && national[0].speaker == nil, "\(national)")
    }

    /// A body's investigators, investigating team and economists speak for it as its researchers
    /// do (国际特赦组织的调查人员表示, 据警方调查人员称, 摩根士丹利的经济学家认为); a nation's do not.
    @Test func investigatorsOfANamedBodySpeakForIt() {
        let c = claims(["国际特赦组织的调查人员表示，蒙古监狱内经常使用酷刑。", "据警方调查人员称，他在凌晨入侵了议员的手机。",
                        "摩根士丹利的经济学家认为，中国经济将会反弹。", "美国的经济学家认为，明年的通胀会回落。"])
        #expect(c.map(\.speaker) == ["Amnesty International", "警方", "Morgan Stanley", nil], "\(c)")
    }

    /// One counted in a place (美国一位教授, 湖南省一家医院) is an unnamed source, no body named
    /// by the phrase; a body's 一位发言人 still speaks for it.
    @Test func onesCountedInAPlaceStayUnnamed() {
        let c = claims(["美国一位教授提醒说，这些技术会放大学生的焦虑。", "湖南省一家医院表示，病人已经出院。", "华为一位发言人表示，该公司在全球范围内合规纳税。"])
        #expect(c.map(\.speaker) == [nil, nil, "Huawei"], "\(c)")
    }

    /// A country's language (用意大利语指点说) is what someone speaks in, no body of the country.
    @Test func aCountrysLanguageIsNoBody() {
        let c = claims("老先生用意大利语指点说：“就在那里，你看，那边好几个门。”")
        #expect(c.count == 1 && c.allSatisfy { $0.speaker == nil }, "\(c)")
    }

    /// An institution the catalog does not know, named after a description in 的, speaks
    /// (卡拉奇的应用经济研究中心表示); counted bodies there are none (一个关键小组).
    @Test func institutionsAfterADescription() {
        let c = claims(["卡拉奇的应用经济研究中心表示，未来十五年内会更好。", "负责此刑案的台北士林地方检察署表示，陈同佳只能算投案。"])
        #expect(c.map(\.speaker) == ["应用经济研究中心", "台北士林地方检察署"], "\(c)")
        #expect(claims("实验室的一个关键小组表示，该建议与研究结论相矛盾。").allSatisfy { $0.speaker != "一个关键小组" })
    }

    /// A union of countries is a body, though ICU lists it among regions: its spokesman speaks
    /// for it (欧盟发言人宣称, 联合国发言人表示), as a country's people do not.
    @Test func spokesmenOfUnionsSpeakForThem() {
        let c = claims(["欧盟发言人宣称：“世界不需要新的军备竞赛。”", "联合国发言人表示，阿富汗平民伤亡人数再创新高。"])
        #expect(c.map(\.speaker) == ["European Union", "United Nations"], "\(c)")
        #expect(claims("德国发言人表示，世界不需要新的军备竞赛。").map(\.speaker) == [nil])
    }

    /// Officials and people of a body the article names with them (中国石化的人士称) speak for
    /// it; bare, or of a country (美国官员), or near a body (接近平安集团的人士), they stay unnamed.
    @Test func officialsOfANamedBodySpeakForIt() {
        let c = claims(["中国石化的人士称，该公司开发伊朗油田的计划可能成为牺牲品。", "美国官员称，这些说法并不属实，需要更多的调查。",
                        "接近中国石化的人士称，该公司的调查仍不完整。"])
        #expect(c.map { $0.speaker ?? "nil" } == ["Sinopec", "nil", "nil"], "\(c)")
    }

    /// A university's researchers speak for it, and so does the team pointed back to after them
    /// (波士顿大学的研究人员认为…。该团队表示).
    @Test func aTeamPointedBackIsTheBodyWhoseResearchersSpoke() {
        let c = claims(["波士顿大学的研究人员认为他们可能已经提出了解决方案。", "上周，该团队表示，他们已经开发出一种新的加密技术。"])
        #expect(c.map(\.speaker) == ["波士顿大学", "波士顿大学"], "\(c)")
        // (each time the team speaks it stays in mind: paragraphs 6 and 10 after the first)
        let filler = Array(repeating: "这种加密谜题需要大量资源才能解开。", count: 4)
        let far = claims(["波士顿大学的研究人员认为他们可能已经提出了解决方案。", "这是一个难题。"] + filler + ["该团队表示，这种情况只允许被动解密尝试。"]
                         + filler + ["该研究小组估计，政府每年可以破解少于70个密钥。"])
        #expect(far.map(\.speaker) == ["波士顿大学", "波士顿大学", "波士顿大学"], "\(far)")
        let pair = claims("科罗拉多州立大学的扎克·罗格斯和亚利桑那州立大学的托马斯·崔的研究表明，网络攻击大多是通过供应商发起的。")
        #expect(pair.map(\.speaker) == ["扎克·罗格斯"], "\(pair)")
    }

    /// A body's name after what kind of body it is, or in corner quotation marks, closes the
    /// subject (新興民兵組織卡萊地區防禦聯盟證實, 民兵組織「卡萊地區防禦聯盟」（Kalay…）對…證實).
    @Test func aBodyNamedAfterItsKind() {
        let c = claims(["新興民兵組織卡萊地區防禦聯盟證實，5月3日開槍打傷3名緬軍。",
                        "另一個新興民兵組織「欽邦防衛聯盟」（Chinland Defense Association）對記者證實，5月2日有4名緬軍死亡。"])
        #expect(c.map(\.speaker) == ["卡萊地區防禦聯盟", "欽邦防衛聯盟"], "\(c)")
    }

    /// A bare 政府 after a clause of place naming a country (在法国，政府宣称) is that country's.
    @Test func theGovernmentOfThePlaceNamedBefore() {
        let c = claims(["美国政府表示，将提供援助。", "在法国，政府宣称 2020 年的财政赤字将达到国内生产总值的 9%。"])
        #expect(c.map(\.speaker) == ["United States", "France"], "\(c)")
    }

    /// A Latin name with a representative (Intrusion Truth 的代表) is a body, even past where and
    /// to whom it spoke; a researcher with a name of his own (…研究员周漱说) is not the body.
    @Test func aRepresentativeSpeaksForALatinNamedBody() {
        let c = claims(["Intrusion Truth 的代表在一封电子邮件中对媒体说：“我们将与公司和政府内部人士合作。”"])
        #expect(c.map(\.speaker) == ["Intrusion Truth"], "\(c)")
        let single = claims("Cybereason 的研究人员说，这些活动针对的是移动电话提供商。")
        #expect(single.map(\.speaker) == ["Cybereason"], "\(single)")
        let named = claims("上海航运交易所研究员周漱说，中国公司进入海工产业时间不长。")
        #expect(!named.contains { $0.speaker == "上海航运交易所" }, "\(named)")
        // (a body's spokesman leaves a later bare 分析人士 unnamed: other members, other people)
        let other = claims(["中联办发言人在一份声明中称，这两名议员赤裸裸地干涉香港事务。", "相反，分析人士说，这反映了越来越焦虑的领导层的想法。"])
        #expect(other.map { $0.speaker ?? "nil" } == ["Liaison Office of the Central People's Government in the Hong Kong SAR", "nil"], "\(other)")
    }

    /// 警方表示 is the police the story named before (瑞士警方), else this article's police.
    @Test func aBareInstitutionIsTheOneNamedBefore() {
        let c = claims(["瑞士警方表示他构成了一个声誉风险。", "警方称，他涉嫌危害国家安全。"])
        #expect(c.map(\.speaker) == ["瑞士警方", "瑞士警方"], "\(c)")
        let bare = claims("後警方確認，白衣人有幫派背景。")
        #expect(bare.map(\.speaker) == ["警方"], "\(bare)")
        let other = claims("警方确认，白衣人有帮派背景。")
        #expect(bare.first?.speakerKey != other.first?.speakerKey, "one article's police is not another's")
    }

    /// 国际特赦组织还报告说: after an adverb 报告 is the verb; the organization reports.
    @Test func anAdverbMakesReportAVerb() {
        let c = claims("国际特赦组织 还报告说 ，蒙古监狱内经常使用酷刑。")
        #expect(c.map(\.speaker) == ["Amnesty International"], "\(c)")
        #expect(c.first?.kind == "indirect")
    }

    /// How often a body said it (每次都, 屡屡) is an adverb between it and the cue, as 一再 is;
    /// so are 反而, 甚至, 一度, 再度, 再三 and 早就 after people named by what they do.
    @Test func everyTimeItSaid() {
        let c = claims("国际特赦组织每次都在报告中宣称，蒙古监狱内经常使用酷刑。")
        #expect(c.map(\.speaker) == ["Amnesty International"], "\(c)")
        let adverbs = ["反而", "甚至", "一度", "再度", "再三", "早就"].map { claims("疫情仍在扩散。美国检察官\($0)表示，记者违反了间谍法。") }
        #expect(adverbs.map { $0.map(\.speaker) } == Array(repeating: ["美国检察官"], count: 6), "\(adverbs)")
    }

    /// 该公司称 points back to the company just named, though another body spoke before.
    @Test func theCompanyJustNamed() {
        let c = claims(["国际特赦组织说，蒙古监狱内经常使用酷刑。", "华为去年在上海开设了办公室，该公司称，由于审查，业务受到影响。"])
        #expect(c.map(\.speaker) == ["Amnesty International", "Huawei"], "\(c)")
        // (该公司发言人表示: its spokesman speaks for it too)
        let spokesman = claims(["华为周一宣布退出该项目。当被问及贸易时，该公司发言人表示，将根据实际需求采购。"])
        #expect(spokesman.map(\.speaker) == ["Huawei"], "\(spokesman)")
        // (蒂芙尼发言人称: a body named only there; not 一位发言人 nor 外交部发言人 with 赵立坚 named before)
        let named = claims(["蒂芙尼发言人称，这张图片拍摄于五月。", "一位发言人表示，公司支持碳税。", "外交部发言人赵立坚周一表示，中方反对制裁。外交部发言人还表示，中方将作出回应。"])
        #expect(named.map { $0.speaker ?? "nil" } == ["蒂芙尼", "nil", "Zhao Lijian", "Zhao Lijian"], "\(named)")
        // (companies the catalog knows, their spokespeople and officials speaking for them)
        let known = claims(["戴姆勒的发言人表示，公司欢迎长期投资者。", "但中国石油集团的官员之前表示，该公司难以找到银行渠道。"])
        #expect(known.map(\.speaker) == ["Daimler", "China National Petroleum Corporation"], "\(known)")
    }

    /// Long descriptions of a document headed by its author credit the author (根据国际货币基金组织
    /// 今年 10 月份发表的最新一份报告); the latter past someone's words (X 的观点，后者…) is X.
    @Test func authorsOfDocumentsAndTheLatter() {
        let c = claims("根据国际货币基金组织 (International Monetary Fund) 今年 10 月份发表的最新一份报告，全球经济增长将放缓。")
        #expect(c.map(\.speaker) == ["International Monetary Fund"], "\(c)")
        let latter = claims("特朗普提及了经济学家 Peter Morici 的观点，后者周日接受福斯新闻采访时说，关税举措的影响不大。")
        #expect(latter.map(\.speaker) == ["Peter Morici"], "\(latter)")
    }

    /// A Latin name after the noun of a body (匿名组织 Intrusion Truth) is the body's: 该组织 points
    /// back to it, and 他 does not.
    @Test func aLatinNameInApposition() {
        let c = claims(["一个新的匿名组织 Intrusion Truth 揭露了黑客的真实姓名。", "“我们直接挑战这种非法和不公平的活动，”该组织在给媒体的邮件中称。"])
        #expect(c.map(\.speaker) == ["Intrusion Truth"], "\(c)")
    }

    /// 根据X的说法，…: X's account, as 按照X的说法 is.
    @Test func accordingToSomeonesAccount() {
        let c = claims("根据普京的说法，华为公司刚刚受到新疆乌鲁木齐市警察局的邀请。")
        #expect(c.map(\.speaker) == ["Vladimir Putin"], "\(c)")
        #expect(c.first?.text.hasPrefix("华为公司") == true)
    }

    /// A company's executives or officials in charge speak for it (华为高管表示, 该公司管理人士
    /// 表示); a body the article keeps unnamed (某基金的负责人) does not become one.
    @Test func executivesSpeakForTheCompany() {
        let c = claims(["华为高管表示，公司将继续投资研发。", "华为去年在上海开设了办公室。该公司管理人士表示，谈判陷入停滞。"])
        #expect(c.map(\.speaker) == ["Huawei", "Huawei"], "\(c)")
        let unnamed = claims("某债券私募基金的负责人告诉记者，市场流动性很差。")
        #expect(unnamed.allSatisfy { $0.speaker == nil }, "\(unnamed)")
    }

    /// A count of people (约有 12 名中国名人, 三位专家) or of bodies (188 家企业, 八家银行) and one of
    /// a body's people after its 的 (中国石化在伊朗的一名顾问) are unnamed sources, not the body.
    @Test func countedAndOneOfTheirPeople() {
        let c = claims(["约有 12 名中国名人周二也表示，将不参加周三在上海举行的活动。", "华为在伊朗的一名顾问表示：「没有人想留在伊朗。」",
                        "有 188 家企业认为，疫情带来挑战。", "八家银行表示，它们资本充足。"])
        #expect(c.count == 4 && c.allSatisfy { $0.speaker == nil && $0.speakerKey == nil }, "\(c)")
    }

    /// A body's unnamed spokesperson speaks for it (NBA 发言人表示, 苹果公司发言人表示); a
    /// person's (普京的发言人) stays unnamed, not the person.
    @Test func aSpokespersonSpeaksForTheBody() {
        #expect(claims("NBA 发言人表示，比赛取消了。").first?.speaker == "National Basketball Association")
        #expect(claims("苹果公司发言人表示，应用已经下架。").first?.speaker == "Apple Inc.")
        let owned = claims("普京的发言人表示，会谈很成功。")
        #expect(owned.count == 1 && owned.first?.speaker == nil, "\(owned)")
    }

    /// 该发言人 / 这位发言人 is the body whose spokesman spoke last (微软发言人表示…。该发言人还说),
    /// when nobody spoke since (not after 分析人士说); a named spokesman stays the person.
    @Test func theSpokesmanPointedBack() {
        let c = claims(["波特兰警察局的一位发言人承认，警察使用了这种战术。该发言人写道：“这仍是一种可以使用的战术。”",
                        "外交部发言人赵立坚表示，公司会配合调查。该发言人还说，用户数据是安全的。"])
        #expect(c.map(\.speaker) == ["波特兰警察局", "波特兰警察局", "Zhao Lijian", "Zhao Lijian"], "\(c)")
        let other = claims("微软发言人表示，公司会配合调查。分析人士说，公司的数据并不安全。该发言人还说，用户数据是安全的。")
        #expect(other.last?.speaker == nil, "\(other)")
        // (bare, later: the spokesman of a body only the spokesman's phrase names; the body's
        // researchers written without 的)
        let bare = claims(["Coinbase 发言人在一份声明中表示，该公司不会宽恕这些行为。", "“我们进行了审核，”发言人说。", "但发言人解释说，这项技术太重要了。"])
        #expect(bare.map(\.speaker) == ["Coinbase", "Coinbase", "Coinbase"], "\(bare)")
        let itself = claims(["Cloudflare 表示，它将撤出俄罗斯的所有服务器。", "“我们不存储任何日志，”该公司本身补充说。"])
        #expect(itself.map(\.speaker) == ["Cloudflare", "Cloudflare"], "\(itself)")
        let researchers = claims(["哈佛大学研究人员发表了一项研究。", "研究人员警告，DNS 越来越集中。"])
        #expect(researchers.map(\.speaker) == ["Harvard University"], "\(researchers)")
    }

    /// The spokesman of a body named only there, by a Latin name, past a gloss, or written
    /// like an institution (Lazada 的一位发言人, 飞利浦 (Philips) 发言人, 镇江市政府发言人), speaks for
    /// it; a vague owner (华大基因相关发言人) names no body.
    @Test func spokesmanOfABodyNamedOnlyThere() {
        let c = claims(["Lazada 的一位发言人说：「整合工作还在实施当中，目前进展不错。」",
                        "飞利浦 (Philips) 发言人表示，慧与提供的服务不包括患者数据的存储。",
                        "镇江市政府发言人表示，这与事实不符。"])
        #expect(c.map(\.speaker) == ["Lazada", "飞利浦", "镇江市政府"], "\(c)")
        #expect(claims("华大基因相关发言人表示，后者可以实现更全面的覆盖。").allSatisfy { $0.speaker == nil })
    }

    /// 该法院 / 这所大学 point back to the court or university just named, as 该公司 does.
    @Test func theCourtJustNamed() {
        let c = claims(["宁波市中级人民法院称，审判已经结束。记者未能联系到桂敏海。该法院表示，司法机构充分保障了他的权利。"])
        #expect(c.map(\.speaker) == ["宁波市中级人民法院", "宁波市中级人民法院"], "\(c)")
    }

    /// Members speak for their body past its gloss in parentheses (标普 (Standard & Poor's) 的分析师)
    /// and past when they spoke (中国石化的管理人士今年 1 月曾表示).
    @Test func membersPastAGlossAndADate() {
        #expect(claims("标普 (Standard & Poor's) 的分析师近期预测，增长率将下滑。").first?.speaker == "S&P Global")
        #expect(claims("中国石化的管理人士今年 1 月曾表示，该公司正讨论开发油田。").first?.speaker == "Sinopec")
    }

    /// A cue with no subject of its own after a first clause pointing back to a body (该法院未说明…，
    /// 但表示…) is the body's.
    @Test func theBodyPointedBackToGoesOn() {
        let c = claims("宁波中院称，桂敏海认罪。该法院未说明审判时间，但表示部分社会群众旁听了宣判。")
        #expect(c.map(\.speaker) == ["宁波中院", "宁波中院"], "\(c)")
    }

    /// A group of a body's people (麻省理工学院的一组科学家, 沃尔玛一名高管) speaks for the body,
    /// as its 研究人员 do; a country's scientists stay unnamed.
    @Test func groupsOfABodysPeople() {
        let c = claims("麻省理工学院的一组科学家在一项新的研究中表明，匿名数据也能识别个人。")
        #expect(c.first?.speaker == "MIT", "\(c)")
        let country = claims("美国的一群科学家发现，睡眠很重要。")
        #expect(country.count == 1 && country.first?.speaker == nil, "\(country)")
    }

    /// A body after a relative clause (隶属于…的公民实验室) heads the subject; what someone's
    /// own provider does (她的 ISP 透露) is no statement.
    @Test func bodyAfterARelativeClause() {
        let c = claims("隶属于多伦多大学蒙克政府学院 (Munk School of Government) 的公民实验室 (CitizenLab) 称，他们发现了一个黑客雇佣组织。")
        #expect(c.first?.speaker == "Citizen Lab", "\(c)")
        #expect(claims("在意识到自己的身份将被她的 ISP 透露后，她发了电子邮件。").isEmpty)
    }

    /// 及 joins two subjects (人权组织及西方政府则称: the first speaks), but not two titles of
    /// the person named after them, nor the words of one institution's name.
    @Test func andBetweenSubjectsTitlesAndNames() {
        let c = claims("中国官员说，学员已经全部结业。人权组织及西方政府则称，再教育中心曾扣押约 100 万人。")
        #expect(c.last?.speaker == "人权组织", "\(c)")
        #expect(claims("重组部门主管及投行部门联合主管曼德里奥称，零售业受到冲击。").first?.speaker == "曼德里奥")
        #expect(claims("美国公民及移民服务局表示，将打击欺诈行为。").first?.speaker == "美国公民及移民服务局")
    }

    /// A body that spoke only through someone else's words (宁波中院称，桂敏海表示…) is still
    /// the one 该法院 points back to.
    @Test func bodyRelayingAnotherIsPointedBackTo() {
        let c = claims(["宁波中院称，桂敏海表示认罪服判不上诉。", "记者未能联系到他。该法院表示，司法机构充分保障了他的诉讼权利。"])
        #expect(c.last?.speaker == "宁波中院" && c.last?.text.hasPrefix("司法机构") == true, "\(c)")
    }

    /// A stance opening a subject with 对 (对中国持强硬态度的人士认为) describes who speaks; it
    /// is no one addressed, whoever comes after its 的.
    @Test func stanceDescribesTheSpeaker() {
        let c = claims("但是对中国持强硬态度的人士认为，这一大流行是一个机会。")
        #expect(c.count == 1 && c[0].speaker == nil, "\(c)")
        let rubio = claims("对中国持明确批评态度的共和党参议员鲁比奥 (Marco Rubio) 通过 Twitter 表示：「白宫应该考虑这种风险。」")
        #expect(rubio.first?.speaker == "Marco Rubio", "\(rubio)")
    }

    /// A bare institution of the story's own place (当地警方表示, 地方政府称) speaks as written.
    @Test func localInstitutions() {
        let c = claims("当地警方表示，嫌犯已被逮捕。地方政府称，项目将继续。")
        #expect(c.map(\.speaker) == ["当地警方", "地方政府"], "\(c)")
    }

    /// A body named by its kind opening the first clause speaks in the cue after it with no
    /// subject of its own (卓达集团曾对外发布声明，表示…); a phrase only ending like one does not
    /// (已经有十几个隐私组织认为, 好奇心).
    @Test func bodyNamedByItsKindOpeningTheSentence() {
        let c = claims("卓达集团曾对外发布声明，表示将在7月25日前完成支付。")
        #expect(c.map(\.speaker) == ["卓达集团"], "\(c)")
        #expect(claims("好奇心驱使他继续追问，承认它并不一定就是好事。").allSatisfy { $0.speaker == nil })
    }

    /// A body named in full (緬甸軍政府) is what its bare word (軍政府表示) means later; the
    /// outlet it spoke through (通过官方媒体《缅甸全球新光报》宣布) is the via; an outlet that
    /// did not say one thing and only reported another (並未說明…，僅報導「…」) says the second.
    @Test func juntaThroughItsPaper() {
        let c = claims(["缅甸军政府周一通过官方媒体《缅甸全球新光报》宣布，已对四名异议人士执行死刑。",
                        "《緬甸全球新光報》並未說明死刑執行的細節，僅報導「刑罰是按照監獄的程序進行。」",
                        "軍政府表示，另外兩名男子因涉嫌謀殺而被處決。"])
        #expect(c.map(\.speaker) == ["Myanmar junta", "Global New Light of Myanmar", "Myanmar junta"], "\(c)")
        #expect(c.map(\.via) == ["Global New Light of Myanmar", nil, nil], "\(c)")
        #expect(claims("王毅在《人民日报》上撰文说，两国关系良好。").first?.via == nil)
    }

    /// An institution named by several Latin words and its kind speaks (纽约大学的 AI Now 研究所呼吁).
    @Test func institutionNamedBySeveralLatinWords() {
        let c = claims("两年前，纽约大学的 AI Now 研究所呼吁，禁止将情感识别技术用于招聘。")
        #expect(c.map(\.speaker) == ["AI Now 研究所"], "\(c)")
    }

    /// Two bodies joined at the head of the sentence (陆委会和法务部…，同时强调): the first speaks;
    /// the catalog name is not stretched over the second (陆委会和法务部 is no body's name).
    @Test func joinedBodiesGiveTheFirst() {
        let c = claims("陆委会和法务部又紧急召开记者会，同时强调港台应该建立合作机制。")
        #expect(c.map(\.speaker) == ["Mainland Affairs Council"], "\(c)")
    }

    /// The police, prosecutors or army of a country or a place (奥地利警方, 吉林省警方) speak as
    /// that body, named as written; 除非警方相信… names no one who speaks.
    @Test func forcesOfAPlaceSpeakAsThatBody() {
        let c = claims(["奥地利警方称，集装箱是在周二下午抵达的。", "吉林省警方称，当局逮捕了一名男子。"])
        #expect(c.map(\.speaker) == ["奥地利警方", "吉林省警方"], "\(c)")
        #expect(claims("除非警方相信有人可能管有攻击性武器，否则无权进入。").isEmpty)
    }

    /// An airline the catalog lacks is named by its last word as other bodies are (长荣航空表示,
    /// 易捷航空指出).
    @Test func airlinesNamedByTheirLastWord() {
        let c = claims(["长荣航空表示，7 月份的业务没有受到影响。", "易捷航空指出，从每名乘客的排放来看，飞行并不比开车更糟。"])
        #expect(c.map(\.speaker) == ["长荣航空", "易捷航空"], "\(c)")
    }

    /// A short name no rule knows, written twice and alone before a cue of speech, is a body
    /// that speaks (秦森企业坚称); not a word a sentence opens with (主要强调, 学术界强调) nor a
    /// name written once.
    @Test func shortNameWrittenTwiceBeforeACue() {
        let c = claims(["秦森企业收购了多栋古宅。秦森企业坚称，秦同千从来只是买入，一栋也没卖过。"])
        #expect(c.map(\.speaker) == ["秦森企业"], "\(c)")
        #expect(claims(["秦森企业坚称，秦同千从来只是买入，一栋也没卖过。"]).isEmpty)
        #expect(claims(["主要是强调上下无隔的机制。主要强调，上下无隔的机制很重要。"]).isEmpty)
        #expect(claims(["学术界有很多争论。学术界强调，国家的能力很强。"]).allSatisfy { $0.speaker != "学术界" })
    }

    /// A Latin word before 官方 or 方面 and a cue is a body speaking officially (Medium 官方表示);
    /// customer service (东航客服) speaks for its company.
    @Test func officialSideAndCustomerService() {
        let c = claims(["Medium 官方表示，創作者的收入基礎仍會按照付費會員的閱讀時間計算。", "东航客服就是各种推诿，声称他们没有办法给予答复。"])
        #expect(c.map(\.speaker) == ["Medium", "China Eastern Airlines"], "\(c)")
        #expect(claims("Medium 表现很好，创作者的收入在增加。").isEmpty)
    }

    /// A bare cue goes on with the body whose members head the clause before it, past their
    /// adverbs (高盛的研究人员曾一度怀疑…，指出), past a date opening the sentence (6 月，); with the body
    /// closing a description a country opens (美国第三大传媒公司 Viacom), not the country.
    @Test func bareCueGoesOnWithMembersOrDescribedBody() {
        let c = claims(["6 月，高盛的研究人员曾一度怀疑贸易战阻碍投资的说法，指出整体的政策不确定性较低。",
                        "美国第三大传媒公司 Viacom 曾向 YouTube 索赔 10 亿美元，声称旗下有超过 16 万个节目片段被上传到了 YouTube。"])
        #expect(c.map(\.speaker) == ["Goldman Sachs", "Viacom"], "\(c)")
        #expect(claims("中国研究人员一度看好这只股票，指出整体的政策不确定性较低。").map(\.speaker) == [nil])
    }

    /// 学校称 is the school the article is about, as 校方称; 这家科技巨头 points back to the
    /// company named last (亚马逊…。这家科技巨头指控…).
    @Test func bareSchoolAndPointedBackGiant() {
        let c = claims(["拿着学生签证的李芸女儿被排除在外。学校称，如果在 6 月 30 日前仍未解封，家长可以选择退费。",
                        "JAIC 的数据处理能力因为亚马逊提出的法律诉讼而无法施展。这家科技巨头指控五角大楼不公平地弃用了亚马逊。"])
        #expect(c.map(\.speaker) == ["学校", "Amazon"], "\(c)")
    }

    /// A body's letter speaks for it as its statement does (世卫组织的一封信件称), and a country
    /// opening the phrase only places the body written out after it (美国国土安全委员会的一封信件称).
    @Test func lettersSpeakForTheBodyACountryPlaces() {
        let c = claims(["世卫组织的一封信件称，这种做法令人不安。", "美国国土安全委员会的一封措辞强硬的信件称这种做法“令人不安”。"])
        #expect(c.map(\.speaker) == ["World Health Organization", "美国国土安全委员会"], "\(c)")
        // (an e-mail counted as a letter is, whoever wrote it unnamed: a document that reports)
        let mail = claims("一封电子邮件透露，克林顿知道沙特阿拉伯正在资助伊斯兰国。")
        #expect(mail.map(\.description) == ["一封电子邮件|report|-|克林顿知道沙特阿拉伯正在资助伊斯兰国"], "\(mail)")
    }
}
