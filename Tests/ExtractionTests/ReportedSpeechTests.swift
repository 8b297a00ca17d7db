import Testing
@testable import Extraction

/// Reported speech: cue verbs, pronouns, unnamed sources (reports of outlets: OutletReportTests).
@Suite struct ReportedSpeechTests {
    /// A long title with an English name in spaced parentheses still ends at its person.
    @Test func personAfterLongTitleAndSpacedParentheses() {
        let c = claims("俄罗斯外交和国防政策理事会荣誉主席卡拉加诺夫 (Sergei Karaganov) 表示，「我们将成为非常亲密的伙伴。」")
        #expect(c.first?.speaker == "卡拉加诺夫")
    }

    /// 称 inside parentheses glosses a name; it reports nobody's words.
    /// 更是 between a subject and its cue is "even", not a copula making the cue a noun (特朗普更是扬言).
    @Test func evenBeforeACue() {
        let c = claims(["在飞船成功对接之后，特朗普更是扬言，美国将出现有史以来最伟大的武器。", "The Wrap新闻网更是犀利地指出，“影版仿佛让时间回到奥巴马当政的最后一年”。"])
        #expect(c.map(\.speaker) == ["Donald Trump", "TheWrap"], "\(c)")
    }

    @Test func cueInsideParenthesesIsNoStatement() {
        #expect(claims("中国士兵进入阿穆尔河 (Amur River, 中国称黑龙江) 上的争议岛屿。").isEmpty)
        #expect(claims("俄罗斯不承认中国对南中国海（South China Sea，中国称南海）争议岛礁的主权。").isEmpty)
    }

    @Test func cueVerbClauseRunsToSentenceEnd() {
        let c = claims("美国国务卿布林肯周二表示，华盛顿将继续向乌克兰提供援助。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == "Antony Blinken")
        #expect(c.first?.kind == "indirect")
        #expect(c.first?.text == "华盛顿将继续向乌克兰提供援助")
    }

    @Test func twoCuesInOneSentence() {
        let c = claims("佩斯科夫也说，会谈气氛良好，并称“双方达成了重要共识”。")
        #expect(c.map(\.kind) == ["indirect", "direct"])
        #expect(c.map(\.text) == ["会谈气氛良好", "双方达成了重要共识"])
        #expect(c.allSatisfy { $0.speaker == "Dmitry Peskov" })
    }

    /// Clauses before the one a colon hands over to a quotation are reported too; the
    /// introducing clause alone (说：) or one that only hands over (结论是：) is not.
    @Test func clausesBeforeAnIntroducingColon() {
        let c = claims("王毅称，在会见后，自己立刻回复了记者，并道歉：“我对此表示道歉。”")
        #expect(c.map(\.kind).sorted() == ["direct", "indirect"])
        #expect(c.first { $0.kind == "indirect" }?.text == "在会见后，自己立刻回复了记者，并道歉")
        #expect(claims("王毅说，在各种会谈中，结论经常是：“中国很好。”").map(\.kind) == ["direct"])
        let single = claims("王毅表示，探索使用此类技术的可能性将与增长趋势保持一致：“他们可以利用加密货币。”")
        #expect(single.map(\.kind).sorted() == ["direct", "indirect"])
        #expect(claims("王毅说，总结会谈的议程：“中国很好。”").map(\.kind) == ["direct"])
        #expect(claims("王毅说，我小时候，父亲曾经说：“中国很好。”").map(\.kind) == ["direct"])
    }

    /// 根据X统计: who counted reports the figures, past an acronym glossing them; 据统计 credits nobody.
    @Test func whoCountedReportsTheFigures() {
        let c = claims("根據泰國人權律師協會（TLHR）統計，截至8月19日超過1,007人遭到警方逮捕。")
        #expect(c.map(\.speaker) == ["泰國人權律師協會"])
        #expect(c.first?.kind == "report")
        #expect(c.first?.text.hasPrefix("截至8月19日") == true)
        #expect(claims("据统计，超过一千人遭到军政府杀害。").allSatisfy { $0.speaker == nil })
    }

    /// The rest of a group, or some of it, speak unnamed.
    @Test func theRestOfAGroupIsUnnamed() {
        let c = claims("其余的人则表示她不应该在课堂上使用这个词。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
    }

    /// An estimate and a question are cues too.
    @Test func estimatesAndQuestionsAreStatements() {
        #expect(claims("东京一位基金经理杰斯珀·科尔 (Jesper Koll) 估算，日本大型上市公司的海外利润中有 17% 来自中国。").map(\.speaker) == ["杰斯珀·科尔"])
        #expect(claims("经济学家罗格夫问道：“如果中国制造业恢复了，他们到底要卖给谁？”").map(\.speaker) == ["Kenneth Rogoff"])
    }

    @Test func speakerAfterReportedClause() {
        let c = claims("这项协议的前景并不明朗，伦敦能源分析师秦严说。")
        #expect(c.first?.speaker == "秦严")
        #expect(c.first?.text == "这项协议的前景并不明朗")
    }

    @Test func pronounIsTheLastPersonQuoted() {
        let c = claims("科罗廖夫说，中俄关系正在加深。对于北京来说，美国议长佩洛西访台“越过了底线”，他说。")
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "Alexander Korolev" })
    }

