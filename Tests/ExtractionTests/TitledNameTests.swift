import Testing
@testable import Extraction

/// How long a name written after a title is.
@Suite struct TitledNameTests {
    /// Titles of district heads, sheriffs and junior officers title a name (时任武清区区长戴东强) and,
    /// alone, describe an unnamed source (当地警长说，「…」).
    @Test func districtHeadsAndSheriffs() {
        let c = claims(["「翠金湖项目是政府违规。」时任武清区区长戴东强在节目中表示，「老百姓在买房问题上没错。」",
                        "当地警长说，「他们是我二十四年警察生涯中最有礼貌的一群人。」"])
        #expect(c.map(\.speaker) == ["戴东强", "戴东强", nil], "\(c)")
    }

    /// 来说 holds its 说 (对策展人陈文玉来说: "for her"), so it neither ends a four-character
    /// name before a cue nor is a cue: the name is 陈文玉, whom 她说 then points back to.
    @Test func laiShuoEndsNoName() {
        let c = claims("对上海社区的策展人陈文玉来说，这也是一个好消息。她说，这栋古宅是她的家。")
        #expect(c.map(\.speaker) == ["陈文玉"], "\(c)")
    }

    /// 曾 after a title opens a name when two characters and the cue follow (副主任曾益新介绍称);
    /// as the adverb it does not (副主任曾表示, 负责人曾口头承诺).
    @Test func zengOpensANameAfterATitle() {
        let c = claims("国家卫生健康委副主任曾益新介绍称，无症状感染者有排出病原的可能。")
        #expect(c.map(\.speaker) == ["曾益新"], "\(c)")
        let adverbs = claims(["国家卫生健康委副主任曾表示，无症状感染者有排出病原的可能。", "同业部负责人曾口头承诺，将保证兑付本金。"])
        #expect(adverbs.allSatisfy { !($0.speaker ?? "").hasPrefix("曾") }, "\(adverbs)")
    }

    /// A word pointing back to the quotation (如此, 这样) between a name and its cue is no part
    /// of the name (创始人王冉如此总结, 经济学家李明这样说): neither a third nor a fourth character.
    @Test func mannerWordEndsAName() {
        let c = claims(["「影视公司和上市公司里应外合编故事。」易凯资本创始人王冉如此总结过去几年的套路。",
                        "「影视公司和上市公司里应外合编故事吗。」经济学家李明这样说。"])
        #expect(c.map(\.speaker) == ["王冉", "李明"], "\(c)")
    }

    /// A title before 的 describes the name after it when the cue follows the name straight away and
    /// its words come after punctuation or 所言 (曾任赵紫阳秘书的鲍彤所言，…): not Zhao, whom the title
    /// names; a noun there takes the cue's object (总经理的简历透露出更多细节).
    @Test func titleBeforeDe() {
        let c = claims(["正如中共前高级干部、曾任赵紫阳秘书的鲍彤所言，当局反复侦审高瑜撰写的报道。",
                        "一位投资公司总经理的简历透露出更多细节，他曾操作过股权质押借款项目。"])
        #expect(c.first?.speaker == "鲍彤" && !c.contains { $0.speaker == "简历" }, "\(c)")
    }

    /// A second description after a comma and 也是 still titles the name (该剧的主创，也是汉密尔顿的
    /// 扮演者米兰达说): not the one it is about; 也是 before no description opens a relative clause
    /// (也是老板认为最赚钱的工作日), so nobody speaks there.
    @Test func appositiveDescription() {
        let c = claims(["这部剧讲述开国元勋亚历山大·汉密尔顿的故事。该剧的主创，也是汉密尔顿的扮演者林-曼努尔·米兰达说：“我们的演员阵容更像美国现在的样子。”",
                        "节假日是最繁忙、也是老板认为最赚钱的工作日。"])
        #expect(c.map(\.speaker) == ["林-曼努尔·米兰达"], "\(c)")
    }

    /// A member of a body is titled by 成员 (国家医疗专家组成员李兴旺公开解释): the name after it is
    /// a person met once.
    @Test func memberIsATitle() {
        let c = claims("第二天，国家医疗专家组成员李兴旺公开解释，从发病机制来讲，既然带有病毒，就可能会造成传播。")
        #expect(c.map(\.speaker) == ["李兴旺"], "\(c)")
    }

    /// 均 ('both') after listed people ends the name before their cue (主席郭树清均表示): four
    /// characters before a cue are a Japanese name only without it.
    @Test func junEndsANameBeforeItsCue() {
        let c = claims("近期央行行长易纲、银保监会主席郭树清均表示，要考虑应对疫情的政策退出。")
        #expect(c.map(\.speaker) == ["郭树清"], "\(c)")
    }

