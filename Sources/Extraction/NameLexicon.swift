/// The words about people's names the name finder and the pronoun rules look for: how a name
/// is written (transliteration characters, dots, hyphens), what follows it (titles, forms of
/// address), which names are a woman's or a man's, and common words that only look like names.
extension Lexicon {
    /// Words written right after a name that mark a woman (张女士, 李夫人).
    static let femaleAfterName = PhraseMatcher<Bool>(["女士", "夫人", "小姐", "太太"].map { ($0, true) })

    /// Characters written mostly in women's given names, Chinese (淑丽, 雪婷) and transliterated
    /// (安娜, 玛丽, 伊琳娜, 晓月, 海蓉); not 梅 or 兰, which also write men's names (梅德韦杰夫, 弗兰克).
    static let femaleNameCharacters = ScalarSet("丽娜娅莎妮丝娃琳莉淑婷娟芳玲菊雪燕霞颖婉凤娇萍倩蕾韵娥姬嫣媛婕妍珊瑶璐玛月秀艳静洁慧莹薇晶露蓉茹馨怡婧娴姗翠芬芝莲琴")

    /// Given names that are men's, opening a transliterated or Latin name (彼得·沃尔科夫, David Lee):
    /// a 她 never points to their bearer.
    static let maleGivenNames = PhraseMatcher<Bool>([
        "彼得", "约翰", "大卫", "迈克尔", "迈克", "詹姆斯", "罗伯特", "威廉", "托马斯", "理查德", "查尔斯", "乔治", "爱德华",
        "亨利", "保罗", "马克", "史蒂文", "斯蒂芬", "安德鲁", "丹尼尔", "马修", "约瑟夫", "弗拉基米尔", "谢尔盖", "德米特里",
        "伊万", "尼古拉", "安德烈", "米哈伊尔", "阿列克谢", "鲍里斯", "彼得罗", "穆罕默德", "艾哈迈德", "马丁",
        "比尔", "吉姆", "汤姆", "杰克", "鲍勃", "史蒂夫", "弗兰克", "杰夫", "斯科特", "埃里克", "尼克", "蒂姆", "拉里",
        "乔纳森", "本杰明", "塞缪尔", "bill", "jim", "tom", "jack", "bob", "steve", "frank", "jeff", "scott", "eric",
        "nick", "tim", "larry", "jonathan", "benjamin", "samuel",
        "peter", "john", "david", "michael", "james", "robert", "william", "thomas", "richard", "charles", "george",
        "edward", "henry", "paul", "mark", "steven", "stephen", "andrew", "daniel", "matthew", "joseph", "brian", "kevin", "martin",
    ].map { ($0, true) })

    /// Words that make a person's name into a doctrine, a style, a place or an institution
    /// (马克思主义, 奥威尔式, 斯大林格勒, 孔子学院, 林肯大学): the name there is no mention of the person,
    /// and 马克思主义者认为 is not Marx speaking.
    static let derivedFromName = PhraseMatcher<Bool>(["主义", "思想", "式", "派", "格勒", "学院", "学派", "奖", "大学", "中心"].map { ($0, true) })

    /// Words of how much that open an adverb in 地 (有点激动地, 颇为骄傲地, 一脸纯真地, 很生气地).
    static let degreeWords = PhraseMatcher<Bool>(
        ["有点", "有些", "颇为", "颇", "非常", "十分", "很", "略带", "略", "一脸", "满脸", "极为", "相当", "稍稍", "更加", "格外", "特别"].map { ($0, true) })

    /// Words of manner that follow a surname standing for someone named before (艾如此评价,
    /// 王这样认为): not a given name.
    static let mannerWords = Set(pointingBackWords + ["同样", "一样", "也这样"])
    /// Words of manner that point back to what was just quoted (这样评价, 如是说, 如此形容); not
    /// 同样 or 一样, after which a cue goes on with its own words (他同样认为…).
    static let pointingBackWords = ["如此", "这样", "那样", "如是"]

