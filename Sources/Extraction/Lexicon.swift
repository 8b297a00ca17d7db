/// The words the extraction rules look for, in simplified Chinese (traditional text is
/// folded to simplified before matching, so one list serves both scripts).
enum Lexicon {
    /// Verbs that introduce what someone said. `report` cues credit an outlet or document.
    enum CueKind: Sendable { case speech, report }

    /// A cue word and what kind of word it is besides.
    struct Cue: Sendable {
        var kind: CueKind
        /// Also a noun (the report, the news, a finding): a cue only when reported words follow.
        var isNoun = false
        /// What someone found or feels (研究发现，…, 他觉得，…): a statement when it stands alone,
        /// part of the statement when someone else's cue comes first, never an intermediary.
        var isFinding = false
        /// Words only after a comma or a colon (他提出，…): otherwise its object is a term or a plan
        /// named (提出「中国梦」, 提出上诉), no one's words.
        var needsPunctuation = false
        var quotationMayFollow = false  // (with needsPunctuation: 他戏称「…」 quotes right after)
    }

    /// Markers opening an act announced, admitted or promised (宣布将…, 承认已经…, 承诺会…).
    static let announcedActs = PhraseMatcher<Bool>(["将", "已经", "已", "会"].map { ($0, true) })

    /// Head nouns after a country that still mean the country speaking (美国政府, 中方).
    static let organizationHeads: Set<String> = ["政府", "当局", "官方", "方面", "方", "政府方面", "国家", "联邦政府", "中央", "中央政府"]

    /// Words after a person's name that make the people after them that person's staff
    /// (特朗普政府官员, 拜登团队成员), not the person.
    static let administrations = PhraseMatcher<Bool>(["政府", "当局", "团队", "阵营"].map { ($0, true) })
    /// Parts of a body that speak for it (政府内部, 团队高层).
    static let insideParts = PhraseMatcher<Bool>(["内部", "方面", "高层", "人士"].map { ($0, true) })

    /// Characters joining two names into one subject (佩洛西和舒默, 普京与习近平, 中、俄).
    static let conjunctions = ScalarSet("和与及、")

    /// Last characters of a head noun naming people rather than a body (精英, 中国人, 学者, 助手).
    static let groupEnds = ScalarSet("人者家们界士员英众民生师手")

    /// Characters before 是 that make it part of another word (但是, 于是, 还是, 如是: "thus", 更是: "even").
    static let copulaCompounds = ScalarSet("但于还可要若凡或总只就正也即如更")

    /// Verbs of saying or writing after 所 (所言, 所述, 所写): "what X said", after 正如 a credit
    /// (`wroteOrSaid`) and no character of X's name (`saidBy`).
    static let sayingAfterSuo = ScalarSet("言述写")

    /// Words of 'even' before 是 (即使是最乐观的分析师也表示, 哪怕是他也承认): emphasis on who
    /// speaks, no copula describing them.
    static let evenWords = PhraseMatcher<Bool>(["即使", "即便", "哪怕", "就算", "甚至", "纵使", "纵然"].map { ($0, true) })

    /// Words opening a clause that answers or weighs what was just quoted (但, 然而, 其实, 相对来说).
    static let contrastOpeners = PhraseMatcher<Bool>(["但", "但是", "然而", "不过", "可是", "其实", "却", "相对来说", "相对而言",
                                                      "相比之下", "相较之下", "换言之", "由此可见"].map { ($0, true) })

    /// Characters after 据 that make it hearsay rather than a source (据说, 据悉, 据称, 据传).
    static let hearsayAfterJu = ScalarSet("说悉称传闻了")

    /// Last characters of a phrase that describes people without naming them (组织者, 援助工作人员,
    /// 工程师, 参议员们); not 民, 生 or 英, which end names (江泽民, 爱默生) and other words (卫生).
    static let peopleEnds = ScalarSet("人者家们士员众师")

    /// Verbs that make someone else believe or say (导致这些人相信, 确保观众认为): who is made to
    /// is not stating anything.
    static let causatives = PhraseMatcher<Bool>(["导致", "促使", "诱使", "迫使", "致使", "确保", "使得", "要求"].map { ($0, true) })

    /// Characters that show a phrase is a time or place clause, not a speaker (…这件事时, 在…中).
    static let clauseInside = ScalarSet("时在的中后前")

