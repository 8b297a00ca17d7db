import Testing
@testable import Extraction

    /// 、 lists titles inside the phrase crediting someone's words (用杂志主管、著名电影评论家 Marcos
    /// Uzal 的话来说，…); after the phrase's closing it stands for a comma (在朱牧民看来、…).
    @Test func listedTitlesInsideACredit() {
        let c = claims(["用《电影手册》杂志主管、著名电影评论家 Marcos Uzal 的话来说，这部电影满足了对电影节最大的期待。",
                        "在总监朱牧民看来、香港失去自治地位，中国和美国各有损失。"])
        #expect(c.map(\.speaker) == ["Marcos Uzal", "朱牧民"], "\(c)")
    }

/// Sentences that open by crediting a source (正如X所写道的, 据X介绍) and subjects that end before
/// an adverb (王庆进一步表示): whose words follow.
@Suite struct SourceCreditTests {
    /// 正如X所写道的，… / 正如X写的那样，“…” (as X wrote): X's words follow, even after 而且 and
    /// with 写 alone, which is no cue by itself (他写了一本书).
    @Test func asSomeoneWrote() {
        let c = claims(["经济学家米兰诺维奇出版了新书。正如米兰诺维奇所写道的，自由精英资本主义会将社会推向更加不平等的境地。",
                        "他们不仅抗议战争，而且正如 Dan Berrigan 写的那样，“他们抗议生活中的每一个重大假设。”"])
        #expect(c.map(\.speaker) == ["米兰诺维奇", "Dan Berrigan"], "\(c)")
        #expect(c.map(\.text) == ["自由精英资本主义会将社会推向更加不平等的境地", "他们抗议生活中的每一个重大假设。"], "\(c)")
        #expect(claims("他写了一本书，讲述自由精英资本主义的历史。").isEmpty)
    }