    @Test func pronounInALaterClauseIsTheSentenceSubject() {
        let c = claims("台湾研究院副研究员侍建宇长期研究中亚，他对记者说，上合组织正处于转型阶段。")
        #expect(c.map(\.speaker) == ["Shih Chien-yu"])
    }

    @Test func relayedPersonAndUnnamedSources() {
        let a = claims("塔斯社援引佩斯科夫的话说，会谈富有成效。")
        #expect(a.first?.speaker == "Dmitry Peskov")
        #expect(a.first?.via == "TASS")
        let b = claims("法新社引述专家表示，制裁的效果十分有限。")
        #expect(b.count == 1)
        #expect(b.first?.speaker == nil)
        #expect(b.first?.via == "AFP")
    }

    @Test func unnamedSourcesHaveNoSpeaker() {
        let c = claims(["分析人士认为，两国关系将更加紧密。", "外界预计冲突还会持续数月。", "军事专家表示，双方都无法取胜。"])
        #expect(c.count == 3)
        #expect(c.allSatisfy { $0.speaker == nil && $0.speakerKey == nil })
    }

    /// 称 after a person noun ending in 人 reports (发言人称, 知情人称, 有人称); in 第三人称,
    /// 令人称奇, 称赞 and 称得上 it is no cue.
    @Test func personNounsEndingInRenReportWithCheng() {
        let c = claims(["蒂芙尼发言人称，这张图片拍摄于五月。", "知情人称，协议即将达成。", "有人称，他们是恐怖分子。"])
        #expect(c.map(\.text) == ["这张图片拍摄于五月", "协议即将达成", "他们是恐怖分子"])
        #expect(c.map { $0.speaker ?? "nil" } == ["蒂芙尼", "nil", "nil"])  // (the spokesman speaks for Tiffany)
        #expect(claims(["小说用第三人称叙述，读者感到陌生。", "他的速度令人称奇，观众称赞不已。", "在所谓红二代或太子党内，刘亚洲称得上是一位少有的开明派人物。"]).isEmpty)
        // 直言不讳 is outspokenness, not a cue, and its 不 negates nothing: 直言不讳地说 reports.
        #expect(claims("他在网上最直言不讳的支持者都与该组织有关。").isEmpty)
        #expect(claims("普京直言不讳地说，这是错误的。").first?.speaker == "Vladimir Putin")
    }

    /// Staff are unnamed sources, also pointed back to (上述员工称) or a company's (该公司一位工作人员说).
    @Test func staffAreUnnamedSources() {
        let c = claims(["上述员工称，新材的生产成本其实很高。", "卓达物业公司一位工作人员告诉记者，总公司早已找不到人。", "华为员工表示，股票不再购买。"])
        #expect(c.map(\.text) == ["新材的生产成本其实很高", "总公司早已找不到人", "股票不再购买"])
        #expect(c.allSatisfy { $0.speaker == nil && $0.speakerKey == nil })
    }

    /// 在X看来，… states X's view: X speaks, the words after the comma are what X holds. 现在看来
    /// and 在我看来 name nobody.
    @Test func inSomeonesViewIsTheirStatement() {
        let c = claims(["普京曾多次访华。在他看来，中俄关系处于历史最好时期。", "在一些分析人士看来，这一举动意在施压。"])
        #expect(c.map(\.text) == ["中俄关系处于历史最好时期", "这一举动意在施压"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", nil])
        #expect(c.allSatisfy { $0.kind == "indirect" })
        #expect(claims("现在看来，这是错误的。").isEmpty)
    }