    /// Endings of a time clause (…的时候, …之际).
    static let timeClauseEnds = PhraseMatcher<Bool>(["时候", "之际", "期间"].map { ($0, true) })

    /// Prepositions that open a clause with the person addressed (对记者说, 向媒体透露).
    static let addresseeMarkers = ScalarSet("对向跟")

    /// Cues whose object is what is condemned, a noun phrase (谴责外国干预, 驳斥这项法案): a cue
    /// only when punctuation, a quotation or 称 / 说 follows (谴责称，…).
    static let condemnations = PhraseMatcher<Bool>(["谴责", "驳斥", "抨击"].map { ($0, true) })

    /// Measure words and demonstratives that make the next word a counted noun (这则消息).
    static let measureWords = ScalarSet("则条篇份这那此")

    /// Characters right after a noun cue that introduce its content (报道说, 报道指).
    static let reportedContentMarkers = ScalarSet("称说指道")

    /// Characters before a cue that make it a noun (这些承诺, 的批评, 在预测中, 进行了报道: after 了
    /// unless a colon or a quotation gives its words, 发出了警告：「…」).
    static let cueNounMarkers = ScalarSet("的些该在于项了")

    /// Characters making 在 an adverb (IMF 现在预计, 正在呼吁, 一直在强调, 仍在认为; unlike 在预测中).
    static let wordsEndingInZai = ScalarSet("现正仍还直")

    /// Words before a title that point back to someone named (这位发言人, 该部长).
    static let demonstratives = PhraseMatcher<Bool>(["这位", "该", "这名", "此", "那位", "这个"].map { ($0, true) })

    /// Characters opening a phrase that points back to something named before (该报, 这篇…的报道).
    static let pointingCharacters = ScalarSet("这该此那")

    /// Units closing a date written in digits (2019 年 9 月 5 日, 11月4号).
    static let dateUnits = ScalarSet("年月日号")

    /// Titles one person holds at a time, which news uses alone for the holder just named
    /// (also ones `titles` lacks: 大臣 as a title before names cut 乔治奥斯本 short).
    static let offices = PhraseMatcher<Bool>([
        "总统", "副总统", "总理", "副总理", "首相", "主席", "部长", "外长", "防长", "财长", "大臣", "外相", "国务卿",
        "发言人", "大使", "秘书长", "总干事", "议长", "总书记", "市长", "州长", "省长", "行长", "局长", "特使", "司令",
    ].map { ($0, true) })

    /// Members who speak for the body they belong to when none of them is named (国际特赦组织的
    /// 研究人员说, Cybereason 的研究人员表示, Intrusion Truth 的代表称, 中石油相关负责人表示): the
    /// body is the source. Not 官员 or 人士, which as often describe people of a nation.
    static let memberNouns = PhraseMatcher<Bool>(["研究人员", "研究人士", "研究员", "研究团队", "研究小组", "安全研究人员", "调查人员", "调查团队",
                                                  "分析师", "分析人士", "经济学家", "银行家", "策略师", "代表", "研究者", "科学家", "科研人员", "工程师",
                                                  "高管", "管理人士", "负责人", "相关负责人", "有关负责人", "有关部门负责人", "相关部门负责人", "有关司局负责人", "相关司局负责人", "客服", "客服人员",
                                                  "发言人", "新闻发言人", "女发言人", "男发言人"].map { ($0, true) })

    /// Verbs that give a name (一位名叫 Wojciech 的研究人员): what follows is someone's name.
    static let namingVerbs = PhraseMatcher<Bool>(["名叫", "名为", "叫做", "名字叫", "化名"].map { ($0, true) })

    /// Institutions news names by their kind alone once the story has named them (警方表示, 当局称).
    static let bareInstitutions = PhraseMatcher<Bool>(["警方", "当局", "检方", "军方", "校方", "院方", "法院", "法庭", "政府", "军政府", "港府", "警察局", "学校"].map { ($0, true) })

    /// Every demonstrative `heads` before every noun of `nouns` (该公司, 这家杂志): a phrase
    /// pointing back to something named before.
    static func pointingBack(_ heads: [String], to nouns: [String]) -> PhraseMatcher<Bool> {
        PhraseMatcher(heads.flatMap { head in nouns.map { (head + $0, true) } })
    }

