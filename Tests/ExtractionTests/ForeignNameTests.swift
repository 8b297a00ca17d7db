import Testing
@testable import Extraction

/// Transliterated names read whole around their middle dot.
@Suite struct ForeignNameTests {
    /// 得 inside a surname (彼得斯, 彼得森) is part of the name; 得 opening a word after it
    /// (得到) is not.
    @Test func deInsideASurname() {
        let c = claims(["反对派人士林登·彼得斯称，他的行为捍卫了公共领域。", "汤姆·彼得森说，这是一个好消息。"])
        #expect(c.map(\.speaker) == ["林登·彼得斯", "汤姆·彼得森"], "\(c)")
        let got = claims("尼古拉斯·萨科齐得到了支持。尼古拉斯·萨科齐说，这是一个好消息。")
        #expect(got.map(\.speaker) == ["尼古拉斯·萨科齐"], "\(got)")
    }

    /// A given name does not open with 得, which ends the word before it (我记得亨利·福特曾说过);
    /// 何 opens one (何塞·卡亚多: José), though it stands alone nowhere in the transliteration set.
    @Test func givenNameEdges() {
        let c = claims(["我记得亨利·福特曾说过，人们想要更快的马。", "瑞信银行的何塞·卡亚多指出，目前尚不清楚飞行员是否需要再培训。"])
        #expect(c.map(\.speaker) == ["亨利·福特", "何塞·卡亚多"], "\(c)")
    }

    /// 茂 in a given name before the dot (马哈茂德: Mahmoud) and 崔 in a surname after it
    /// (彼崔格里利: Petriglieri) are the name's, not a word's around it: the name is whole.
    @Test func rarerTransliterationCharacters() {
        let c = claims(["当代小说家马哈茂德·道拉塔巴蒂写道，苏莱曼尼修建了一座强有力的大坝。",
                        "欧洲工商管理学院的詹比耶洛·彼崔格里利称，每个人都成了独立劳动者。"])
        #expect(c.map(\.speaker) == ["马哈茂德·道拉塔巴蒂", "詹比耶洛·彼崔格里利"], "\(c)")
    }

    /// A particle before the dot (范·巴尔: van Baar) opens a name, and 依 spells a surname after it
    /// (冯·诺依曼) but not 依然 after a name.
    @Test func particlesAndYi() {
        let c = claims(["“当参与者观看一个自然视频时”，范·巴尔解释说，“他们的大脑看起来是一样的”。",
                        "冯·诺依曼认为，计算机需要存储程序。", "约翰·史密斯依然认为，市场会好。"])
        #expect(c.map(\.speaker) == ["范·巴尔", "范·巴尔", "冯·诺依曼", "约翰·史密斯"], "\(c)")
    }

    /// A dotted name that ends a longer one written in full before (杰伊·范·巴维尔 … 范·巴维尔说) is
    /// that person, not a second one.
    @Test func endOfANameWrittenInFull() {
        let c = claims(["「爱国主义是一种身份认同，」纽约大学社会心理学家杰伊·范·巴维尔 (Jay Van Bavel) 说。", "「团体所做的就是赋予价值，」范·巴维尔说。",
                        "作家安东尼奥·加西亚·马丁内斯曾在脸书工作。「人到了那个点并不会停下来，」加西亚·马丁内斯说。"])
        #expect(c.map(\.speaker) == ["杰伊·范·巴维尔", "杰伊·范·巴维尔", "安东尼奥·加西亚·马丁内斯"], "\(c)")
        #expect(Set(c.map(\.speakerKey)).count == 2, "\(c)")
    }

    /// A name spelled out in parentheses (奥古斯丁·塞奇威克（Augustine Sedgewick）) is one person named,
    /// whom 他 in the next paragraph points to, not two.
    @Test func glossedNameIsOnePersonForAPronoun() {
        let c = claims(["历史系教授奥古斯丁·塞奇威克（Augustine Sedgewick）出版了新书。", "在他看来，咖啡是一种将穷国与富国联系在一起的商品。"])
        #expect(c.map(\.speaker) == ["奥古斯丁·塞奇威克"], "\(c)")
    }

    /// Law is a surname (罗, in Hong Kong's spelling), not a word that ends a headline:
    /// 她 after Katherine Law opening the sentence is her, not a woman named earlier.
    @Test func lawIsASurname() {
        let c = claims("林郑月娥表示，她会继续执政下去。28 岁的 Katherine Law 参加了周日的示威活动，她表示：「我再也无法忍受政府了。」")
        #expect(c.map(\.speaker) == ["Carrie Lam", "Katherine Law"], "\(c)")
    }

