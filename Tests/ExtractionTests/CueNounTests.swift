import Testing
@testable import Extraction

/// Cue words used as nouns, and countries that only qualify the speaker.
@Suite struct CueNounTests {
    @Test func reportNounWithoutContentIsNoClaim() {
        #expect(claims("多家媒体对此进行头条报道。").isEmpty)
        #expect(claims("在媒体报道中似乎都与间谍案有关。").isEmpty)
        #expect(claims("俄罗斯对该软件的封锁一直是社交媒体上的热门消息，活动人士纷纷发帖谴责。").allSatisfy { $0.speaker != "Russia" })
        #expect(claims("路透社报道，俄罗斯将在明年增加石油出口。").map(\.speaker) == ["Reuters"])
        #expect(claims("路透社报道说，俄罗斯将在明年增加石油出口。").map(\.speaker) == ["Reuters"])
    }

    @Test func countryBeforePeopleIsAnUnnamedSource() {
        let c = claims("有些美国精英认为，俄罗斯和中国是威胁。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
        #expect(c.first?.speakerKey == nil)
    }

    @Test func countryBeforeAnotherBodyIsThatBody() {
        #expect(claims("中国法院表示，被告的行为已构成犯罪。").first?.speaker == "中国法院")
        #expect(claims("美国政府表示，制裁将继续。").first?.speaker == "United States")
    }

    /// 威廉·詹姆斯的看法是，… / 推特给出的解释是，…: a saying given by someone named is theirs;
    /// 美国最著名的说法是 names a saying, no source, and 当时的说法是 inside someone's account
    /// does not cut it.
    @Test func sayingOwnedBySomeoneNamed() {
        let c = claims(["牛津大学的病毒学家威廉·詹姆斯 (William James) 的看法是，新冠病毒的活动分两个阶段。",
                        "推特给出的解释是，这篇文章违反了推特的规定。"])
        #expect(c.map(\.speaker) == ["威廉·詹姆斯", "Twitter"], "\(c)")
        #expect(claims("王毅对此的评价是，这是一次成功的访问。").map(\.speaker) == ["Wang Yi"])
        #expect(claims("美国最著名的说法是，对不良言语的最佳治疗方法是更多的言语。").isEmpty)
        let told = claims("田玉记得，富士康时常有人谈论自动化，当时的说法是「替代成本会很高」。田玉在富士康工作过。")
        #expect(told.count == 1 && told.first?.text.hasSuffix("替代成本会很高」") == true, "\(told)")
    }

    @Test func reportFollowedByASpeakerIsTheIntermediary() {
        let c = claims("路透社报道也说，有些专家认为，中国不会放弃俄罗斯。")
        #expect(c.first?.via == "Reuters", "\(c)")
    }
}

/// Subjects that are not what they seem: hearsay, titles, passives, a titled first clause.
@Suite struct SubjectShapeTests {
    @Test func hearsayNamesNoSource() {
        #expect(claims("据说学生会的资金来自中国，很多活动都有人组织。").allSatisfy { $0.speaker != "China" })
    }

    @Test func aCueInsideATitleIsNoClaim() {
        #expect(claims("纽约时报发表社评《回应习近平》，表达其立场。").isEmpty)
    }