    /// Verbs whose object is a cue word used as a noun (受到批评, 遭到谴责, 引发质疑, 提出质疑, 进行估算, 惹来批评):
    /// criticism received or raised, not words reported (a 称 after it still is).
    static let cueAsObject = PhraseMatcher<Bool>(["受到", "遭到", "遭受", "招致", "引发", "引起", "提出", "面临", "进行", "惹来", "招来", "换来"].map { ($0, true) })

    /// A character right after a cue that makes it a noun or attribute (强调的是, 说的话).
    static let cueNounFollowers = ScalarSet("的了着著者")

    /// Cues whose object is the person addressed (告诉记者，…): the statement follows it.
    static let addressCues = PhraseMatcher<Bool>(["告诉", "提醒"].map { ($0, true) })

    /// Characters that, right after a title, show it is part of a longer word (委员会).
    static let titleContinuations = ScalarSet("会长处部局院所团组级")

    /// Negations just before a cue: a statement not made (并未谴责, 拒绝谴责).
    static let negations = PhraseMatcher<Bool>(["未", "没有", "没", "拒绝", "不愿", "不会", "不能", "无意", "不曾", "并未", "从未", "不"].map { ($0, true) })
    /// Words holding 不 or 没 that negate nothing: 不断强调 (kept stressing), 不少专家表示
    /// (many experts said), 不得不警告 (had to warn), 不久前表示 (said recently).
    static let notNegating = PhraseMatcher<Bool>([
        "不断", "不停", "不时", "不止", "不久", "不少", "不仅", "不但", "不禁", "不得不", "不约而同",
        "不妨", "不由得", "不住", "没少", "不讳", "毫不讳言", "不客气",
    ].map { ($0, true) })

    /// Unnamed sources that are texts rather than people: with an outlet named before
    /// them (《纽约时报》的评论), the outlet is the source.
    static let textSources: Set<String> = ["分析", "评论", "舆论", "媒体", "报道"]

    /// Words that name an intermediary before the speaker: 法新社引述…, 援引…的话说.
    static let relayWords = PhraseMatcher<Bool>([("援引", true), ("引述", true), ("引用", true), ("转引", true)])

    /// Words closing `在X看来，` (in X's view) or `在X口中，` (in X's words): X's view follows.
    /// Not 在X眼中 (in X's eyes): the narrator's reading of how X sees things, not X's words.
    static let viewClosings = PhraseMatcher<Bool>(["看来", "口中"].map { ($0, true) })
    /// Words closing `正如X所说的那样，` (as X said): X's words follow.
    static let asSaidClosings = PhraseMatcher<Bool>(["的那样", "那样", "的一样", "的"].map { ($0, true) })
    /// Words closing `按照X的说法，` / `依照X所说，`: X's words follow. 的说法 keeps 的 out of the name.
    static let accordingClosings = PhraseMatcher<Bool>(["的说法", "说法", "所说", "所言", "所述", "的话说", "的话来说", "的话", "介绍"].map { ($0, true) })

    /// Words that define a term (CCP 指的是中国共产党, 坚毅桌是指…): a gloss, not a statement.
    static let glossWords = PhraseMatcher<Bool>(["指的是", "是指"].map { ($0, true) })

    /// Openings of a clause about who someone is or was (他曾担任…, 她现任…, 他目前是…).
    static let biographyOpeners = PhraseMatcher<Bool>(["曾", "曾经", "现任", "目前担任", "目前是", "现在是", "此前曾", "指的是"].map { ($0, true) })

    /// What an outlet publishes (《环球时报》发表社论称): the outlet speaks, not a document.
    static let outletPieces = PhraseMatcher<Bool>(["社论", "文章", "评论", "评论文章", "专栏", "专栏文章", "报道"].map { ($0, true) })

    /// Names of institutions ending in 会 or 所, which otherwise end clauses (人们会认为, 所说).
    static let institutionNames = PhraseMatcher<Bool>(["委员会", "委会", "协会", "联合会", "学会", "商会", "议会", "理事会", "工会",
                                                       "基金会", "董事会", "联谊会", "总会", "研究所", "事务所", "交易所",
                                                       "派出所", "大学"].map { ($0, true) })