    /// A Latin name's last words (Abdul Rahim, Van de Put) and its first word (Huang, whose
    /// surname comes first) stand for the person later: one node, not one per part.
    @Test func partsOfALatinNameAreThePerson() {
        let c = claims(["研究员 Rasha Abdul Rahim 说，这项调查显示了民意。", "Abdul Rahim 补充说，各国必须紧急谈判。",
                        "Watrix 的首席执行官 Huang Yongzhen 说，他们的技术不需要脸部数据。", "Huang 还说，公司正与警方合作。"])
        #expect(c.map(\.speaker) == ["Rasha Abdul Rahim", "Rasha Abdul Rahim", "Huang Yongzhen", "Huang Yongzhen"], "\(c)")
        #expect(Set(c.compactMap(\.speakerKey)).count == 2)
    }

    /// Latin words in an article's title marks (〈Slouching Towards Bethlehem〉), as in a book's
    /// (《…》), are a work, no person 她 could be.
    @Test func latinWordsInTitleMarksAreNoPerson() {
        let c = claims(["瓊·迪迪安是作家。她在文章〈Slouching Towards Bethlehem〉一開始就引用了詩句。", "彼時戰事升高，她跟編輯說想去越南採訪。"])
        #expect(c.map(\.speaker) == ["瓊·迪迪安"], "\(c)")
    }

    /// A single Latin word opening its clause and giving words in a piece of its own (TorGuard 在一份
    /// 声明中表示, Chatter 在社交媒体上暗示) is who speaks, though it speaks only once; not one after a verb (收购 TorGuard 在…).
    @Test func aSingleWordGivingWordsInAPiece() {
        let c = claims(["TorGuard 在一份声明中表示，它将撤出俄罗斯的所有服务器。", "Chatter 在社交媒体上暗示，极右翼的激进分子正在煽动暴力。"])
        #expect(c.map(\.speaker) == ["TorGuard", "Chatter"], "\(c)")
    }

    /// A transliteration written with characters that sound alike (布鲁姆 … 布卢姆) is the same
    /// person, so 她 after it finds her; a name's own spelling left uncovered stays so (凯恩斯主义).
    @Test func soundAlikeSpellings() {
        let c = claims(["另一方是 74 岁的化学家和活跃人士布鲁姆 (Arlene Blum)。",
                        "在一家酒店举行的会议上，布卢姆支持一项决议。她手拿写字板看着小组成员说，这些化学物质不能提高防火的安全性。"])
        #expect(c.map(\.speaker) == ["布鲁姆"], "\(c)")
        #expect(claims("凯恩斯说，长期来看我们都死了。凯恩斯主义者认为，政府应该花钱。").allSatisfy { $0.speaker != "John Maynard Keynes" || $0.text.hasPrefix("长期") }, "Keynesians are not Keynes")
    }

    /// A first word that opens two people's names (John Barlow, John Young) is neither's, nor a
    /// company's name taken for a person's (FLoC ID).
    @Test func sharedFirstWordsStayApart() {
        let c = claims(["作家 John Barlow 说，网络是自由的。", "记者 John Young 说，网络不是自由的。", "John 说，我们走着瞧。"])
        #expect(c.map(\.speaker) == ["John Barlow", "John Young", "John"], "\(c)")
    }

    /// 代, 裘, 纪 and 尧 are given names' characters before a dot (阿代尔·特纳, 裘德·洛克, 纪尧姆·拉弗杜尔): the whole name
    /// speaks, not its last part.
    @Test func rarerGivenNameCharactersBeforeADot() {
        let c = claims(["能源转型委员会的主席阿代尔·特纳 (Adair Turner) 说，想象一下吧。", "研究员奥代德·瓦努努说：「漏洞都在系统的核心部分。」",
                        "演员裘德·洛克说，习近平紧握大权。", "首席运营官纪尧姆·拉弗杜尔表示，需求仍在上升。"])
        #expect(c.map(\.speaker) == ["阿代尔·特纳", "奥代德·瓦努努", "裘德·洛克", "纪尧姆·拉弗杜尔"], "\(c)")
    }

