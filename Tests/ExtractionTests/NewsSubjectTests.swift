import Testing
@testable import Extraction

/// Subjects as wire and state-media copy writes them: an institution (often opening with a
/// country) before a person's name, a statement that itself holds a cue, an indefinite
/// source, an outlet's editorial.
@Suite struct NewsSubjectTests {
    /// The country that opens an institution's name does not speak for the person after it.
    /// A title in 《》 after a word for a paper or medium names the outlet, past a gloss and
    /// however the phrase describes it; a book's title after its author does not.
    /// A plural in 们 opening with a surname character is a group, not a name (农民们宣称); people
    /// named by 我们 / 他们 inside a phrase are no described group (即使我们相信, 骗他们说).
    @Test func pluralGroupsAndPronounPhrases() {
        let c = claims("农民们宣称，莫迪总理的声明没有任何价值。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
        #expect(claims("即使我们相信它们的准确性，也有一些不太真实的东西。").isEmpty)
    }

    @Test func titleAfterAMediumWordIsTheOutlet() {
        #expect(claims("据德国的日报《商报》(Handelsblatt) 近期报道，宝马正在暂缓投资。").map(\.speaker) == ["商报"])
        #expect(claims("官方媒体《人民日报》上周五称，中方立场不可撼动。").map(\.speaker) == ["People's Daily"])
        #expect(claims("萨瑟在新书《他们》(Them) 中认为，美国人日益孤独。").map(\.speaker) != ["《他们》"])
    }

    @Test func personAfterCountryInstitutionAndTitle() {
        #expect(claims("中国央行副行长陈雨露周日预计，中国经济将快速恢复。").first?.speaker == "陈雨露")
        #expect(claims("中国21世纪议程管理中心杨扬近期表示，CCUS技术面临着高成本问题。").first?.speaker == "杨扬")
        #expect(claims("中国贸促会驻巴西代表处米娜等人于2017年9月撰文称，巴西大豆基地项目失败了。").first?.speaker == "米娜")
    }

    /// A time word is no name: 周一 after 公司 stays a date.
    @Test func timeWordAfterInstitutionIsNoName() {
        let c = claims("这家公司周一表示，将暂停在俄罗斯的业务。")
        #expect(c.first?.speaker != "周一")
        // 会 here is "will": 她会连著说 names nobody 连著
        #expect(!claims("我妈妈后来说，她会连著说几个毫不相关的词。").contains { $0.speaker == "连著" })
    }

    /// 表示，美国对此表示关切: the second cue is inside what the first one reports.
    @Test func cueInsideTheStatementIsPartOfIt() {
        let c = claims("美国国务院发言人米勒对记者表示，美国对此表示严重关切。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == "米勒")
        #expect(c.first?.text == "美国对此表示严重关切")
        let w = claims("中国外交部发言人汪文斌表示，中方坚决反对美方的无理指责。")
        #expect(w.map(\.speaker) == ["Wang Wenbin"])
        #expect(w.first?.text == "中方坚决反对美方的无理指责")
        // (a topic first: 称，对于…，中方表示… is still one statement)
        let t = claims("中国外交部称，对于美国将该法案签署成法，中方表示坚决反对，并奉劝美方不要一意孤行。")
        #expect(t.map(\.text) == ["对于美国将该法案签署成法，中方表示坚决反对，并奉劝美方不要一意孤行"], "\(t)")
    }

    /// A person speaking right after an unnamed source's cue is the speaker, relayed.
    @Test func personAfterUnnamedSourceKeepsTheStatement() {
        let c = claims("知情人士称，佩斯科夫告诉记者，普京将在下月访问北京。")
        #expect(c.map(\.speaker) == ["Dmitry Peskov"])
    }

    /// 一家…公司, 一位…外交官: an indefinite subject is an unnamed source, not the country in it.
    @Test func indefiniteSubjectIsUnnamed() {
        let c = claims("一家中国网络安全公司透露，至少有468台服务器暴露在公共互联网上。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
        for sentence in ["一位不愿透露姓名的欧洲外交官说，欧盟内部对此存在分歧。", "一位不愿具名的欧洲外交官说，欧盟内部对此存在分歧。"] {
            let d = claims(sentence)
            #expect(d.map(\.text) == ["欧盟内部对此存在分歧"])
            #expect(d.first.map { $0.speaker == nil } == true)
        }
        // 某种程度上说 is an idiom, no source at all
        #expect(claims("某种程度上说，有效的审查都是静悄悄的。").isEmpty)
    }

    /// 《环球时报》发表社论称: the outlet speaks through its editorial.
    @Test func outletEditorialIsTheOutlet() {
        let c = claims("《环球时报》发表社论称，西方的指责毫无根据。")
        #expect(c.first?.speaker == "Global Times")
        #expect(c.first?.kind == "report")
        #expect(claims("官方的《中国日报》在最近的一篇社论中否认歧视外国人。").first?.speaker == "China Daily")
    }

    /// 拜登的国家安全顾问沙利文: the person the 的 leads to is the head, not the one qualifying.
    @Test func possessedPersonIsTheSpeaker() {
        #expect(claims("美国总统拜登的国家安全顾问沙利文对CNN表示，美国不寻求与中国冲突。").first?.speaker == "Jake Sullivan")
        #expect(claims("泽连斯基的顾问波多利亚克（Mykhailo Podolyak）在社交媒体上写道，谈判必须以撤军为前提。").first?.speaker == "波多利亚克")
        // a phrase that ends in a person after another and a title: the last one (the head)
        #expect(claims("华盛顿律所的合伙人、莱特希泽前高级副手 Stephen Vaughn 表示，中国越早改革越有利。").first?.speaker == "Stephen Vaughn")
        #expect(claims("美国国防部负责印太安全事务的助理部长拜登顾问凯利·马格萨门也说，竞争削弱了合作。").first?.speaker == "凯利·马格萨门")
        // also before the name's spelling in parentheses, which names the catalog's person for a
        // name found in the text or none (马可 (Marco Rubio)), not another one for a catalog name
        #expect(claims("特朗普前战略师班农 (Stephen Bannon) 说，莱特希泽是务实派。").first?.speaker == "Steve Bannon")
        #expect(claims("特朗普盟友马可 (Marco Rubio) 说，这是把美国的资金输送给中共。").first?.speaker == "Marco Rubio")
        // two people joined without 的: the first one speaks
        #expect(claims("俄外长拉夫罗夫周四与中国外长王毅会谈后对记者说，双方立场高度一致。").first?.speaker == "Sergei Lavrov")
    }

    /// A person who only owns the subject (特朗普政府的官员, 普京的发言人) does not speak: the
    /// officials or the spokesman do, unnamed. The person's own words (拜登的声明) and a title
    /// after the name (拜登总统) stay the person's.
    @Test func peopleAPersonOwnsAreUnnamed() {
        let officials = claims("拜登政府的官员担心，这项协议无法说服北京进行改革。")
        #expect(officials.count == 1)
        #expect(officials.first?.speaker == nil)
        #expect(claims("普京的发言人周二表示，俄方对会谈结果感到满意。").first.map { $0.speaker == nil } == true)
        #expect(claims("拜登政府官员说，制裁将在下周生效。").first.map { $0.speaker == nil } == true)
        #expect(claims("拜登的支持者认为，这次辩论并不重要。").first.map { $0.speaker == nil } == true)
        #expect(claims("拜登总统表示，美国将继续支持乌克兰。").first?.speaker == "Joe Biden")
        #expect(claims("拜登的声明称，美国将继续支持乌克兰。").first?.speaker == "Joe Biden")
    }

    /// A title standing for a person named with it before (俄罗斯外长拉夫罗夫…外长表示,
    /// 发言人米勒…这位发言人还说); after 这位 or 该 with nobody to point back to, or a
    /// qualified office nobody held (卫生部长), an unnamed source; a bare title nobody held
    /// names nobody, and people in general (记者) are not taken for one person.
    @Test func titleAloneIsThePersonNamedWithIt() {
        let lavrov = claims(["俄罗斯外长拉夫罗夫周四抵达北京。外长表示，双方将讨论乌克兰问题。"])
        #expect(lavrov.map(\.speaker) == ["Sergei Lavrov"])
        let miller = claims(["美国国务院发言人米勒周二说，美国将继续施压。这位发言人还说，制裁不会解除。"])
        #expect(miller.map(\.speaker) == ["米勒", "米勒"])
        let unnamed = claims(["该公司的首席运营官说，试验是研究性的。"])
        #expect(unnamed.count == 1)
        #expect(unnamed.first.map { $0.speaker == nil } == true)
        let minister = claims(["卫生部长警告，疫情可能在冬季反弹。"])
        #expect(minister.count == 1)
        #expect(minister.first.map { $0.speaker == nil } == true)
        #expect(claims(["外长表示，会谈取得进展。"]).isEmpty)
        #expect(claims(["美国国务院发言人米勒周二抵达。林发言人表示，会谈取得进展。"]).allSatisfy { $0.speaker != "米勒" })
    }

    /// A deputy, former or acting holder (副总统彭斯) does not hold the title alone (总统).
    @Test func deputyDoesNotHoldTheTitle() {
        #expect(claims(["美国副总统彭斯周一访问了密歇根州。总统表示，疫情正在好转。"]).allSatisfy { $0.speaker != "Mike Pence" })
        #expect(claims(["美国副总统彭斯周一访问了密歇根州。副总统表示，疫情正在好转。"]).map(\.speaker) == ["Mike Pence"])
    }

    /// Staff of several owners (佩洛西和舒默各自的助手) and staff called 助手 are unnamed too;
    /// a person joined by his own people (普京和他的助手) still speaks.
    /// People described by a clause about someone (与普京接触过的人, 那些了解普京风格的人,
    /// 普京接见的官员) are an unnamed group, not that person; a person acting on people
    /// (习近平向在场的居民表示) still speaks.
    @Test func peopleDescribedByAClauseAboutSomeoneAreUnnamed() {
        #expect(claims("与普京接触过的人说，他很强硬。").first.map { $0.speaker == nil } == true)
        #expect(claims("那些了解普京风格的人说，他会根据具体情况做出决定。").first.map { $0.speaker == nil } == true)
        #expect(claims("普京接见的官员说，会谈很顺利。").first.map { $0.speaker == nil } == true)
        #expect(claims("习近平向在场的居民表示，疫情一定会过去。").first?.speaker == "Xi Jinping")
    }

    /// A subject opening with 对 that describes the person by a stance speaks (对政府持批评态度的
    /// 北京政治分析人士吴强说); 对来访的…特朗普说 still addresses Trump.
    @Test func stanceDescribedPersonIsNoAddressee() {
        let c = claims(["中国官方媒体曾指出，民众的不满源于经济问题。", "「他们自身相信了自己的宣传，」对政府持批评态度的北京政治分析人士吴强说。"])
        #expect(c.last?.speaker == "Wu Qiang", "\(c)")
        #expect(claims("普京会见了他，并对来访的美国总统特朗普说，俄罗斯愿意合作。").first?.speaker == "Vladimir Putin")
    }

    @Test func staffOfSeveralOwnersAreUnnamed() {
        let aides = claims("据佩洛西和舒默各自的助手透露，预算协议即将达成。")
        #expect(aides.count == 1)
        #expect(aides.first.map { $0.speaker == nil } == true)
        #expect(claims("普京的两名助手透露，会谈将推迟到下周。").first.map { $0.speaker == nil } == true)
        #expect(claims("拜登和马克龙的顾问表示，双方将发表联合声明。").first.map { $0.speaker == nil } == true)
        #expect(claims("普京和他的助手表示，俄方不会让步。").first?.speaker == "Vladimir Putin")
    }

    /// People described but not named (组织者, 援助工作人员, 海外的维吾尔族人) are an unnamed
    /// source; a name (江泽民), a form of address (麦克纳利先生), a body (自由之家) and people
    /// made to believe something (导致这些人相信) are not.
    @Test func describedPeopleAreUnnamedSources() {
        for sentence in ["组织者说，这一次有170万人走上街头。", "援助工作人员表示，难民营的状况正在恶化。",
                         "海外的维吾尔族人说，他们没有看到大规模释放的证据。"] {
            let c = claims(sentence)
            #expect(c.count == 1, "\(sentence)")
            #expect(c.first.map { $0.speaker == nil && $0.kind == "indirect" } == true, "\(sentence)")
        }
        #expect(!claims("同日，江泽民在全会上讲话指出，要坚定不移。").contains { $0.speaker == nil })
        #expect(!claims("麦克纳利先生认为，这个国家正在变得越来越疯狂。").contains { $0.speaker == nil })
        #expect(!claims("自由之家认为，该丑闻表明迫切需要改革。").contains { $0.speaker == nil })
        #expect(claims("这些漏洞导致这些人相信，他们看到的东西都是真的。").isEmpty)
    }

    /// 发布声明指出: the one who issues the statement speaks, not a document named after the
    /// whole phrase; a report issued under its title (发布的报告《…》) still speaks as the report.
    @Test func issuerOfAStatementSpeaks() {
        let c = claims("中国外交部周二发表声明称，美方的指责毫无根据。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == "Chinese Foreign Ministry")
        #expect(claims("专家组11月发布声明指出，监警会缺乏调查权力。").allSatisfy { !($0.speaker ?? "").contains("声明") })
        // a piece it publishes too (发表文章写道), and news it issues (发布消息称)
        #expect(claims("台湾农委会发表文章写道，北京应当停止贸易施压。").map(\.speaker) == ["台湾农委会"])
        #expect(claims("2 月 11 日财政部发布消息称，近期又提前下达了专项债券额度。").map(\.speaker) == ["财政部"])
    }

    /// A cue with no subject of its own (并且担心) goes on with the sentence's subject: people a
    /// country only qualifies (俄罗斯人, 英国官员) stay unnamed, not the country; the country's
    /// government is the country (并且警告: a fear of a body is no claim, `fearOfABody`).
    @Test func peopleAQualifiedCountryOpensGoOnUnnamed() {
        let c = claims("俄罗斯民众谴责西方的制裁，并且担心物价会继续上涨。")
        #expect(c.count == 1)
        #expect(c.first.map { $0.speaker == nil } == true)
        let d = claims("英国官员谴责那些衣着得体的人，并抱怨说，暴徒构成了这个城市的真正威胁。")
        #expect(d.map(\.speaker) == [nil])
        #expect(claims("美国政府支持这项法案，并且警告中国不要干预。").first?.speaker == "United States")
    }

    /// A date that opens a chronology entry (11月1日 习近平…) is not part of the subject.
    @Test func dateBeforeTheSubjectIsSkipped() {
        let c = claims("11月1日 习近平在主持召开民营企业座谈会时讲话指出，我们强调把公有制经济巩固好。")
        #expect(c.map(\.speaker) == ["Xi Jinping"])
        #expect(claims("10月7日 新华社报道，中国第一套全自动长途电话设备生产成功。").first?.speaker == "Xinhua")
    }

    /// 包括…在内的: the head noun after the inclusion speaks, not what it includes.
    @Test func inclusionDoesNotSpeak() {
        let c = claims("包括国际航空集团在内的一些航空公司认为，最有希望的领域之一是替代燃料。")
        #expect(c.count == 1)
        #expect(c.first.map { $0.speaker == nil } == true)
        #expect(claims("包括拜登在内的多位美国官员表示，制裁将在下周生效。").first.map { $0.speaker == nil } == true)
    }

    /// 援引…的话报道: the person's words relayed by an outlet are reported speech, via the outlet.
    @Test func relayedPersonIsIndirectSpeech() {
        let c = claims("俄罗斯卫星通讯社援引俄外交部副部长鲁坚科的话报道，俄中两国将在年内举行磋商。")
        #expect(c.first?.speaker == "鲁坚科")
        #expect(c.first?.kind == "indirect")
        #expect(c.first?.via != nil)
    }

    /// A rank after a name is no part of it (吴谦大校), and a body's statement is the body's.
    @Test func rankAndStatementOfAnOrganization() {
        #expect(claims("中国国防部新闻发言人吴谦大校在例行记者会上表示，中俄两军将继续开展联合演习。").first?.speaker == "吴谦")
        #expect(claims("中国外交部周一发表声明称，美方的指责毫无根据。").first?.speaker == "Chinese Foreign Ministry")
    }

    /// An institution the catalog does not know speaks under its own name; a clause that only
    /// ends like one (人们会认为, 正如研究人员所说) or points back (该公司) does not.
    @Test func unknownInstitutionSpeaks() {
        #expect(claims("台湾农委会表示，北京应当停止对台湾的贸易施压。").first?.speaker == "台湾农委会")
        #expect(claims("台湾陆委会表示，北京应当停止对台湾的军事施压。").first?.speaker == "Mainland Affairs Council")
        #expect(claims("国家药监局称，将欢迎多国专家参加考察。").first?.speaker == "国家药监局")
        // a statement going on from a sentence that a country's body opens
        #expect(claims("中国药监局宣布了新规定，声称此举是为了保护公民的权益。").first?.speaker == "中国药监局")
        #expect(claims("人们会认为，无风不起浪。").first.map { $0.speaker == nil } ?? true)
        #expect(claims("正如研究人员所说，真正的影响很难衡量。").first.map { $0.speaker == nil } ?? true)
        #expect(claims("该公司表示，将暂停在俄罗斯的业务。").first?.speaker != "该公司")
        #expect(claims("许多组织表示，他们不会加入示威活动。").first.map { $0.speaker == nil } == true)
    }

    /// 北京方面 / 莫斯科方面 speak for their countries; what a body says (克里姆林宫的消息) is the body's.
    @Test func capitalsAndABodysWords() {
        #expect(claims("北京方面表示，中方将继续坚持劝和促谈。").first?.speaker == "China")
        #expect(claims("莫斯科方面称，西方的制裁不会改变俄罗斯的立场。").first?.speaker == "Russia")
        let c = claims("塔斯社援引克里姆林宫的消息称，普京将于下月出访。")
        #expect(c.first?.speaker == "Kremlin")
        #expect(c.first?.via == "TASS")
    }

    /// 指 before a comma reports (Hong Kong and Taiwan copy), and 曰 before a colon; a finger or a
    /// pointing does not.
    @Test func zhiBeforeACommaReports() {
        let c = claims("路透引述知情人士指，中俄雙方仍在就天然氣價格進行談判。")
        #expect(c.first?.via == "Reuters")
        #expect(c.first?.text == "中俄雙方仍在就天然氣價格進行談判")
        #expect(claims("他略微兴奋地指了指，“我就是在那里看到的卡夫卡。”").isEmpty)
        // (classical 曰 likewise: 曹学佺曰：…, not 或曰 'or rather')
        #expect(claims("明代学者曹学佺曰：余考《武夷祀典志》，详哉其言之。").map(\.speaker) == ["曹学佺"])
        #expect(claims("这一努力显然没有成功。或曰，他的努力显然失败了。").isEmpty)
        #expect(claims("联合国发布报告中指出，难民营的环境可能使其成为温床。").first?.text == "难民营的环境可能使其成为温床")
    }

    /// A catalogued country speaks through its government (德国政府表示), not through every
    /// longer phrase it opens: an institution named in full, or unnamed people (…负责人).
    @Test func countryOpeningALongPhrase() {
        #expect(claims("德国政府周三表示，将向乌克兰提供更多援助。").first?.speaker == "Germany")
        #expect(claims("日本表示，将向乌克兰提供更多援助。").first?.speaker == "Japan")
        let institution = claims("巴西信息交流技术学习中心表示，互联网接入仍然不平等。")
        #expect(institution.first?.speaker == "巴西信息交流技术学习中心")
        let heads = claims("美国各大出版商的主要负责人都纷纷表示，目前没有任何出版计划。")
        #expect(heads.map(\.text) == ["目前没有任何出版计划"])
        #expect(heads.first.map { $0.speaker == nil } == true)
        // a phrase that ends in neither (瑞士再保险的研究部门估计 is a company's unit): no speaker is invented
        #expect(!claims("西班牙电信决定坚守巴西市场的策略表明，其新的座右铭是聚焦。").contains { $0.speaker == "Brazil" })
    }

    /// 坚称 and 坦承 are cues of their own: 坚 is not left over as part of the subject.
    @Test func insistingIsACue() {
        let c = claims("俄罗斯外交部坚称，莫斯科没有参与此事。")
        #expect(c.map(\.speaker) == ["Ministry of Foreign Affairs of Russia"])
        #expect(c.first?.text == "莫斯科没有参与此事")
        #expect(claims("普京坦承，特别军事行动的进展比预期慢。").first?.text == "特别军事行动的进展比预期慢")
    }

    /// A title in 《》 speaks as the work it names, not as a country inside the title; an
    /// unknown paper is an outlet, a book or plan a document; a title the catalog knows whole
    /// is the catalog's.
    @Test func aTitleIsTheWorkItNames() {
        let book = claims("《中国幸福论丛》称，中国是一个巨大的伊斯特林悖论。")
        #expect(book.map(\.speaker) == ["《中国幸福论丛》"])
        #expect(claims("据《中国科学报》报道，中科院微生物所当时就推出一种人造肉。").first?.speaker == "中国科学报")
        #expect(claims("据今年中国国家能源集团牵头发布的《中国氢能源及燃料电池产业白皮书》，煤制氢成本约8.85元每公斤。").first?.speaker
            == "《中国氢能源及燃料电池产业白皮书》")
        #expect(claims("《纽约时报》报道称，谈判已经破裂。").first?.speaker == "The New York Times")
    }

    /// A role acronym is not part of a Latin name (CEO Pavel Durov), and a name after a title
    /// and 的 starts after the 的 (政治顾问的加利亚莫夫).
    @Test func namesAfterRolesAndTitles() {
        #expect(claims("公司CEO Pavel Durov 一开始推测，可能是竞争对手所为。").first?.speaker == "Pavel Durov")
        #expect(claims("目前在莫斯科担任政治顾问的加利亚莫夫 (Abbas Gallyamov) 称，米舒斯京的知名度相对较低。").first?.speaker == "加利亚莫夫")
    }

    /// 和 inside 共和党 joins nothing: the senator after it, who spoke to an outlet, is the speaker.
    @Test func aBreakerInsideAWord() {
        let c = claims("共和党参议员马尔科·卢比奥对福克斯新闻表示，他们可能会威胁切断我们的药品供应。")
        #expect(c.map(\.speaker) == ["Marco Rubio"], "\(c)")
    }

    /// 仍 / 尚未 / 现在 / 至今 end a subject as other adverbs do: 英国现在已经表示 is Britain.
    @Test func stillAndNowEndASubject() {
        let c = claims("俄罗斯现在已经表示，它将禁止华为进入其网络。国际特赦组织仍认为，这是一个严重的问题。")
        #expect(c.map(\.speaker) == ["Russia", "Amnesty International"], "\(c)")
    }

    /// 要求中国承诺…, 迫使他表示…: whoever is asked or made to commit states nothing; 执法要求的
    /// 专家 (requests, a noun) still speak.
    @Test func askedToCommitStatesNothing() {
        #expect(claims("美国谈判代表要求中国承诺大规模购买美国农产品。").isEmpty)
        let c = claims("熟悉执法要求的专家表示，这些数据被分享给了警方。")
        #expect(c.count == 1 && c[0].speaker == nil, "\(c)")
    }

    /// 正 in 非正式 / 正义, 同 in 不同 / 共同 hold a role together (特朗普的非正式顾问 Stephen
    /// Moore), where 正 alone (正在) would end the subject; the head is who speaks.
    @Test func wordsHoldingBreakersInRoles() {
        #expect(claims("特朗普的非正式顾问 Stephen Moore 说，这是最得意的一周。").first?.speaker == "Stephen Moore")
        #expect(claims("世界卫生组织正式宣布，疫情构成国际关注的突发公共卫生事件。").first?.speaker == "World Health Organization")
    }

    /// 据报道 ("reportedly") is the outlet just named, in its paragraph or the one before; an
    /// outlet cited paragraphs earlier is not who reports it now.
    @Test func reportedlyIsTheOutletJustNamed() {
        let near = claims(["路透社报道，谈判已经破裂。据报道，双方将于下周再谈。"])
        #expect(near.map(\.speaker) == ["Reuters", "Reuters"], "\(near)")
        let far = claims(["路透社报道，谈判已经破裂。", "天气很好。", "市场平稳。", "据报道，蒙古维持着两级司法系统。"])
        #expect(far.last?.speaker == nil && far.count == 2, "\(far)")
    }

    /// Outlets the catalog lacks are named by their last word (新浪财经, 曼谷邮报, 旧金山纪事报), and a group
    /// counted as such (一组科学家) is an unnamed source.
    @Test func moreOutletsAndGroups() {
        let c = claims("新浪财经报道说，埃克森美孚早就知道气候变化。")
        #expect(c.first?.speaker == "新浪财经" && c.first?.kind == "report", "\(c)")
        #expect(claims("曼谷邮报报道说，首相将辞职。").first?.speaker == "曼谷邮报")
        #expect(claims("据旧金山纪事报报道，四名警官射杀了一名男子。").first?.speaker == "旧金山纪事报")
        let trade = claims("贸易团体认为，就额外关税问题暂时可以松一口气了。贸易专家告诫称，任何最终协议都应包括完整文本。")
        #expect(trade.count == 2 && trade.allSatisfy { $0.speaker == nil }, "\(trade)")
        let group = claims("一组科学家表示，匿名数据也能被识别。")
        #expect(group.count == 1 && group.first?.speaker == nil, "\(group)")
    }

    /// How long someone has said it (多年来, 近年来, 几十年来) ends who says it, as a date does
    /// (港府多年来表示; 日本政客们多年来认为 is people unnamed, no one named 日本政客们多年来).
    @Test func forHowLongEndsTheSubject() {
        let c = claims(["港府多年来表示，东大屿都会将发展成香港的第三个核心商业区。", "日本政客们多年来一直认为，可以通过雇用更多的妇女来弥补。"])
        #expect(c.map(\.speaker) == ["Hong Kong Government", nil], "\(c)")
    }

    /// 会 right after a body or after people is the modal opening the predicate (谷歌会表示 is
    /// Google's, 英国工人阶级会认为 unnamed people's), not the end of a name (中国保监会, 联合国人权委员会).
    @Test func modalHuiAfterABodyOrPeople() {
        let c = claims(["谷歌会表示，用户可以删除数据。", "英国工人阶级会认为，现代社会是一个铁笼。", "中国保监会表示，现代社会是一个铁笼。",
                        "联合国人权委员会表示，现代社会是一个铁笼。"])
        #expect(c.map(\.speaker) == ["Google", nil, "中国保监会", "联合国人权委员会"], "\(c)")
    }

    /// A country before a predicate names no body (卡塔尔试图把自己描绘成), and 反对 holds its 对
    /// (卡塔尔的反对派对此表示: the opposition speaks, not a body 卡塔尔的反).
    @Test func countryBeforeAPredicateOrItsOpposition() {
        #expect(claims("卡塔尔试图把自己描绘成“自由主义的堡垒”。").allSatisfy { $0.speaker != "卡塔尔试图把自己" })
        let c = claims("卡塔尔的反对派对此表示赞赏，称这捍卫了公共领域。")
        #expect(c.map(\.speaker) == ["卡塔尔的反对派"], "\(c)")
    }

    /// A demonstrative and a kind of body with a few words between them (该分析机构, 这家云计算巨头)
    /// points back to the body named before, as 该机构 does; not a phrase that owns something.
    @Test func describedBodiesPointedBackTo() {
        let c = claims("IHS Markit 首席经济学家 Chris Williamson 表示：「改善迹象有助于抵御衰退风险。」该分析机构预计，美国经济将增长 2.2%。")
        #expect(c.map(\.speaker) == ["Chris Williamson", "IHS Markit"], "\(c)")
        #expect(claims("IHS Markit 发布了报告。该分析机构的员工预计，美国经济将增长。").map(\.speaker) != ["IHS Markit"])
    }

    /// 起初 / 最初 (at first) open a clause before its subject, as 当时 does: 起初菲律賓…說 is the country's.
    @Test func atFirstBeforeTheSubject() {
        let c = claims(["起初菲律賓還讓臺灣方面看到一些曙光，說要臺灣證明那些錢是官方存放而非民間的就好。",
                        "Recorded Future 发布了漏洞数据库研究。最初他们得出的结论是，中国实际上比美国更快地评估和报告漏洞。"])
        #expect(c.map(\.speaker) == ["Philippines", "Recorded Future"], "\(c)")
    }
}
