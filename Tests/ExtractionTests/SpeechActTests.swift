import Testing
@testable import Extraction

    /// A shout's words are the quotation right after it and nothing after that (高喊「真主伟大」刀杀
    /// 路人); 高呼口号 shouts none, and a shout inside someone's words is part of them.
    @Test func shoutsAreTheirQuotationOnly() {
        let c = claims(["不少网友高喊「举手机器死了」，似乎是大快人心。", "示威者高呼口号，要求政府下台。"])
        #expect(c.map(\.text) == ["举手机器死了"] && c.first?.kind == "direct", "\(c)")
        let inside = claims("推特指，CNN 的记者和示威者一起高呼「我们做到了」，而他当时正为 CNN 工作。")
        #expect(inside.count == 1 && inside.first?.text.hasPrefix("CNN 的记者") == true, "\(inside)")
    }

/// Cues of this kind of speech act: an outlet told, speech only supposed, what one has said.
@Suite struct SpeechActTests {
    /// What is widely held of someone (后者被普遍认为是…, 被广泛指责) is said by no one: no claim of
    /// the sentence's subject; people named as holding it (被很多人认为) still hold a view.
    @Test func widelyHeldIsNoOnesClaim() {
        let c = claims("宝坻区区长毛劲松把这家商场比作武汉的海鲜市场，后者被普遍认为是疫情暴发的源头。")
        #expect(!c.contains { $0.speaker == "毛劲松" }, "\(c)")
    }