    /// Western women's given names as transliterated before a middle dot (卡门·莱因哈特, 朱莉·宾德尔):
    /// a woman, whom 她 can point back to. Not names both sexes write alike (米歇尔: Michel, Michelle).
    static let femaleGivenNames = PhraseMatcher<Bool>([
        "玛丽", "玛丽亚", "伊丽莎白", "凯瑟琳", "露易丝", "路易丝", "海伦", "苏珊", "琳达", "希拉里", "玛格丽特", "安吉拉", "南希",
        "艾米丽", "莎拉", "萨拉", "劳拉", "杰西卡", "朱迪斯", "黛安娜", "卡门", "朱莉", "雪儿", "凯特", "艾玛", "爱丽丝", "艾丽斯",
        "伊莎贝尔", "维多利亚", "丽莎", "莉莎", "卡罗琳", "夏洛特", "贝蒂", "芭芭拉", "帕特里夏", "桑德拉", "唐娜", "黛博拉",
        "雷切尔", "瑞秋", "阿曼达", "梅丽莎", "斯蒂芬妮", "妮可", "克莱尔", "索菲", "苏菲", "朱丽叶", "奥利维亚", "汉娜", "格蕾丝",
        "埃莉诺", "弗吉尼亚", "茱莉亚", "朱莉娅", "简妮", "珍妮", "詹妮弗", "艾琳", "海蒂",
    ].map { ($0, true) })

    /// Forms of address written right after a person's name (张丽女士, 王刚先生).
    static let addressAfterName = PhraseMatcher<Bool>(["女士", "夫人", "小姐", "太太", "先生"].map { ($0, true) })

    /// Titles of nobility written after a name (Keir爵士, 菲利普亲王), which the British put after a
    /// given name: Sir Keir is Keir Starmer.
    static let nobleTitles = ["爵士", "勋爵", "伯爵", "公爵", "亲王"]
    static let nobleTitlesAfterName = PhraseMatcher<Bool>(nobleTitles.map { ($0, true) })

    /// Titles that also address someone after a surname alone, as 先生 does: 赵老板 is Mr Zhao
    /// who owns the shop, 孙经理, 杨老师 and 李师傅 are how their people call them, where 陈医生
    /// is a doctor named by surname and no more.
    static let addressingTitles = PhraseMatcher<Bool>(["老板", "经理", "老师", "师傅"].map { ($0, true) })

    /// Last characters of transliterated place names (巴基斯坦, 尼日利亚, 芬兰, 加州): a
    /// transliteration ending so, with no middle dot and no title, is not taken for a name.
    static let placeEnds = ScalarSet("坦亚兰国州岛湾港城堡省县市河山")

    /// Particles that make the name before them a modifier (王毅的講話, 纳粹之…): what follows
    /// is the name's thing, not something it does.
    static let possessives = ScalarSet("的之")

    /// Common words that begin with a surname character: after a title they are the
    /// sentence going on (记者任何国家都…, 教授应该有…), not a name; and words that open a
    /// noun after a quotation (「…」前述人士说), no story's name.
    static let commonWords: Set<String> = Set("""
        常见 任何 应该 应当 连声 简单 简直 简短 关注 关心 关于 关闭 关系 关键 高级 高度 高兴 连任 连续 连线 全家 全部 全国 全面 全球 \
        解释 解读 解答 解除 解放 谈到 谈及 谈论 前述 上述 何况 文中 农民 司机 司仪 武汉 时报 道德 卢布 商讨 商量 商业 商务 \
        文字 文章 文化 单人 单位 时间 时候 时可 明明 明确 成为 成功 安然 安全 戴着 查询 谷歌 田野 何以 余下 于是 方面 \
        方式 方法 向来 许多 常常 万一 和平 周围 金融 马上 司法 苏联 黄金 包括 解决 管理 项目 程度 严重 毕竟 左右 宁可 \
        宗教 季节 党员 申请 路线 路上 游戏 游客 平安 平时 同时 同样 向他 向我 江湖 石油 华人 车辆 邓小 陆续 雷同 \
        尤其 曾经 孔子 伍德 柯林 席位 卫生 卫星 齐全 施压 施政 施加 施行 施展 施工 施放 易于 康复 杨树 白宫 白人 钱财 秦朝 章节 章程 阮囊 金马 \
        文件 文书 成员 高调 严厉 安排 大多 常被 常常 车型 连载 連載 武侠 沙特 公开 一直 强调 强烈 明显 明天 \
        余额 舒适 温和 温度 云南 江苏 贺电 边境 庄严 杜绝 汪洋 韩国 宋朝 唐朝 元朝 明朝 清朝 周年 连做 连同 \
        任命 任职 任期 任内 高管 高层 高官 高校 高等 高速 高度 孙子 孙女 应届 毕业 洪水 郁闷 萧条 薄弱 文档 文本 文献 车主 车站 车队 房东 纪录 记录 本文 历史 修法
        """.split(whereSeparator: { $0.isWhitespace || $0 == "\\" }).map(String.init))