    @Test func passiveAgentIsTheSpeaker() {
        let c = claims("俄罗斯管制网络的方法被很多人认为是在效仿中国。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil, "\(c)")
        #expect(claims("评论员李刚在评论此人被封杀这件事时表示，审查越来越严。").first?.speaker == "李刚")
    }

    /// 被认为 with no agent: how a thing is seen, not anyone's statement, and least of all
    /// one of the person the sentence is about.
    @Test func agentlessPassiveIsNoClaim() {
        #expect(claims("普京上月在俄罗斯接待了金正恩——这一步被认为是莫斯科在平衡与北京的关系。").isEmpty)
    }

    /// 不断, 不少, 不得不: words with 不 that negate nothing leave the statement made.
    @Test func wordsWithBuThatNegateNothing() {
        #expect(claims("他不断强调，中国不会在台湾问题上让步。").count == 1)
        #expect(claims("不少专家表示，经济增长将明显放缓。").count == 1)
        // 不少 goes on with the noun: many American doctors, not the United States
        #expect(claims("美国不少医生坦言，已听说太多希望检测但遭到回绝的案例。").map(\.speaker) == [nil])
        #expect(claims("卫生部长张明不得不警告，疫苗的供应出现了问题。").count == 1)
        #expect(claims("卫生部长张明并未警告，疫苗的供应出现了问题。").isEmpty)
    }

    /// The person closing a titled first clause speaks on after it; not one who only owns
    /// something in it but a document (释放刘晓波的要求: the body opening the clause speaks).
    @Test func titledFirstClauseGivesTheSpeaker() {
        let c = claims("中国知名法律学者和维权律师滕彪，不久前到我家里做客，说他电脑里的软件工作异常。")
        #expect(c.first?.speaker == "滕彪", "\(c)")
        let owned = claims("中国外交部当时拒绝了挪威提出的释放刘晓波的要求，称外国政府应该尊重中国的司法主权。")
        #expect(owned.map(\.speaker) == ["Chinese Foreign Ministry"], "\(owned)")
        // (a document of theirs still holds their words: 博尔顿的回忆录…，指责…)
        let memoir = claims("美国媒体近日爆出美国前国家安全顾问博尔顿的回忆录部分章节，指责总统为了连任跟大国领导人有交易。")
        #expect(memoir.map(\.speaker) == ["John Bolton"], "\(memoir)")
        // (people of theirs speak for them, unnamed: …哈珀·柯林斯（Harper Collins）的消息人士都表示)
        let sources = claims("出版商麦克米伦（Macmillan）和哈珀·柯林斯（Harper Collins）的消息人士都表示，他们没有听说过出版这本回忆录的计划。")
        #expect(sources.map(\.description) == ["nil|indirect|-|他们没有听说过出版这本回忆录的计划"], "\(sources)")
    }
}

@Suite struct QualifiedOrganizationEdgeTests {
    @Test func organizationInTrailingParenthesesDoesNotCrash() {
        let c = claims("某电信公司（美国）表示，局势正在缓和。")
        #expect(c.count == 1)
    }
}

/// Cues that describe the act of speaking rather than report words.
@Suite struct SpeakingActTests {
    @Test func aCueInATimeClauseIsNoClaim() {
        #expect(claims("普京表示，合作将继续。他说最后一句话时，语气很平静。").count == 1)
    }

    @Test func sayingWhileDoingIsNoClaim() {
        #expect(claims("很多官员私下里说着与当权者同样的话，把平民的死亡解释为附带伤害。").isEmpty)
    }

    @Test func whoeverIsMadeToBelieveStatesNothing() {
        #expect(claims("他们一直在努力让人们相信渗透的存在，让人们保持恐惧。").isEmpty)
    }
}

@Suite struct AddresseeTests {
    @Test func theOneAddressedIsNotTheSpeaker() {
        let c = claims("加布耶夫是该中心的主任，对路透社透露说，监视系统最初是为结构化信息开发的。")
        #expect(c.first?.speaker == "Alexander Gabuev", "\(c)")
    }

    /// A modal before a cue (应, 可以, 可能, 需要, 试图) is what someone should, could or tries to say, and a
    /// response made (做出了回应) is no words: neither is a claim; 回应说 still is.
    @Test func modalsAndMadeResponsesAreNoClaims() {
        #expect(claims("协议规定，中国应澄清相关法律的商业秘密条款。").isEmpty)
        #expect(claims("可以说，这次访问是两国关系的转折点。").isEmpty)
        #expect(claims("NBA 和火箭队试图表明他们与莫雷的言论无关。").isEmpty)  // (what one tries to show)
        #expect(claims("有些人可能会认为，选择一款杀毒软件是个多余的任务。").isEmpty)  // (what one might say)
        // (所做的…承诺: the pledge made, a noun, not a pledge given)
        #expect(claims("但中国的最高领导人会发现，他父亲所做的经济发展承诺，在当前的危机中影响有限。").isEmpty)
        #expect(claims("在总统的请求下，印度第一个做出了回应，迅速出动伞兵部队。").isEmpty)
        #expect(claims("普京回应说，俄罗斯不会退让。").map(\.speaker) == ["Vladimir Putin"])
        #expect(claims("佩斯科夫对此回应，克宫没有收到任何请求。").map(\.speaker) == ["Dmitry Peskov"])
    }

