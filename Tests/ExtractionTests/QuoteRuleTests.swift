import Testing
@testable import Extraction

/// Direct quotations: after a cue, before the speaker, across paragraphs, and quoted
/// terms that are not claims.
@Suite struct QuoteRuleTests {
    @Test func cueColonQuote() {
        let c = claims("北京大学教授王晓明说：“经济将在明年继续增长。”")
        #expect(c.count == 1)
        #expect(c.first?.speaker == "王晓明")
        #expect(c.first?.kind == "direct")
        #expect(c.first?.text == "经济将在明年继续增长。")
    }

    /// Clauses reported before a colon and the quotation it opens are both the speaker's, also
    /// when a quoted term closes before the colon (讓體制「去正當化」：「…」).
    @Test func clausesWithAQuotedTermBeforeAColon() {
        let c = claims("北京大学教授王晓明认为这个运动本来就不是关于改变政策，而是在于让体制「去正当化」：「要创造一个真正的民主系统只能一切从头来过。」")
        #expect(c.count == 2 && Set(c.map(\.kind)) == ["indirect", "direct"] && c.allSatisfy { $0.speaker == "王晓明" }, "\(c.map(\.description))")
    }

    @Test func speakerAfterQuote() {
        let c = claims("“合作不会因为外部压力而停止，”复旦大学研究员李华说。")
        #expect(c.map(\.speaker) == ["李华"])
        #expect(c.first?.text == "合作不会因为外部压力而停止，")
    }

    /// A quotation closing its sentence is the words of the unnamed people credited right after it,
    /// though they go on speaking (「…。」武汉海关工作人员表示，…); not when they only hold a view after
    /// it (「…。」一些工作人员认为，…: the quotation stays the speaker's before).
    @Test func unnamedPeopleAfterAQuotationGoingOn() {
        let c = claims("「光蹲在地上提取化学品，我们就花了两天时间。」武汉海关工作人员表示，当晚现场查获有现货 6 公斤。")
        #expect(c.map(\.kind).sorted() == ["direct", "indirect"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil && $0.source == "武汉海关工作人员" }, "\(c)")
        let view = claims(["普京说：「我们举办各种活动。」", "「我们还有瑜伽课。」一些工作人员认为，该计划很贴心。"])
        #expect(view.first { $0.text == "我们还有瑜伽课。" }?.speaker == "Vladimir Putin", "\(view)")
    }

