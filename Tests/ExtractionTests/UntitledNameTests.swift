import Testing
@testable import Extraction

/// Chinese names the article gives no title: found only where what follows marks a speaker.
@Suite struct UntitledNameTests {
    /// A name of three characters written once is a speaker before the colon that opens its
    /// quotation (张建国提醒道：“…”); a manner or a place there is no name (冷冷地说：「…」).
    @Test func nameOpeningItsQuotationOnce() {
        let c = claims("张建国提醒道：“每个人首先面对的，应该是自己领域的怪事”。")
        #expect(c.map(\.speaker) == ["张建国"], "\(c)")
        #expect(claims("我便用练习好的语调，冷冷地说：「是吗？」").allSatisfy { $0.speaker != "冷冷地" })
        #expect(claims("张建国说，今天的天气很好。").isEmpty)
    }

    /// A name of three characters written twice opens the clause of its cue before whom it spoke to
    /// (王建国对我说, 林祖恋向记者表示), as before where it spoke (在…时表示).
    @Test func nameBeforeWhomItSpokeTo() {
        let c = claims(["王建国是我的朋友。王建国对我说：中国不会改变立场。", "林祖恋是村长。林祖恋向记者表示，他陷入了困境。"])
        #expect(c.map(\.speaker) == ["王建国", "林祖恋"], "\(c)")
    }

    /// 曾 opens a full name written twice (腾讯云副总裁曾佳欣…「…」曾佳欣向财新记者称), also right
    /// after the quotation that closes the sentence before; the adverb does not (他曾多次对记者说,
    /// 该公司曾表示).
    @Test func zengOpeningANameWrittenTwice() {
        let c = claims("腾讯云副总裁曾佳欣牵头了团队。「调集了近千人的团队。」曾佳欣向财新记者称，腾讯内部参与的部门已超过 20 个。")
        #expect(c.map(\.speaker) == ["曾佳欣", "曾佳欣"], "\(c)")
        let adverb = claims("曾多次对记者说，这是错的。曾多次对记者说，那是对的。")
        #expect(adverb.allSatisfy { $0.speaker == nil }, "\(adverb)")
    }

    /// 方 closing 校方 or 警方 is no surname: 有学生向校方举报称 names no 方举报.
    @Test func fangClosingASideIsNoSurname() {
        let c = claims("有学生向校方举报称，理查德·泰勒是种族主义者。")
        #expect(c.map(\.speaker) == [nil], "\(c)")
    }

    /// A name no surname opens is a speaker where it credits two quotations right after them
    /// (「…」巴燕說, 「…」巴燕回答), past a doubled manner in 的 as Taiwan writes it (笑嘻嘻的說);
    /// a noun there (「…」那个消息来源说, 「…」法庭还指责) or a name crediting one quotation is no speaker.
    @Test func namesNoSurnameOpensCreditingTwoQuotations() {
        let c = claims(["「沒有耶。」巴燕說。", "「這是真的喔。」里美笑嘻嘻的說，「我身邊有好幾個同學。」", "「有啦有啦！」巴燕回答。", "「沒有哪。」里美回答。"])
        #expect(c.map(\.speaker) == ["巴燕", "里美", "里美", "巴燕", "里美"], "\(c)")
        #expect(claims("「我們明天再談。」櫻島說。").allSatisfy { $0.speaker != "櫻島" })
        let nouns = claims(["“好的，我马上开始上传，”那个消息来源说。", "“他们永远也抓不到我”，那个消息来源吹嘘道。",
                            "「这是人权问题。」法庭还指责政权。", "「健康、住房和教育。」法庭还指责当局。"])
        #expect(nouns.allSatisfy { $0.speaker != "那个" && $0.speaker != "法庭" }, "\(nouns)")
    }