    /// 在X口中 (in X's words) and 按照X的说法 / 依照X所说 (according to what X says) credit X like
    /// 在X看来; 按照计划 follows a plan, 人口中 is a population, 在X眼中 is the narrator's reading.
    @Test func accordingToSomeoneIsTheirStatement() {
        let c = claims(["在普京口中，北约是最大的威胁。", "按照财政部的说法，这些债务不属于地方政府。", "依照拜登所说，美国会保护台湾。"])
        #expect(c.map(\.text) == ["北约是最大的威胁", "这些债务不属于地方政府", "美国会保护台湾"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "财政部", "Joe Biden"], "\(c)")
        #expect(claims(["按照计划，北约将继续扩大。", "在日本的未婚人口中，近六成从未约会。", "在普京眼中，北约是最大的威胁。"]).isEmpty)
    }

    /// A view credited after someone's cue in the same sentence is part of what they said.
    @Test func viewInsideAStatementStaysTheSpeakers() {
        let c = claims("普京告诉记者，在许多欧洲人看来，北约是最大的威胁。")
        #expect(c.map(\.speaker) == ["Vladimir Putin"], "\(c)")
        #expect(c.first?.text == "在许多欧洲人看来，北约是最大的威胁")
    }

    /// 发现，… (found that) and 觉得，… (feels that) report a finding or a view when words follow;
    /// after someone's cue in the same sentence they are part of that statement, and a study
    /// that found something carries no one's words (no intermediary).
    @Test func findingsAreStatements() {
        let c = claims(["人类学家麦高登发现，尼日利亚商人最不受欢迎。", "普京会见了记者。他觉得，这是挂羊头卖狗肉。"])
        #expect(c.map(\.text) == ["尼日利亚商人最不受欢迎", "这是挂羊头卖狗肉"])
        #expect(c.map(\.speaker) == ["麦高登", "Vladimir Putin"], "\(c)")
        #expect(claims("警方发现了一具尸体。").isEmpty)
        let nested = claims("环保组织主任王娃娃说，她在采访了一些中国国企后发现，煤炭项目利润很高。")
        #expect(nested.map(\.speaker) == ["王娃娃"], "\(nested)")
    }

    /// The one spoken to after 对 / 向 is not the speaker (一名滞留者对麦高登说); manner words
    /// end the subject (这位消息人士回忆说, 她摇着头说).
    @Test func listenerAndMannerAreNotTheSpeaker() {
        let c = claims(["人类学家麦高登研究非洲商人。一名尼日利亚滞留者对麦高登说，他们就像老鼠一样活着。", "这位消息人士回忆说，北京早已知情。"])
        #expect(c.map(\.text) == ["他们就像老鼠一样活着", "北京早已知情"])
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
    }

    /// How openly one spoke (对外, 私下) is not part of who spoke: 欧盟官员私下表示 is EU
    /// officials, unnamed; 华为对外宣布 is Huawei.
    @Test func publicityWordsEndTheSubject() {
        #expect(claims("华为对外宣布，新手机将在下月上市。").map(\.speaker) == ["Huawei"])
        let officials = claims("欧盟官员私下表示，这项收费可能会推迟。")
        #expect(officials.count == 1)
        #expect(officials.first?.speaker == nil, "\(officials)")
    }

    /// 笑言 / 笑道 (said laughing) and 想说的是： (what one means is) are cues; 他说的是实话 is no report.
    @Test func laughingAndMeaningAreCues() {
        let c = claims(["「我赚到钱就回去。」柯海廷笑言。柯海廷说，这是真的。", "普京想说的是，北约在扩张。"])
        #expect(c.map(\.text) == ["我赚到钱就回去。", "这是真的", "北约在扩张"])
        #expect(c.map(\.speaker) == ["柯海廷", "柯海廷", "Vladimir Putin"], "\(c)")
        #expect(claims("普京说的是实话。").isEmpty)
    }