    /// A Latin surname alone is the person whose Chinese name was glossed with the whole Latin
    /// name (布莱恩·侯赛曼 (Brian Huseman) … Huseman 说), with or without a space before the gloss.
    @Test func latinSurnameOfAGlossedName() {
        let c = claims(["亚马逊公共政策副总裁布莱恩·侯赛曼 (Brian Huseman) 在信中说，语音记录会被保存。", "Huseman 说，用户可以删除记录。"])
        #expect(c.count == 2 && c[0].speakerKey == c[1].speakerKey && c[1].speaker == "布莱恩·侯赛曼", "\(c)")
    }

    /// 碧 is a surname's character after a dot (瑪爾塔.庫碧索娃Marta Kubišová): the whole surname
    /// stands for her later (庫碧索娃如此回憶道), and 她說 then points back to her.
    @Test func biInASurnameAfterADot() {
        let c = claims(["歌手瑪爾塔.庫碧索娃Marta Kubišová被推了出來。", "「這一切屈辱都是值得的。」庫碧索娃如此回憶道。她說當時自己並沒有痛苦。"])
        #expect(c.map(\.speaker) == ["瑪爾塔.庫碧索娃", "瑪爾塔.庫碧索娃"], "\(c)")
    }

    /// A surname of two letters opening one person's Latin name (Ye Zhenzhen, surname first)
    /// stands for that person alone later (Ye 说), as longer first words do.
    @Test func twoLetterSurnameFirst() {
        let c = claims(["People.cn的总裁 Ye Zhenzhen 在2月的一篇文章中写道，平台可以检测敏感的资料。Ye 说，最重要的是过滤掉有害信息。"])
        #expect(c.map(\.speaker) == ["Ye Zhenzhen", "Ye Zhenzhen"], "\(c)")
    }

    /// A catalog name read inside a longer transliteration is no mention (特拉斯 in 柯尼根斯特拉斯大街, a
    /// street, or in 斯特拉斯堡, a city), so the one person named there is still whom a description means.
    @Test func aCatalogNameInsideALongerTransliteration() {
        let c = claims("奥利弗·贝特每天还是去柯尼根斯特拉斯大街上的办公室上班。办公室里几乎空无一人。「CEO 总是孤家寡人一个。」这位安联老板说。")
        #expect(c.map(\.speaker) == ["奥利弗·贝特"], "\(c)")
        let truss = claims("英国首相特拉斯表示，政府将削减税收。")
        #expect(truss.map(\.speaker) == ["Liz Truss"], "\(truss)")
    }

    /// A given name of two parts joined by a hyphen before the dot is the name's (安娜-莉莎·莱蒂宁,
    /// 让-伊夫·勒德里昂), not its second part alone.
    @Test func hyphenatedGivenNames() {
        let c = claims(["赫尔辛基社会服务部的安娜-莉莎·莱蒂宁 (Anna-Liisa Lyytinen) 表示，家是最好的。", "法国外交部长让-伊夫·勒德里昂表示，家是最好的。"])
        #expect(c.map(\.speaker) == ["安娜-莉莎·莱蒂宁", "让-伊夫·勒德里昂"], "\(c)")
    }

    /// A nickname in quotation marks inside a name spelled out (Ekaterina “Katya” Malievskaia,
    /// Mortimer "Tim" Buckley) is part of it: the transliteration before it is the person, whom
    /// the Latin surname stands for later.
    @Test func nicknameInsideASpelledName() {
        let c = claims(["去年，你会在那里看到马里耶夫斯卡娅 (Ekaterina “Katya” Malievskaia) 和巴克利 (Mortimer \"Tim\" Buckley)。",
                        "Malievskaia 说，公司的疗法很快就会获得批准。", "Buckley 认为，理财顾问的需求还会增长。"])
        #expect(c.map(\.speaker) == ["马里耶夫斯卡娅", "巴克利"], "\(c)")
    }

    /// An Arabic article joined by a hyphen (al-, el-) inside a Latin name is the name's
    /// (Magdi el-Gizouli, Abu Bakr al-Baghdadi), not where it stops.
    @Test func arabicArticleInsideALatinName() {
        let c = claims(["智库 RVI 的 Magdi el-Gizouli 表示，他需要国家权力来保护他的利益。",
                        "Abu Bakr al-Baghdadi 表示，他们将继续战斗。"])
        #expect(c.map(\.speaker) == ["Magdi el-Gizouli", "Abu Bakr al-Baghdadi"], "\(c)")
    }