    /// Whether the text before `end` ends like an institution's name: an organisation's last
    /// words (公司, 中心), a name in 会 or 所 (委员会, 研究所), or another ending (部, 局, 委 …);
    /// 会 and 所 alone end clauses (她会说, 正如…所说), 处 after 一 or 此 is a place.
    static func endsLikeInstitution(_ t: [Unicode.Scalar], at end: Int) -> Bool {
        guard end >= 2 else { return false }
        if organizationSuffixes.match(t, endingAt: end) != nil || institutionNames.match(t, endingAt: end) != nil { return true }
        let last = t[end - 1]
        guard institutionEnds.contains(last), last != "会", last != "所" else { return false }
        return last != "处" || !"一此到各之好难".unicodeScalars.contains(t[end - 2])
    }

    /// First characters of a clause or of a phrase pointing back, not of an institution's name
    /// (在当局认为, 正如…所说, 去医院, 该公司).
    static let clauseOpeners = ScalarSet("在正如诚就当遭令没去再另您你我他她它们都也还又但而若如果虽该此这那其各")

    /// What a body says, after its name and 的 (克里姆林宫的消息称): the body speaks.
    static let bodyWords: Set<String> = ["消息", "声明", "公告", "通报", "话", "表态", "回应", "说法", "记忆", "回忆", "观点", "看法"]

    /// What an organization issues (中国外交部周一发表声明称, 世卫组织的一封信件称): the organization speaks.
    static let organizationPieces = PhraseMatcher<Bool>(["声明", "公告", "通报", "新闻稿", "公报", "通告", "封信", "信件", "信函", "公开信"].map { ($0, true) })

    /// Words before a count (约有 12 名…, 大约三位…) and the numerals of a count.
    static let approximations = PhraseMatcher<Bool>(["约有", "大约", "约", "有", "共有", "近", "将近", "超过"].map { ($0, true) })
    static let numerals = ScalarSet("一二三四五六七八九十两几数百千")

    /// Words that make a subject indefinite (一家中国网络安全公司, 一位欧洲外交官): whoever it
    /// is, the article does not name them.
    static let indefinites = PhraseMatcher<Bool>(["一家", "一位", "一名", "一个", "一组", "一批", "一群", "某位", "某些", "某个", "某家", "某名",
                                                  "一些", "多位", "多名", "多家", "几位", "几名", "数位", "数名",
                                                  "许多", "很多", "不少", "两家", "几家", "多个", "其他", "其它", "另一些", "有些",
                                                  "另外一些", "另一份", "另一项", "另一篇", "另一则", "另一位", "另一名"].map { ($0, true) })