    /// A cue after only 转而, 一方面 or an adverb in 地 goes on with the sentence's subject; being
    /// asked (被问及…时表示) is when the subject spoke, not who did.
    @Test func adverbsAndBeingAskedKeepTheSubject() {
        let c = claims(["习近平放弃了讨好台湾的努力，转而警告，大陆的耐心是有限的。", "习近平一直在吸引台湾，一方面直截了当地警告，将用武力回应。",
                        "美国驻华大使布兰斯塔德 (Terry Branstad) 被问及谈判进展时表示，双方还在谈。"])
        #expect(c.map(\.text) == ["大陆的耐心是有限的", "将用武力回应", "双方还在谈"])
        #expect(c.map(\.speaker) == ["Xi Jinping", "Xi Jinping", "Terry Branstad"], "\(c)")
        // 他深情地说: the pronoun is the subject, not the start of an adverb in 地
        let he = claims(["王毅说，中国愿意合作。", "「他们的动作简直难以置信，」他深情地说。"])
        #expect(he.map(\.speaker) == ["Wang Yi", "Wang Yi"], "\(he)")
    }

    /// A sentence opening with 并表示 goes on with the paragraph's last speaker; a credit after
    /// a connective (因为在他看来, 但据新华社报道) is read like one opening its clause.
    @Test func goingOnAcrossSentencesAndAfterConnectives() {
        let c = claims("卓达集团曾对外发布承诺书，表示将在7月25日前完成支付。并表示将通过融资抵押的方式偿还欠款。")
        #expect(c.map(\.speaker) == ["卓达集团", "卓达集团"], "\(c)")
        let via = claims("普京说，北约在扩张。但据新华社报道，习近平强调，中俄关系很好。")
        #expect(via.last?.via == "Xinhua", "\(via)")
        #expect(claims("普京访华。因为在普京看来，中俄关系很好。").last?.speaker == "Vladimir Putin")
    }

    /// Habitual adverbs end the subject (中国媒体经常提到 is unnamed media, 北京方面经常称 China).
    @Test func habitualAdverbsEndTheSubject() {
        let c = claims(["中国媒体经常提到，美国在衰落。", "北京方面经常称，美国在衰落。"])
        #expect(c.map(\.speaker) == [nil, "China"], "\(c)")
    }

    /// The outlet spoken to in 《》 is the via too (接受《环球时报》专访时表示); 美方放出消息称 is the
    /// United States; 担忧，… reports a worry when words follow.
    @Test func interviewsReleasesAndWorries() {
        let c = claims(["外交部发言人赵立坚在接受《环球时报》专访时表示，中方在拖延。", "美方放出消息称，中方在拖延。", "业内人士担忧，中方在拖延。"])
        #expect(c.map(\.speaker) == ["Zhao Lijian", "United States", nil], "\(c)")
        #expect(c.first?.via == "Global Times")
        #expect(claims("这种担忧是多余的。").isEmpty)
    }

    /// 后者 right after a name is the one just named; 对方 / 当事人 are unnamed.
    @Test func theLatterAndTheOtherSide() {
        let c = claims(["普京会见了习近平，后者表示，中俄关系处于最好时期。", "对方说：「要不你住住看？」"])
        #expect(c.map(\.speaker) == ["Xi Jinping", nil], "\(c)")
        #expect(claims("这是民族主义和社会主义在中国的结合。后者强调中国的复兴。").isEmpty)
    }

    /// Others (其他人, 有些人) and people described after 其他 (其他曾在奥巴马手下任职的官员) are unnamed.
    @Test func othersAreUnnamedSources() {
        let c = claims(["然而，其他人则认为，习近平是一个强硬派。", "其他曾在奥巴马手下任职的官员回忆说，他们有更多共识。"])
        #expect(c.map(\.text) == ["习近平是一个强硬派", "他们有更多共识"])
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
    }

    /// Someone pointed back to by what they are (这位贡献者, 该用户) was never named: unnamed;
    /// a title pointed back to (这位发言人) is still the person who had it.
    @Test func pointedBackPeopleWithoutTitleAreUnnamed() {
        let c = claims(["这位贡献者说，他们都被灌输了特定叙事。", "该用户表示，他们尊重事实。", "外交部发言人赵立坚出席记者会。这位发言人说，美国应停止干涉。"])
        #expect(c.map(\.speaker) == [nil, nil, "Zhao Lijian"], "\(c)")
    }