    /// 说出 is words uttered (他说出了那句宣言), not a report of what was said, and 说唱 is rap; 说道 still is.
    @Test func wordsUtteredAreNoClaim() {
        #expect(claims("普京在会上说出了那句广为流传的话。").isEmpty)
        #expect(claims("投资者包括普京和说唱歌手 Snoop Dogg。").isEmpty)
        #expect(claims("普京说道，俄罗斯不会退让。").map(\.speaker) == ["Vladimir Putin"])
    }

    /// A time word before 的 modifies what follows (瑞典最近的一项研究: a study, not Sweden
    /// speaking), and a response got (获得具体回应) is no words either.
    @Test func aTimeWordBeforeDeModifiesTheSubject() {
        #expect(!claims("瑞典最近的一项研究表示，若是每个家庭少一个孩子，每年能节省大量碳排放。").contains { $0.speaker == "Sweden" })
        #expect(claims("瑞典最近表示，将加入北约。").first?.speaker == "Sweden")
        #expect(claims("敏昂莱并未获得具体回应，掸邦境内多支武装至今仍在交火。").isEmpty)
    }

    /// Criticism received or raised (受到批评, 遭到谴责, 提出批评) is a thing, not words
    /// reported: the clause before it is the writer's, and the speaker's own clause stays.
    @Test func cueAsTheObjectOfAVerbIsANoun() {
        let c = claims("拜登说，他也曾因在演讲中提及家庭经历而受到批评。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == "Joe Biden")
        #expect(c.first?.text == "他也曾因在演讲中提及家庭经历而受到批评")
        #expect(claims("这一做法遭到谴责，一些人权人士也提出批评。").isEmpty)
        // who raised the doubt goes on speaking in the 称 after it
        let raised = claims("作为回应，中国外交部对该病毒的来源提出质疑，称科学家们尚未确定该病毒来自武汉。")
        #expect(raised.map(\.speaker) == ["Chinese Foreign Ministry"])
        #expect(raised.first?.text == "科学家们尚未确定该病毒来自武汉")
        // a doubt raised with a colon is followed by its words
        let colon = claims("时任美联储主席的珍妮特·耶伦提出质疑：即使全球需求增长，激烈的在线竞争是否阻止了商品生产商提高价格。")
        #expect(colon.map(\.speaker) == ["Janet Yellen"] && colon.first?.text.hasPrefix("即使全球需求增长") == true, "\(colon)")
    }

    /// 计算出，… reports what someone reckoned (希尔最近计算出，2010 年代…); 计算出结果 does not.
    @Test func reckonedFigures() {
        let c = claims(["高盛的经济学家斯宾塞·希尔最近计算出，2010 年代的消费增长低于过去五个十年。", "斯宾塞·希尔计算出结果后很高兴。"])
        #expect(c.map(\.speaker) == ["斯宾塞·希尔"], "\(c)")
    }

    /// Condemning takes a noun phrase (谴责外国干预): no words are reported, unless
    /// punctuation or 称 follows (谴责称，…); the clause still ends the statement before it.
    @Test func condemningANounReportsNoWords() {
        #expect(claims("巴西政府明确谴责委内瑞拉的独裁统治。").isEmpty)
        #expect(claims("中国外交部谴责称，美方的做法严重干涉中国内政。").first?.speaker == "Chinese Foreign Ministry")
        let c = claims("拜登表示，美国将继续支持乌克兰，并谴责俄罗斯的入侵。")
        #expect(c.map(\.text) == ["美国将继续支持乌克兰"])
    }

    /// Condemning someone as something (谴责分裂主义是…) states it, a copula after a subject;
    /// 总是 and 于是 are no copula, and 谴责或支持 no condemning.
    @Test func condemningSomethingAsSomething() {
        let c = claims("托卡耶夫谴责分裂主义是20世纪末的政治艾滋病。")
        #expect(c.map(\.text) == ["分裂主义是20世纪末的政治艾滋病"], "\(c)")
        #expect(claims("段纠集北洋系军人谴责黎，黎于是同意张勋出面调停。").isEmpty)
        #expect(claims("他们谴责那些总是跟在官方声明后面的人。").isEmpty)
        #expect(claims("活动人士谴责或支持这位官员是常有的事。").isEmpty)
    }

    /// 确认 / 解释 report only when words follow them (警方确认，…); 高瓴确认了两个原则 confirms a
    /// thing, and makes no name of 高瓴.
    @Test func confirmingReportsWhenWordsFollow() {
        let c = claims("普京解释，这两名警员因装备不足，回去请求增援。王毅确认，中方将派代表团出席会议。")
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Wang Yi"], "\(c)")
        let thing = claims(["高瓴确认了两个基本原则。", "此外，高瓴一直宣称其深入研究商业模式。"])
        #expect(!thing.contains { $0.text.contains("原则") }, "\(thing)")
    }

    /// 正如X指出的那样，… / 如同X所说，… (as X pointed out): X's words follow.
    @Test func asSomeoneSaid() {
        let c = claims("正如普京在会上指出的那样，西方的制裁没有奏效。")
        #expect(c.map(\.speaker) == ["Vladimir Putin"], "\(c)")
        #expect(c.map(\.text) == ["西方的制裁没有奏效"])
        // 正如他所说，… with no 那样: the 所 marks it, and 他 is the man who spoke before
        let he = claims(["苏世民说，人才很重要。正如他所说，「你有两种选择：要么经营一家小公司，要么清除掉那些庸才。」"])
        #expect(he.map(\.speaker) == ["Stephen Schwarzman", "Stephen Schwarzman"], "\(he)")
        #expect(claims("正如上文说，西方的制裁没有奏效。").isEmpty)
        // 如同 / 诚如 open it too
        let alike = claims("经济学家张勇表示，增长会放缓。如同张勇所指出的那样，西方的制裁没有奏效。")
        #expect(alike.map(\.text) == ["增长会放缓", "西方的制裁没有奏效"], "\(alike)")
    }

    /// 承认，… / 建议，…: admitting or advising is a statement when words follow the cue;
    /// 承认败选 (admitting a defeat) and 提出的建议 are things, no claim.
    @Test func admittingAndAdvising() {
        let c = claims("但普京承认，笨拙的宣传不必要地震惊了邻国。王毅建议，一是要减少人为算法歧视。")
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Wang Yi"], "\(c)")
        #expect(claims("韩国瑜承认败选。王毅提出的建议得到采纳。").isEmpty)
    }

    /// 回忆，… / 记得，…: remembering out loud, when words follow; 回忆录 and 他的回忆 are things.
    @Test func rememberingOutLoud() {
        let c = claims("普京回忆，当他在2010年第一次来到这里时，这里仍是一片荒地。")
        #expect(c.map(\.speaker) == ["Vladimir Putin"], "\(c)")
        #expect(claims("普京回忆录出版了。他的回忆很模糊。").isEmpty)
    }

    /// 宣布将… / 承认已经…: an act announced or admitted is a statement though no comma follows
    /// the cue; a report noun needs one (报道将… is the report doing something).
    @Test func anActAnnounced() {
        let c = claims("2010 年 3 月，普京宣布 将其军队撤出这一地区。王毅突然宣布已经派出代表团。")
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Wang Yi"], "\(c)")
    }

    /// 建议 right before an act proposes it though no comma follows (普京还建议强化…); the proposal
    /// a verb takes (接受建议，…) or a noun going on (建议书) proposes nothing.
    @Test func anActProposed() {
        let c = claims("普京还建议强化俄罗斯联邦国务委员会的地位。凯恩斯建议各国政府管理总需求或购买力。")
        #expect(c.map(\.speaker) == ["Vladimir Putin", "John Maynard Keynes"], "\(c)")
        #expect(claims(["普京接受建议，撤回了法案。", "普京的建议书已经提交给议会审议。"]).isEmpty)
    }

    /// What data or a document shows (数据显示，…) is their report: the body that compiled them
    /// when it heads the phrase (彭博经济研究公司汇编的数据, 皮尤研究中心的调查, 国家统计局数据), else the document
    /// as written (法庭文件); 显示 with no statement after it (这显示出他的决心) is no cue.
    @Test func whatDataShowIsAReport() {
        let c = claims(["彭博经济研究公司汇编的数据显示，人民币几乎占外汇交易额的一半。", "法庭文件显示，已有 281 家公司宣布破产。"])
        #expect(c.map(\.speaker) == ["Bloomberg Economics", "法庭文件"], "\(c)")
        #expect(c.allSatisfy { $0.kind == "report" }, "\(c)")
        #expect(claims("皮尤研究中心的一项调查显示，大多数美国人支持这项政策。").first?.speaker == "Pew Research Center")
        #expect(claims("国家统计局数据显示，今年前两个月工业增加值下降。").first?.speaker == "National Bureau of Statistics")
        // (an acronym whose document reports is a body, FDA数据; 控股 ends a body's name, 旭辉控股)
        #expect(claims(["FDA数据显示，植入位置或许会发生感染。", "旭辉控股表示，将顺应去杠杆的要求。"]).map(\.speaker) == ["FDA", "旭辉控股"])
        #expect(claims("这显示出他的决心。").isEmpty)
    }

    /// Letters, judgments, notices and patents speak as documents (这封信称), or as the body that wrote
    /// them (法院的判决书称: the court); a name ending in 信 (加藤胜信) or a word in 信 (自信) is none.
    @Test func lettersAndJudgmentsAreDocuments() {
        let c = claims(["八名议员签署了一封公开信。这封信称，NBA 为莫雷的推文道歉。", "法院的判决书称，他犯有间谍罪。"])
        #expect(c.map(\.speaker) == ["这封信", "法院"], "\(c)")
        #expect(c.first?.kind == "report", "\(c)")
        // a patent too (该专利说, 专利还表明)
        let p = claims("苹果提出了一项新专利。该专利说它可能包含一个检测手势的传感器。")
        #expect(p.map(\.speaker) == ["该专利"] && p.map(\.kind) == ["report"], "\(p)")
        // (named without the time it is placed in: 现在苹果提出的新专利 is 苹果提出的新专利)
        #expect(claims("现在苹果提出的新专利显示，这家公司正试图留住客户。").map(\.speaker) == ["苹果提出的新专利"])
    }

    /// A document speaks past adverbs after its noun (该报告也指出, 但声明也重申, 该备忘录继续说),
    /// which also ends the statement before it.
    @Test func documentsPastAdverbs() {
        let c = claims("NBA 的英文声明称，对莫雷的言论感到遗憾，但声明也重申 NBA 支持言论自由。")
        #expect(c.map(\.text) == ["对莫雷的言论感到遗憾", "NBA 支持言论自由"], "\(c)")
        #expect(claims("该报告也指出，这项技术没有科学依据。").first?.speaker == "该报告")
        #expect(claims("该备忘录继续说：“这些指南适用于所有工作沟通。”").first?.speaker == "该备忘录")
    }

    /// 补充 alone is a cue when words follow it (她又补充：「…」 / 他补充，…), and a noun or a
    /// verb of things otherwise (作为补充, 补充了库存).
    @Test func addingIsACueOnlyBeforeWords() {
        let c = claims(["王毅说，中国愿意合作。他又补充：「有生之年。」", "作为补充，政府补充了库存。"])
        #expect(c.map { "\($0.speaker ?? "nil")|\($0.text)" } == ["Wang Yi|中国愿意合作", "Wang Yi|有生之年。"], "\(c)")
    }

    /// 回应 and 承诺 are cues only when words or a future follow (佩斯科夫对此回应，…, 回应：「…」,
    /// 承诺将…); a response or a promise of a thing is no statement (中方回应以反制措施, 中国已承诺
    /// 投资 600 亿美元: the gold takes bare commitments as optional at most).
    @Test func respondingAndPromisingAreCuesOnlyBeforeWords() {
        #expect(claims(["中方则回应以反制措施，对美国农产品加征关税。", "中国已承诺投资 600 亿美元建设经济走廊。"]).isEmpty)
        let c = claims(["王毅回应：「这是不负责任的。」", "习近平承诺将继续扩大开放。"])
        #expect(c.map(\.speaker) == ["Wang Yi", "Xi Jinping"], "\(c)")
    }

    /// A study, a document or researchers 发现 a clause without a comma (该调查发现有30个国家…);
    /// anyone else finding something is told about (他发现家里的网络总是不正常, 她发现自己…).
    @Test func findingsOfStudiesTakeAClause() {
        let c = claims("该调查发现有30个不同国家已经在使用这种服务。")
        #expect(c.map(\.text) == ["有30个不同国家已经在使用这种服务"], "\(c)")
        #expect(claims(["王毅发现家里的网络总是不正常。", "普京发现自己正遭遇一场危机。"]).isEmpty)
        // (a clause of what one has, may or will do; data showing a clause of six characters or
        // more, not 显示了 / 显示出 a thing)
        let more = claims(["疫情仍在扩散。2006 年瑞典的研究发现所有精神病患中只有 6.6% 曾有暴力犯罪行为。", "最新的就业数据显示美国就业市场状况良好。",
                           "这显示了他的决心。", "屏幕显示出一个红色的警告。"])
        #expect(more.map(\.text) == ["所有精神病患中只有 6.6% 曾有暴力犯罪行为", "美国就业市场状况良好"], "\(more)")
    }

    /// A broker's research note (研报) is its author's words, as any body's report is (国际货币基金
    /// 组织的报告称), and a note nobody is named for is a document that reports; 结果 opening a
    /// clause is "as a result", and the finding after it is the subject's before it (…进行了调查，结果发现，…).
    @Test func researchNotesAndResultsFound() {
        let c = claims(["华创证券的研报称，土地出让金出现了明显上升。", "皮尤研究中心对美国用户进行了调查，结果发现，有44%删除了应用。"])
        #expect(c.map(\.kind) == ["indirect", "indirect"] && c.first?.speaker == "华创证券", "\(c)")
        let unowned = claims("最新的研报称，土地出让金出现了明显上升。")
        #expect(unowned.map(\.kind) == ["report"], "\(unowned)")
        #expect(c.last?.speaker == "Pew Research Center", "\(c)")
    }

    /// A cue word before 者 names the people who do it (批评者, 质疑者), no statement: 质疑者
    /// 认为… is not 质疑 with 者认为… as its words, credited to whoever spoke before.
    @Test func cueBeforeZheIsAnAgentNoun() {
        let c = claims(["王毅说，合作将继续。质疑者认为，限制入境恐没有法律依据。", "一位直言不讳的政治批评者离开了她在市中心的公寓，前往几个街区外的律师事务所。"])
        #expect(c.map(\.text) == ["合作将继续", "限制入境恐没有法律依据"], "\(c)")
        #expect(c.last?.speaker == nil, "\(c)")
    }

    /// A 不 inside an adverb of manner in 地 negates the manner, not the saying (见怪不怪地说,
    /// 不情愿地认为); 不公开说, with no 地, still says nothing.
    @Test func negationInsideAnAdverbOfManner() {
        let c = claims("一位工作人员停了下来。「还要很久，」他见怪不怪地说，「或许要更久。」")
        #expect(c.map(\.text) == ["还要很久，", "或许要更久。"], "\(c)")
        #expect(claims("外交部不公开说，这项协议已经失效。").isEmpty)
    }

    /// 价值主张 and 领土主张 are a proposition and a claim held, 进行回应 a response made: nouns,
    /// with nothing reported after them (赵建民主张… still reports); 批评性 qualifies.
    @Test func propositionsAndResponsesAsNouns() {
        #expect(claims(["过去，AMD 的价值主张自始至终都是价格。", "中国在南海的领土主张没有国际法依据。", "蔡英文以试图投射实力的做法进行回应，她出席了授勋仪式。"]).isEmpty)
        #expect(claims("学者赵建民主张，台湾新闻应该更加积极。").map(\.speaker) == ["赵建民"])
        // 批评性 is an adjective (批评性学者, critical scholars), 批评 before words a cue
        #expect(claims("当局打压了维权律师、女权主义者、持不同政见者、批评性学者和劳工活动家。").isEmpty)
        #expect(claims("王毅批评美方的做法是错误的。").count == 1)
        // (一系列表态 is a series of statements, a noun; 对外表示 says in public)
        #expect(claims("《纽约时报》的一系列表态是真正强者的表现。").isEmpty)
        #expect(claims("钟南山对外表示，病毒可以人传人。").map(\.speaker) == ["Zhong Nanshan"])
    }

    /// 因担心 and 因为担心 give a motive, not a worry voiced; after 进行 or 惹来 a cue is a noun (进行估算,
    /// 进行报道, 惹来批评).
    @Test func motivesAndWarningsGiven() {
        #expect(claims(["亚马逊因担心算法偏差，宣布暂停出售这项技术。", "不少学者对当前失业率进行估算，其结果往往远高于官方水平。"]).isEmpty)
        #expect(claims("一些分析人士担心，壳牌可能正计划耗尽其资金。").count == 1)
        #expect(claims("她2008年拍摄的照片也惹来批评，身穿透视装的少女站在三峡大坝前。").isEmpty)
    }

    /// A cue right after 了 is what was done, a noun (进行了报道, 审查了批评…的用户), unless a colon
    /// or a quotation gives its words (发出了警告：「…」).
    @Test func cueAfterLeIsANoun() {
        #expect(claims(["LinkedIn 审查了批评中国政府的用户的个人资料和活动，这是对政府审查要求的回应。",
                        "《洛杉矶时报》对加州兰乔圣菲市的居民用水情况进行了报道，该地区住户平均每天耗用的水量很高。"]).isEmpty)
        let c = claims("美国情报机构在简报中发出了警告：「这种病毒很危险，会蔓延到世界各地。」")
        #expect(c.map(\.text) == ["这种病毒很危险，会蔓延到世界各地。"], "\(c)")
    }