    /// A common word opening with a surname after a title (官员简短介绍) is the sentence going
    /// on, no name: nobody called 简短介 speaks; nor a verb with its 了 (经理解雇了他).
    @Test func commonWordAfterATitleIsNoName() {
        let c = claims("听取过官员简短介绍的贸易专家原本预计，美国将会取消今年9月1日加征的关税。")
        #expect(!c.contains { ($0.speaker ?? "").hasPrefix("简短") }, "\(c)")
        let fired = claims("他结束轮班后，经理解雇了他，告诉他第二天不用再来了。")
        #expect(!fired.contains { $0.speaker == "解雇" }, "\(fired)")
    }

    /// A villager or a resident named after the word (村民李太兰, 左岭居民张劲, 村支书徐文海) is a
    /// person met once; an article's 常见问题 holds no one called 常见问.
    @Test func villagersAndResidentsAreTitles() {
        let c = claims(["但在村民李太兰看来，「日子也安稳、踏实。」", "「我们失去了信心，」47 岁的左岭居民张劲说。", "山早村村支书徐文海则表示，当时先转移了危房的住户。"])
        #expect(c.map(\.speaker) == ["李太兰", "张劲", "徐文海"], "\(c)")
        let faq = claims("网站有一篇电子居民常见问题汇总，里面提到：“没有电子公民这个东西。”")
        #expect(!faq.contains { ($0.speaker ?? "").hasPrefix("常见") }, "\(faq)")
    }

    /// Two people whose names share their first two characters (父亲徐文成 … 村支书徐文海则表示)
    /// keep their third: 徐文 written before 海 does not make a two-character name of 徐文成.
    @Test func namesSharingTwoCharactersKeepTheirThird() {
        let c = claims(["家里只有父亲徐文成一人。65 岁的老师徐文成说，水来得太快了。", "书记徐文海则表示，上游的河道变窄了。"])
        #expect(c.map(\.speaker) == ["徐文成", "徐文海"], "\(c)")
    }

    /// A name opening its clause with a personal title after it, right before a cue, is a
    /// person though written once (郭兵教授说，…), and 他 after it points back to him; a body or
    /// a field before a title is none (仲裁委员认为, 兰德专家估计).
    @Test func aNameBeforeAPersonalTitleAndACue() {
        let c = claims(["郭兵教授说，杭州野生动物园违反了消费者保护法。", "他对澎湃新闻说：“我显然对收集面部数据表示不满意。”"])
        #expect(c.map(\.speaker) == ["郭兵", "郭兵"], "\(c)")
        let bodies = claims(["仲裁委员认为，孙杨违反了反兴奋剂条例。", "兰德专家估计，俄罗斯最大的脆弱性在于能源。"])
        #expect(bodies.allSatisfy { $0.speaker != "仲裁" && $0.speaker != "兰德" }, "\(bodies)")
    }

    /// Who keeps a shop is titled by it (老板邝羡予说, 店长, 司机), a person met once; and 老板 after a
    /// surname alone addresses someone as 先生 does (赵老板说, 孙经理说), where 陈医生 is no name.
    @Test func shopOwnersAreTitled() {
        let c = claims("从今年 1 月开始，饭店派发的饭盒减少了。老板邝羡予说，这是因为该项目收到的捐款减少了。")
        #expect(c.map(\.speaker) == ["邝羡予"], "\(c)")
        let addressed = claims(["快递公司老板会几句简单缅甸话，嗓门很大。", "赵老板说，从瑞丽到昆明，至少还有三道检查站。赵老板说，路很难走。"])
        #expect(addressed.map(\.speaker) == ["赵老板", "赵老板"], "\(addressed)")
        // (孙经理 likewise, the manager as his staff and clients call him)
        let manager = claims("「一开始蛮开心的，因为广交会没有取消。」孙经理说。")
        #expect(manager.map(\.speaker) == ["孙经理"], "\(manager)")
    }

    /// A surname with a form of address opening a clause (陈先生没钱…) is the one person named before
    /// with that surname, whatever follows, so a 他 after it is him; with a title, the two may be a
    /// word (据史书记载: 史 and 书记) and a cue must follow.
    @Test func aFormOfAddressIsThePersonNamedWithTheSurname() {
        let c = claims(["陈军[音]在上海有一份不错的工作。去年，他放弃了这份工作。",
                        "陈先生没钱带孩子进城，就把孩子留在家里由父母抚养。但他的父母年事已高，孩子需要照顾。他说：“不能再这样下去了。”"])
        #expect(c.map(\.speaker) == ["陈军"], "\(c)")
        let word = claims(["记者史珪表示，天下太平。", "据史书记载，杨信临死前突然开口说话：党进表面上朴直，实际上十分善于察言观色。"])
        #expect(word.filter { $0.speaker == "史珪" }.count == 1, "\(word)")
        // (a man of industry is titled, 实业家张謇: with him named, 张 alone is neither Zhang)
        let two = claims(["习近平称赞当地的一位实业家张謇是一位爱国企业家。", "当地人张元新[音]说：“习主席让我收获良多”。", "“想想你们的良心吧”，张反驳道。"])
        #expect(!two.contains { $0.text.contains("良心") && $0.speaker == "张元新" }, "\(two)")
    }