    /// Titles written right after a person's name (朱继东教授, 王毅外长, 李强总理).
    static let titlesAfterName = PhraseMatcher<Bool>(["教授", "博士", "研究员", "主任", "总理", "主席", "部长", "外长", "大使",
                                                      "院士", "律师", "所长", "院长", "校长", "局长", "书记", "总统",
                                                      "大校", "上校", "中校", "少校", "少将", "中将", "上将", "老师"].map { ($0, true) })

    /// Characters used to transliterate foreign names (加布耶夫, 康斯坦丁·卡拉切夫).
    static let transliteration = ScalarSet(
        "季阿埃艾安昂奥巴拜班邦鲍贝本比彼毕别波伯博布察查柴达大戴丹道德迪蒂丁东杜多厄恩尔法凡菲费芬丰冯夫弗福伏盖甘冈高戈哥格贡古瓜哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里丽利莉连廖列林琳隆卢鲁陆路伦罗洛马玛迈麦曼梅门蒙米密明缪莫默姆穆纳娜奈南内尼涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇契钦乔切琼丘萨塞桑森沙莎尚舍申什施史斯松苏索塔泰坦汤唐陶特提汀图托瓦万旺威韦维温文沃乌武西希锡谢辛休雅亚扬耶叶伊因英尤约扎泽詹兹卓佐祖茨舒楚芙黛薇丝娅娃琪茜赛历山恰诺廷罕斐吕各瑟妮芭露缇萝珊伍翰瑞珍蓓黎宾逊先延洪夏琴柏朵洁勃治蓬滕惠廉昆津嘉迦伽铎锐魁贺卫狄顿怀修摩莲葛保佛爱易姬荷略陀吐"
    )

    /// More characters of transliterated given names, read only before a name's dot or
    /// hyphen (理查德·, 乔治·, 大卫·, 爱德华·, 阿卜杜拉·, 雪克来提·, 让-, 邓肯·, 何塞·, 阿代尔·, 裘德·, 纪尧姆·, 范·巴尔): common words hold them too.
    static let givenNameExtras = ScalarSet("理治卫爱廉保得易朱白登勃卜烈修思歇来雪让肖邓何代裘尧纪茂范")

    /// More characters of transliterated surnames, read only after a name's dot (·克林顿,
    /// ·拜登, ·培根, ·萨义德, ·阿卜杜拉赫布, ·阿图彻, ·拉瓦利翁, ·邓福德, ·德朱尼亚克, ·叶廖缅科, ·肖华,
    /// ·汗, ·诺依曼); not 通, 得, 采 or 居, which start words after a name (通过, 采访, 居住).
    static let surnameExtras = ScalarSet("登顿根易义廉堡思撒农卜歇素京龙培彻翁邓朱缅肖汗碧崔依")

    static let nameDots = ScalarSet("·・‧•．")

    /// Brackets a translator's note that a name is written by ear opens and closes in: (音),
    /// （音）, and the square brackets of some translations, [音] and 【音】.
    static let soundNoteOpeners = ScalarSet("（([［【")
    static let soundNoteClosers = ScalarSet("）)]］】")

    /// Hyphens joining the parts of a transliterated name (让-皮埃尔, 伯纳斯-李).
    static let nameHyphens = ScalarSet("-－‐‑")

    /// Characters that 方 closes into a side or an institution (校方, 警方, 官方), not a surname.
    static let sidesBeforeFang = ScalarSet("校警军检院官对双各我中美俄日英")

    /// Characters of manner, degree and place that a Chinese name written only once must not
    /// hold (冷冷地说, 简介上说, 王很快就得出结论).
    static let notInNamesSaidOnce = ScalarSet("地很上中里来论")
}