    /// A body that 发现 something reports it, as a study does (京东发现…, 公民实验室发现…); a person
    /// finding something is told about, and a scan showing something is no source (CT 显示…).
    @Test func bodiesReportWhatTheyFind() {
        let c = claims(["2017 年，大型电商公司京东发现老年人的消费额是一般用户的 2.3 倍。", "公民实验室发现肯尼亚正在使用 Circles 监控系统。"])
        #expect(c.map(\.speaker) == ["JD.com", "Citizen Lab"], "\(c)")
        #expect(claims("他发现家里的网络总是不正常。").isEmpty)
    }

    /// 已 marks a clause after 确认 or 宣布 without a comma as 已经 does (中国官员确认双方已原则上达成协议,
    /// 宣布此次疫情已构成全球大流行).
    @Test func alreadyMarksAConfirmedClause() {
        let c = claims(["中国官员确认双方已原则上达成协议。", "世界卫生组织宣布此次疫情已构成全球大流行。"])
        #expect(c.map(\.text) == ["双方已原则上达成协议", "此次疫情已构成全球大流行"], "\(c)")
    }

    /// A cue in a clause 之所以 opens is the writer explaining why someone said it (扎克伯格之所以
    /// 这样说，只因为…): the reason is no statement; 之所以 inside the words reported stays in them.
    @Test func reasonsForSayingAreNoStatements() {
        #expect(claims("扎克伯格之所以这样说，只因为 Facebook 希望将其用户打包。").isEmpty)
        let c = claims("她认为，村民之所以不愿意去，是因为没有钱。")
        #expect(c.map(\.text) == ["村民之所以不愿意去，是因为没有钱"], "\(c)")
    }