    /// An outlet told (告诉路透社 / 告诉《卫报》) is the via, as one spoken to (对路透社表示) is; a
    /// reporter told without a name (告诉记者) is none.
    /// 胡说八道 (talking nonsense) and 说声谢谢 (saying thanks) report no words, nor do 说实话
    /// and 换句话说; 内塔尼亚胡说 (Netanyahu said) still does.
    @Test func nonsenseAndThanksAreNoStatements() {
        // 说实话 / 说白了 / 换句话说 ("to be honest", "in other words") frame the writer's own words
        #expect(claims(["王毅说，中国不会改变立场。说实话，这个明显的错误打破了真实感。", "说白了，这是挂羊头卖狗肉。换句话说，转发者会更出名。"])
            .map(\.text) == ["中国不会改变立场"])
        #expect(claims(["他们在胡说八道中泄露了一些重要信息。", "我对他说声thanks，继续向火车站方向快步走去。"]).isEmpty)
        // (道 after a cue is "said" (说道, 批评道), unless it opens a word: 道路, 道琼斯)
        #expect(claims(["一个2010年的小册子指出道琼斯观察名单是为客户服务的。", "马克·布洛赫接着批评道，集体记忆是个比喻。"]).map(\.text)
            == ["道琼斯观察名单是为客户服务的", "集体记忆是个比喻"])
        // (或者说 "or rather", 说起来 "come to think of it", 能说会道 "glib")
        #expect(claims(["诚恳的创作或者说真实的作品，须将作者溶解在其中。", "說起來容易做起來難。", "他比大多数人都能说会道：如今他到处开讲座。"]).isEmpty)
        #expect(claims("我們住的是 Jongro Amare Hotel，三個晚上是 8606 台幣，雖然說比釜山高了不少，但在首爾算便宜的了。").isEmpty)  // (虽然说 "although")
        // (会有人说 "someone will say": an imagined speaker; 协会有关人士 still speaks)
        #expect(claims(["可能会有人质疑，这些培训没有什么影响。", "我的翻译假如不够贴近原文，自会有读者指出。"]).isEmpty)
        #expect(claims("基金业协会有关人士表示，现有法规过于原则。").count == 1)
        // (往好处说 "to put it kindly", 往坏处说 "to put it unkindly")
        #expect(claims("这种译法往好处说是锦上添花，往坏处说则是佛头着粪，往中立处说就是移花接木。").isEmpty)
        // (称雄, 称帝: ruling; 称职: fit for the post)
        #expect(claims(["在斯坦福称雄的还是科技巨头。", "他的儿子赵构在南方称帝，重建朝廷。"]).isEmpty)
        #expect(claims("内塔尼亚胡说，这份报告是愚人节的恶作剧。").map(\.speaker) == ["Benjamin Netanyahu"])
        // (更准确地说, 确切地说 "to be precise" frame the writer's words too; 坦白地说 is a manner of saying)
        #expect(claims(["她的工作由指挥部决定，确切地说，由指挥部的通告决定。", "她不喜欢没有答案的问题，或者更准确地说，她不会拒绝回答。"]).isEmpty)
        #expect(claims("欧洲一名资深塑料业说客王伟坦白地说企业董事会上并没有讨论过这个。").count == 1)
    }

    @Test func outletsTold() {
        let c = claims(["外交部发言人赵立坚告诉路透社，中方在拖延。", "一位工作人员告诉《卫报》，中方在拖延。", "赵立坚告诉记者，中方在拖延。"])
        #expect(c.map(\.speaker) == ["Zhao Lijian", nil, "Zhao Lijian"], "\(c)")
        #expect(c.map(\.via) == ["Reuters", "The Guardian", nil], "\(c)")
        // (a space before a Latin name: 告诉 The Intercept，…, 对 BBC 表示)
        let spaced = claims(["一位发言人告诉 The Intercept，圆桌会议从未发生过。", "王毅对 BBC 表示，中方在拖延。"])
        #expect(spaced.map(\.via) == ["The Intercept", "BBC"], "\(spaced)")
    }

    /// 告诉X说 / 提醒X称 is one cue: the one addressed neither speaks (画家朋友告诉普京说…, 艾德森提醒
    /// 特朗普称…) nor, as an outlet, reports (告诉华盛顿邮报说: the intermediary).
    @Test func toldSomeoneThat() {
        let c = claims(["普京告诉华盛顿邮报说，他有些东西想让他看一下。", "他的画家朋友告诉普京说，面对过去的真相很重要。",
                        "金沙集团首席执行长艾德森提醒特朗普称，新关税将会提高消费物价水平。"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", nil, "艾德森"], "\(c)")
        #expect(c.first?.via == "The Washington Post", "\(c)")
    }

    /// Arguing, threatening and boasting before 说 or 称 are the cue with it (王建国争辩说, 大使威胁称,
    /// 吹嘘道), not part of who speaks.
    @Test func arguedThreatenedBoasted() {
        let c = claims(["王建国是教授。王建国争辩说，这不可能发生在中国。", "中国外交官威胁称，假如德国禁止华为，中国将采取报复。"])
        #expect(c.map(\.speaker) == ["王建国", nil], "\(c)")  // (an unnamed diplomat, not one named 中国外交官威胁)
    }

    /// Pleading (辩解说, 狡辩说) reports as arguing does, and a sigh (感慨) before the punctuation
    /// of its words; a sigh given (发出了感慨) is none.
    @Test func pleadedAndSighed() {
        let c = claims(["警方发言人狡辩说，最终确定嫌疑人是一个基于人的决策过程。", "张建国感慨：“人生苦短。”"])
        #expect(c.map(\.text) == ["最终确定嫌疑人是一个基于人的决策过程", "人生苦短。"], "\(c)")
        #expect(c.map(\.speaker) == [nil, "张建国"], "\(c)")
        #expect(claims("他发出了感慨，人生苦短。").isEmpty)
    }

    /// Joking (戏称) reports the words right after it, quoted or after punctuation; before a name
    /// and 为 it gives a nickname (戏称赵正永为「网球队长」, 被戏称为「小巨人」).
    @Test func jokingWordsAndNicknames() {
        let c = claims(["美国投资银行的创始人约翰·皮尔庞特·摩根 (John Pierpont Morgan) 却有不同看法，他戏称「黄金才是钱，其他的都只是信用」。"])
        #expect(c.map(\.description) == ["约翰·皮尔庞特·摩根|direct|-|黄金才是钱，其他的都只是信用"], "\(c)")
        #expect(claims(["姚明被戏称为「小巨人」。", "网友们戏称赵正永为「网球队长」。"]).isEmpty)
    }

    /// 总是说 and 只是说 say always or only, where 就是说 ("that is") reports nothing.
    @Test func alwaysAndOnlySaid() {
        let c = claims(["中共总是说，苏联是让戈尔巴乔夫整垮的。", "王毅没有细说。他只是说，双方的合作很顺利。", "这就是说，中美关系很重要。"])
        #expect(c.map(\.speaker) == ["Chinese Communist Party", "Wang Yi"], "\(c)")
    }

    /// 写到 (written for 写道) reports what follows a colon, comma or quotation mark; 写到这里 is none.
    @Test func wroteMiswritten() {
        let c = claims(["作家方方在日记里写到，武汉疫情从最初发现到封城，中间延误二十多天。", "方方写到这里，停下了笔。"])
        #expect(c.map(\.description) == ["方方|indirect|-|武汉疫情从最初发现到封城，中间延误二十多天"], "\(c)")
    }

    /// 说是 after a person or 他 says what it was (他说是贪婪让他投资…), where 可以说是 reports nothing;
    /// 称呼 (calls someone something) is no 称; a dash before a subject opens its clause (这并不是认罪
    /// ——普京仍然认为…), while one closing an aside does not (普京——这位俄罗斯总统——认为).
    @Test func saidItWasCallingAndDashes() {
        let c = claims(["普京发表讲话。他说是贪婪让他投资于冒险的房地产基金。", "这可以说是贪婪让他投资于冒险的房地产基金。",
                        "特朗普称呼新冠病毒为中国病毒。", "这并不是认罪——普京仍然认为自己的判罚过重了。", "普京——这位俄罗斯总统——认为，西方在撒谎。"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Vladimir Putin", "Vladimir Putin"], "\(c)")
        #expect(c.map(\.text) == ["是贪婪让他投资于冒险的房地产基金", "自己的判罚过重了", "西方在撒谎"], "\(c)")
    }

    /// 特别 before 指出 / 强调 / 提到 is how the words were given, not part of who gave them
    /// (彭震特别强调 was a speaker named 彭震特别); 香港特别行政区 keeps it.
    @Test func particularlyBeforeTheCue() {
        let c = claims(["王建国是教授。王建国特别强调，西方在撒谎。", "该报告特别指出，西方在撒谎。", "香港特别行政区政府表示，西方在撒谎。"])
        #expect(c.map(\.speaker) == ["王建国", "该报告", "Hong Kong Government"], "\(c)")
    }

    /// A year between the speaker and the cue (约翰逊在 2019 年表示, 联合国儿童基金会去年表示)
    /// places the words in time: 年表 is no word that 表示 could be the end of.
    @Test func yearBeforeTheCue() {
        let c = claims(["鲍里斯·约翰逊在 2019 年表示，这本书不会出版。", "联合国儿童基金会去年表示，至少有135名儿童遇害。"])
        #expect(c.map(\.speaker) == ["Boris Johnson", "UNICEF"], "\(c)")
    }

    /// A day of the week between the speaker and the cue (NBA 发言人周三晚间表示) is when, as a
    /// date is: the subject ends before it.
    @Test func weekdayBeforeTheCue() {
        let c = claims(["中国外交部发言人周一表示，对于关税争端没有进一步的信息可以提供。", "批评人士周二称，这份协议对农民毫无帮助。"])
        #expect(c.map(\.speaker) == ["Chinese Foreign Ministry", nil] && c.count == 2, "\(c)")
    }

    /// Words of when opening the subject (上周四晚间, 上周) come before who speaks: no end of the
    /// phrase; a time alone still names nobody (上周五表示).
    @Test func timeOpeningTheSubject() {
        let c = claims(["上周四晚间副馆长李克新在华盛顿的一个活动上表示：「有些红线是不能跨越的。」", "上周美联储暗示会很快将利率小幅下调。"])
        #expect(c.map(\.speaker) == ["李克新", "Federal Reserve"], "\(c)")
        #expect(claims("美国已有至少七例确诊病例，上周五表示将拒绝外籍人士入境。").allSatisfy { $0.source != "上周五" && $0.speaker != "上周五" })
    }

    /// What one need not do (违规者不必担心) is no cue inside what was said; 有时 opening the clause
    /// only says how often (有时他也指责…).
    @Test func needNotWorryAndSometimes() {
        let c = claims(["王毅兴高采烈。但他已经明确表示违规者不必担心，尽管选民选他是为了恢复秩序。"])
        #expect(c.map(\.text) == ["违规者不必担心，尽管选民选他是为了恢复秩序"] && c.map(\.speaker) == ["Wang Yi"], "\(c)")
        let sometimes = claims(["王毅对这些发现不予理会。有时他也指责他们用环境教条作借口。"])
        #expect(sometimes.map(\.speaker) == ["Wang Yi"], "\(sometimes)")
    }

    /// A vow or a description before a comma introduces what was vowed or described (贝特誓言，…,
    /// 一名社工描述，…); 描述 as a noun (对病毒的轻蔑描述) and 誓言 without a comma report nothing.
    @Test func vowsAndDescriptionsAfterAComma() {
        let c = claims(["奥利弗·贝特誓言，不会大幅削减这类保险的信用额度。", "一名社工对记者描述，有两个年轻人在医院旁举起了手势。"])
        #expect(c.map(\.speaker) == ["奥利弗·贝特", nil] && c.map(\.kind) == ["indirect", "indirect"], "\(c)")
        #expect(claims("他们发下誓言要守护这片土地直到最后一刻。").isEmpty)
        // (形容，… and 谈到，… likewise; without the comma a description of the writer's, or a topic)
        let more = claims(["一名西非商人则形容，中国人对待合约就像是对待厕纸。", "与会者谈到，史料的搜集整理是一个必要环节。"])
        #expect(more.map(\.text) == ["中国人对待合约就像是对待厕纸", "史料的搜集整理是一个必要环节"], "\(more)")
        #expect(claims(["普京形容这次会谈非常成功。", "普京谈到了自己的童年。"]).isEmpty)
    }

    /// 说到 ("said") and 回忆到 ("recalled", for 回忆道) before a comma or colon, or closing a
    /// sentence after a quotation, give the words; 说到这里 ("speaking of this") and 说到底 report nothing.
    @Test func saidToBeforePunctuation() {
        let c = claims(["「我到现在还能感觉到那种冰冷。」去年普京在荷兰演讲时说到。", "普京说到：“我们连百度云都用不了。”"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Vladimir Putin"] && c.allSatisfy { $0.kind == "direct" }, "\(c)")
        #expect(claims("一名斯坦福毕业生回忆到，一家大公司曾花钱租了一架直升机送他去机场。").count == 1)
        #expect(claims(["说到这里，普京笑了。", "说到底，这是普京的选择。"]).isEmpty)
    }

    /// What an agent thinks of a thing, after 被 and ending in the thing (一切被共产党政权认为不利的
    /// 内容), describes the thing and reports nobody's words; a view of a whole clause (被美国认为
    /// 蒋经国的政战系统…), 被捕后表示，… and 被问及…时说 still report.
    @Test func agentOfAPassiveSaysNothing() {
        #expect(claims(["他们限制访问一切被共产党政权认为不利的内容。", "他透露了一些被大陆当局认为敏感的消息。"]).isEmpty)
        let c = claims(["王毅被问及此事时说，中方不接受。", "他被捕后表示，自己是无辜的。", "这起事件被美国认为蒋经国的政战系统就算不是主谋，也是帮凶。"])
        #expect(c.map(\.text) == ["中方不接受", "自己是无辜的", "蒋经国的政战系统就算不是主谋，也是帮凶"], "\(c)")
    }

    /// Speech supposed (如果中共认为…，它就…, 只要评委认为…, 一旦公司认为…) is no claim; a condition
    /// inside what someone said (普京说，如果美国同意，…) is part of the claim.
    @Test func supposedSpeechIsNoClaim() {
        #expect(claims("但是如果中共认为时间对自己有利，它就宁可在现阶段按兵不动。").isEmpty)
        #expect(claims(["只要评委认为他的作品有文学价值，依然可以获奖。", "一旦公司认为不再需要他们，就会把他们卖掉。"]).isEmpty)
        let c = claims("普京说，如果美国同意，战争就结束了。")
        #expect(c.map(\.text) == ["如果美国同意，战争就结束了"], "\(c)")
    }

    /// 说过 (has said) reports when words follow it after punctuation or a quotation; 说过去 is
    /// 说 and 过去, and 说过的话 a noun. 早 opens the predicate (台湾人早说过: the Taiwanese, unnamed).
    @Test func hasSaid() {
        let c = claims(["毛泽东曾说过：“年轻人是早上八九点钟的太阳。”", "台湾人早说过，要我们接受一国两制是不可能的。"])
        #expect(c.map(\.speaker) == ["Mao Zedong", nil], "\(c)")
        #expect(c.map(\.text) == ["年轻人是早上八九点钟的太阳。", "要我们接受一国两制是不可能的"], "\(c)")
        #expect(claims("他说过的话都算数。").isEmpty)
    }

    /// Someone's conclusion or answer introduces their words (这项研究的结论是，…, 他的回答是：
    /// “…”): the owner before 的 speaks. (的回应是 and 的说法是 are too often nouns inside a
    /// reported clause: Glomar 的回应是“有效的”.)
    @Test func conclusionsAndAnswers() {
        let c = claims(["这项研究的结论是，疫苗是安全的。", "普京的回答是：“我不知道。”"])
        #expect(c.map(\.speaker) == ["这项研究", "Vladimir Putin"], "\(c)")
        #expect(c.map(\.text) == ["疫苗是安全的", "我不知道。"], "\(c)")
    }

    /// Saying a word (连说句真心话都会担心), being unable to say (说不出话来) and saying no (说不的能耐)
    /// report nothing.
    @Test func sayingAWordOrNothing() {
        #expect(claims(["连为港人说句真心话都会担心触犯《国安法》。", "她激动得说不出话来，只感到震惊。", "他可有说不的能耐？"]).isEmpty)
        #expect(claims("他说不会再去香港了。").map(\.text) == ["不会再去香港了"])
    }

    /// 现在 between a speaker and the cue is an adverb (欧盟现在认为), not 在 making the cue a noun,
    /// and so are 正在, 一直在, 仍在 and 还在 (words said on and on). A forecast for a time (预计今年) is a named speaker's,
    /// past adverbs and spaces (IMF 现在预计今年…), or its people's (摩根士丹利的经济学家现在预测明年: the bank's), and
    /// no one's after a thing (会议预计明天举行).
    @Test func forecastsAndNow() {
        #expect(claims("欧盟现在认为，唯一的办法就是和土耳其达成合作。").map(\.description) == ["European Union|indirect|-|唯一的办法就是和土耳其达成合作"])
        #expect(claims("IMF 现在预计今年的全球经济增长率将仅为 3%，而去年为 3.6%。").map(\.description)
                == ["International Monetary Fund|indirect|-|今年的全球经济增长率将仅为 3%，而去年为 3.6%"])
        #expect(claims("会议预计明天举行，各国代表将出席。").isEmpty)
        // (正在, 一直在, 仍在, 还在: words going on are still words; 的宣称 is a noun, no 称 after 宣)
        let going = claims(["一些行业正在呼吁紧急帮助。", "IYP 一直在强调，异议和反对是完全不同的。", "美國人要求自由而尋求獨立的宣稱便失去了基礎。"])
        #expect(going.map(\.text) == ["紧急帮助", "异议和反对是完全不同的"], "\(going)")
        let people = claims("摩根士丹利的经济学家现在预测明年中国经济增速将降至 5.8%。")
        #expect(people.count == 1 && people.first?.speaker == "Morgan Stanley", "\(people)")
    }

    /// 提出 and 回答 give words after a comma or colon (王毅也提出，…, 王毅回答：「…」); before a term
    /// or a plan 提出 names them (提出「中等收入群体倍增战略」, 提出上诉), no one's words; nor does what was
    /// proposed (为由提出，…, 被提出).
    @Test func proposalsAfterACommaAreWords() {
        let c = claims("在讨论环节时，王毅也提出，当前媒体环境的真正问题是资金来源。")
        #expect(c.map(\.text) == ["当前媒体环境的真正问题是资金来源"], "\(c)")
        #expect(claims(["刘世锦近期提出「中等收入群体倍增战略」，即将中等收入群体翻倍。", "索菲亚对转狱决定提出上诉。",
                        "有些建议以「这样做网站能扩大受众」为由提出，这不提倡。"]).isEmpty)
        let answered = claims("王毅要求预留床位。有同事认为这会浪费资源，王毅回答：「一点也不浪费，肯定会陆续有病人进来。」")
        #expect(answered.last?.speaker == "Wang Yi", "\(answered)")
    }

    /// A view someone else holds inside the words (…，此前中国一直担心…) does not end them: the
    /// words run to the end of the sentence, and a fear there is no claim of its own (`fears`).
    /// The speaker going on (表示…，认为…) and a clause set against the words (而分析人士认为…) still end them.
    @Test func aViewHeldInsideTheWordsDoesNotEndThem() {
        let c = claims("分析人士称，这是中国取得的另一个胜利，此前中国一直担心美国会在谈判中加入非贸易问题。")
        #expect(c.map(\.text) == ["这是中国取得的另一个胜利，此前中国一直担心美国会在谈判中加入非贸易问题"], "\(c)")
        let goesOn = claims("林郑月娥表示，已收到陈同佳来函，认为这是一个令人释怀的结果。")
        #expect(goesOn.map(\.text) == ["已收到陈同佳来函", "这是一个令人释怀的结果"], "\(goesOn)")
        let against = claims("特朗普表示，这个问题将在第二轮谈判中涉及，而分析人士认为，中国不会让步。")
        #expect(against.map(\.text) == ["这个问题将在第二轮谈判中涉及", "中国不会让步"], "\(against)")
    }

    /// 声言 declares as 声称 does (中共当局曾经声言，…; 聲言 in traditional copy).
    @Test func declaringInWriting() {
        let c = claims(["中共当局曾经信誓旦旦地声言，绝对不准许文革那样的灾难再次发生。", "作家王小明聲言，這座城市缺乏書店。"])
        #expect(c.map(\.text) == ["绝对不准许文革那样的灾难再次发生", "這座城市缺乏書店"], "\(c)")
    }

    /// 确信 is a belief held as 坚信 is, 揶揄说 / 调侃说 report words said in mockery and 回道 / 抗议道
    /// words said back or out; 同学 and
    /// 同行 are people, not 同 (with) ending their subject (英国同行认为 is no country's view).
    @Test func convictionsMockeryAndPeers() {
        let c = claims(["观察家确信第一个 HomePod 会失败。", "鹰派人士揶揄说，民主党为了一己私利。", "熟悉的朋友调侃说，他是毒王。"])
        #expect(c.map(\.text) == ["第一个 HomePod 会失败", "民主党为了一己私利", "他是毒王"], "\(c)")
        #expect(c.allSatisfy { $0.speaker == nil }, "\(c)")
        // (回道, 抗议道, 点头道: said back or out, in fiction and memoirs)
        let back = claims(["有人抗议道：“全民分股，这不是又搞平均主义了吗？”", "经济学家王小明回道：「你们找我老公。」", "警察回复道：「你就会坐监。」"])
        #expect(back.map(\.speaker) == [nil, "王小明", nil], "\(back)")
        #expect(claims("兩人涉嫌密謀殺害覺莫敦，外界亦有臆測係軍政府所策劃的謀殺行動。").map(\.text) == ["係軍政府所策劃的謀殺行動"])  // (臆测, a guess)
        let peers = claims("英国同行认为，人的认识有限。")
        #expect(peers.count == 1 && peers.first?.speaker != "United Kingdom", "\(peers)")
    }

    /// 指控 reports whom it accuses and of what when they follow it at once (检方指控孟建伟利用…);
    /// the noun of an accusation does not (刑事指控，, 腐败指控和…, 否认指控, 指控时).
    @Test func accusingReportsTheAccusation() {
        let c = claims(["检方指控孟建伟利用职务上的便利，为他人谋取利益。"])
        #expect(c.map(\.text) == ["孟建伟利用职务上的便利，为他人谋取利益"], "\(c)")
        #expect(claims(["他们没有受到任何刑事指控，但有可信的证据值得进一步调查。"]).isEmpty)
        #expect(claims(["他在巴勒斯坦权力机构的腐败指控和内斗中失败了。"]).isEmpty)
        #expect(claims(["彭帅在描述对一名前官员的性侵犯指控时表现出令人难以置信的勇气。"]).isEmpty)
        let denied = claims(["中国政府否认指控，称这是无中生有。"])
        #expect(!denied.contains { $0.text.hasPrefix("，") || $0.text.hasPrefix("称") }, "\(denied)")
    }

    /// 表示 with a word of stand right after it (表示讚賞, 表示强烈不满) expresses that stand: no
    /// words, and the clauses after it are not the speaker's; 表示不会出席 still reports. After 了
    /// (表示了赞赏) too, and it ends the words before; a term quoted alone before it (对「赤字货币化」) is none.
    @Test func expressedStances() {
        let c = claims(["有些用戶認為這個改動很好，而表示讚賞；但亦有不少用戶對此不以為然，提出了尖銳的批評。",
                        "王毅对此表示强烈不满，美方应当反思。", "李强表示不会出席，因为太忙了。",
                        "习近平称他是中国人民的老朋友，并就基辛格的贡献表示了赞赏。", "很多研究者对「赤字货币化」表示了反对。"])
        #expect(c.map(\.description) == ["nil|indirect|-|這個改動很好", "Li Qiang|indirect|-|不会出席，因为太忙了",
                                         "Xi Jinping|indirect|-|他是中国人民的老朋友"], "\(c)")
    }

    /// 口口声声称 says again and again: 称 is the cue after 口口声声, and the subject the one before.
    @Test func saidAgainAndAgain() {
        let c = claims("东方航空口口声声称自己没办法知道客人的旅居史。")
        #expect(c.map(\.description) == ["China Eastern Airlines|indirect|-|自己没办法知道客人的旅居史"], "\(c)")
    }

    /// A court's ruling (裁定) reports what it ruled; the ruling's paper (裁定书) says nothing by itself.
    @Test func courtRulings() {
        let c = claims(["美國聯邦最高法院在 1973 年裁定婦女墮胎權是美國憲法中隱私權的一部份。", "法院的裁定书，雅高控股已经收到。"])
        #expect(c.map(\.description) == ["美國聯邦最高法院|indirect|-|婦女墮胎權是美國憲法中隱私權的一部份"], "\(c)")
    }

    /// What follows 告诉 is no statement when it is only whom was told (告诉 Re：Baltica, 告诉 The
    /// Intercept: a colon inside a Latin name ends nothing), nor is a name alone before the subject.
    @Test func toldOnlyWhom() {
        #expect(claims(["三名熟悉调查的消息人士告诉 Re：Baltica。", "一位官员告诉 The Intercept。"]).isEmpty)
        let c = claims("“审查基础设施使政府能够塑造公共话语”，Simon Zhen，法律分析师和报告的作者告诉 Al Bawaba。")
        #expect(c.map(\.text) == ["审查基础设施使政府能够塑造公共话语"], "\(c)")
        // (告诉 The Intercept，…: a Latin name told may run past 12 characters; 告诉她 80% 的…, a
        // clause with figures, is what was told)
        #expect(claims(["一位知情人士告诉 The Intercept，圆桌会议从未发生过。", "李鹏告诉她 80% 的概率是新冠肺炎，已经很严重了。"]).map(\.text)
            == ["圆桌会议从未发生过", "她 80% 的概率是新冠肺炎，已经很严重了"])
        // (告诉观众“…”: the quotation right after whom was told is the words, not part of whom)
        let told = claims("王毅告诉观众“开始考虑一个没有广告的世界。”")
        #expect(told.map(\.text) == ["开始考虑一个没有广告的世界。"] && told.map(\.kind) == ["direct"], "\(told)")
    }

    /// 居然, 显然, 似乎 between the subject and its cue say how surely, not who (五角大楼居然认为:
    /// the Pentagon, not 五角大楼居然).
    @Test func surelyAndSeemingly() {
        let c = claims(["五角大楼居然认为，这些记者是敌人。", "姆努钦似乎暗示，中国正在推动人民币贬值。"])
        #expect(c.map(\.description) == ["US Department of Defense|indirect|-|这些记者是敌人", "Steven Mnuchin|indirect|-|中国正在推动人民币贬值"], "\(c)")
    }

    /// 道 right after a cue is part of it (说道：); after the comma it opens the words (说，道德…).
    @Test func daoAfterTheCommaIsTheWords() {
        let c = claims(["普京说，道德底线确实无可置疑。", "王毅说道：“道路是曲折的。”"])
        #expect(c.map(\.text) == ["道德底线确实无可置疑", "道路是曲折的。"], "\(c)")
    }

    /// A negated cue right after another with no comma (Fawell 说他不认为…) is inside what was
    /// said, as after a comma; a cue that is not negated (说他认为) states the view itself.
    @Test func negatedCueRightAfterACue() {
        let c = claims("王毅说他不认为这个网站是假新闻。")
        #expect(c.map(\.text) == ["他不认为这个网站是假新闻"] && c.first?.speaker == "Wang Yi", "\(c)")
        #expect(claims("王毅说他认为这个网站是假新闻。").map(\.text) == ["这个网站是假新闻"])
    }

    /// 回复称 / 回复说 reply as 回应称 does: the one replying speaks, and 回复 is no part of the
    /// name (吴宇森回复称: was a speaker 吴宇森回复).
    @Test func replyingIsACue() {
        let c = claims(["吴宇森回复称，自己根本没听说过中国。", "吴宇森回覆說，自己從未去過北京。"])
        #expect(c.map(\.speaker) == ["吴宇森", "吴宇森"], "\(c)")
    }

    /// A name after 在 right before the cue says where the words were given, not who gave them
    /// (一位匿名人士在 Pastebin 披露: the source is unnamed, not Pastebin); 在 ending 现在 is no
    /// preposition (现在 ZDNet 报道: ZDNet reports).
    @Test func whereTheWordsWereGiven() {
        let c = claims(["一位匿名人士在 Pastebin 披露，中兴的手机留有后门。", "现在 ZDNet 报道，谷歌已经禁止了 VPN 广告。"])
        #expect(c.map(\.speaker) == [nil, "ZDNet"], "\(c)")
    }

    /// 介绍，… tells what someone knows, as 介绍说 does (业内人士向财新记者介绍，…); who introduced
    /// people to each other (经朋友介绍，…, 系他的副手介绍，…) says nothing.
    @Test func anAccountIsGivenAndPeopleAreIntroduced() {
        let c = claims(["央行副行长潘功胜介绍，具体操作方式是，央行向 SPV 提供 4000 亿元再贷款。", "一位业内人士向财新记者介绍，地炼企业资金非常依赖贷款。"])
        #expect(c.map(\.speaker) == ["潘功胜", nil], "\(c)")
        #expect(c.map(\.text) == ["具体操作方式是，央行向 SPV 提供 4000 亿元再贷款", "地炼企业资金非常依赖贷款"])
        #expect(claims(["经相熟的朋友介绍，刘北宏 4 月 5 日被拉入一个小组。", "俩人的相识，系程万里的副手介绍，俩人一见如故。"]).isEmpty)
    }

    /// A response made (作出正式回应，…, 以暴力作为回应，…) is a noun, and the clause after it the
    /// narration's; one made in words after a colon (做出了直接回应：…) is a statement.
    @Test func aResponseMadeIsNoCue() {
        #expect(claims(["中国政府尚未对这一争议事件作出正式回应，不过总领事馆的态度很强硬。", "卢卡申科以暴力作为回应，部署了特别警察来对付抗议者。"]).isEmpty)
        let c = claims("美国总统拜登对此做出了直接回应：我们不会退让。")
        #expect(c.map(\.speaker) == ["Joe Biden"], "\(c)")
    }

    /// 通报 and 提示 report before a comma or colon (大连市警方通报，…, 专家提示，…); a notice named
    /// by what it is about (疫情通报，, 风险提示，) or without punctuation (通报中称) is a thing.
    @Test func noticesGivenBeforePunctuation() {
        let c = claims(["10 月 24 日晚间，大连市警方通报，沙河口区发生一起故意杀人案。", "不过，专家提示，疫苗研发涉及多个环节。"])
        #expect(c.map(\.speaker) == ["大连市警方", nil] && c.map(\.text) == ["沙河口区发生一起故意杀人案", "疫苗研发涉及多个环节"], "\(c)")
        #expect(claims(["武汉市卫健委未发布关于不明原因肺炎的疫情通报，直至 1 月 11 日才更新。", "银保监局对此发出风险提示，要求控制规模。"]).isEmpty)
    }

    /// Who met someone or published something speaks when the cue follows the act
    /// (习近平会见…谭德赛时表示, 阿里巴巴发布季度财报时预计), not the one met whose name is the
    /// last before the cue; someone interviewed still speaks.
    @Test func whoMetSpeaks() {
        let c = claims(["1 月 28 日，习近平会见世界卫生组织总干事谭德赛时表示，疫情是魔鬼。", "谭德赛接受采访时表示，疫情很严重。",
                        "阿里巴巴发布季度财报时预计，今年总营收将同比下降。"])
        #expect(c.map(\.speaker) == ["Xi Jinping", "谭德赛", "Alibaba Group"], "\(c)")
    }

    /// Words on one's own site or account are one's own (谷歌的网站上写道, 谷歌官网上称); a site
    /// someone is only at is where the words were given (在 Youtube 网站上爆料说: not YouTube).
    @Test func ownSitesSpeakForTheirOwners() {
        let c = claims(["“我们受到信任，”谷歌的网站上写道。", "苹果公司官网上称，隐私是基本人权。"])
        #expect(c.map(\.speaker) == ["Google", "Apple Inc."], "\(c)")
        let at = claims("一个叫 Paul Cotterell 的人，在 Youtube 网站上爆料说，美国感染数字已经上千。")
        #expect(!at.contains { $0.speaker == "YouTube" }, "\(at)")
    }

    /// A fear inside someone's statement (分析人士称，…，中国担心…; 普京表示…，担心…) is part of its
    /// words, as a finding is, not a claim of its own; a fear opening its sentence still is one.
    @Test func fearInsideAStatement() {
        let c = claims(["上周五，普京表示他不能谈论这次行动的细节，担心会给帮助他的人带来麻烦。", "一些分析人士担心，壳牌可能正计划耗尽其油气储备。"])
        #expect(c.map(\.text) == ["他不能谈论这次行动的细节，担心会给帮助他的人带来麻烦", "壳牌可能正计划耗尽其油气储备"], "\(c)")
    }

    /// A body's fear (壳牌或许有理由担心…, 美国担心…) is the narrator's reading of it, no claim;
    /// people who fear tell of it (一些分析人士担心, above).
    @Test func fearOfABodyIsNoClaim() {
        #expect(claims(["在气候变化问题上，壳牌或许有理由担心自己站在历史上错误的一边。", "美国担心中国政府可能会恶意地利用它们的产品。"]).isEmpty)
    }
}