    /// A capitalised "Than" inside a Latin name is a Burmese name's part (Than Naing Soe, Mahn Win
    /// Khaing Than), not the English word.
    @Test func thanInABurmeseName() {
        let c = claims(["衛生部發言人Than Naing Soe對《BBC Burmese》表示，「這些疫苗非常有價值。」",
                        "今年69歲的Mahn Win Khaing Than擔任總理，他說，黎明即將到來。"])
        #expect(c.map(\.speaker) == ["Than Naing Soe", "Mahn Win Khaing Than"], "\(c)")
    }

    /// A Latin name closed by a number (Article 19, Mate 40, Model 3) is a body's or a thing's,
    /// no person's.
    @Test func numberedNamesAreNoPeople() {
        let c = claims("他在别克展厅看车。这是通用最新电动车型之一别克微蓝 Velite 6。「该换换车了，」他说，「我们准备尝试下新东西。」")
        #expect(c.count == 2 && !c.contains { $0.speaker == "Velite 6" }, "\(c)")
        #expect(claims("英国人权组织 Article 19 发现，这项技术正在被推广。").first?.speaker == "Article 19")
    }

    /// One Latin word and a title before a cue (King 博士写道) is a person, and the last word of the
    /// Latin name of someone the article named (小马丁路德金博士: Martin Luther King) is them.
    @Test func aLatinSurnameWithATitle() {
        let c = claims(["虽然小马丁路德金博士注意到了这一点，但他也指出，“没有权力的爱情是多愁善感的。”",
                        "“权力，正确理解，它是实现目标的能力，”King 博士写道。"])
        #expect(c.map(\.speaker) == ["Martin Luther King Jr.", "Martin Luther King Jr."], "\(c)")
        #expect(claims("“权力是实现目标的能力，”Smith 教授说。").map(\.speaker) == ["Smith"])
    }

    /// The last part of a catalog person's dotted name alone is that person, also when no rule
    /// reads the given name (亚当·斯密: 当 spells no transliteration).
    @Test func theLastPartOfACatalogDottedName() {
        let c = claims(["同情心的假设可以追溯到亚当·斯密的《道德情操论》。正如斯密解释的那样，一个人目睹另一个人的状况，会进入同情的状态。"])
        #expect(c.map(\.speaker) == ["Adam Smith"], "\(c)")
    }

    /// A Latin given name with a title of nobility or a form of address before a cue (Keir爵士说,
    /// John先生说) is the person the article named in full.
    @Test func aLatinGivenNameWithATitle() {
        let c = claims(["今年的评审员有人权律师Keir Starmer爵士。Keir爵士说，“言论自由是文明民主社会的基石。”",
                        "评审员还有律师John Smith。John先生说，“审查制度必须受到挑战。”"])
        #expect(c.map(\.speaker) == ["Keir Starmer", "John Smith"], "\(c)")
    }

    /// A transliterated name written twice opens its clause after 但 or 而 too (…。但福迪斯指出，…).
    @Test func transliterationAfterAConjunction() {
        let c = claims(["福迪斯是一名研究员。", "疫情仍在扩散。但福迪斯指出，这个问题很可能长期存在。"])
        #expect(c.map(\.speaker) == ["福迪斯"], "\(c)")
    }

    /// A one-word Latin name a space broke (Cyber eason), written so again, is one name; an
    /// English phrase written once (Hello world) is not.
    @Test func aLatinNameBrokenByASpace() {
        let c = claims(["总部位于波士顿的网络安全公司 Cyber eason 的研究人员透露了调查结果。", "Cyber eason 认为，手机提供商攻击事件背后的骇客可能正在为中国政府服务。"])
        #expect(c.map(\.speaker) == ["Cyber eason"], "\(c)")
        #expect(claims("网络安全公司 Cyber eason 认为，手机提供商攻击事件背后的骇客可能正在为中国政府服务。").map(\.speaker) != ["Cyber eason"])
    }

    /// A subject clause is measured in words, a Latin word one: a body and a title in Latin
    /// before the speaker do not make it too long to name anyone.
    @Test func longLatinSubjectStillSpeaks() {
        let c = claims("“公司应该透明”，权利组织 Privacy International 的数据开发项目负责人 Frederike Kaltheuner 在网上聊天时表示。")
        #expect(c.map(\.speaker) == ["Frederike Kaltheuner"], "\(c)")
    }
}