    /// Titles and roles written just before a person's name (…教授朱志群).
    static let titles = PhraseMatcher<Bool>([
        "教授", "成员", "组员", "副教授", "助理教授", "主任", "副主任", "共同主任", "研究员", "副研究员", "高级研究员", "助理研究员",
        "政策研究员", "专家", "学者", "分析师", "首席能源分析师", "经济学家", "讲师", "高级讲师", "部长", "外长", "防长",
        "财长", "总统", "总理", "首相", "主席", "副主席", "发言人", "大使", "秘书", "秘书长", "官员", "议员", "参议员",
        "众议员", "记者", "编辑", "主编", "所长", "院长", "副院长", "会长", "董事长", "总裁", "首席执行官", "创始人",
        "负责人", "国务卿", "助理国务卿", "顾问", "总监", "代表", "特使", "司令", "将军", "上将", "参谋长", "局长",
        "主管", "合伙人", "博士", "领导人", "委员", "书记", "总书记", "州长", "市长", "省长", "总干事", "总经理",
        "主持人", "作家", "律师", "法官", "参赞", "团长", "分析员", "研究人员", "外相", "议长", "国务委员", "学者",
        "评论员", "观察家", "校长", "系主任", "资深研究员", "高级研究员", "执行主任", "主任研究员", "研究主任",
        "理事", "前总统", "前总理", "副总理", "战略师", "首席战略师", "工程师", "设计师", "经理", "总编辑", "编辑", "副总统", "发言人", "作者", "博士生", "研究生",
        "导演", "演员", "歌手", "画家", "诗人", "艺术家", "医生", "医师", "教练", "社长", "厂长", "村长", "县长", "镇长",
        "处长", "科长", "主播", "导师", "教师", "老师", "研究者", "创办人", "联合创始人", "首席经济学家", "首席分析师",
        "副总裁", "副总经理", "总编", "学家", "社会学家", "历史学家", "政治学家", "哲学家", "人类学家", "心理学家", "科学家",
        "伦理学家", "物理学家", "法学家", "作曲家", "小说家", "漫画家", "摄影师", "建筑师", "策展人", "制片人",
        "行长", "副行长", "副部长", "副局长", "司长", "副司长", "新闻秘书", "副市长", "副省长", "副会长", "副秘书长",
        "副总干事", "副校长", "副所长", "副主编", "董事", "执行董事", "总工程师", "检察长", "检察官", "外交官", "警官",
        "幕僚", "亲信", "分析人士", "评论人士", "观察人士", "维权人士", "异见人士", "异议人士", "活动人士", "社运人士",
        "首席代表", "大法官", "院士", "首席科学家", "首席运营官", "首席财务官", "首席技术官", "行政总裁", "特首",
        "司令员", "政委", "常委", "主任委员", "高管", "长官", "官房长官", "行政长官", "副州长", "副议长", "副外长", "副防长", "部长助理",
        "组长", "副组长", "队长", "厅长", "副厅长", "署长", "副署长", "次长", "总长", "主委", "立委", "委员长", "理事长",
        "副理事长", "执行长", "首席执行长", "主任医师", "副主任医师", "总领事", "领事", "州议员", "市议员", "党主席",
        "馆长", "台长", "站长", "庭长", "审判长", "指挥官", "总指挥", "首席经济师", "会计师", "经济师",
        "助理", "研究助理", "助手", "侦探", "私人侦探", "球星", "选手", "运动员", "球员", "商人", "企业家", "实业家", "银行家",
        "投资人", "投资家", "慈善家", "政治家", "评论家", "专栏作家", "撰稿人", "制作人", "创业者", "企业主", "店主",
        "上校", "中校", "少校", "少将", "中将", "准将", "牧师", "神父", "博主", "村民", "居民", "支书", "影星", "歌星", "发起人", "召集人", "领袖", "领袖人物",
        "老板", "老板娘", "店长", "东主", "主厨", "厨师", "船长", "机长", "司机",
        "扮演者", "饰演者", "主演", "编剧", "创作者",
        "警长", "警员", "区长", "乡长", "舰长", "上尉", "中尉", "少尉",
        "活动家", "翻译家", "译者", "思想家", "外交家", "战略家", "音乐家", "教育家", "出版人",
    ].map { ($0, true) })

    /// Function words that separate clauses, never part of a role (…儿童而对普京, 以涉嫌战争罪对).
    static let roleSeparators = ScalarSet("对而因以等的在向被把从为或但是了及并就也又却")

    /// Whether words written between an organization and a person (or before a person's
    /// name) read as a role: empty, or title words ending in a known title (国际关系系教授),
    /// with no function word or quotation that would show a clause boundary instead.
    /// 的 joins a unit to its title (哈萨克斯坦的总统, 全球能源中心的高级研究员), not a topic (事务的经济学家).
    static func isRole(_ folded: [Unicode.Scalar]) -> Bool {
        if folded.isEmpty { return true }
        guard titles.match(folded, endingAt: folded.count) != nil else { return false }
        for (i, c) in folded.enumerated() {
            if c == "的", i == 0 || institutionEnds.contains(folded[i - 1]) { continue }
            if roleSeparators.contains(c) || openQuoteMarks.contains(c) || closeQuotes.contains(c) { return false }
        }
        return true
    }

    /// Last characters of a unit's name (中心, 研究所, 学院, 外交部).
    static let institutionEnds = ScalarSet("心所院部会处局系组室馆署厅委校司")