    /// A parenthesis holding clauses is an aside of the article, its statements read like the
    /// rest (without the closing mark); a short gloss in parentheses stays out.
    @Test func asidesInParenthesesAreRead() {
        let c = claims(["（到2018年，美国官员公开表示，中国普遍违反了该协议）。", "普京表示，北约（NATO，即北大西洋公约组织）在扩张。"])
        #expect(c.map(\.text) == ["中国普遍违反了该协议", "北约（NATO，即北大西洋公约组织）在扩张"], "\(c)")
    }

    /// 宣布，… announces words; 宣布了一项计划 announces a thing.
    @Test func announcementsWithWordsAreStatements() {
        let c = claims("中国周五宣布，已命令美国关闭驻成都总领事馆。")
        #expect(c.map(\.speaker) == ["China"], "\(c)")
        #expect(claims("中国宣布了一项新计划。").isEmpty)
    }

    /// A leader's administration or camp speaks as a body, not as the leader (特朗普政府内部普遍认为).
    @Test func administrationIsNotTheLeader() {
        let c = claims(["特朗普政府内部普遍认为，中国的力量应该受到制约。", "蔡英文阵营认为，制造资源将外移。", "特朗普表示，中国的力量应该受到制约。"])
        #expect(c.map(\.speaker) == ["特朗普政府", "蔡英文阵营", "Donald Trump"], "\(c)")
    }

