import Testing
@testable import Extraction
import ClaimGraphCore

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

    /// One Latin word after the kind of body it is speaks, past where the words were given
    /// (广告拦截公司 Ghostery 在其声明中表示).
    /// A transliterated name of two characters (昆茨) is a person when it opens two clauses
    /// right before a cue; a common word doing so (历史告诉我们) is not.
    @Test func twoCharacterTransliterationOpeningTwoCues() {
        let c = claims("昆茨称特朗普是「蛇油推销员」。拜登的家乡是斯克兰顿。昆茨说：「要是你大谈对煤炭的战争，就不能指望人们投票给你。」")
        #expect(c.map(\.speaker) == ["昆茨", "昆茨"], "\(c)")
        #expect(claims("历史告诉我们，权力会被滥用。历史告诉我们，监视会扩大。").allSatisfy { $0.speaker != "历史" })
    }

    /// A person kept anonymous behind one capital letter (“…”，C说) speaks; the letter inside
    /// a word (CEO, C语言) names nobody.
    @Test func oneLetterPseudonym() {
        let c = claims(["“很多人出来之后反而比在国内时更粉红了”，C说。", "这家公司的CEO介绍了C语言。"])
        #expect(c.map(\.speaker) == ["C"], "\(c)")
    }

    @Test func latinWordAfterItsKindSpeaks() {
        let c = claims("但广告拦截公司 Ghostery 在其声明中表示，谷歌提议的更改可能会阻止扩展程序。")
        #expect(c.map(\.speaker) == ["Ghostery"])
        // (one credited with the words that follow: 根据 Breitbart 的说法，…)
        #expect(claims("根据 Breitbart 的说法，黑名单的存在在谷歌内部被披露。").map(\.speaker) == ["Breitbart"])
    }

    /// Two people of one transliterated surname are two people (欧内斯特·海明威, the catalog's, and
    /// his grandson 肖恩·海明威), and 肖 starts a given name before the dot (邓 too: 邓肯·格林; 汗 ends a
    /// surname, 伊姆兰·汗).
    @Test func twoBearersOfASurnameAreTwoPeople() {
        let c = claims("欧内斯特·海明威写道，大海是美的。他的孙子肖恩·海明威说，这篇小说很少受到关注。")
        #expect(c.map(\.speaker) == ["Ernest Hemingway", "肖恩·海明威"])
        #expect(Set(c.compactMap(\.speakerKey)).count == 2)
        #expect(claims(["学者邓肯·格林指出，人们的看法由经历决定。", "总理伊姆兰·汗表示，走廊很重要。"]).map(\.speaker) == ["邓肯·格林", "伊姆兰·汗"])
    }

    /// A pronoun taking the name up again (徐麟他倒说, "Xu Lin, he said") is not part of it.
    @Test func nameEndsBeforeAResumingPronoun() {
        #expect(claims("中宣部副部长徐麟他倒说，峰会是笑话。").map(\.speaker) == ["徐麟"])
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

    /// A surname alone opening a clause before a cue (past 曾, 对记者), or with a form of address
    /// (王先生, 杨老师), is the one person named before with that surname; with two such people it
    /// is nobody's.
    @Test func surnameAloneIsTheOnePersonNamedWithIt() {
        let c = claims(["法学副教授蒋亚奇说，劳工部回避了问题。", "“这些都没有触及根本问题”，蒋说。杨曾对记者说，路很难走。"])
        #expect(c.filter { $0.speaker == "蒋亚奇" }.count == 2)
        #expect(claims(["记者杨卓舒表示，村民很穷。", "杨曾对记者说，路很难走。"]).last?.speaker == "杨卓舒")
        let two = claims(["教授王明说，天气好。教授王强说，天气坏。", "王说，不知道。"])
        #expect(!two.contains { $0.text == "不知道" && ($0.speaker == "王明" || $0.speaker == "王强") })

        // also with a form of address or a title (王先生, 杨老师), before the cue or after a quotation
        let addressed = claims(["店主王小明参加了会议。王先生表示，生意不好做。", "“房租太贵了。”王先生说。", "记者杨卓舒表示，村民很穷。杨老师说，路很难走。"])
        #expect(addressed.map(\.speaker) == ["王小明", "王小明", "杨卓舒", "杨卓舒"], "\(addressed)")
    }

    /// A name before 女士 or 先生 runs back to its surname: the first of two surnames unless the
    /// second is one of the commonest (陈文玉, but 对方王丽), and over a surname of two characters
    /// (东方白夜).
    @Test func nameBeforeAFormOfAddress() {
        let c = claims(["陈文玉女士说：「有点像日本。」", "对方王丽女士说：「有点像日本。」",
                        "东方白夜先生说：「有点像日本。」", "欧阳修先生说：「有点像日本。」"])
        #expect(c.map(\.speaker) == ["陈文玉", "王丽", "东方白夜", "欧阳修"], "\(c)")
    }

    /// A transliterated given name alone (露西称) is the one person named before whose dotted name
    /// it opens; with two such people, or when it is also someone's surname (兰德·保罗 beside
    /// 保罗·马纳福特), it is nobody's in particular.
    @Test func givenNameAloneIsThePersonNamedInFull() {
        let c = claims("历史学家露西·休斯-哈雷特说，这是非凡的小说。露西称，很多作品都关注了殖民主义。")
        #expect(c.map(\.speaker) == ["露西·休斯-哈雷特", "露西·休斯-哈雷特"], "\(c)")
        let two = claims("作者大卫·格雷伯说，这很难。作者大卫·温格罗说，这不难。大卫说，写了十年。")
        #expect(!two.contains { $0.text == "写了十年" && $0.speaker?.hasPrefix("大卫·") == true }, "\(two)")
        let surname = claims("顾问保罗·马纳福特说，这很难。参议员兰德·保罗说，这不难。保罗说，写了十年。")
        #expect(surname.last?.speaker != "保罗·马纳福特", "\(surname)")
    }

    /// A single capitalised word speaks past adverbs or whom it addresses when a noun says who it
    /// is (商人 Cam 则说) or it opens its clause so twice; once after a verb it is no subject.
    @Test func singleLatinWordPastAdverbsSpeaks() {
        #expect(claims("一位中非商人 Cam 則說，中國人強調的是「外國」。").first?.speaker == "Cam")
        #expect(claims("厨师 Leo 对财新记者说，客人会点植物肉汉堡。").first?.speaker == "Leo")
        let twice = claims(["Reza 也称，许多医生被感染。", "Reza 还说，疫情非常可怕。"])
        #expect(twice.count == 2 && twice.allSatisfy { $0.speaker == "Reza" })
        #expect(!claims("亚马逊收购 Eero 也表明消费者难以逃避巨头。").contains { $0.speaker == "Eero" })
    }

    /// A full Chinese name after an institution and 的 (…中心 (CCIEE) 的魏建国称) is a person; a
    /// two-character word there is not (公司的车主表示), but a two-character name after a university is
    /// (上海交通大学的陆明说).
    @Test func fullNameAfterAnInstitutionsDe() {
        let c = claims(["中国国际经济交流中心 (CCIEE) 的魏建国称，中国政府仍计划派代表。他表示，中国在做两手准备。"])
        #expect(c.map(\.speaker) == ["魏建国", "魏建国"], "\(c)")
        #expect(claims("客运公司的车主表示，政策松绑了。").allSatisfy { $0.speaker == nil })
        #expect(claims("上海交通大学的陆明说，道理很简单。").map(\.speaker) == ["陆明"])
    }

    /// Latin names keep their accented letters (Lubomír Zaorálek, Björn Ommer, Éric): the name is
    /// read whole, not cut at the first letter outside ASCII.
    @Test func accentedLatinNames() {
        let c = claims("当时的外交部长 Lubomír Zaorálek 表示，骇客攻击的时间不长。Björn Ommer 说，这是一个全球趋势。Éric Zemmour 说，法国需要改变。")
        #expect(c.map(\.speaker) == ["Lubomír Zaorálek", "Björn Ommer", "Éric Zemmour"], "\(c)")
    }

    /// A Chinese name a foreigner took (韩飞龙 (Peter Humphrey)) before their Latin name is a
    /// person though no character of it transliterates; a common word opening on a surname
    /// character (武器 (Less-lethal Weapons)) or a 和 joining two names is not.
    @Test func chineseNameBeforeLatinName() {
        let c = claims(["例如英国私人侦探韩飞龙 (Peter Humphrey)。他表示，警方给他下了药。", "马晓月 (Mareike Ohlberg) 称，公司无能为力。"])
        #expect(c.map(\.speaker) == ["韩飞龙", "马晓月"], "\(c)")
        #expect(!claims("人群管制武器 (Less Lethal) 说，效果很好。").contains { $0.speaker == "武器" })
        let two = claims("两名学者罗勒 (James Lawler) 和可汗 (Ali Khan) 解释，口罩的保质期是五年。")
        #expect(!two.contains { $0.speaker == "和可汗" }, "\(two)")
    }

    /// Roles before a name are more than office titles (球星林书豪, 研究助理马晓月, 工党领袖科尔宾); an adverb in
    /// 地 after a role (研究助手严肃地指出) and a form of address (魏星老师) are no part of a name.
    @Test func rolesBeforeNames() {
        #expect(claims("火箭队球星林书豪表示，我们爱中国。").first?.speaker == "林书豪")
        #expect(claims("研究助理马晓月说，公司不要道歉。").first?.speaker == "马晓月")
        #expect(claims("研究助手严肃地指出，你按了那个键。").allSatisfy { $0.speaker != "严肃地" && $0.speaker != "严肃" })
        let teacher = claims(["发起人魏星老师说，核查很难。", "魏星说，我们坚持。"])
        #expect(teacher.map(\.speaker) == ["魏星", "魏星"], "\(teacher)")
        // (领袖: a leader, 工党领袖科尔宾; the catalog's leader after it, 伊朗最高领袖哈梅内伊)
        #expect(claims("工党领袖科尔宾表示，脱欧是错误的。").first?.speaker == "科尔宾")
        #expect(claims("伊朗最高领袖哈梅内伊表示，伊朗不制造核武器。").first?.speaker == "Ali Khamenei")
    }

    /// A name the translator marks as written by ear (荣强 (音), 向金国 (音译)) is a person's wherever it is
    /// written after; the last character of a title before it is no surname (分析师秦严（音）).
    @Test func namesMarkedAsWrittenByEar() {
        let c = claims(["在 1980 年代，40 岁的荣强 (音) 为了看比赛逃课。", "做服装生意的荣强说，他也准备好了不再支持。"])
        #expect(c.map(\.speaker) == ["荣强"], "\(c)")
        let titled = claims("“存在太多不确定性”，首席能源分析师秦严（音）说。")
        #expect(titled.map(\.speaker) == ["秦严"], "\(titled)")
        let spelled = claims(["向金国 (音译) 在石家庄当保安。他抱怨食品开销越来越高。", "「确实还有太多像我这样的人。」 他说。"])
        #expect(spelled.map(\.speaker) == ["向金国", "向金国"], "\(spelled)")
    }

    /// A Chinese name met once is a speaker right after a quotation (「…，」吴胜杰说), past a
    /// description when it is a full name (看球的吴胜杰沮丧地说) or an age (23 岁的刘哲说); not
    /// a name met once elsewhere (王力宏说 opening a paragraph).
    @Test func namesRightAfterQuotations() {
        let c = claims(["「他们真的伤了中国人民的心，」站在边线看球的吴胜杰沮丧地说。", "「彻底禁止根本做不到，」23 岁的刘哲说。",
                        "「这是双重标准，」毛润凯接着说，「主权问题同样严重。」"])
        #expect(c.map(\.speaker) == ["吴胜杰", "刘哲", "毛润凯", "毛润凯"], "\(c)")
        #expect(claims("王力宏说，天气很好。").allSatisfy { $0.speaker != "王力宏" })
    }

    /// Between such a name and its cue an adverb in 地 may run longer when a word of degree opens
    /// it (李卫华颇为骄傲地说, 陈睁有点激动地小声说道: not 陈睁有); 回答 and the verbs of manner in
    /// 道 (调侃道, 附和道) credit the quotation before them, though nothing follows 回答.
    @Test func namesAfterQuotationsPastLongerAdverbs() {
        let c = claims(["「我不怕。」李卫华颇为骄傲地说。", "“你看到没？”陈睁有点激动地小声说道。", "「我们不知道。」王兴回答。", "“你做了不少功课呀！”柳诚调侃道。"])
        #expect(c.map(\.speaker) == ["李卫华", "陈睁", "王兴", "柳诚"], "\(c)")
        #expect(claims(["他拒绝回答。", "王兴没有回答。"]).isEmpty)
    }

    /// Transliterated names are read whole though some of their characters are rarer in
    /// transliteration (萨达娜·阿夫克先季耶娃, 阿尔沙克·马克契延, 丁尼·麦克马洪).
    @Test func transliteratedNamesAreNotCut() {
        let c = claims(["雅库茨克市长萨达娜·阿夫克先季耶娃 (Sardana Avksenteva) 说，冬天变短了。", "研究员丁尼·麦克马洪 (Dinny McMahon) 说，有些公司握着欠条。", "负责贸易问题的威廉斯 (Clete Willems) 称，协商很复杂。"])
        #expect(c.map(\.speaker) == ["萨达娜·阿夫克先季耶娃", "丁尼·麦克马洪", "威廉斯"], "\(c)")
    }

    /// A number can be a one-word name's last word (英国人权组织 Article 19 发现), but not a count
    /// or a date after a name (Peter 12 岁).
    @Test func numberClosingALatinName() {
        #expect(claims("英国人权组织 Article 19 发现，这项技术正在被推广。").first?.speaker == "Article 19")
        #expect(!claims("Peter 12 岁时说，我来自伯明翰。").contains { $0.speaker == "Peter 12" })
    }

    /// One capitalised word opening its clause and placed in time before a cue (Rajapaksa 此前
    /// 表示) is a name; a word inside a clause (收购 Eero 也表明) still is not.
    @Test func latinWordPlacedInTimeBeforeACue() {
        #expect(claims("Rajapaksa 此前表示，他将释放军人。").first?.speaker == "Rajapaksa")
        #expect(claims("谷歌收购 Eero 此前表明，它想进入家庭网络。").first?.speaker != "Eero")
    }

    /// A transliterated name written once is trusted right after the quotation it credits
    /// (“…”，艾哈迈德说) or before the colon opening it (斯帕尔丁说：“…”), not anywhere else
    /// (艾哈迈德说 opening a paragraph).
    @Test func transliterationAfterItsQuotation() {
        #expect(claims("“公司很容易迎合家长的焦虑”，艾哈迈德说。").map(\.speaker) == ["艾哈迈德"])
        #expect(claims("艾哈迈德说，公司很容易迎合家长的焦虑。").allSatisfy { $0.speaker == nil })
        // nor, of three characters or more, before the colon opening its quotation
        #expect(claims("他主持了会议。斯帕尔丁说：“情报界拒绝参与。”").map(\.speaker) == ["斯帕尔丁"])
    }

    /// A surname standing for someone named before, then a word of manner (艾如此评价): the
    /// person, not a name 艾如此; people of a country before a modal (中国人会相信) are unnamed.
    @Test func mannerAfterASurnameAndPeopleBeforeAModal() {
        let c = claims(["艾未未摇了摇头。“他们都一个德行”，艾如此评价美国的总统候选人。"])
        #expect(c.map(\.speaker) == ["Ai Weiwei"], "\(c)")
        #expect(claims("中国人会相信那些管制消息。").map { $0.speaker ?? "nil" } == ["nil"])
    }

    /// Characters of transliterated names that are rarer in Chinese words (卫, 怀, 狄, 保 …) keep a
    /// dotted name whole (大卫, 德怀特, 狄安娜, 保罗).
    @Test func dottedNamesKeepTheirFirstName() {
        let c = claims(["德怀特·麦克唐纳说，大众文化是一种商品。", "狄安娜·亨吉斯说，谷歌要修改搜索结果。"])
        #expect(c.map(\.speaker) == ["德怀特·麦克唐纳", "狄安娜·亨吉斯"], "\(c)")
    }

    /// A name dot written as •, ・ or a full stop between Chinese characters is the catalog's ·.
    @Test func nameDotsOfEveryKindMatchTheCatalog() {
        #expect(claims("温斯顿•丘吉尔说，小憩能让人完成两倍的事情。").map(\.speaker) == ["Winston Churchill"])
        #expect(claims("德国社会学家马克斯．韦伯认为，官僚体系极为专业。").map(\.speaker) == ["Max Weber"])
    }

    /// 与 inside the name of a person's institution joins words of that name, not two speakers.
    @Test func conjunctionInsideAnInstitutionsName() {
        let c = claims("伦敦大学东方与非洲研究学院的盖伊·史坦丁在其著作《公地掠夺》中写道，产权能激励所有者。")
        #expect(c.map(\.speaker) == ["盖伊·史坦丁"], "\(c)")
    }

    /// A three-character Chinese name opening a cue's clause and going on with where it spoke
    /// (王小明在会上说) is a person when the article writes it twice; two characters are not
    /// enough (华融在年报中…宣布 is a company). (Before a place of words, 在公告中 / 在声明中, the
    /// words right before the 在 are read as before a cue.)
    @Test func namesOpeningAClauseOfWhereTheySpoke() {
        let c = claims(["王小明在会上说，这是问题。", "王小明在会后又说，这是另一个问题。"])
        #expect(c.map(\.speaker) == ["王小明", "王小明"], "\(c)")
        #expect(claims(["华融在年报中宣布，资产减少了。", "华融在年报里表示，资产减少了。"]).allSatisfy { $0.speaker != "华融" })
    }

    /// 周 opens a name as any surname does (副主席周亮表示, 周先旺说), though it also opens a
    /// weekday (外交部周一表示: the ministry speaks on a Monday).
    @Test func namesInZhou() {
        let c = claims(["银保监会副主席周亮表示，要严格审核股东资质。", "武汉市市长周先旺说，目前已经有 500 多万人离开了这座城市。", "外交部周一表示，美方的做法违反国际法。"])
        #expect(c.map { $0.speaker ?? "nil" } == ["周亮", "周先旺", "外交部"], "\(c)")
    }

    /// A Latin name runs to five words (Min Htin Ko Ko Gyi, a Burmese director).
    @Test func fiveWordLatinName() {
        let c = claims("導演Min Htin Ko Ko Gyi表示，在監獄裡他寫了兩部劇本。")
        #expect(c.map(\.speaker) == ["Min Htin Ko Ko Gyi"], "\(c)")
    }

    /// A verb or a time word whose first character also spells names ends a dotted name
    /// (克里斯蒂娜·拉加德提出: 拉加德, then 提出; 约翰·马丁本月称: 马丁, then 本月).
    @Test func verbAfterADottedNameIsNotPartOfIt() {
        let c = claims("克里斯蒂娜·拉加德提出一个案例：“中央银行是否会提供完全匿名的数字货币？当然不会。”")
        #expect(c.map(\.speaker) == ["Christine Lagarde"], "\(c)")
        let month = claims("约翰·马丁本月称今年的交付目标将低于之前的预期。")
        #expect(month.map(\.speaker) == ["约翰·马丁"], "\(month)")
    }

    /// A name spelled off the transliteration characters before its Latin gloss is as many
    /// characters as the surname has syllables (得主梯若尔 (Jean Tirole): Tirole, three), with the
    /// given name before a dot (保罗·叶廖缅科 (Paul Eremenko)), not the title before it.
    @Test func nameSpelledBySyllablesBeforeItsGloss() {
        let c = claims(["2014 年诺贝尔经济学奖得主梯若尔 (Jean Tirole) 表示，循证方法获得诺奖令人欣喜。",
                        "空客首席技术官保罗·叶廖缅科（Paul Eremenko）表示，混合动力组合可节省燃油。"])
        #expect(c.map(\.speaker) == ["梯若尔", "保罗·叶廖缅科"], "\(c)")
    }

    /// A Latin surname ending in a consonant may take one more character than it has vowel
    /// groups, when that one is a transliteration character (化学家门得列夫 (Dmitri Mendeleev), not
    /// 87 件基弗 (Anselm Kiefer)); the part of a dotted name after its dot then stands for the person
    /// (吉姆·凯若瓦拉 (Jim Keravala) … 凯若瓦拉说). 预测性的 is an adjective, not a forecast.
    @Test func nameSpelledWithAFinalConsonant() {
        let c = claims(["但直到俄罗斯化学家门得列夫 (Dmitri Mendeleev) 才创造出具有系统性和预测性的元素周期表。",
                        "门得列夫也有不正确的地方：他认为醚是一种元素。"])
        #expect(c.map(\.description) == ["门得列夫|indirect|-|醚是一种元素"], "\(c)")
        let kiefer = claims(["包括 87 件基弗 (Anselm Kiefer) 作品。", "愤怒的基弗接受德国媒体采访称，「自己在中国被当做已逝艺术家对待」。"])
        #expect(kiefer.map(\.speaker) == ["基弗"], "\(kiefer)")
        let dotted = claims(["这是物理学家吉姆·凯若瓦拉 (Jim Keravala) 对太空产业的看法。", "凯若瓦拉还说，我们正处在太空移民的黎明。"])
        #expect(dotted.map(\.speaker) == ["吉姆·凯若瓦拉"], "\(dotted)")
    }

    /// 正 ends a three-character name after a title when an adverb or a cue follows at once
    /// (局长邱国正也表示); 正在 is one word (张伟正在…时表示), and 亦 before a cue says "also".
    @Test func adverbCharacterEndingAName() {
        #expect(claims("台湾国家安全局局长邱国正也在 21 日公开表示，时机不妥。").map(\.speaker) == ["邱国正"])
        #expect(claims("记者张伟正在现场。张伟正在接受采访时表示，情况稳定。").map(\.speaker) == ["张伟"])
        #expect(claims("中科院院士高力亦表示，这是一项瞩目成就。").map(\.speaker) == ["高力"])
    }

    /// Lower-case particles inside a Latin name (Stephane Dujarric de la Riviere, Vincent van
    /// Gogh) belong to it; a lower-case word that is no particle ends it.
    @Test func particlesInsideLatinNames() {
        #expect(claims("据联合国发言人 Stephane Dujarric de la Riviere 说，联合国没有相关信息。").map(\.speaker) == ["Stephane Dujarric de la Riviere"])
        #expect(claims("荷兰画家 Vincent van Gogh 说，艺术是安慰。").map(\.speaker) == ["Vincent van Gogh"])
        #expect(claims("研究员 Maria Smith and Partners 说，数据有误。").allSatisfy { $0.speaker != "Maria Smith and Partners" })
    }

    /// The Latin surname of a name spelled out in parentheses stands for that person later,
    /// wherever the cue is (Lister在一封电子邮件中写道), though not inside the parentheses
    /// themselves; a surname two such people share stands for neither (Kerri and Kaitlyn
    /// Greenidge).
    @Test func latinSurnameOfAGlossedName() {
        let c = claims(["这是一本由查尔斯·利斯特（Charles Lister）撰写的书。", "“这对我来说太惊讶了”， Lister在一封电子邮件中写道。"])
        #expect(c.map(\.speaker) == ["查尔斯·利斯特"], "\(c)")
        let sisters = claims("J. K. 罗琳也签了名。历史学家克里·格里尼奇（Kerri Greenidge）说，她不支持这封信。她的姐姐、作家凯特琳·格林尼治（Kaitlyn Greenidge）则透露，有人寄信给她。她在网上表示，她“不赞同这封信中的担忧”。")
        #expect(sisters.map(\.speaker) == ["克里·格里尼奇", "凯特琳·格林尼治", "凯特琳·格林尼治"], "\(sisters)")
        // (inside the parentheses the surname is the name just read, not a second mention)
        let negotiator = claims("曾参与中国问题相关事务的前特朗普白宫贸易谈判代表威廉斯 (Clete Willems) 称：「这是一次合作解决问题的尝试。」")
        #expect(negotiator.map(\.speaker) == ["威廉斯"], "\(negotiator)")
    }

    /// After what someone does (环保主义者), a transliterated name starts at its first character
    /// even when that is no transliteration character (通 of 通贝里 (Greta Thunberg)).
    @Test func nameAfterOccupationStartsThere() {
        let c = claims("瑞典的环保主义者通贝里 (Greta Thunberg) 强调了航空业的作用。「你们辜负了我们，」通贝里说。")
        #expect(c.map(\.speaker) == ["通贝里"], "\(c)")
    }

    /// A dotted name runs to the end of a surname the catalog spells (拉吉莫汉·甘地, 让·雅克·卢梭:
    /// 地 and 梭 are no transliteration characters), and is that catalog person only when the
    /// given name is theirs too (英迪拉·甘地 is not the Mahatma).
    @Test func dottedNameEndsWithTheCatalogsSurname() {
        let c = claims("印度总理英迪拉·甘地表示，印度不会屈服。拉吉莫汉·甘地说，这是历史。")
        #expect(c.map(\.speaker) == ["Indira Gandhi", "拉吉莫汉·甘地"], "\(c)")
    }

    /// Given names may start with a character that elsewhere breaks a subject (钟正生, 郑也夫,
    /// 刁亦男), after a title too when the name is written twice (副主任王在希); 和 between two
    /// surnames still joins two people (王和单).
    @Test func givenNamesWithBreakerCharacters() {
        let c = claims(["钟正生表示，货币政策是个区间而非一个点。", "对此，钟正生说，利率市场化还需要时间。"])
        #expect(c.map(\.speaker) == ["钟正生", "钟正生"], "\(c)")
        let titled = claims(["中共国台办原副主任王在希去年底对中国媒体说，美国会不得不放弃对台湾的保护。", "王在希还表示，这是大势所趋。"])
        #expect(titled.map(\.speaker) == ["王在希", "王在希"], "\(titled)")
        let two = claims(["王和单认为，这项政策并不成功。", "随后王和单表示，他们会继续观察。"])
        #expect(!two.contains { $0.speaker == "王和单" }, "\(two)")
    }

    /// A name written twice is found before an adverb or a time word and its cue (夏绍曾则负责,
    /// 倪匡曾经说过); a word of two characters only before a time word, not before 也 or 一直
    /// (高瓴也表示, 高瓴一直宣称: a company the catalog does not know, no person).
    @Test func namesBeforeAnAdverbAndTheCue() {
        let c = claims(["张笑宇出版了新书。张笑宇则认为，技术改变了政治。", "例如倪匡。倪匡曾经说过，他写小说从来不需要思考。"])
        #expect(c.map(\.speaker) == ["张笑宇", "倪匡"], "\(c)")
        let company = sharedExtractor.extract(document(["高瓴是一家基金。高瓴一直宣称其深入研究商业模式。高瓴也表示，双方确有合作。"]))
        let people = company.nodes.filter { $0.labels.contains(GraphSchema.Label.person) }.map { $0.properties["name"] }
        #expect(!people.contains { $0 == PropertyValue.string("高瓴") }, "\(people)")
    }

    /// A date or span before 的 qualifies a title and the person it names (奥巴马 2012 年的竞选经理梅西纳,
    /// 在 AMD 工作了 30 多年的工程项目负责人鲁斯克),
    /// so the person before the date does not speak; an outlet's dated piece is still the outlet's.
    @Test func datedTitleBeforeAName() {
        let c = claims("「我们努力说服人们，」奥巴马 2012 年的竞选经理梅西纳 (Jim Messina) 说道。奥巴马 2012 年表示，经济会好起来。")
        #expect(c.map(\.speaker) == ["梅西纳", "Barack Obama"], "\(c)")
        let span = claims("「我喜欢信守承诺，」在 AMD 工作了 30 多年的工程项目负责人鲁斯克 (Lee Rusk) 在谈到他的团队击败英特尔时说。")
        #expect(span.map(\.speaker) == ["鲁斯克"], "\(span)")
    }

    /// A Chinese name of three characters between 据 and the cue or account closing the credit
    /// is the person credited, though written once (据李丽娜介绍, 但据孙宏宇透露, 按照余汝信的说法);
    /// words there are not (据史料记载, 按照文案上的说法).
    @Test func namesInsideSourceCredits() {
        let c = claims(["疫情严重。据李丽娜介绍，她的母亲在一月出现发烧症状。", "但据孙宏宇透露，这套系统有很多套问卷。", "据史料记载，这里曾经有很多人。",
                        "按照余汝信的说法，林彪出走并不是圈套。", "按照文案上的说法，装机量达到了五亿。"])
        #expect(c.map(\.speaker) == ["李丽娜", "孙宏宇", "余汝信"], "\(c)")
    }

    /// After a name's dot, characters common words hold are read as the surname's too
    /// (·拉瓦利翁, ·克林顿), so the name is not cut short.
    @Test func surnameCharactersAfterTheDot() {
        let c = claims("乔治城大学教授马丁·拉瓦利翁 (Martin Ravallion) 表示，按购买力平价计算，贫困线应该更高。")
        #expect(c.map(\.speaker) == ["马丁·拉瓦利翁"], "\(c)")
    }

    /// A dotted name runs to its Latin spelling in parentheses (费尔南德·布罗代尔 (Fernand Braudel)),
    /// over a part between two dots (阿兰·麦席森·图灵), and stops before a title its last
    /// character opens (迈克尔·瑞安博士, 威廉·道格拉斯大法官) or a second name (A和B·C).
    @Test func dottedNamesUpToTheirSpellingAndBeforeTitles() {
        let c = claims(["历史学家费尔南德·布罗代尔 (Fernand Braudel) 认为，地中海是一个整体。", "阿兰·麦席森·图灵 (Alan Mathison Turing) 认为，机器可以思考。",
                        "世卫组织的迈克尔·瑞安博士 (Michael Ryan) 表示，病毒不会消失。", "威廉·道格拉斯大法官说，言论自由不可剥夺。"])
        #expect(c.map(\.speaker) == ["费尔南德·布罗代尔", "阿兰·麦席森·图灵", "迈克尔·瑞安", "威廉·道格拉斯"], "\(c)")
        #expect(!claims("泰德·戈尔泽尔和本·戈尔泽尔表示，他们会继续研究。").contains { $0.speaker?.contains("和") == true })
    }
}