    /// Words after which the subject of a reporting clause has ended (在…, 与…, 也, 则 …).
    static let breakers = PhraseMatcher<Bool>(([
        "在", "与", "同", "和", "及", "以及", "对", "向", "跟", "于", "则", "也", "还", "曾", "亦", "都", "就", "又", "更", "将",
        "已", "尚未", "仍", "仍然", "依然", "现在", "至今", "迄今", "突然", "紧急", "首次", "率先", "悄悄", "针对", "发出", "此前", "日前", "近日", "今天", "昨天", "周", "星期", "本周", "上周", "今年", "去年", "这样", "当时",
        "本身", "随后", "接着", "继续", "再次", "多次", "一直", "公开", "明确", "同时", "并", "而", "但", "却", "不", "没有", "从", "进一步", "一再", "反复",
        "早前", "早些时候", "稍早", "先前", "之前", "后来", "最近", "近期", "目前", "如今", "认为", "正",
        "长期", "是", "没", "未", "当天", "当日", "次日", "期间", "会上", "会议上", "时表示",
        "昨日", "今日", "明日", "明天", "本月", "上月", "下月", "周末", "上午", "下午", "晚间", "晚上", "早上", "凌晨",
        "稍后", "当地时间", "根据", "依据", "按照", "通过", "最终", "最后", "终于", "首先", "随即", "旋即", "其后", "迅速", "立即", "立刻", "当即",
        "反而", "甚至", "仅仅", "一度", "再度", "再三", "多番", "早就", "早已", "很早就",
        // how (surely) one speaks (这位官员回忆说, 外界普遍认为, 五角大楼居然认为), what one puts out (美方放出消息称)
        "回忆", "夸口", "笑着", "苦笑着", "摇着头", "摇头", "叹气", "感慨", "普遍", "一致", "转而", "一方面", "另一方面", "居然", "竟然", "显然", "确实", "似乎",
        "经常", "常常", "往往", "一再", "屡次", "屡屡", "每次", "每每", "始终", "一向", "向来", "总是", "频频", "纷纷", "放出", "传出", "释放出", "进一步", "特意",
        // where in a piece (《思想与文学》一文开篇即声言)
        "开篇即", "开篇就", "开头即", "开头就",
        // for how long (港府多年来表示, 北京几十年来坚称)
        "多年来", "多年以来", "近年来", "几十年来", "数十年来", "长久以来", "历来",
    ] + weekdays).map { ($0, true) })

    /// Days of the week, which news sets between a subject and its cue (众议院民主党人周二称).
    private static let weekdays = ["周", "星期", "礼拜"].flatMap { week in ["一", "二", "三", "四", "五", "六", "日", "天"].map { week + $0 } }

    /// Words that hold a one-character breaker (共和党: 和 joins nothing; 同盟, 对华 …).
    static let wordsHoldingBreakers = PhraseMatcher<Bool>(["共和", "和平", "和谐", "温和", "同盟", "同志", "同事", "同胞", "同学", "同行", "同僚", "同伴", "同乡", "对外", "反对", "敌对",
                                                           "对华", "对手", "在野", "与会", "非正", "正义", "公正", "不同", "共同",
                                                           "涉及", "普及", "危及", "波及", "及时", "提及", "顾及", "不及", "参与", "周刊", "周报",
                                                           "不平", "不良", "不动", "成都", "首都", "京都", "都城"].map { ($0, true) })

    /// One-character adverbs between a subject and its verb (杨曾对记者说, 傅则认为, 并多次表示,
    /// 还报告说): they name nobody, and make the 报告 after them a verb.
    static let adverbCharacters = "也还并又则亦更都就曾再均同时另而便却仅"
    static let adverbs = ScalarSet(adverbCharacters)

    /// What someone says or writes, after their name and 的 (Morici 的观点): not a person.
    static let someonesWords = PhraseMatcher<Bool>((viewWords + ["文章", "推文"]).map { ($0, true) })
    /// Words for a view someone states (观点, 说法, 主张): what they say, and what a cue can take as
    /// its object (否认这种说法).
    static let viewWords = ["观点", "看法", "说法", "言论", "评论", "意见", "主张", "讲话"]

    /// Leading connectives that precede a clause's subject (尽管中国…宣称).
    static let leadingConnectives = PhraseMatcher<Bool>([
        "尽管", "虽然", "但是", "但", "而", "不过", "然而", "因此", "因为", "此外", "另外", "同时", "其中", "对此", "对于此",
        "据", "根据", "依据", "按照", "并且", "并", "还", "也", "而且", "另一方面", "一方面", "与此同时", "所以",
        "此前", "早前", "先前", "日前", "近日", "稍早", "早些时候", "随后", "其后", "曾经", "后来", "之后", "事后", "又", "亦", "再次", "则",
        "比如", "例如", "譬如", "目前", "如今", "眼下", "结果", "于是", "因而", "可是", "然后", "有时", "有时候", "当时", "那时", "当年", "最近",
        "起初", "起先", "最初", "当初", "初时",
    ].map { ($0, true) })