    @Test func cueBetweenTwoQuotes() {
        let c = claims("“双方的分歧并没有消失，”清华大学教授张伟说，“但对话的大门依然敞开。”")
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "张伟" && $0.kind == "direct" })
    }

    /// A quotation closing a paragraph after its speaker's words is theirs, not the next paragraph's
    /// speaker's (连平认为，…，「…。」⏎钟正生认为，…).
    @Test func nextParagraphsSpeakerCreditsNothingBefore() {
        let c = claims(["银行首席经济学家连平认为，总基调没有改变，「稳健货币政策是个区间而非一个点，不会大幅降息。」", "首席经济学家钟正生认为，当前货币政策依然面临两大掣肘。"])
        #expect(c.first { $0.text.hasPrefix("稳健货币政策") }?.speaker == "连平", "\(c)")
        #expect(c.first { $0.text.hasPrefix("当前货币政策") }?.speaker == "钟正生", "\(c)")
    }

    /// A quotation broken off at a comma inside its marks is its speaker's though the writer's
    /// words open the clause before it (如果说澳大利亚「…，」他指出，「…」); a quoted term is not.
    @Test func quotationBrokenOffAfterTheWritersWords() {
        let c = claims("悉尼大学校长施迈克表示：「经费不足。」如果说澳大利亚「对学费的依赖度比其他国家更甚，」他指出，「那也是历届政府的决策使然。」")
        #expect(c.map(\.text) == ["经费不足。", "对学费的依赖度比其他国家更甚，", "那也是历届政府的决策使然。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "施迈克" && $0.kind == "direct" }, "\(c)")
        let term = claims("施迈克表示：「经费不足。」澳大利亚的「双一流」大学他也指出了问题。")
        #expect(!term.contains { $0.text.contains("双一流") }, "\(term)")
    }

    /// A quotation a cue and a colon open is that speaker's, though the next speaker's cue comes
    /// right after it (普京说：“A。”王毅说：“B。”); one broken off at a comma goes on with the cue
    /// after it (她说：「A，」她说，「B」).
    @Test func colonQuoteBeforeTheNextSpeaker() {
        let c = claims("普京说：“上帝不存在，一切都是可能的。”王毅说：“上帝死了。”")
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Wang Yi"], "\(c)")
        let split = claims("王毅说：「追星可以，」他说，「但是不能丢了尊严。」")
        #expect(split.map(\.speaker) == ["Wang Yi", "Wang Yi"], "\(split)")
    }

    /// A quoted clause finishing the reported sentence across a comma (透露，A，「B」。) is part of
    /// the statement; one holding a sentence of its own, or several clauses, is a quotation apart.
    @Test func quotedClauseFinishingReportedWords() {
        let one = claims("公安部在一次新闻通气会上透露，目前全球的新精神活性物质，「相当一部分在中国生产」。")
        #expect(one.map(\.text) == ["目前全球的新精神活性物质，「相当一部分在中国生产」"], "\(one)")
        #expect(one.first?.kind == "indirect")
        let two = claims("王毅表示，这些地区的工人很多，「这是事实。我们要改变」。")
        #expect(two.map(\.kind).sorted() == ["direct", "indirect"], "\(two)")
        let clauses = claims("王毅表示，俄罗斯目前的困境不会永远持续，「对北京来说，重点不是付出多少，而是代价」。")
        #expect(clauses.map(\.kind).sorted() == ["direct", "indirect"], "\(clauses)")
    }

    /// A clause naming no cue that ends in a colon introduces the quotation after it as the
    /// words of the person heading it, also through 他 or 她 (他承认…：“…”).
    @Test func colonAfterAPronounsClause() {
        let c = claims("瑞典经济学家诺贝里说，瑞典不是社会主义国家。他承认瑞典在一些地区拥有大政府：“我们的福利比美国更大。”")
        #expect(c.map(\.speaker) == ["诺贝里", "诺贝里"], "\(c)")
        #expect(claims("普京说，制裁无效。她坦白了自己的困境：“我后来再也没见过他们。”").count == 1)
    }

    /// What someone said, named before a comma (那就是孔子所说的，“…”), introduces the quotation
    /// after it as a colon does.
    @Test func sayingNamedBeforeAComma() {
        let c = claims(["我想，那就是孔子所说的，“知者不惑，仁者不忧，勇者不惧。”", "这就是王毅的名言，“合则两利。”"])
        #expect(c.map(\.speaker) == ["Confucius", "Wang Yi"], "\(c)")
    }

    /// Posts quoted under a label that counts them (第一条：“…”, 第二条推文：“…”) are the words of the
    /// person the sentence announcing the posts names; a label elsewhere names no one.
    @Test func labelledPosts() {
        let c = claims(["然后普京发布了三条推文。第一条：“巴基斯坦没有参与九一一。”", "第二条推文：“我们的部落地区遭到严重破坏。”",
                        "然后王毅又发出一系列推文。", "第一条推文：“我们早就应该抓住他。”"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Vladimir Putin", "Wang Yi"], "\(c)")
        #expect(claims("第一条：“我们早就应该抓住他。”").isEmpty)
    }

    /// A quotation after a colon closing a sentence that a person opens is that person's, when the
    /// clause before the colon names nobody and no other words (太多少儿的活动看到腻烦：“…”, nor a cue
    /// word taking an object, 还谈到了…的期待：“…”); not after 网友回帖 or 正如网友所说.
    @Test func colonClosingASentenceAboutSomeone() {
        let c = claims("五一劳动节，普京参加了多场庆祝，太多少儿的活动看到腻烦：“一种稚嫩的儿童文明。”")
        #expect(c.map(\.speaker) == ["Vladimir Putin"], "\(c)")
        #expect(claims("武汉中心医院发微博确认了死讯，网友迅速在下面回帖：“学到了两个词。”").allSatisfy { $0.speaker == nil })
        let object = claims("普京强调了电影展的贡献，还谈到了自己对未来的期待：“我觉得新的团队能够继续支持本土电影。”")
        #expect(object.map(\.speaker) == ["Vladimir Putin"], "\(object)")
        #expect(claims("普京来到北京。正如推特网友 @chuhan 所说：“这件事很荒唐。”").allSatisfy { $0.speaker != "Vladimir Putin" })
    }

    @Test func oneCueTwoQuotes() {
        let c = claims("据新华社报道，习近平在会见时强调，“中方愿同各方加强合作”，并且，“要共同维护地区稳定”。")
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "Xi Jinping" && $0.via == "Xinhua" && $0.kind == "direct" })
    }

    @Test func quoteOverSeveralParagraphsAndContinuation() {
        let c = claims(["智库分析师赵强说：“这一政策的影响将持续多年。", "“其他国家也会密切关注局势的发展。”"])
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "赵强" }, "\(c)")
    }

    @Test func quotedTermsAreNotClaims() {
        #expect(claims("中国推动“一带一路”倡议已有十年，沿线国家的“互联互通”不断加强。").isEmpty)
    }

    @Test func headlinesWithoutSentencePunctuationAreSkipped() {
        #expect(claims("普京与习近平会谈 称“理解中国的担心”").isEmpty)
    }

    /// A paragraph cut off at a comma is a sentence going on in the next one, not a headline.
    @Test func paragraphsCutOffAtACommaAreProse() {
        let c = claims(["根据《卫报》的报道，一名员工打电话报警后，警方到场了，", "六名警察向这名歌手开了枪。"])
        #expect(c.map(\.speaker) == ["The Guardian"], "\(c)")
        #expect(c.first?.text == "一名员工打电话报警后，警方到场了")
    }

    /// A “ typed the wrong way round closes a quotation after its punctuation or at the
    /// paragraph's end (“…，“他说。“…“), as some translations write it.
    @Test func quotationsClosedTheWrongWay() {
        let c = claims(["谷歌首席执行官皮查伊发表讲话。", "“我关心的是为全球每个角落的用户提供服务，谷歌适合所有人，“他说。“我们希望在中国为中国用户服务。“"])
        #expect(c.map(\.text) == ["我关心的是为全球每个角落的用户提供服务，谷歌适合所有人，", "我们希望在中国为中国用户服务。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "Sundar Pichai" }, "\(c)")
    }

    /// A short quotation with no punctuation of its own touching the name after it is an
    /// epithet (「新债王」冈达克表示), not the person's words.
    @Test func quotedEpithetBeforeAName() {
        let c = claims("达利欧近期撰文称，黄金表现较好。「新债王」经济学家冈达克表示，2018 年 9 月就看好黄金。")
        #expect(!c.contains { $0.text == "新债王" } && c.contains { $0.speaker == "冈达克" }, "\(c)")
    }

    /// A “ typed for a ” after a full stop, when nothing is open, opens nothing: the credit after
    /// it and its colon open the quotation (…的了解。“ 经济学家李华补充说：“…”).
    @Test func strayMarkAfterAFullStop() {
        let c = claims("王明说了这些。“ 经济学家李华补充说：“政府正在利用这些技术建立监控系统。”")
        #expect(c.map(\.text) == ["政府正在利用这些技术建立监控系统。"] && c.first?.speaker == "李华", "\(c)")
    }

    /// A cue and a colon closing a paragraph announce the quotation opening the next one,
    /// whoever speaks: an unnamed employee too, not only a person the next paragraph can find.
    @Test func quotationAnnouncedByAColonClosingTheParagraph() {
        let c = claims(["当时一位带领记者参观的员工曾说：", "「这里放眼望去都是我们的地，怎么能说没有实力呢？」"])
        #expect(c.map(\.text) == ["这里放眼望去都是我们的地，怎么能说没有实力呢？"], "\(c)")
        #expect(c.map(\.speaker) == [nil] && c.map(\.kind) == ["direct"], "\(c)")
    }

    /// A comma closing the paragraph announces it the same way: the interview's quotations were
    /// set as a paragraph of their own (他接受《The Irrawaddy》採訪時表示，⏎「…」「…」).
    @Test func quotationAnnouncedByACommaClosingTheParagraph() {
        let c = claims(["Paing Takhon積極參與不合作運動。", "他接受《The Irrawaddy》採訪時表示，", "「當國家陷入困境時，我會盡力而為。」「我必須做我認為正確的事。」"])
        #expect(c.map(\.text) == ["當國家陷入困境時，我會盡力而為。", "我必須做我認為正確的事。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "Paing Takhon" && $0.kind == "direct" }, "\(c)")
        #expect(claims(["他接受採訪時表示，", "這裡放眼望去都是我們的地。"]).allSatisfy { $0.kind != "direct" })
    }

    /// A paragraph of only who speaks and a verb of saying announces the next without any mark
    /// (陈独秀说⏎…); not a heading ending in a noun (…评估与预测), a discourse (…的论说), nor a
    /// paragraph whose cue credits the quotation before it.
    @Test func speakerLineAnnouncesTheNextParagraph() {
        let c = claims(["拿陈独秀和胡适的话作为结语。", "陈独秀说", "我们爱的是人民拿出爱国心抵抗被人压迫的国家，不是政府利用人民。"])
        #expect(c.map(\.description) == ["Chen Duxiu|indirect|-|我们爱的是人民拿出爱国心抵抗被人压迫的国家，不是政府利用人民。"], "\(c)")
        #expect(claims(["传染程度评估与预测", "以几位专家的资料，提出了传染状况的未来预测。"]).isEmpty)
        #expect(claims(["罗素的论说", "假如说，芥川谈中国政治多是语焉不详，那么罗素则显得深刻。"]).isEmpty)
        #expect(claims("《环球时报》的这篇社论说，李承鹏被销号早晚注定发生。").count == 1)
        let credited = claims(["「我们以后再聊。」迪迪安接受《巴黎评论》访问时表示", "对她来说，她知道自己和新闻报道之间的距离。"])
        #expect(credited.map(\.text) == ["我们以后再聊。"], "\(credited)")
    }

    /// In a piece set in unpunctuated lines, the way films are subtitled, a line ending in its
    /// cue announces the next line though neither is prose (烏克蘭人說⏎政府斷送了烏克蘭的未來); not
    /// a line longer than a subtitle's.
    @Test func subtitleLineAnnouncesTheNextLine() {
        let c = claims(["群眾聚集在基輔獨立廣場", "烏克蘭人說", "政府斷送了烏克蘭的未來", "他們來到就是要守護他們的未來"])
        #expect(c.map(\.text) == ["政府斷送了烏克蘭的未來"], "\(c)")
        #expect(claims(["群眾聚集在基輔獨立廣場", "烏克蘭人說", String(repeating: "政府斷送了烏克蘭的未來", count: 6)]).isEmpty)
        // a line too short to be a statement alone opens one the next line ends
        let opened = claims(["群眾聚集在基輔獨立廣場", "烏克蘭人說", "這二十三年來", "他們的獨立都只表現在文字上"])
        #expect(opened.map { $0.text.filter { !$0.isWhitespace } } == ["這二十三年來他們的獨立都只表現在文字上"], "\(opened)")
    }

    /// A quotation left open whose next paragraphs open none and close it at the end of one
    /// (the translator did not reopen it at each paragraph) is one quotation per paragraph, the
    /// first speaker's; a paragraph ending in a colon and naming one person announces it. A
    /// mark closing inside a later paragraph carries nothing over: it is more often one typed
    /// the wrong way round.
    @Test func quotationCarriedOverParagraphsWithoutReopening() {
        let c = claims(["记者与工会负责人马克·麦卡特进行了交谈，他谈到了他的工作以及罢工的原因：",
                        "“我从19岁开始就在这家工厂工作，刚从高中毕业。",
                        "37年后，我仍然被迫每周工作7天，他们就让你“被自杀”。",
                        "这份工作让你筋疲力尽。我回家时已经没办法跟妻子说：‘嘿，宝贝。’”",
                        "工人们向公司抗议这样的被迫加班。"])
        #expect(c.map(\.text) == ["我从19岁开始就在这家工厂工作，刚从高中毕业。", "37年后，我仍然被迫每周工作7天，他们就让你“被自杀”。",
                                  "这份工作让你筋疲力尽。我回家时已经没办法跟妻子说：‘嘿，宝贝。’"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "马克·麦卡特" && $0.kind == "direct" }, "\(c)")
        let wrongWay = claims(["工会负责人马克·麦卡特说：“我从19岁开始就在这家工厂工作。",
                               "后来，爷爷和爸爸聊天，他们称之为”天安门事件“，语气略带嘲讽。"])
        #expect(wrongWay.map(\.text) == ["我从19岁开始就在这家工厂工作。"], "\(wrongWay)")
    }

    /// A quotation typed with its marks the wrong way round (”…“) or with two closing marks
    /// (”…”) opens with ” at the start of its paragraph or after punctuation; after a word, a
    /// short term closed by “ with no punctuation (说”太难了“, 这种”铁腕政策“) is quoted as “…” is.
    @Test func quotationsOpenedTheWrongWay() {
        let c = claims(["”你看到没？“陈睁有点激动地小声说道。", "普京说， ”成为人工智能领域领导者的人将成为世界的统治者。”",
                        "王毅对记者说”中国不会改变立场“。", "我和一个朋友聊天，他很赞成这种”铁腕政策“，并对我说：等他们拿着刀砍你的时候你就没意见了。"])
        #expect(c.map(\.speaker) == ["陈睁", "Vladimir Putin", "Wang Yi", nil], "\(c)")
        #expect(c.map(\.text) == ["你看到没？", "成为人工智能领域领导者的人将成为世界的统治者。", "中国不会改变立场", "等他们拿着刀砍你的时候你就没意见了"], "\(c)")
        #expect(c.prefix(3).allSatisfy { $0.kind == "direct" }, "\(c)")
    }

    /// A quotation credited by a dash and a name after it (an epigraph) is that person's: the
    /// person the credit names, not the country before the title; a dash with no name credits
    /// no one.
    @Test func quotationsCreditedByADash() {
        let c = claims(["“没有任何一种加密货币是真正分散的。“ — — Nicholas Weaver，国际计算机科学研究所，2018年",
                        "“表层政府的后面有一个隐形政府。”——美国前总统西奥多·罗斯福"])
        #expect(c.map(\.speaker) == ["Nicholas Weaver", "西奥多·罗斯福"], "\(c)")
        #expect(claims("“这不是一份好工作，经理却有空调享受。”——这是来自一家年收入数十亿美元的公司。").isEmpty)
    }

    /// A quotation standing alone after a paragraph of narration that names no one goes on with
    /// the person quoted before it; narration naming someone else ends the turn.
    @Test func quotationResumesAfterNarration() {
        let c = claims(["工会负责人马克·麦卡特说：“我从19岁开始就在这家工厂工作。”", "工人们向公司抗议这样的被迫加班。",
                        "“这不是一份好工作。早上7点，仓库已经是38度。”"])
        #expect(c.map(\.speaker) == ["马克·麦卡特", "马克·麦卡特"], "\(c)")
        let other = claims(["工会负责人马克·麦卡特说：“我从19岁开始就在这家工厂工作。”", "经理张伟在办公室里吹空调。",
                            "“这不是一份好工作。早上7点，仓库已经是38度。”"])
        #expect(!other.contains { $0.text.hasPrefix("这不是") && $0.speaker == "马克·麦卡特" }, "\(other)")
    }

    /// A quotation ending in its own comma, with the speaker going on with another cue right
    /// after it (表示，「…，」警告称…), is one statement and the cue's clause another; narration
    /// after such a quotation (…资金，”这样的哥俩好…吗？) is no statement of its own.
    @Test func quotationEndingInItsOwnComma() {
        let c = claims("王毅本周对记者表示，「中俄关系紧密程度达到了上世纪 50 年代以来最高的水平，」警告称中俄两国的合作将扩大。")
        #expect(c.map(\.description) == ["Wang Yi|direct|-|中俄关系紧密程度达到了上世纪 50 年代以来最高的水平，", "Wang Yi|indirect|-|中俄两国的合作将扩大"], "\(c)")
        let narrated = claims("西卢安诺夫公开表示：“我们需要开发自己的资源基础，并且已经分配了必要的资金，”这样的哥俩好，还能算是各取所需吗？")
        #expect(!narrated.contains { $0.text.hasPrefix("这样的哥俩好") }, "\(narrated)")
    }

    /// A cue after a quotation that goes straight on with words of its own reports them too
    /// (「…。」丁玲认为…); a verdict (这样评价: 这样 points back to the quotation, past clauses of
    /// time too) or whom the cue is said to is no such words, and
    /// a concession opening the clause (「…。」尽管张三提到…) makes the quotation someone else's.
    @Test func cueAfterAQuotationWithWordsOfItsOwn() {
        let c = claims(["「嘎措提供了一种可能性。」中国人民大学教授丁玲认为嘎措乡这样的经验未必能被复制。"])
        #expect(c.map(\.speaker) == ["丁玲", "丁玲"], "\(c)")
        #expect(c.map(\.text) == ["嘎措提供了一种可能性。", "嘎措乡这样的经验未必能被复制"], "\(c)")
        let termed = claims(["「那这还是艺术吗？」中国人民大学教授丁玲认为谢德庆的「打卡」与「户外」反映了人类的现况。"])
        #expect(termed.map(\.text).last == "谢德庆的「打卡」与「户外」反映了人类的现况", "\(termed)")
        let verdict = claims(["“这段兄弟情很坚固，”中国项目主任孙云这样评价习近平与普京的关系。"])
        #expect(verdict.map(\.text) == ["这段兄弟情很坚固，"], "\(verdict)")
        // (这样 points back to the quotation past clauses of time, and an aside after the cue is
        // no words of its own)
        let back = claims(["「没有人真正懂得金价。」2013 年，在金价震荡数月后，时任美联储主席的伯南克这样说道 (金价在 2011 年升至巅峰)。"])
        #expect(back.map(\.description) == ["Ben Bernanke|direct|-|没有人真正懂得金价。"], "\(back)")
        let conceded = claims(["策展人亚德里安·希斯菲尔德笑说：「文献档案是无穷尽的。」尽管艺术家谢德庆提到他像爱迪生一样进行实验，但科学性并非重点。"])
        #expect(conceded.map(\.speaker) == ["亚德里安·希斯菲尔德", "谢德庆"], "\(conceded)")
    }

    /// A quotation ending its sentence is the words of the speaker named right after it, past a
    /// date and where they spoke (「…。」6 月 2 日，央行副行长潘功胜在新闻发布会上表示，…; “…。”8月18日，
    /// 拜登总统在ABC台接受采访时说。); not when a cue and a comma introduced it (报告指出，“…。”).
    @Test func quotationCreditedAfterADateAndAPlace() {
        let c = claims(["「这次出台的两项政策有很强的目标性和直达性。」6 月 2 日，央行副行长潘功胜在新闻发布会上表示，这两项工具是创新。"])
        #expect(c.map(\.speaker) == ["潘功胜", "潘功胜"] && c.first?.text == "这次出台的两项政策有很强的目标性和直达性。", "\(c)")
        let dated = claims(["“那种认为我们能用军事力量来处理女性权利问题的想法不理性。”8月18日，拜登总统在ABC台接受采访时说。"])
        #expect(dated.map(\.speaker) == ["Joe Biden"], "\(dated)")
        let introduced = claims(["去年发布的《中国外商投资发展报告》指出，“影响国际直接投资进入中国市场的因素在发生重要变化。”对外经济贸易大学教授桑百川在接受媒体采访时指出，外商直接投资将经历结构调整期。"])
        #expect(!introduced.contains { $0.speaker == "桑百川" && $0.text.hasPrefix("影响") }, "\(introduced)")
    }

    /// Shouting (喊道, 嚷道) credits only words in quotation marks: 「…，」一个年轻人喊道，「…」 is
    /// two quotations, 他在电话那头喊道，然后拿起听筒 no statement.
    @Test func shoutedWordsAreQuotedOnes() {
        let c = claims(["「但我们不会原谅，」学生会主席张子阳喊道，「我们不会忘记。」"])
        #expect(c.map(\.text) == ["但我们不会原谅，", "我们不会忘记。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == "张子阳" }, "\(c)")
        #expect(claims(["边防军官哈拉尔德·雅格拿起了电话。", "「你们不相信我，那自己听听看！」他喊道，然后拿起听筒，把它举到窗外。"]).map(\.text) == ["你们不相信我，那自己听听看！"])
    }

    /// A quotation ending its sentence is credited to an unnamed source or a body named after
    /// it when the cue ends that sentence or goes on to another quotation after a comma
    /// (「…。」一位资深银行业分析师指出，「…」); not when a colon announces the next one.
    @Test func quotationBeforeAnUnnamedSourceOrABody() {
        let c = claims(["「银行的不良贷款暴露很慢。」一位资深银行业分析师指出，「其实消费贷的风险很高。」"])
        #expect(c.map(\.text) == ["银行的不良贷款暴露很慢。", "其实消费贷的风险很高。"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil && $0.source != nil }, "\(c)")
        let announced = claims(["「银行会倒闭吗？」一位资深银行业分析师回答道：「不会。」"])
        #expect(announced.map(\.text) == ["不会。"], "\(announced)")
    }

    /// Short quotations listed with commas inside what someone holds (例如「雙一流」，「清北」，「華五」，
    /// 等等) are terms, not statements of their own.
    @Test func listedQuotedTermsAreNoStatements() {
        let c = claims("有些人認為，「985」大學就是比「211」大學更有價值，諸如他們會取一些標籤，例如「雙一流」，「清北」，「華五」，等等等等。")
        #expect(!c.contains { ["清北", "華五", "雙一流"].contains($0.text) }, "\(c)")
        #expect(c.count == 1 && c[0].kind == "indirect", "\(c)")
    }

    /// 如是说 ("said so") credits the quotation before, as 这样说 does; after 这样 or 如是 the
    /// cue's object is what the verdict is on, no words (如是总结近期的「五难」), while a colon or
    /// a quotation after it still brings words (如此评价两位接班人：…).
    @Test func cuePointingBackCreditsTheQuotation() {
        let said = claims(["「过去一年我们过得不开心，」其行政总裁帕尔默 (Andy Palmer) 如是说。"])
        #expect(said.map(\.description) == ["帕尔默|direct|-|过去一年我们过得不开心，"], "\(said)")
        let summed = claims(["「存款难增、贷款难放、利息难收。」一位农商行消费贷部门人士如是总结近期的「五难」。"])
        #expect(summed.map(\.text) == ["存款难增、贷款难放、利息难收。"], "\(summed)")
        #expect(summed.allSatisfy { $0.speaker == nil }, "\(summed)")
        let judged = claims(["联想创始人柳传志在致全体员工的信中如此评价两位接班人：宁旻历经企业发展的多次变革，具有大局观。"])
        #expect(judged.count == 1 && judged[0].text.hasSuffix("宁旻历经企业发展的多次变革，具有大局观"), "\(judged)")
        let likewise = claims(["猪八戒网联合创始人刘川郁同样认为社会福利保障是影响零工经济发展的重要因素。"])
        #expect(likewise.map(\.text) == ["社会福利保障是影响零工经济发展的重要因素"], "\(likewise)")
    }

    /// After a quotation, a clause that weighs it (相对来说, 相比之下) is the writer's; a clause
    /// of a connective alone (表示，尽管如此，他仍认为…) is no statement.
    @Test func writersClausesAroundQuotations() {
        let weighed = claims(["毛泽东曾说过「干革命不是请客吃饭」，相对来说，在华人社会里坚持争取民主自由亦要牺牲很多东西。"])
        #expect(weighed.map(\.text) == ["干革命不是请客吃饭"], "\(weighed)")
        let joined = claims(["汇丰银行分析师佩斯卡托雷 (Giulio Pescatore) 表示，尽管如此，他仍认为这款新车的前途足够光明。"])
        #expect(joined.map(\.text) == ["这款新车的前途足够光明"], "\(joined)")
    }

    /// A clause of 他 / 她 saying whom the words meant (…，她指的是法国总统马克龙) is the writer's
    /// gloss: the reported words end before it, and no claim of its own.
    @Test func glossOfWhomTheWordsMeantEndsThem() {
        let c = claims("特朗普的前驻联合国大使尼基·黑利 (Nikki Haley) 称此举「完全是失礼的」，是「马克龙在搬弄是非」，她指的是法国总统埃马纽埃尔·马克龙 (Emmanuel Macron)。")
        #expect(c.map(\.text) == ["此举「完全是失礼的」，是「马克龙在搬弄是非」"], "\(c)")
    }

    /// A clause of 作为 before the speaker says what they are, not what they said: the
    /// quotation closing the sentence before is the words (「…。」作为…的「老兵」，…郑天慷感慨道。).
    @Test func roleClauseBeforeTheSpeakerIsNoStatement() {
        let c = claims(["调查结果显示，24% 的学生有意向或者已经取消入学。",
                        "「新冠疫情对留学行业造成的影响是前所未有的。」作为在留学行业打拼 20 年的「老兵」，英国驻沪总领事馆的前高级教育官员郑天慷感慨道。"])
        #expect(c.map(\.speaker) == ["调查结果", "郑天慷"], "\(c)")
        #expect(c.last?.text == "新冠疫情对留学行业造成的影响是前所未有的。", "\(c)")
    }

    /// A quoted name that 的 makes part of the subject (“自主研究”的张建国认为) is no words of the
    /// speaker; a quotation closing before the subject (“…，”张建国说) is.
    @Test func quotedNameOwnedByTheSubjectIsNoQuote() {
        let c = claims(["“自主研究”的张建国认为，中国的不良贷款比率远高于官方数字。", "“我们不怕，”张建国说。"])
        #expect(c.map(\.kind) == ["indirect", "direct"], "\(c)")
        #expect(c.map(\.text) == ["中国的不良贷款比率远高于官方数字", "我们不怕，"], "\(c)")
    }

    /// A term opened with “ and never closed (提出的“新型关系…) does not swallow the quotation a
    /// colon opens in a later sentence: that one is read as its own.
    @Test func anUnclosedTermDoesNotSwallowTheNextQuotation() {
        let c = claims("王毅强调了他提出的“新型大国关系的重要性。王毅认为：“中俄关系很好，两国是好邻居。”他以历史为例。")
        #expect(c.contains { $0.speaker == "Wang Yi" && $0.text == "中俄关系很好，两国是好邻居。" }, "\(c)")
    }

    /// A quotation standing as a sentence, then at once a sentence opening with a person and no
    /// cue (「…」王毅淡然一笑。), is that person's; with a cue there, the cue's rules credit it.
    @Test func aTurnTaggedByWhatTheSpeakerDoes() {
        let c = claims(["「法律又怎樣？就算我在法庭上陳述這一切，也沒有用。」王毅淡然一笑。"])
        #expect(c.map(\.speaker) == ["Wang Yi"] && c.first?.kind == "direct", "\(c)")
        let tagged = claims(["「法律又怎樣？就算我在法庭上陳述這一切，也沒有用。」王毅說。"])
        #expect(tagged.count == 1 && tagged.first?.speaker == "Wang Yi", "\(tagged)")
        // (a cue inside the quotation after the name tags nothing: 「…」王毅嗚咽起來，「…說這些」)
        let inside = claims(["李肇星說，今天天氣很好。", "「你們兩個就只是各自等死而已？」李肇星接著問。",
                             "「嗯，他最後一次寫信給我，那種籽泡甜的東西好喝。」王毅嗚咽起來，「他還有心情說這些⋯⋯」"])
        #expect(inside.first(where: { $0.text.hasPrefix("嗯") })?.speaker == "Wang Yi", "\(inside)")
    }

    /// A quotation opening its sentence and ending in a mark of its own, then at once a person
    /// doing something, no cue in that clause, is that person's, however short (「沒事。」王毅放低
    /// 身子); not a quoted term (「社会主义者」), a word broken off at a comma (「不過，」), an echo or
    /// a sound (「香菜？」, 「嗯啊。」), nor where the person's thing follows (「…」王毅的講話).
    @Test func aQuotationTaggedRightAfterByWhatTheSpeakerDoes() {
        let c = claims(["「我不懂⋯⋯」王毅眉頭深鎖，「應該只是情緒的表達吧。」", "「沒事。」王毅放低身子。"])
        #expect(c.map(\.text) == ["我不懂⋯⋯", "應該只是情緒的表達吧。", "沒事。"] && c.allSatisfy { $0.speaker == "Wang Yi" }, "\(c)")
        let none = claims(["「社会主义者」王毅在会上用了这个词。", "「不過，」王毅停了下來。", "「我們贏了。」王毅的講話很短。"])
        #expect(none.isEmpty, "\(none)")
        // (nor a short one that only echoes words just said, or only voices a sound)
        let echo = claims(["李肇星說，這其實就是常見的香菜吧。", "「香菜？」王毅吃了一驚。", "「嗯啊。」王毅拿起杯子。"])
        #expect(echo.allSatisfy { $0.speaker != "Wang Yi" }, "\(echo)")
    }

    /// 她一边说，一边打量着客厅: what is done while speaking, after the credit, is no statement.
    @Test func whatIsDoneWhileSpeaking() {
        let c = claims("王秀英说，生活很难。「我儿子的工作少了，」她一边说，一边打量着他们狭小的客厅。")
        #expect(c.map(\.text) == ["我儿子的工作少了，"], "\(c)")
    }

    /// A quotation in English ends its sentence at its full stop (「… in my life.」), as 。 does, so the
    /// words after it are no longer the quotation's; and a paragraph ending in one is prose, not a heading.
    @Test func quotedEnglishSentences() {
        let c = claims("Steve Jobs 表示他曾上過一個書法班，初時他說：「None of this had any hope of any practical application in my life.」這個書法班毫無用處。")
        #expect(c.map(\.text) == ["他曾上過一個書法班", "None of this had any hope of any practical application in my life."], "\(c)")
        #expect(claims("王毅说：“We do not accept this.”").map(\.speaker) == ["Wang Yi"])
        // (not after a name's initial: “Simon J.” 的用户写到)
        let named = claims("“有人正试图进入停放的汽车”，一个名为 “Simon J.” 的用户写到，2018年7月10日，还配了一张照片。")
        #expect(named.first?.text == "有人正试图进入停放的汽车", "\(named)")
    }

    /// After a cue that disputes (質疑, 否认), one clause ending in words for what someone said (的說法,
    /// 的观点) is what is disputed, no statement; a clause after a comma still is.
    @Test func whatIsDisputedIsNoStatement() {
        let c = claims(["莊子竟然質疑自己這個「無用之用」的說法，指出無用的東西也不一定有所謂大用。", "王毅否认了美国关于中国操纵汇率的说法。", "王毅否认，中国操纵了汇率。"])
        #expect(c.map(\.text) == ["無用的東西也不一定有所謂大用", "中国操纵了汇率"], "\(c)")
    }
}