    /// A name met once is a speaker where a description in 的 closes on it right before a cue
    /// and the cue's punctuation (研究公司盛博的何珊表示，…), or, a full name under a common
    /// surname, before a cue alone (的朱夏莲一直认为中国的…); a common word there is none
    /// (的文学认为，…, 的成年人表示，…), nor is a name with no words after the cue.
    @Test func nameClosingADescriptionOnce() {
        let c = claims(["研究公司盛博的何珊表示，将基础科学研究转化为疗法的努力尚处于起步阶段。", "民主党的单仲偕认为，梁振英可能涉渎职及逃税。"])
        #expect(c.map(\.speaker) == ["何珊", "单仲偕"], "\(c)")
        let common = claims(["这一代的文学认为，小说应当贴近生活。", "调查中的成年人表示，他们不再使用这项服务。"])
        #expect(common.allSatisfy { $0.speaker != "文学" && $0.speaker != "成年人" }, "\(common)")
        // (past an adverb, after a name in brackets and its gloss)
        let glossed = claims("「自主研究」(Autonomous Research) 的朱夏莲一直认为，中国的不良贷款比率远高于官方数字。")
        #expect(glossed.map(\.speaker) == ["朱夏莲"], "\(glossed)")
        // (a full name under a common surname needs no comma after the cue; a surname and a
        // word of degree is no name)
        let bare = claims("「自主研究」(Autonomous Research) 的朱夏莲一直认为中国的不良贷款比率远高于官方数字。")
        #expect(bare.map(\.speaker) == ["朱夏莲"], "\(bare)")
        #expect(claims("在这件事上，中国的王更加认为自己没有错。").allSatisfy { $0.speaker != "王更加" })
    }

    /// 便 after a name is the adverb 'then', part of no name (哲学家穆勒便强调: 穆勒).
    @Test func bianEndsAName() {
        let c = claims("诸如哲学家穆勒便强调，男女之间并不存在本质性的差异，只是因为后天社会环境不同。")
        #expect(c.map(\.speaker) == ["穆勒"], "\(c)")
    }

    /// A name no surname opens, after a title and announcing quotations with a colon at least
    /// twice (副总经理智静说：「…」 … 智静说：「…」), is a recurring speaker; met once, or never after
    /// a title (家乡说：「…」), it is none.
    @Test func aTitledNameAnnouncingQuotationsTwice() {
        let c = claims(["杏花楼副总经理智静说：「现制青团的规模决定了产量，一批最快也要二十分钟。」", "智静说：「青团上市就爆红，让我们有点儿措手不及。」"])
        #expect(c.map(\.speaker) == ["智静", "智静"], "\(c)")
        let once = claims("杏花楼副总经理智静说：「现制青团的规模决定了产量，一批最快也要二十分钟。」")
        #expect(once.allSatisfy { $0.speaker != "智静" }, "\(once)")
    }

    /// A word the article marks as a pseudonym (队伍里的精灵 (化名), 衣着朴素的农民杨军（化名）) is
    /// a person's name, though no surname opens it; of a longer run only the name's last two
    /// or three characters.
    @Test func pseudonymsAreNames() {
        let c = claims(["队伍里的精灵 (化名) 是桂林本地人。「广西洞穴多，适合杀人。」精灵说。", "衣着朴素的农民杨军（化名）来了。杨军说，今年收成不好。"])
        #expect(c.map(\.speaker) == ["精灵", "杨军"], "\(c)")
        #expect(claims("队伍里的精灵是桂林本地人。「广西洞穴多，适合杀人。」精灵说。").allSatisfy { $0.speaker != "精灵" })
    }

    /// So is one it marks as rendered from another script (一位叫春晓（音译）的女生); a name of four
    /// characters standing alone (交通办公室的伊藤隆典 (音译)) is not cut to its last two.
    @Test func renderedNamesAreNames() {
        let c = claims(["一位叫春晓（音译）的女生来自农村。", "春晓说，慢班的学生分不到更好的教师。"])
        #expect(c.map(\.speaker) == ["春晓"], "\(c)")
        let japanese = claims("交通办公室的伊藤隆典 (音译) 表示，日本计划让飞行汽车先在农村飞行。")
        #expect(japanese.allSatisfy { $0.speaker != "隆典" }, "\(japanese)")
    }