    /// 言说 is discourse, a noun (钱锺书…的言说动辄丢三落四); 说 after a word in 言 still
    /// reports (他留言说, 他却冷言说).
    @Test func discourseIsNoCue() {
        #expect(claims("钱锺书用文言文翻译外国作家的言说动辄丢三落四。").isEmpty)
        let c = claims(["他留言说，这本书写得很好很好。他却冷言说，这种做法等如是消极的恐怖主义。"])
        #expect(c.map(\.text) == ["这本书写得很好很好", "这种做法等如是消极的恐怖主义"], "\(c)")
    }

    /// 信息披露 is disclosure, a noun (信息披露法, 信息披露质量): its 披露 reports nothing.
    @Test func disclosureIsNoCue() {
        #expect(claims("投资者在严格的内幕交易法与信息披露法的规定下阅读报告并与公司接触。").isEmpty)
    }

    /// Critics (批评家, 批评人士), assessors (大批评估人员) and what can be predicted (可预测) say nothing.
    @Test func criticsAndPredictabilityAreNoCues() {
        #expect(claims(["文学批评家约翰生博士对莎士比亚也有类似的看法。", "他们雇用大批评估人员来检查算法的质量。", "她的生活会更加可预测。"]).isEmpty)
    }

    /// A cue whose words are only a thing pointed back to (否认这些指控, 质疑这项政策, 相信这个道理)
    /// takes it as its object: no words reported; a clause after the same pointer is reported
    /// (否认该市存在拘留营, 认为这些数据毫无用处).
    @Test func thingPointedBackIsAnObject() {
        let c = claims(["字节跳动否认这些指控。", "王毅质疑这项政策。", "字节跳动否认该市存在拘留营。", "王毅认为这些数据毫无用处。"])
        #expect(c.map(\.text) == ["该市存在拘留营", "这些数据毫无用处"], "\(c)")
    }
}