    /// A verb opening with a surname's character after a title (领导人施加压力) is no name: 他
    /// later has no one to point back to.
    @Test func aVerbAfterATitleIsNoName() {
        let c = claims(["这个机构可以向参议院的当选领导人施加压力。", "他说，监视必须停止。"])
        #expect(c.map(\.speaker) == [nil], "\(c)")
    }

    /// Three characters straight between a title and a cue are a name whatever surname the list
    /// lacks opens it (创办人达鸿飞说); not a survey ending a title (采购经理人调查显示) nor a
    /// manner (经理笑着说).
    @Test func uncommonSurnameBetweenTitleAndCue() {
        let c = claims(["区块链平台小蚁的创办人达鸿飞说，央行可能划出一部分电子货币。", "周一公布的采购经理人调查显示，服务业活动扩张势头略微增强。",
                        "该店经理笑着说，今年的生意很好。"])
        #expect(c.map(\.speaker) == ["达鸿飞", "周一公布的采购经理人调查", nil], "\(c)")
    }

    /// 所 before a cue (正如…王建国所说, 缪登山所说的) makes the cue what someone said: the name
    /// ends before it.
    @Test func nameBeforeWhatWasSaid() {
        #expect(claims("正如经济学家王建国所说，中国经济的增长会放缓很多。").map(\.speaker) == ["王建国"])
        let twice = claims(["「真是无药可救了。」缪登山向这位亲戚发出感慨。", "缪登山所说的「他们」，指的是前岳父一家。"])
        #expect(twice.first?.speaker == "缪登山", "\(twice)")
    }

    /// A role in Latin capitals before a Chinese name (CMO 李文青, 华为消费者业务 CEO 余承东) is a title
    /// as 首席执行官 is; in lower case or inside a word it is none.
    @Test func latinRoleBeforeAName() {
        let c = claims("丰巢主管品牌的 CMO 李文青终于发声，5 月 11 日接受《新京报》采访回应称，上海和杭州小区的纠纷将按协议来处理。")
        #expect(c.map(\.speaker) == ["李文青"], "\(c)")
        #expect(claims("丰巢的 CEO 李文青说，上海和杭州小区的纠纷将按协议来处理。").map(\.speaker) == ["李文青"])
        #expect(claims("丰巢的 ceo 李文青说，上海和杭州小区的纠纷将按协议来处理。").isEmpty)
    }

    /// 和, 同 or 正 ending a three-character name right before its cue, or written twice, is
    /// the name's (评论家陈思和认为, 学者李大同说); before another name it joins two people.
    @Test func thirdCharacterThatAlsoJoins() {
        let c = claims(["评论家陈思和认为，这正是外乡人特有的敏感。", "学者李大同说，天气很好。"])
        #expect(c.map(\.speaker) == ["陈思和", "李大同"], "\(c)")
        let two = claims("记者陈思和王明说，天气很好。")
        #expect(two.first?.speaker == "陈思", "\(two)")
    }

    /// A name after a title whose transliteration characters stop one short (教授劳东燕在会上: 燕
    /// is no transliteration's) takes that character when the longer name is written again; not
    /// a place's end or the rest of a title (德克萨斯州, 斯拉博士).
    @Test func transliterationGoesOnToANameWrittenAgain() {
        let c = claims(["清华大学法学院教授劳东燕在会上分享了经历。", "劳东燕说，人脸识别技术可能导致泄露。"])
        #expect(c.map(\.speaker) == ["劳东燕"], "\(c)")
    }

    /// Callings in 家 that head a name as a title does (翻译家杨绛, 活动家艾哈迈德曼索尔), so the
    /// name is found once, before where the words were written (…为杨必译本写的一个译本序中说).
    @Test func callingsAsTitles() {
        let c = claims(["杨必的姐姐、著名学者和翻译家杨绛在1959年为杨必译本写的一个译本序中说：“名利场”这个名称出自中国小说《镜花缘》。",
                        "公民活动家艾哈迈德曼索尔说，他自3月以来一直被拘留。"])
        #expect(c.map(\.speaker) == ["杨绛", "艾哈迈德曼索尔"], "\(c)")
    }

    /// 从 may open a given name after a title (教授戴从容说, 沈从文), as 正 or 在 may: the
    /// three characters are the name when the cue follows or they are written again.
    @Test func congOpeningAGivenName() {
        let c = claims(["复旦大学教授戴从容说，这本书很好看。", "戴从容教授还认为，用文学来推荐一座城市是最好不过了。"])
        #expect(c.map(\.speaker) == ["戴从容", "戴从容"], "\(c)")
    }

    /// A verb of what officials do right after a two-character name gives the name no third
    /// character (副主任王颖接受采访时说, 研究员朱书撰写的…): the verb is whole.
    @Test func verbAfterATwoCharacterName() {
        let c = claims("北京交通发展研究院副主任王颖接受采访时说，具体政策可兼顾公平。")
        #expect(c.map(\.speaker) == ["王颖"], "\(c)")
    }
}