    /// Copulas opening a second description of the one who speaks (该剧的主创，也是汉密尔顿的
    /// 扮演者米兰达说): skipped only before a described name, since 也是老板认为最赚钱的工作日
    /// opens a relative clause instead.
    static let appositiveCopulas = PhraseMatcher<Bool>(["也是", "亦是", "同时也是", "同时是"].map { ($0, true) })

    /// (`it`: 它, a body or a company just named)
    enum Pronoun: Sendable { case he, she, they, it }
    static let pronouns = PhraseMatcher<Pronoun>([("他们", .they), ("她们", .they), ("它们", .they), ("他", .he), ("她", .she), ("它", .it)])

    /// Words of a stance toward something (对政府持批评态度的, 对中国态度强硬的, 对此熟悉的):
    /// a phrase opening with 对 and holding one describes who speaks, not whom they address.
    static let stanceWords = PhraseMatcher<Bool>(["持", "态度", "熟悉", "了解", "抱有", "怀有"].map { ($0, true) })

    /// Prepositions after a name that make the person the one acting (习近平向…的居民表示,
    /// 柯尔利作为…的董事, 普京对…的记者说): what follows them is an object, not a group.
    static let actingPrepositions = ScalarSet("向作对为在给跟同和与把被")

    /// Last words of an organisation's Chinese name, a local government's among them (北京市政府,
    /// 广东省政府: a country's, 美国政府, is the country).
    static let organizationSuffixes = PhraseMatcher<Bool>(["公司", "集团", "银行", "基金", "中心", "机构", "组织", "协会", "联盟", "论坛", "航空", "控股", "证券", "资本",
                                                           "市政府", "省政府", "县政府", "区政府", "州政府", "镇政府"].map { ($0, true) })

    /// Nouns for documents: a report, a statement, an assessment.
    static let documentNouns = PhraseMatcher<Bool>(([
        "报告", "联合声明", "声明", "评估", "白皮书", "公报", "文件", "社论", "研究报告", "研报", "调查", "评论文章",
        "数据", "统计数据", "资料", "记录", "民调", "民意调查", "研究", "研究结果", "调查结果", "结果", "年报", "年度报告",
        "财报", "公告", "专利", "档案", "封信", "来信", "封电子邮件", "封邮件", "封电邮", "公开信", "信函", "联名信", "备忘录", "起诉书", "判决书", "裁决书", "通知", "通告",
        "本书", "该书", "此书", "新书", "全书", "论文", "回忆录", "手册", "估计", "估算", "模型",
    ] + theoryNouns).map { ($0, true) })

    /// Theories, which hold views as documents do (该理论认为, 现代货币理论认为) but relay no one's
    /// words (根据这一理论，正如他所说…: no intermediary).
    static let theoryNouns = ["理论", "学说"]

    /// Verbs that issue a document (发布声明, 发表报告): the issuer speaks through it.
    static let issuingVerbs = PhraseMatcher<Bool>(["发布", "发表", "公布", "发出", "出具", "签署"].map { ($0, true) })

    /// What someone did with documents written by others (提交的, 获得的): whoever did it is no
    /// author of them.
    static let handlingVerbs = PhraseMatcher<Bool>(["提交", "获得", "得到", "取得", "拿到", "收到", "看到", "引用", "援引", "泄露", "披露"].map { ($0, true) })

    /// The words for a report itself (未经证实的报道称, 报道还说), not for commentary (评论认为 may
    /// be commentators who think).
    static let reportWords = PhraseMatcher<Bool>(["报道", "报导"].map { ($0, true) })

    /// Nouns that refer back to the last outlet's report (报道称 …).
    static let reportNouns = PhraseMatcher<Bool>(["报道", "报导", "该报", "该报道", "评论", "文章", "该文", "该文章", "这篇文章", "这篇报道", "这篇报导", "该篇报道", "这份报道"].map { ($0, true) })

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    static let clausePunctuation = ScalarSet("，,；;：:、")
    static let terminators = ScalarSet("。！？!?…")
    static let openQuoteMarks = ScalarSet("“「『‘﹁")
    static let openQuotes: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』", "‘": "’", "﹁": "﹂"]
    static let closeQuotes = ScalarSet("”」』’﹂")
}
