import Testing
@testable import Extraction

/// What follows a quotation: the writer's answer, and the other side of a dialogue.
@Suite struct QuoteTurnTests {
    /// An interview transcript: labelled turns are their speakers' words, a label naming a person
    /// by part of their name (肖恩 → 肖恩·海明威), an unlabelled paragraph after an answer goes on
    /// with it; headings in a row (Part I, Part II) are no turns.
    /// “A”，C说，叹了口气，“B”: a short gesture between the credit and the next quotation is
    /// not said; a longer clause there is (“A”，他说，这些设备并没有作出太多贡献，“B”).
    @Test func gestureBetweenQuotations() {
        let c = claims("“很多人出来之后反而比在国内时更粉红了”，C说，叹了口气，“一群提不起来的壶。”")
        #expect(c.map(\.text) == ["很多人出来之后反而比在国内时更粉红了", "一群提不起来的壶。"], "\(c)")
        let said = claims("“设备用了一段时间后就坏了”，姜辉昌说，这些设备并没有为公司发展作出太多贡献，“全是摆设。”")
        #expect(said.count == 3, "\(said)")
    }

    @Test func interviewTurnsAreTheirSpeakersWords() {
        let c = claims(["《纽约时报》采访了海明威的孙子肖恩·海明威。", "纽约时报：这个故事是怎么被发现的？",
                        "肖恩：这个故事本来收藏在波士顿的图书馆。", "它很少受到关注，这是被遗漏的作品。",
                        "纽约时报：你认为这个故事有多少是虚构的？", "肖恩：灵感来源于一次捕鱼之旅。"])
        #expect(c.filter { $0.speaker == "肖恩·海明威" }.map(\.text)
                == ["这个故事本来收藏在波士顿的图书馆", "它很少受到关注，这是被遗漏的作品", "灵感来源于一次捕鱼之旅"])
        #expect(c.filter { $0.speaker == "The New York Times" }.count == 2)
        let headings = claims(["王毅是外交部长。", "第一部分：背景。", "第二部分：现状。", "第一部分：背景的细节。", "第二部分：现状的细节。"])
        #expect(headings.isEmpty)
        // (a label the headline names, though no rule found the name in the prose; a bar closing labels)
        let named = claims(["2018年，杨潇从长沙出发，重走了这条路。", "燕京书评：你为什么从长沙写起？", "杨潇：长沙的史料特别丰富。",
                            "燕京书评：旅行团上路之后呢？", "杨潇：视野就变得开阔了。"], title: "杨潇谈重走西南联大之路")
        #expect(named.filter { $0.speaker == "杨潇" }.map(\.text) == ["长沙的史料特别丰富", "视野就变得开阔了"], "\(named)")
        #expect(claims(["2018年，练习从长沙出发。", "书评：你为什么从长沙写起？", "练习：长沙的史料特别丰富。",
                        "书评：旅行团上路之后呢？", "练习：视野就变得开阔了。"], title: "重走西南联大之路").isEmpty)
        // (a headline opening with the label and a colon quotes the one interviewed, whatever the name's
        // shape; not a label the headline holds further on)
        let opening = ["前不久，花总从朝鲜返回，我对他进行了采访。", "方可成：你平时看哪些媒体？", "花总：现在主要通过网络看报刊。",
                       "方可成：最近读到的一本好书是什么？", "花总：最近读的一本书是《红星照耀中国》。"]
        #expect(claims(opening, title: "【媒体食谱】花总：信息的获取与处理能力").filter { $0.speaker == "花总" }.count == 2)
        #expect(claims(opening, title: "媒体食谱：谁是花总").filter { $0.speaker == "花总" }.isEmpty)
        let bars = claims(["本期对话复旦大学的陈麟老师。陈麟说，她喜欢文学。", "炉｜是什么机会让您接触到文学？", "陈｜我是在上大学的时候开始喜欢文学的。",
                           "炉｜那您认为关键是语言吗？", "陈｜也不是，语言是表情达意的媒介。"])
        #expect(bars.filter { $0.speaker == "陈麟" }.count == 3, "\(bars)")
        // (labels on lines of their own, a dash before them: the words are the paragraphs below)
        let lines = claims(["1964年，汉娜·阿伦特与昆特·高斯有过一次对谈。", "-高斯：", "您想通过这些作品获得广泛的影响吗？", "-阿伦特：",
                            "这不是一个简单的问题。", "对我来说，最重要的事情是理解。", "-高斯：", "写作是否有助于您的觉察？", "-阿伦特：", "是的。"])
        // (answers labelled as answers: the headline's person's, or the one an interviewee line names)
        let qa = ["梁君健是一位导演，也是清华大学副教授。", "问：您的学术兴趣是什么时候形成的？", "答：我是在研究生的阶段开始对学术感兴趣的。",
                  "问：您怎么看纪录片？", "答：纪录片是时代的文本。", "这是我的看法。"]
        #expect(claims(qa, title: "对话梁君健：影像的田野").filter { $0.speaker == "梁君健" }.map(\.text)
                == ["我是在研究生的阶段开始对学术感兴趣的", "纪录片是时代的文本", "这是我的看法"])
        let interviewees = ["围炉采访了两位同学。", "受访者：胖哥 （内地生）", "Q：你为什么参加？", "A：我的驱动力是热情和愤怒。",
                     "Q：你失望吗？", "A：有很多人还是觉醒了的。", "受访者：阿明 （本地生）", "Q：你怎么看？", "A：我觉得这是运动。"]
        #expect(claims(interviewees, title: "白纸运动").map { "\($0.speaker ?? "nil")|\($0.text)" }
                == ["胖哥|我的驱动力是热情和愤怒", "胖哥|有很多人还是觉醒了的", "阿明|我觉得这是运动"])
        #expect(lines.filter { $0.speaker == "Hannah Arendt" }.map(\.text) == ["这不是一个简单的问题", "对我来说，最重要的事情是理解", "是的"], "\(lines)")
    }

    /// An interview printed without labels: questions to 你 closing their paragraphs, each answered
    /// in the paragraph after it, are the answers of the person the headline names; not when no
    /// headline names them, nor when the answers write that person's name (an essay about them).
    @Test func unlabelledAnswersAreTheInterviewees() {
        let interview = ["攝影師陳漫說，她喜歡拍女性。", "很多人知道陳漫，是從影像開始，你怎麼看？", "標籤總是給人安全感，人人都需要安全感。",
                         "你認為女性攝影師的視角有什麼不同？", "我喜歡把女人拍性感，這種性感是精緻的。", "成為媽媽後，你的創作有甚麼變化？",
                         "會生產人了，才會做人。"]
        let c = claims(interview, title: "陳漫——攝影與生活")
        #expect(c.filter { $0.speaker == "陳漫" }.map(\.text) == ["她喜歡拍女性", "標籤總是給人安全感，人人都需要安全感",
                                                                 "我喜歡把女人拍性感，這種性感是精緻的", "會生產人了，才會做人"], "\(c)")
        #expect(claims(interview, title: "攝影與生活").count == 1)
        let essay = ["攝影師陳漫說，她喜歡拍女性。", "你知道陳漫嗎？", "陳漫是一位攝影師。", "你看過陳漫的作品嗎？", "陳漫拍過很多封面。",
                     "你喜歡陳漫嗎？", "陳漫的作品引起爭議。"]
        #expect(claims(essay, title: "陳漫——攝影與生活").count == 1)
    }

    @Test func contrastAfterAQuoteIsTheWriters() {
        let c = claims("普京表示，“合作将继续深化下去”，但很多人对此视而不见。")
        #expect(c.map(\.text) == ["合作将继续深化下去"], "\(c)")
    }

    @Test func aDialogueTurnEndsWithTheSpeakerTag() {
        let c = claims(["“你在国外遇到什么人了吗？”", "“有啊，遇到很多，”李刚先生说。", "“都是什么样的人呢？”"])
        #expect(!c.contains { $0.text.hasPrefix("都是什么样") }, "\(c)")
    }

    /// In news a tagged quotation after narration goes on in the next bare paragraph; a
    /// question there is another turn, unless the credit closes with a comma (…”普京说，).
    @Test func aTaggedQuotationGoesOnInNews() {
        let c = claims(["新疆的边境检查站要求游客安装一款应用。", "“越来越多的国家将边界视为法外之地，”普京说。",
                        "“但边境并非没有法律：基本权利的全部意义在于无论你身在何处都有这些权利。”"])
        #expect(c.count == 2 && c.allSatisfy { $0.speaker == "Vladimir Putin" }, "\(c)")
        let asked = claims(["新疆的边境检查站要求游客安装一款应用。", "“越来越多的国家将边界视为法外之地，”普京说。", "“那么边境上还有法律吗？”"])
        #expect(!asked.contains { $0.text.hasPrefix("那么边境") }, "\(asked)")
        // (a credit closed by a comma goes on, a question or not)
        let goesOn = claims(["新疆的边境检查站要求游客安装一款应用。", "“越来越多的国家将边界视为法外之地，”普京说，", "“那么边境上还有法律吗？我们需要知道答案。”"])
        #expect(goesOn.map(\.speaker) == ["Vladimir Putin", "Vladimir Putin"], "\(goesOn)")
    }

    /// A quotation broken off at a comma by a short aside naming no one (「…，」也就是中国篮球职业
    /// 联赛，「…」) goes on as a bare one does; a list of quoted sayings (“…” 、 “…”) does not.
    @Test func anAsideBetweenQuotations() {
        let c = claims(["球迷王小明来自北京。", "「每个人感觉都特爱国，」王小明说。", "「而且我们还有 CBA 呢，」也就是中国篮球职业联赛，「当然没那么好看。」"])
        #expect(c.map(\.text) == ["每个人感觉都特爱国，", "而且我们还有 CBA 呢，", "当然没那么好看。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "王小明" }, "\(c)")
        let sayings = claims(["「每个人感觉都特爱国，」球迷王小明说。", "“我认识的人里面没有支持特朗普的”、“我亲眼看到他没鼓掌”。"])
        #expect(sayings.count == 1, "\(sayings)")
    }

    @Test func aSpeechThatGoesOnKeepsTheSpeaker() {
        let c = claims(["普京说：“合作将继续深化下去。", "“双方的贸易额还会继续增长。”"])
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "Vladimir Putin" }, "\(c)")
        // (an ornament closing the post, ◾️, is no word of the sentence)
        let ornament = claims(["“我们的实验只窃取了解锁模式，”研究员 Jeff Yan 说。“我们的下一个问题是如何帮助日常生活。“ ◾️"])
        #expect(ornament.map(\.speaker) == ["Jeff Yan", "Jeff Yan"], "\(ornament)")
    }

    /// “…”，A 的官员、B 的作者 X说: the quotation before a list of titles is X's too; one
    /// before a contrast (」但…学者X说) is not.
    @Test func aQuotationBeforeAListOfTitles() {
        let c = claims("“新技术大量涌现，不一定是因为它们有效”，该组织的高级项目官员、报告的共同作者维杜希·马尔达说，“而是因为有人声称它有效”。")
        #expect(c.map(\.text) == ["新技术大量涌现，不一定是因为它们有效", "而是因为有人声称它有效"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "维杜希·马尔达" })
    }

    /// “A，”2017年，X说，“B。”: a short date clause between the quotation and its speaker.
    @Test func aDateBetweenTheQuotationAndItsSpeaker() {
        let c = claims("“那时候大家都有激情，”2017年，普京说，“现在没有了。”")
        #expect(c.map(\.text) == ["那时候大家都有激情，", "现在没有了。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "Vladimir Putin" })
    }

    /// “…”，X说，他曾担任…: who the speaker is, not what they said; a quotation after it goes on.
    @Test func whoTheSpeakerIsAfterTheQuotation() {
        let c = claims("“中印都在从事地图战”，安全研究项目主任托马斯·弗拉维尔说，他曾研究过中国的边界争端，“我们看到了变化。”")
        #expect(c.map(\.text) == ["中印都在从事地图战", "我们看到了变化。"], "\(c)")
        let said = claims("“我们有机会被外人关注到。”普京说，北约在扩张。")
        #expect(said.map(\.text) == ["我们有机会被外人关注到。", "北约在扩张"])
        // (他是…顾问 / 他在…曾担任…: what the speaker is or was; 他是无辜的 is said)
        let who = claims(["“这是质量问题，”王毅说，他是牛津大学的独立网络安全顾问。", "“他能完成工作”，普京说，他在奥巴马政府后期曾担任战略家。",
                          "“我没有做错任何事，”王毅说，他是无辜的。"])
        #expect(who.map(\.text) == ["这是质量问题，", "他能完成工作", "我没有做错任何事，", "他是无辜的"], "\(who)")
        // (他是…的超级粉丝 is what he is, past a title's own colon too; 他指的是… what he meant)
        let fan = claims(["「彻底禁止根本做不到，」刘哲说，他是科比的超级粉丝。", "“这是安全部的努力”，王毅说，他指的是中国的情报组织。",
                          "「他们要清除这些东西，」王毅说，他是《明日中国：民主还是独裁？》(China Tomorrow: Democracy or Dictatorship?) 的作者。"])
        #expect(fan.map(\.text) == ["彻底禁止根本做不到，", "这是安全部的努力", "他们要清除这些东西，"], "\(fan)")
        // (after a quotation the cue introduced, 指的是… glosses it: the writer's)
        let meant = claims("活动家 Pat Walshe 表示，“Skype 翻译的营销措辞很模糊”，指的是使用人工智能而不是人类在听。")
        #expect(meant.map(\.text) == ["Skype 翻译的营销措辞很模糊"], "\(meant)")
    }

    /// “…，”X说，他…: after a quotation whose sentence goes on, a clause of 他 or 她 is the
    /// translated "said X, who…"; after one ending its own sentence (「…。」X说，他…) it is what
    /// X said next, and a cue word of its own (她表示…) still speaks.
    @Test func whatTheSpeakerDoesAfterTheQuotation() {
        let who = claims(["“我们担心政府会变得过于严格，”何先生说，他饲养了大约150头猪。", "“你必须对动物行为有一些了解，” 西雅图的物理海洋学家 Kim Martini 表示，他不参与该计划。"])
        #expect(who.map(\.text) == ["我们担心政府会变得过于严格，", "你必须对动物行为有一些了解，"], "\(who)")
        let said = claims(["「做了五例抢救，效果都不太好。」夏剑说，他参与抢救的病人大多有海鲜市场接触史。", "「开始我还挺开心的，」张叶子说，她表示不好意思发比赛的照片。"])
        #expect(said.map(\.text) == ["做了五例抢救，效果都不太好。", "他参与抢救的病人大多有海鲜市场接触史", "开始我还挺开心的，", "不好意思发比赛的照片"], "\(said)")
    }

    /// In a feature, a quotation with no cue closing a sentence about someone (after a comma,
    /// also a sentence headed by 他 or 她) or standing alone after such a sentence is that person's.
    @Test func aQuotationAfterASentenceAboutSomeone() {
        let c = claims(["普京把这次会谈视为一次机会，「首先要解决双方的贸易问题。」", "习近平的新政策正在推行。「你一个月后再来看，就完全不一样了。」"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Xi Jinping"], "\(c)")
        #expect(claims("报告把这次会谈视为一次机会，「首先要解决双方的贸易问题。」").isEmpty)
        // (a sentence headed by 她 or 他, past a short clause: the person the pronoun is; not words about him)
        let pronoun = claims("陈文玉女士在村里住了三年。村子里的每件事，她都要跟村民商量，「不是说我已经画好一个图纸，然后给村民看。」")
        #expect(pronoun.map(\.speaker) == ["陈文玉"], "\(pronoun)")
        #expect(claims("王刚先生在村里住了三年。他常与朋友讨论，「他完全不会是搞事情的人，这一点大家都知道。」").isEmpty)
    }

    /// 「…。」 then a sentence naming the speaker and ending with the cue (or with the one
    /// addressed): the quotation is the statement, credited to that speaker.
    @Test func aSpeakerSentenceAfterTheQuotation() {
        let titled = claims(["「市场竞争真的来了，未来必须要真正搞研发。」华中科技大学生命伦理研究中心特聘研究员、美国圣玛丽大学法学院兼任教授贾平对财新记者表示。"])
        #expect(titled.map(\.speaker) == ["贾平"])
        #expect(titled.first?.text.hasPrefix("市场竞争真的来了") == true)
        let told = claims(["「在技术转让上，中美协议提出了更细节化的语言。」卡托研究所贸易中心副研究员朱鹮告诉财新记者。"])
        #expect(told.map(\.speaker) == ["朱鹮"])
        #expect(!told.contains { $0.text == "财新记者" })
        let unnamed = claims(["中国官员宣布了新的进口计划。「大家普遍认为前景不明朗。」一名美国谷物贸易界人士表示。"])
        #expect(unnamed.first { $0.text.hasPrefix("大家普遍认为") }.map { $0.speaker == nil } == true)
        let enumerated = claims(["「关于那次大选，最大的谬见之一就是选民的事，」前白宫政治主任、竞选活动的高级策略顾问费根表示。"])
        #expect(enumerated.first { $0.text.hasPrefix("关于那次大选") }?.speaker == "费根")
        // (曾 opens who the speaker once was, and the speaker before does not go on)
        let once = claims(["「经济上行时，企业可以扩张。」高管周强评价说。", "「福晟和泰禾都是刹车踩得不及时。」曾在一家房企担任总裁的张斌对财新记者说。"])
        #expect(once.map(\.speaker) == ["周强", "张斌"], "\(once)")
    }

    /// “…”，X说，CCP 指的是中国共产党: the translator's gloss is not said; a quotation after it is.
    @Test func aGlossAfterTheSpeakerIsNotSaid() {
        let c = claims("「他仍然需要 CCP 在很多事情上的合作，」普京说，CCP 指的是中国共产党，他在去年也这样说过，「我们仍然联系在一起。」")
        #expect(c.map(\.text) == ["他仍然需要 CCP 在很多事情上的合作，", "我们仍然联系在一起。"], "\(c)")
    }

    /// “…”，X 告诉 Al Bawaba。: the one addressed is not a statement; “…”，X告诉财新记者，… goes on.
    @Test func theOneToldAfterAQuotation() {
        let c = claims("「中国提供了一个适宜这类公司发展的环境，」普京告诉 Al Bawaba。")
        #expect(c.map(\.text) == ["中国提供了一个适宜这类公司发展的环境，"], "\(c)")
        let on = claims("「新加坡市场小、成本高。」普京告诉财新记者，进入新加坡近一年时间，业务增长很快。")
        #expect(on.count == 2 && on.last?.text.hasSuffix("业务增长很快") == true && on.allSatisfy { $0.speaker == "Vladimir Putin" }, "\(on)")
    }

    /// 「…。」X对记者说。 and 「…」在…餐厅里，X对记者说。: the sentence that names the speaker, with
    /// the one addressed or where it was said, credits the quotation before it.
    @Test func aSpeakerToldAfterTheQuotation() {
        let c = claims(["「我喜欢环球大厦，因为这里让我赚大钱。」普京对记者说。", "「这里的租金很便宜，客人也很多。」在中环置地广场的露天餐厅里，普京对记者说。"])
        #expect(c.map(\.text) == ["我喜欢环球大厦，因为这里让我赚大钱。", "这里的租金很便宜，客人也很多。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "Vladimir Putin" })
    }

    /// A quotation opening a paragraph after a paragraph about someone, in which nobody spoke,
    /// is that person's; after a paragraph in which someone spoke, it goes on with them.
    @Test func quotationAfterAParagraphAboutSomeone() {
        let c = claims(["教授王毅说，战争游戏很有意思。", "Erik Lin-Greenberg 没有与外国军官一起做过这项研究，但他的印象是各国有共性。",
                        "“我有机会见到一位退休的高级解放军军官，他的思路听起来非常像一名美国军官。”"])
        #expect(c.last?.speaker == "Erik Lin-Greenberg", "\(c)")
        let spoke = claims(["对于北京来说，议长佩洛西（Nancy Pelosi）访问台湾“似乎真的越过了底线”，教授王毅说。",
                            "“在这种背景下，有理由期待中国会更加支持俄罗斯。”"])
        #expect(spoke.last?.speaker == "Wang Yi", "\(spoke)")
    }

    /// A paragraph labelled by a three-character name before a colon and a quotation (李德恩：“…”)
    /// is that person's quotation when the name is written again; not a two-character label,
    /// which heads a place's section as often (黄石：“…”), nor a label ending in 答.
    @Test func nameLabellingAQuotation() {
        let c = claims(["我还看到很有意思的一段。", "李德恩：“这些人以前是国民党的士兵，他们没有鹦鹉学舌。”", "我觉得李德恩是对的。"])
        #expect(c.map(\.speaker) == ["李德恩"], "\(c)")
        #expect(claims(["我还看到很有意思的一段。", "李总答：“这些人以前是国民党的士兵，他们没有鹦鹉学舌。”", "我觉得李总答得对。"])
            .allSatisfy { $0.speaker != "李总答" })
    }

    /// A transliterated name of three characters or more labels a quotation at the start of a
    /// sentence too (…都消灭了。戴维斯：“…”), when written again; not a label of two (原文：“…”).
    @Test func transliteratedNameLabellingAQuotation() {
        let c = claims(["但寒冷的天气把他们都消灭了。戴维斯：“B连的人已经开始照料那些幸存者。”戴维斯走了过去。"])
        #expect(c.map(\.speaker) == ["戴维斯"] && c.first?.kind == "direct", "\(c)")
        #expect(claims("原文很长。原文：“我们不会让步。”").isEmpty)
    }

    /// A short quotation standing as a sentence right after its speaker's credit (“…，”Ahmed
    /// Elyas 说。“我们赢了。”) goes on quoting them; alone after narration it quotes nobody.
    @Test func aShortQuotationAfterTheCredit() {
        let c = claims("“尽管遇到了所有的障碍和困难，但它已经结束了，”喀土穆的工程师 Ahmed Elyas 说。 “我们赢了。”")
        #expect(c.map(\.description) == ["Ahmed Elyas|direct|-|尽管遇到了所有的障碍和困难，但它已经结束了，", "Ahmed Elyas|direct|-|我们赢了。"], "\(c)")
        let n = claims("“尽管遇到了所有的障碍和困难，但它已经结束了，”喀土穆的工程师 Ahmed Elyas 说。人群在街头欢呼。“我们赢了。”")
        #expect(n.count == 1, "\(n)")
    }

    /// 研究员沈庆涛…，师从隋森芳…。「…。」他说: after a sentence that is one quotation, 他 is the man
    /// opening the sentence before it, not the man he names, nor whoever spoke in the paragraph before.
    @Test func heAfterAQuotationIsWhoOpensTheSentenceBefore() {
        let c = claims(["「我们是不入流的。」 隋森芳说。申请项目也很困难。",
                        "上海科技大学研究员沈庆涛 2004 年—2009 年在清华大学攻读博士，师从隋森芳做冷冻电镜的研究。 「当时中国基本属于蛰伏期，只有少数几个实验室在开展相关研究工作。」 他说。"])
        #expect(c.map(\.speaker) == ["隋森芳", "沈庆涛"], "\(c)")
    }

    /// 他回忆，…。实验室里第一台装置还是学生自己做的，「…」: a quotation closing a sentence of narration
    /// after a comma, naming no one, goes on with whoever last spoke in the paragraph; not where the
    /// narration names someone else (…，王毅却说…，「…」 is left to its own rules).
    @Test func narrationGoesOnWithTheParagraphsSpeaker() {
        let c = claims("上海科技大学研究员隋森芳回国后开始研究冷冻电镜。他回忆，很长时间他都没有自己的电镜。实验室里第一台冷冻制样的装置还是学生自己做的，「用一个秤砣快速地把样品砸下去，把水做成玻璃状冰。」")
        #expect(c.map(\.speaker) == ["隋森芳", "隋森芳"], "\(c)")
        let other = claims("研究员隋森芳回忆，很长时间他都没有自己的电镜。后来校长王大明来到实验室，「我们一定要买一台电镜。」")
        #expect(!other.contains { $0.text.hasPrefix("我们一定要") && $0.speaker == "隋森芳" }, "\(other)")
        // (nor after a connective alone or a cue of the narration's own: an example, what a text says)
        let cited = claims("研究员隋森芳回忆，很长时间他都没有自己的电镜。例如，「自女八度至危十五度，于辰在子。」这个叙事称，「欧洲人在政治组织方面是独一无二的」。")
        #expect(cited.filter { $0.speaker == "隋森芳" }.count == 1, "\(cited)")
    }

    /// 叹息道 (sighed) gives the words before it, as 叹道 does.
    @Test func aSighGivesTheWords() {
        let c = claims("「这个行业已经完蛋了。」一位创始人叹息道。")
        #expect(c.count == 1 && c[0].source == "一位创始人", "\(c)")
    }

    /// People not named opening the clause before a colon (有人愤慨：「…」；, 一位退休老人叹了一口气：「…」)
    /// give the quotation closing it; a clause about a thing (有一件事很清楚：) gives none, nor does a
    /// quotation the sentence goes on from (「一路走好」被说了 79133 次).
    @Test func unnamedPeopleBeforeAColon() {
        let c = claims(["有人遥祝冥福，「一路走好」被说了 79133 次；有人愤慨：「一纸训诫书，伤的是民心」；有人心痛：「希望您下辈子不要再当医生了」。",
                        "一位退休老人叹了一口气：「这太不公平了，我们要讨个说法。」", "有一件事很清楚：「这太不公平了，我们要讨个说法。」"])
        #expect(c.map { $0.source ?? "-" } == ["有人", "有人", "一位退休老人"], "\(c)")
        #expect(c.map(\.text) == ["一纸训诫书，伤的是民心", "希望您下辈子不要再当医生了", "这太不公平了，我们要讨个说法。"], "\(c)")
    }

    /// A quotation after the one just credited and a semicolon (X 表示：“…。”；“…”) goes on with
    /// that speaker; after a quotation nobody was credited with (“…？”；“…？”) it does not.
    @Test func aQuotationAfterASemicolon() {
        let c = claims("Rebecca Glenberg 表示：“该法案没有说明这些信息将如何保留。”；“一个人的宗教信仰，不应该与获取 FOID 卡有任何相关性。”")
        #expect(c.count == 2 && c.allSatisfy { $0.speaker == "Rebecca Glenberg" }, "\(c)")
        let asked = claims("Marguerite Duras 于1996年去世。互联网就是一个只有答案的世界：“ClubHouse好不好？”；“纳瓦尔尼的内裤上是什么毒药？”")
        #expect(asked.isEmpty, "\(asked)")
    }

    /// A paragraph of quotation alone is the words of the person opening the next paragraph who
    /// so wrote or said them (如此寫道), not of whoever was quoted before it.
    @Test func aQuotationCreditedByTheNextParagraph() {
        let quoted = ["奧巴馬總統說，「幾十年來，她是美國政治和文化最尖銳和最被尊敬的觀察家。」", "「許多我認識的洛杉磯人認為1960年代在這天突然結束了。」"]
        let c = claims(["美國作家迪迪安說，「我們跟自己說故事，以不斷活下去。」"] + quoted + ["迪迪安在第二本非虛構寫作集《白色專輯》中如此寫道。"])
        #expect(c.last?.speaker == "迪迪安", "\(c)")
        let plain = claims(["美國作家迪迪安說，「我們跟自己說故事，以不斷活下去。」"] + quoted + ["迪迪安在第二本非虛構寫作集《白色專輯》中寫了很多。"])
        #expect(plain.last?.speaker == "Barack Obama", "\(plain)")
    }

    /// A “ typed to close a quotation before punctuation (“我们“，这是个有意思的词) closes it: a
    /// quoted word, not a quotation running on with the last speaker's words.
    @Test func aWrongWayCloseBeforePunctuation() {
        let c = claims(["该组织负责人王建国说：“今年加入我们的个人越来越多了，但是太多的人都专注于我们的颜色了。”", "“我们“，这是个有意思的词。",
                        "“我们永远不会为自己或与我们合作的人命名，“王建国补充道。"])
        let texts: [String] = c.map { $0.text }
        #expect(!texts.contains { $0.hasPrefix("我们“") } && texts.count == 2, "\(c)")
    }

    /// A “ typed to close a quotation after its full stop ends the sentence as ” does: the words
    /// quoted are the quotation, not a clause running on into the writer's next sentence.
    @Test func aWrongWayCloseEndsTheSentence() {
        let c = claims("Kiriakou 说他多年来一直认为“间谍法案过于宽泛并且违宪。“他后来出狱了。")
        #expect(c.map(\.description) == ["Kiriakou|direct|-|间谍法案过于宽泛并且违宪。"], "\(c)")
    }
}