    /// After 正如, verbs that are no cues alone (报告, 记录, 阐述, 解释) say what someone stated: 正如X所报告的
    /// 那样，… gives X's words; 报告 and 解释 alone stay nouns or acts.
    @Test func asSomeoneRecorded() {
        let c = claims(["正如普京所报告的那样，该国已严格遵守协议。", "正如王毅所阐述的那样，这里的操作原则很明确。",
                        "正如王毅解释的那样，一个人目睹另一个人的状况，会立即进入同情的状态。"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Wang Yi", "Wang Yi"], "\(c)")
        #expect(c.map(\.text) == ["该国已严格遵守协议", "这里的操作原则很明确", "一个人目睹另一个人的状况，会立即进入同情的状态"], "\(c)")
        #expect(claims("普京报告了该国遵守协议的情况。").isEmpty)
        #expect(claims("王毅解释了该国遵守协议的情况。").isEmpty)
    }

    /// 进一步 and 特意 end a subject as other adverbs do (王庆进一步表示: 王庆; 该专利进一步指出).
    @Test func furtherEndsTheSubject() {
        let c = claims(["苹果公司申请了新专利。该专利进一步指出，LED 将位于侧壁。", "分析师王庆说，油价很低。王庆进一步表示，页岩油公司的债券占三分之一。"])
        #expect(c.map(\.speaker) == ["该专利", "王庆", "王庆"], "\(c)")
    }

    /// 照X的说法，… (according to X) is X's account, as 按照X的说法 is.
    @Test func accordingToSomeoneWithZhaoAlone() {
        let c = claims("照王毅的说法，中国不会改变立场。")
        #expect(c.map(\.speaker) == ["Wang Yi"], "\(c)")
        #expect(c.map(\.text) == ["中国不会改变立场"], "\(c)")
        #expect(claims("照片显示，中国不会改变立场。").allSatisfy { $0.speaker == nil })
    }

    /// 书中还宣称 / 文中称 / 信中说, opening a sentence with no 在 and no one named: the writer
    /// of the piece speaks, the person named with its title (韩秉哲出版了一本书，名为《群》) or
    /// the one who was just speaking; a piece nobody is known to write is nobody's words.
    @Test func pieceOpeningTheSentence() {
        let book = claims(["历史学家瓦恩加德的新书出版了。他指出，电影弄错了一点。", "书中还宣称，蚊媒疾病是关键因素。"])
        #expect(book.map(\.speaker) == ["瓦恩加德", "瓦恩加德"], "\(book)")
        let titled = claims("外交部长王毅发表了《冲破迷雾》这篇文章，讲述中国的高铁。文中称，中国是第一个把高速铁路作为主要手段的国家。")
        #expect(titled.map(\.speaker) == ["Wang Yi"], "\(titled)")
        #expect(claims("这本书出版了。书中写道，蚊子是最凶残的猎食者。").allSatisfy { $0.speaker == nil })
        #expect(claims("王毅说，中国不会改变立场。节目中经常提到，这个展演空间是乐队最喜欢的地方。").map(\.speaker) == ["Wang Yi"])
    }

    /// 据X介绍，… (as X describes it): X's account, like 据X说; 据介绍 alone names no one.
    @Test func accordingToWhatSomeoneDescribes() {
        let c = claims(["华为公司发布新手机。据该公司介绍，今年销量增长了三成。"])
        #expect(c.map(\.speaker) == ["Huawei"], "\(c)")
        #expect(claims("据介绍，今年销量增长了三成。").allSatisfy { $0.speaker == nil })
    }

    /// 教授珀尔曼对财新记者表示: an outlet named in whom he spoke to does not hide the person
    /// before it, even when his title holds a 与 (微生物与免疫学教授).
    @Test func outletInWhomSomeoneSpokeTo() {
        let c = claims(["美国艾奥瓦大学微生物与免疫学教授斯坦利·珀尔曼 (Stanley Perlman) 对财新记者表示，韩国及早检测病例与死亡率较低密切相关。"])
        #expect(c.map(\.speaker) == ["斯坦利·珀尔曼"], "\(c)")
    }

    /// 蒋荣猛接受中央电视台采访时表示: the interview says where he spoke; he speaks, not the
    /// outlet that interviewed him, and his name ends where the interview opens.
    @Test func interviewGiven() {
        let c = claims(["当天，蒋荣猛接受中央电视台采访时表示，武汉的医疗资源不足以应对重症救治。蒋荣猛是感染科专家。",
                        "香港城市大学传染病和公共卫生系教授德克·法伊弗 (Dirk Pfeiffer) 1 月 22 日接受财新记者采访时表示，预测病毒是否会变异就像赌博一样。"])
        #expect(c.map(\.speaker) == ["蒋荣猛", "德克·法伊弗"], "\(c)")
    }

    /// 但在声明中称 / 并在一份书面声明中说: where the words were given names no one; the subject
    /// before speaks on.
    @Test func givenInAStatement() {
        let c = claims(["微软没有回应记者的问题，但在声明中称，公司会配合调查。",
                        "总理办公室不会直接回答有关问题，并在一份书面声明中说，总理尊重隐私。"])
        #expect(c.map(\.speaker) == ["Microsoft", "总理办公室"], "\(c)")
    }

    /// 祝华新早在七年前就曾经在一篇舆情分析报告中称: the piece the words were given in ends the
    /// subject; the person before it speaks.
    @Test func personBeforeThePieceTheyWrote() {
        let c = claims("舆情专家祝华新早在七年前就曾经在一篇舆情分析报告中称，让人们在线骂娘恰恰是减少了动手的机会。")
        #expect(c.map(\.speaker) == ["祝华新"], "\(c)")
    }

    /// 正如X在…中所述，… and 照X所述，… give what X wrote, as 所说 gives what X said; an English
    /// gloss in parentheses does not count toward the credit's length; 如上文所述 credits nobody.
    @Test func asWrittenBySomeone() {
        let c = claims(["正如斯坦福大学的罗伯特·威尔逊 (Robert Wilson) 在 1993 年发表的一篇论文中所述，罢工也是获取情报的一种方式。",
                        "照美国学者易社强在《战争与革命中的西南联大》所述，联大学生很多。"])
        #expect(c.map(\.speaker) == ["罗伯特·威尔逊", "易社强"], "\(c)")
        #expect(claims("正如上文所述，罢工也是获取情报的一种方式。").isEmpty)
        // (如 alone, right before 所述 or 所说: 如 Penney 所述; not 如果…所说的)
        #expect(claims("如 John Penney 所述，这对自由表达产生了重大影响。").map(\.speaker) == ["John Penney"])
        #expect(claims("如果王毅所说的是真的，那就麻烦了。").isEmpty)
    }

    /// 根据X的预测，… / 根据X的最新预测，… (according to X's forecast) credit X's figures past an
    /// English gloss, as 根据X统计 and 据X测算 (计算) do: the forecast word, a cue elsewhere, closes the credit.
    @Test func accordingToAnEstimate() {
        let c = claims(["根据国际货币基金组织 (IMF) 的最新预测，现已落实的关税将使全球增长减少 0.8%。",
                        "根据美国国会预算办公室的估计，失业率将会上升。", "据恒丰银行测算，该行贷款约 4500 亿元。"])
        #expect(c.map(\.speaker) == ["International Monetary Fund", "美国国会预算办公室", "恒丰银行"] && c.allSatisfy { $0.kind == "report" }, "\(c)")
    }

    /// 据称 ("allegedly") names no source: whoever heads the clause is what the hearsay is
    /// about, not who said it (俄罗斯人据称删除了文件). With no comma after it, it only hedges
    /// the words after it, no claim (`hedgesOnly`); 据称，… reports them, unnamed.
    @Test func allegedlyIsHearsayNobodyIsNamedFor() {
        #expect(claims(["以色列购买了数百架无人机，据称其中一些被分配给了边防部队。", "俄罗斯人据称从他们的服务器中删除了文件。"]).isEmpty)
        let c = claims("据称，其中一些无人机被分配给了边防部队。")
        #expect(c.count == 1 && c.allSatisfy { $0.speaker == nil && $0.source == "据称" }, "\(c)")
    }

    /// 或者 may open the clause before 正如 (或者正如她所说的，…: or, as she said); before 根据 it
    /// goes on with what was said (或者根据一个人物的故事，…: no credit).
    @Test func orAsSomeoneSaid() {
        let c = claims(["或者正如雷切尔·托巴克所说的，礼貌地偏执是有用的。", "你可以发明一个新的故事，或者根据一个已知人物的故事，一个你喜欢的小说中的虚构人物。"])
        #expect(c.map(\.speaker) == ["雷切尔·托巴克"], "\(c)")
    }

    /// 财新记者从多名业内人士处了解到: whom the outlet learned it from speak, unnamed here, and the
    /// outlet relays them; what it learned with nobody named stays its report.
    @Test func outletLearningFromSomeone() {
        let c = claims(["据财新记者从多名留学顾问处了解到，前途留学等机构已开始裁员。", "财新记者了解到，这家公司已开始裁员。"])
        #expect(c.map(\.speaker) == [nil, "Caixin"], "\(c)")
        #expect(c.map(\.via) == ["Caixin", nil], "\(c)")
    }

    /// 正如…所说 without 那样 credits a body or its people written out (正如招商银行的分析师所说,
    /// 正如一位媒体高管所说), not what was said before (正如前文所说).
    @Test func asSaidByABodyOrItsPeople() {
        let c = claims(["正如招商银行的分析师所说，工行像是在承担国民服务。", "正如一位媒体高管所说，电视台才不会瞎耽误工夫。"])
        #expect(c.map(\.speaker) == ["招商银行", nil], "\(c)")
        #expect(claims("正如前文所说，工行像是在承担国民服务。").isEmpty)
    }

    /// A view credited to a country's people or a body's (在中国人看来, 在 Facebook 的人看来) is
    /// theirs, unnamed, not the country's or the body's; a government's (在美国政府看来) is the country's.
    @Test func aViewOfPeopleIsUnnamed() {
        let c = claims(["在中国人看来，这是一种侮辱，大家都很生气。", "但在 Facebook 的人看来，他矫情又自命不凡。", "在美国政府看来，这是一种侮辱，大家都很生气。"])
        #expect(c.map(\.speaker) == [nil, nil, "United States"], "\(c)")
    }

    /// 用他的话说 / 用王毅的话来说 (in his words) credits the words after it, as 按照他的说法 does;
    /// 用 before no such closing (用这种方法说) credits no one.
    @Test func inHisWords() {
        let c = claims(["用王毅的话来说，中俄关系很好。", "用这种方法说，问题不大。"])
        #expect(c.map(\.speaker) == ["Wang Yi"] && c.first?.text == "中俄关系很好", "\(c)")
    }

    /// 即使是 / 甚至是 before who speaks stresses them; the 是 describes no one (即使是最乐观的分析师也
    /// 表示: unnamed analysts; 甚至是王毅都承认: Wang Yi). A plain 是 before a cue still does.
    @Test func evenBeforeWhoSpeaks() {
        let c = claims(["但即使是最乐观的分析师也表示，它赶超亚马逊的可能性很小。", "甚至是王毅都承认，它赶超亚马逊的可能性很小。"])
        #expect(c.map(\.speaker) == [nil, "Wang Yi"] && c.count == 2, "\(c)")
        #expect(c.first?.source?.contains("分析师") == true, "\(c)")
    }

    /// 正如X所言 (as X said) credits X as 所说 and 所述 do; 所 ends no name before it (律师滕彪所言:
    /// 滕彪).
    @Test func asSomeoneSaidYan() {
        let c = claims(["正如国家发改委主任何立峰所言，GDP 增长目标已融入在财政指标中。", "正如人权律师滕彪所言，民主就会被无限拖延。"])
        #expect(c.map(\.speaker) == ["何立峰", "滕彪"], "\(c)")
        #expect(c.map(\.text) == ["GDP 增长目标已融入在财政指标中", "民主就会被无限拖延"], "\(c)")
    }

    /// 正如该论文所说 (as the paper says) credits the document pointed back to, as a person or a body
    /// is credited; 如果按照…所述 (if, as … states) credits no one.
    @Test func asADocumentSays() {
        let c = claims("正如该论文所说：“尽管有大量文献，但几乎没有类似的研究可以检查厂商如何处理漏洞报告。”")
        #expect(c.map(\.speaker) == ["该论文"], "\(c)")
        #expect(claims("如果按照武汉金凰财报所述，其采购黄金的惟一渠道是上海黄金交易所。").isEmpty)
    }

    /// Data or a report of a body the catalog does not know, written out whole (根據緬甸衛生部的報告,
    /// 据美国劳工部数据), are its words, as a known body's are; a later bare 资料显示 goes back to the
    /// documents described last. Not a court's files (法庭文件: the filings of a case) nor a body the
    /// documents were sent to (提交给市议会的文件).
    @Test func dataOfABodyNotInTheCatalog() {
        let c = claims(["根據緬甸衛生部的報告，緬甸從印度政府收到350萬劑疫苗。", "据美国劳工部数据，上月新增就业 26 万个。"])
        #expect(c.map(\.speaker) == ["緬甸衛生部", "美国劳工部"], "\(c)")
        let later = claims("天眼查的资料显示，该公司成立于 2010 年。香港公司注册处资料显示，他是公司董事。资料显示，他于 2012 年委托中介注册了公司。")
        #expect(later.last?.speaker == "香港公司注册处", "\(later)")
        let filings = claims(["法庭文件显示，该公司收取了近 5 亿美元的费用。", "提交给市议会的文件显示，数据来自于安卓手机。"])
        #expect(filings.count == 2 && !filings.contains { $0.speaker == "法庭" || $0.speaker == "市议会" }, "\(filings)")
        // (after what describes it, 无党派的国会预算办公室（CBO）报告; not after what someone did
        // with the documents, CTIA提交的政府文件 (CTIA filed them), nor one document counted, 一份内部通知)
        let described = claims(["根据无党派的国会预算办公室（CBO）报告，核武器计划的成本已达到 1.2 万亿美元。",
                                "CTIA（无线行业的游说组织）提交的政府文件显示，这种技术能够确定手机的位置。",
                                "根据一份内部通知，上海一家实验室已经测出了病毒的基因序列。"])
        #expect(described.map(\.speaker) == ["国会预算办公室", "CTIA", "一份内部通知"], "\(described)")
    }
}