    @Test func aRoleWithoutANameIsUnnamed() {
        let c = claims("一位亲美国的武装力量指挥军官说，这次撤退完全出乎意料。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
        #expect(claims("根据中国异议人士的经验，审查只会越来越严。").isEmpty)
        // (people named by their trade)
        let guard_ = claims("门突然打开，警卫说：“时间到了！”")
        #expect(guard_.map(\.description) == ["nil|direct|-|时间到了！"], "\(guard_)")
    }

    @Test func negatedAndNounCuesAreNotClaims() {
        #expect(claims("中国并未谴责这一行为。").isEmpty)
        #expect(claims("联邦调查局拒绝确认或否认情报记录的存在。").isEmpty)  // (negated with the verb 或 pairs it with)
        // (negated before whom the words would go to)
        #expect(claims("看守祝我新年快乐，但他没有对朱利安说。").isEmpty)
        #expect(claims("特朗普从未向选民警告说算法会抢走他们的工作。").isEmpty)
        #expect(claims("普京前往北京的目的是兑现这些承诺。").isEmpty)
        #expect(claims("对中国来说，现状符合其利益。").isEmpty)
    }

    /// What someone has not said can be the statement: the negated cue right after another
    /// cue is inside what is reported, not a statement of its own that ends the first.
    @Test func negatedCueInsideReportedClause() {
        let c = claims("一位政府高级官员上周五称，总统尚未表示是否签署该法案。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
        #expect(c.first?.text == "总统尚未表示是否签署该法案")
        let named = claims("美国国务卿布林肯周二称，拜登尚未表示是否签署该法案。")
        #expect(named.map(\.speaker) == ["Antony Blinken"])
        #expect(named.first?.text == "拜登尚未表示是否签署该法案")
    }

    /// Cues written with 道 (补充道, 解释道) report like their 说 forms.
    @Test func cuesWithDaoReport() {
        #expect(claims("佩斯科夫补充道，俄方愿意对话。").map(\.speaker) == ["Dmitry Peskov"])
        #expect(claims("拉夫罗夫解释道，这是原则问题。").map(\.text) == ["这是原则问题"])
    }

    /// One person saying what another claimed (王毅称，特朗普声称…) says all of it; an unnamed
    /// source relays the named speaker instead (知情人士称，特朗普表示…).
    @Test func aPersonSayingWhatAnotherClaimed() {
        let c = claims("王毅称，特朗普声称中国每年将购买500亿美元的美国农产品。")
        #expect(c.map(\.speaker) == ["Wang Yi"], "\(c)")
        #expect(c.first?.text.hasPrefix("特朗普声称") == true)
        let relayed = claims("知情人士称，特朗普表示中国每年将购买500亿美元的美国农产品。")
        #expect(relayed.map(\.speaker) == ["Donald Trump"], "\(relayed)")
    }

    /// 普京说：⏎… : a cue and a colon closing the paragraph announce the next one, the statement.
    @Test func aColonAnnouncesTheNextParagraph() {
        let c = claims(["普京在会上说：", "西方的制裁没有奏效，俄罗斯经济正在增长。", "会议持续了两个小时。"])
        #expect(c.map(\.speaker) == ["Vladimir Putin"], "\(c)")
        #expect(c.first?.text == "西方的制裁没有奏效，俄罗斯经济正在增长。")
    }

    /// 北京方面没有提到…，而是说…: the subject of a negated cue speaks on in the next one; a
    /// sentence opening with a connective alone (另一方面，普京…，称…) has its subject after it.
    @Test func theSubjectOfANegatedCueSpeaksOn() {
        let c = claims(["北京方面没有提到美国将推迟关税，而是说双方在一系列领域取得了进展。", "另一方面，普京淡化了在香港的抗议活动，称抗议者数量正在减少。"])
        #expect(c.map(\.speaker) == ["China", "Vladimir Putin"], "\(c)")
    }

    /// A date set with spaces around its digits (2015 年他…, 12 月 6 日 王毅…) or a month in
    /// numerals (三月国际法院裁定) opens the subject like one written solid.
    @Test func spacedDateBeforeSubject() {
        let c = claims("英国私人侦探韩飞龙 (Peter Humphrey) 被判有罪。2015 年他在出狱后表示，他未对各项指控认罪。")
        #expect(c.map(\.speaker) == ["韩飞龙"], "\(c)")
        #expect(claims("12 月 6 日 王毅表示，中国反对单边制裁。").first?.speaker == "Wang Yi")
        #expect(claims("三月国际法院裁定，英国对该群岛没有主权。").first?.speaker == "International Court of Justice")
        #expect(claims("十二月王毅表示，中国反对单边制裁。").first?.speaker == "Wang Yi")
    }

    /// 又说 / 亦称 / 再次表示 with no subject of its own goes on with the speaker before.
    @Test func cueAfterYouGoesOnWithTheSpeaker() {
        let c = claims("建筑师张之杨说，「原来不是这样的。」但又说，「总比什么都没有强。」")
        #expect(c.map(\.speaker) == ["张之杨", "张之杨"], "\(c)")
    }

    /// A share of people a survey asked speaks unnamed (大约 40% 的受访者表示); a feeling closing
    /// a sentence (…，他们很担心。) tags no statement before it.
    @Test func surveySharesAndFeelingsAtTheEnd() {
        let c = claims("大约 40% 的受访者表示，他们不信任政府。")
        #expect(c.count == 1 && c.first?.speaker == nil && c.first?.text == "他们不信任政府", "\(c)")
        #expect(claims("参与者首先看了一段视频，他们很担心。").isEmpty)
    }

    /// 宣布, 承认 and 确认 take a whole clause without a comma (它宣布公司电脑被勒索软件锁定,
    /// 他承认自己…, 承认编辑了…),
    /// not a noun phrase (承认错误, 宣布破产), nor a question (确认…是否…), nor when denied or
    /// joined to another verb inside a statement (无法…或确认…).
    @Test func announcingVerbsTakingAClause() {
        let c = claims("最近的受害者是本田，6 月 9 日它宣布公司电脑被勒索软件锁定。")
        #expect(c.count == 1 && c[0].speaker == "Honda" && c[0].text == "公司电脑被勒索软件锁定", "\(c)")
        #expect(claims("近60％的参与者承认 Facebook 的兴趣列表非常准确。").count == 1)
        #expect(claims("王明承认错误，政府宣布破产。").isEmpty)
        #expect(claims("警方确认他们的口音是否真实。").isEmpty)
        let own = claims(["她被判处十年监禁。", "孟晚舟承认自己在 2003 年醉酒驾车后逃避了处罚。"])
        #expect(own.map(\.speaker) == ["Meng Wanzhou"] && own.first?.text.hasPrefix("自己") == true, "\(own)")
        #expect(claims("他还承认编辑了其他胚胎。").first?.text == "编辑了其他胚胎")
        #expect(claims("上周特朗普宣告在多条战线上取得了胜利。").first?.speaker == "Donald Trump")
        let denied = claims("他说，他无法说出这些目标的名字或确认他们的网络已经受到损害。")
        #expect(denied.count == 1 && denied[0].text.hasPrefix("他无法说出"), "\(denied)")
    }

    /// Whoever condemns (谴责这些行动) speaks on in the next cue with no subject of its own
    /// (，并说…), as whoever raised a 质疑 does; the condemnation itself is no statement.
    @Test func condemningSubjectSpeaksOn() {
        let c = claims("国际科学界迅速谴责这些行动，并说这不仅在道德上是错误的。")
        #expect(c.count == 1 && c[0].speaker == nil && c[0].text == "这不仅在道德上是错误的", "\(c)")
        let named = claims("美国国务院立即谴责这些行动，并称这是对人权的践踏。")
        #expect(named.count == 1 && named[0].speaker == "US State Department", "\(named)")
    }

    /// A conclusion drawn (经研究得出结论，…) is the researcher's statement, and a court named as
    /// 法庭 speaks as 法院 does, also through a colon with no quotation marks.
    @Test func conclusionsAndTheCourt() {
        let c = claims(["经济史学家罗伯特·艾伦 (Robert Allen) 经研究得出结论，大型庄园的生产效率并不比公地高很多。",
                        "法庭说：与恐怖主义有关的问题不能用于证明这种回应的合理性。"])
        #expect(c.map { "\($0.speaker ?? "nil")|\($0.text)" } == ["罗伯特·艾伦|大型庄园的生产效率并不比公地高很多",
                                                              "法庭|与恐怖主义有关的问题不能用于证明这种回应的合理性"], "\(c)")
    }