    /// A story names its speakers by what they do after their words as often as by a cue: a
    /// name no surname opens, right after three quotations closed by their own punctuation or
    /// opening paragraphs that go on into one, and doing something after two (「…」海樹兒放低身子,
    /// 夏曼西昂一笑，「…」), is a person, as long as all its places share characters; what opens
    /// a noun there (「…」前述人士说, 「…」业内人士指出) is none.
    @Test func namesActingAfterSpeechThreeTimes() {
        let story = ["「沒事，他只是睡著了。」海樹兒放低身子，往店後走去，「裡面借我用一下。」", "「這是怎麼回事？」櫻島跟到店後。",
                     "「我不懂這些東西。」海樹兒眉頭深鎖，「應該只是情緒的表達吧。」", "「那該怎麼解開呢？」櫻島嚇了一跳。",
                     "「閉眼睛是好的。」海樹兒起身探視。", "「剛才摧毀了葉脈。」櫻島問。"]
        let c = claims(story)
        #expect(c.map(\.speaker) == ["海樹兒", "海樹兒", "櫻島", "海樹兒", "海樹兒", "櫻島", "海樹兒", "櫻島"], "\(c)")
        #expect(claims(Array(story.prefix(4))).allSatisfy { $0.speaker == nil }, "two places are not enough")
        let opening = claims(["夏曼西昂面色凝重的搖頭，「我不懂這些東西。」", "夏曼西昂一笑，「又不是你亂玩詛咒。」",
                              "「你千萬別告訴我這件事。」夏曼西昂解下掛在胸前的項鍊。"])
        #expect(opening.map(\.speaker) == ["夏曼西昂", "夏曼西昂", "夏曼西昂"], "\(opening)")
        let news = claims(["「回收率下降九成。」前述人士说。", "「客户提出延期还款。」前述消金公司负责人非常焦急。",
                           "「银行怎么知道照片是不是真的呢？」前述股份行负责人反问道。", "「水太深了。」业内人士指出。",
                           "「赢家通吃。」业内人士担心。", "「谁都不敢告。」业内资深人士如是回应。"])
        #expect(news.allSatisfy { $0.speaker != "前述" && $0.speaker != "业内" }, "\(news)")
    }

    /// An age right before a name (现年 76 岁的何秀英) marks a person met once, though no cue
    /// follows it; not a word for people after an age (17 岁的高中生).
    @Test func aNameAfterAnAge() {
        let c = claims("现年 76 岁的何秀英驾驶舢板船已经有 35 年了。「很多天我工作都没有报酬，」她说。")
        #expect(c.map(\.speaker) == ["何秀英"], "\(c)")
        let noun = claims("17 岁的高中生驾驶舢板船已经有两年了。「很多天我工作都没有报酬，」她说。")
        #expect(!noun.contains { ($0.speaker ?? "").hasPrefix("高中") }, "\(noun)")
    }

    /// A name the translator marks as written by ear in square brackets (张元新[音]) is a person's,
    /// as with parentheses, though an unnamed source's word is before it (当地人).
    @Test func nameMarkedByEarInBrackets() {
        let c = claims("当地人张元新[音]毫不犹豫地说：“习主席对爱国企业家的赞美让我收获良多”。他解释说，很多企业类型的人只想着钱。")
        #expect(c.map(\.speaker) == ["张元新", "张元新"], "\(c)")
    }

    /// A naming verb says the words before 的 are the name of the person described after it
    /// (一位名叫郑文鑫的律师, 名叫 Khloe Benton 的非裔美国人): they speak, not a group of theirs;
    /// a place or a thing so named is no one (叫做女同的生物, 名为麦迪逊的袜子木偶).
    @Test func namedAsSomeone() {
        let c = claims(["一位名叫张伟的工人说，工厂已经停工。", "一位名叫 Khloe Benton 的非裔美国人告诉记者，她很害怕。",
                        "这位名叫罗伯特·比格斯（Robert Biggs）的患病者曾恭敬地批评艾森豪威尔近期的讲话投射出一种不确定的感觉。"])
        #expect(c.map(\.speaker) == ["张伟", "Khloe Benton", "罗伯特·比格斯"], "\(c)")
        let thing = claims("人们会说，我们听说有这种叫做女同的生物。女同说，这很好。")
        #expect(!thing.contains { $0.speaker == "女同" }, "\(thing)")
    }
}