    /// 说到 (mentioning: 说到底, 说到信任) and 说着 / 說著 (while speaking) report nothing.
    @Test func mentioningAndWhileSpeakingAreNoCues() {
        #expect(claims(["说到底，他主要还是在吹嘘。", "她每天坐在这里，說著菲律賓語。", "普京说到这里，停了下来。"]).isEmpty)
        #expect(claims("普京说，北约在扩张。").map(\.speaker) == ["Vladimir Putin"])
    }

    /// 表示 with what was welcomed before it (普京对俄中合作“…”表示欢迎) gives it, quotation and all; without
    /// quotation marks (企业对贸易休战表示欢迎, 球迷纷纷通过社交媒体表示抗议) nothing was said there.
    @Test func welcomingGivesOnlyAQuotation() {
        #expect(claims("普京对俄中合作“达到了前所未有的高度”表示欢迎，并说会继续合作。").map(\.text).contains("对俄中合作“达到了前所未有的高度”"))
        let c = claims(["一些企业对贸易休战表示欢迎，认为这是一个好消息。", "中国球迷纷纷通过社交媒体表示抗议。"])
        #expect(c.map(\.text) == ["这是一个好消息"], "\(c)")
    }

    /// 据知情人士透露，本周早些时候，白宫表示…: a credit followed, past when or the speaker's title
    /// (中国首席谈判代表、副总理刘鹤), by a speaker relays that speaker's words and is no claim of
    /// its own; words of its own before the speaker stay its claim.
    @Test func creditRelayingASpeaker() {
        let c = claims(["据一位了解内情的人士透露，本周早些时候，白宫表示将放行许可审批。",
                        "据知情人士透露，中国首席谈判代表、副总理刘鹤在会面中指出，中国仍希望达成协议。"])
        #expect(c.map(\.speaker) == ["White House", "Liu He"], "\(c)")
        #expect(c.map(\.text) == ["将放行许可审批", "中国仍希望达成协议"], "\(c)")
        let own = claims("据知情人士透露，中国将放宽限制，美国贸易代表莱特希泽说，这是好消息。")
        #expect(own.map(\.text) == ["中国将放宽限制", "这是好消息"], "\(own)")
    }

    /// "This time" between a body and its cue (欧洲法院此次确认, 警方本次表示) ends the body's
    /// name; inside a description before 的 it does not (参与此次修订的另一位专家称).
    @Test func occasionBeforeTheCue() {
        let c = claims(["欧洲法院此次确认，从公共场所收集信息必须受法律管制。", "警方本次表示，嫌疑人已经被捕。",
                        "参与此次修订的另一位专家对记者称，目前修订还没有定型。"])
        #expect(c.map(\.speaker) == ["欧洲法院", "警方", nil], "\(c)")
        #expect(c.map(\.text) == ["从公共场所收集信息必须受法律管制", "嫌疑人已经被捕", "目前修订还没有定型"], "\(c)")
    }
}
