import ClaimGraphCore
import Foundation
import Ingest
import Testing
@testable import Extraction

/// One node per real-world actor: catalog aliases in either script, names found in the
/// text, surname-only references, untrusted parentheses.
@Suite struct ActorResolutionTests {
    @Test func catalogAliasesInBothScriptsAreOneActor() {
        let a = claims("財政部長希魯阿諾夫表示，預算將增加。")
        let b = claims("财政部长西卢安诺夫表示，预算将增加。")
        #expect(a.first?.speaker == "Anton Siluanov")
        #expect(a.first?.speakerKey == b.first?.speakerKey)
        #expect(a.first?.claimKey == b.first?.claimKey)
    }

    /// The catalog's historical people under both their names (蒋介石 / 蔣中正).
    @Test func historicalNamesAreOnePerson() {
        let c = claims(["蒋介石说，此时我国应上下一致严守纪律。", "蔣中正曾公開說，願意幫助南越反攻北越。"])
        #expect(c.map(\.speaker) == ["Chiang Kai-shek", "Chiang Kai-shek"] && c.first?.speakerKey == c.last?.speakerKey, "\(c)")
    }

    /// People quoted in many articles under differing spellings are the catalog's, one node
    /// (克里斯托弗·雷 / Christopher Wray; 郑国恩 / Adrian Zenz).
    @Test func widelyQuotedPeopleAreOneNode() {
        let a = claims("联邦调查局局长克里斯托弗·雷表示，中国是最大的威胁。")
        let b = claims("联邦调查局局长 Christopher Wray 表示，中国是最大的威胁。")
        #expect(a.first?.speaker == "Christopher Wray" && a.first?.speakerKey == b.first?.speakerKey, "\(a) \(b)")
        #expect(claims("德国学者郑国恩指出，新疆的拘禁营规模巨大。").first?.speaker == "Adrian Zenz")
    }

    /// Copy that drops the name dot (伯尼桑德斯, 马克扎克伯格) still names the catalog person.
    @Test func catalogNamesWrittenWithoutTheirDot() {
        let c = claims(["参议员伯尼桑德斯表示，医保应该全民覆盖。", "伯尼·桑德斯说，医保应该全民覆盖。"])
        #expect(c.map(\.speaker) == ["Bernie Sanders", "Bernie Sanders"], "\(c)")
    }

    @Test func dottedNameAndLaterSurnameAreOnePerson() {
        let c = claims("莫斯科国立大学教授谢尔盖·伊万诺夫说，制裁影响有限。伊万诺夫还认为，经济正在适应。")
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "谢尔盖·伊万诺夫" })
        #expect(Set(c.compactMap(\.speakerKey)).count == 1)
        // Two people of one surname in two articles are two nodes, each shown by their own name.
        let jerry = claims("加州州长杰里·布朗说，气候变化是真实的。")
        let brian = claims("圣约翰大学的发言人布赖恩·布朗说，菲施塔尔不是因此被解雇的。")
        #expect(jerry.first?.speakerKey != brian.first?.speakerKey)
        #expect([jerry.first?.speaker, brian.first?.speaker] == ["杰里·布朗", "布赖恩·布朗"])
    }

    /// Each mention's characters are on the article's MENTIONS relationship; the actor
    /// node keeps only the first, which says the article supports it.
    @Test func everyMentionIsARelationshipSpanAndTheNodeKeepsTheFirst() {
        let text = "普京说，制裁无效。普京还表示，俄罗斯会坚持。"
        let f = sharedExtractor.extract(document([text]))
        let putin = f.nodes.first { $0.properties["name"] == .string("Vladimir Putin") }
        let mentions = f.edges.filter { $0.type == GraphSchema.RelType.mentions && $0.to == putin?.key }.flatMap(\.spans)
        #expect(mentions.map(\.start) == [0, 9])
        #expect(putin?.spans.map(\.start) == [0])
    }

    @Test func titleAndNameKeepTheRoleAsWritten() {
        let f = sharedExtractor.extract(document(["美国巴克内尔大学国际关系系教授刘大伟说，中国将保持平衡。"]))
        let person = f.nodes.first { $0.properties["name"] == .string("刘大伟") }
        #expect(person?.labels == ["Person"])
        #expect(person?.properties["role"] == .string("美国巴克内尔大学国际关系系教授"))
    }

    @Test func englishInParenthesesMarksAnUnknownName() {
        let c = claims("前白宫首席战略师纳尔森 (Stephen Nelson) 在演讲中称，贸易战不会很快结束。")
        #expect(c.first?.speaker == "纳尔森")
        #expect(c.first?.speakerKey == "actor:stephen nelson")
    }

    /// Capitalised English that is a heading, a date or a company is not a person; a real
    /// name before a cue still is.
    @Test func latinNamesSkipHeadingsDatesAndCompanies() {
        let f = sharedExtractor.extract(document([
            "报道标题为《Do Protests Even Work》。In January Facebook Inc. 发布了报告。Steve Weber 说，审查正在扩大。",
        ]))
        let people = f.nodes.filter { $0.labels == ["Person"] }.compactMap { n -> String? in
            if case .string(let s)? = n.properties["name"] { return s } else { return nil }
        }
        #expect(people == ["Steve Weber"])
        #expect(claims("Steve Weber 说，审查正在扩大。").first?.speaker == "Steve Weber")
    }

    /// A Latin-script speaker whose name says it is an organisation is one.
    @Test func latinOrganizationNamesAreOrganizations() {
        let f = sharedExtractor.extract(document(["Rhodium Group 称，去年的投资创下纪录。"]))
        let speaker = f.nodes.first { $0.properties["name"] == .string("Rhodium Group") }
        #expect(speaker?.labels == ["Organization"])
        #expect(claims("Rhodium Group 称，去年的投资创下纪录。").first?.speaker == "Rhodium Group")
    }

    /// A body's name may hold a word no person's name does (Open, National) when its last word
    /// says it is a body, in the plural too; a headline's verb still makes none (China Says).
    @Test func bodyNamesWithCommonWords() {
        let c = claims(["Open Science Collaboration 指出，可重复率不到50%。", "Open Society Foundations 表示，资助将继续。"])
        #expect(c.map(\.speaker) == ["Open Science Collaboration", "Open Society Foundations"], "\(c)")
        #expect(claims("China Says Group 指出，可重复率不到50%。").first?.speaker != "China Says Group")
    }

    /// The publisher a reader names is the catalog's outlet node when the catalog knows it,
    /// whatever the desk or spelling; an unknown publisher is left to the store.
    @Test func publisherIsTheCatalogOutlet() {
        func publisher(_ outlet: String) -> String? {
            var d = document(["新华社报道，会谈取得成果。"])
            d.outlet = outlet
            return sharedExtractor.extract(d).edges.first { $0.type == GraphSchema.RelType.published }?.from
        }
        #expect(publisher("BBC中文") == "actor:BBC")
        #expect(publisher("法廣 RFI") == "actor:RFI")
        #expect(publisher("自由亚洲电台粤语部") == "actor:Radio Free Asia")
        #expect(publisher("新华社") == "actor:Xinhua")
        #expect(publisher("老楊到處說") == nil)
        #expect(publisher("BBC中文") == claims("BBC中文报道，会谈取得成果。").first?.speakerKey)
    }

    /// A name before a title (朱继东教授) is a person when it also speaks on its own; a
    /// word before a title (许多教授, 历史学教授) is not.
    @Test func nameBeforeTitleThatSpeaksAgain() {
        let c = claims(["中国社会科学院朱继东教授讲到一件事。", "朱继东写道：「从社科院下班，步行回家。」"])
        #expect(c.first?.speaker == "朱继东")
        let f = sharedExtractor.extract(document(["许多教授认为，研究需要耐心。许多人说，历史学教授也这样看。"]))
        #expect(!f.nodes.contains { $0.labels == ["Person"] })
    }

    /// A transliterated name before an office is the person holding it when they speak
    /// right after it (约翰逊总统表示), or elsewhere alone; a country before the same office
    /// (巴西总统, 伊拉克总理, 爱尔兰总理) is no person, nor a university before 教授.
    @Test func transliterationBeforeTitle() {
        #expect(claims("约翰逊总统表示，英国不会让步。").first?.speaker == "约翰逊")
        #expect(claims("查韦斯总统表示，委内瑞拉不会屈服。").first?.speaker == "查韦斯")
        let c = claims(["哈利勒扎德大使在会上谈到了谈判。", "哈利勒扎德说，塔利班必须遵守承诺。"])
        #expect(c.first?.speaker == "哈利勒扎德")
        let f = sharedExtractor.extract(document(["巴西总统表示，巴西保持中立。伊拉克总理表示，美军应当撤离。",
                                                  "爱尔兰总理表示，欢迎投资。哈佛教授认为，这项政策是错误的。"]))
        #expect(!f.nodes.contains { $0.labels == ["Person"] })
    }

    /// A hyphenated transliterated name without a middle dot is one person (让-皮埃尔,
    /// 萨克维尔-韦斯特); two countries joined by a hyphen are not.
    @Test func hyphenatedName() {
        let c = claims(["白宫发言人让-皮埃尔说，美国将继续支持乌克兰。", "让-皮埃尔还表示，总统将出席峰会。"])
        #expect(c.map(\.speaker) == ["让-皮埃尔", "让-皮埃尔"])
        #expect(claims("萨克维尔-韦斯特说，她从未去过那里。").first?.speaker == "萨克维尔-韦斯特")
        let f = sharedExtractor.extract(document(["乌克兰-俄罗斯表示，边境局势紧张。"]))
        #expect(!f.nodes.contains { $0.labels == ["Person"] })
    }

    /// An acronym that speaks, or whose spokesperson does, is an organization (FBI表示,
    /// MLB 的一位发言人说); an acronym of a role or thing is not (TA说, GDP 的增长).
    @Test func speakingAcronymIsAnOrganization() {
        #expect(claims("FBI表示，调查仍在进行。").first?.speaker == "FBI")
        let nba = sharedExtractor.extract(document(["MLB 的一位发言人说，应以英文版声明为准。"]))
        #expect(nba.nodes.contains { $0.labels == ["Organization"] && $0.key == "actor:mlb" })
        let f = sharedExtractor.extract(document(["TA说，自己的手机被植入了监控。GDP 的增长放缓了，专家说。"]))
        #expect(!f.nodes.contains { $0.labels == ["Organization"] })
    }

    /// Taiwan's politicians are in the catalog: 韩国瑜 is a person, not 韩国 (South Korea)
    /// followed by a character, and 洪秀柱 speaks though written once.
    @Test func taiwanPoliticiansAreCatalogPeople() {
        #expect(claims("韩国瑜表示，是自己努力不够。").first?.speaker == "Han Kuo-yu")
        #expect(claims("洪秀柱在选后就直言，吴敦义要为败选负主要责任。").first?.speaker == "Hung Hsiu-chu")
        #expect(claims("國民黨強調，今日的民主臺灣，可以是明日的自由中國。").first?.speaker == "Kuomintang")
    }

    /// A Latin-script name's surname alone is the same person later (Beto O'Rourke … O'Rourke
    /// 发表推文称): one node, and the claim is found.
    @Test func latinSurnameAloneIsTheSamePerson() {
        let c = claims(["前众议员 Beto O'Rourke 说，NBA 应该道歉。", "O'Rourke 发表推文称：「NBA 唯一应该道歉的是他们。」"])
        #expect(c.map(\.speaker) == ["Beto O'Rourke", "Beto O'Rourke"])
        #expect(Set(c.compactMap(\.speakerKey)).count == 1)
    }

    /// A middle initial between dots is part of the name (约翰·R·卡尔森), a foreigner's Chinese
    /// name before an English one keeps its surname (何瑞安 (Ryan Hart)), and an activist or
    /// analyst title introduces a name (维权人士胡佳表示).
    @Test func initialsChineseNamesOfForeignersAndActivistTitles() {
        let c = claims(["前国家安全顾问约翰·R·卡尔森 (John R. Carlson) 在回忆录中说，总统一再贬低台湾。", "卡尔森写道，总统不了解台湾。"])
        #expect(c.map(\.speaker) == ["约翰·R·卡尔森", "约翰·R·卡尔森"])
        #expect(claims("布鲁金斯学会的何瑞安 (Ryan Hart) 指出，美国和中国都找到了方法。").first?.speaker == "何瑞安")
        #expect(claims("北京维权人士胡佳表示，当局在全世界面前公然扯谎。").first?.speaker == "胡佳")
        // 和 inside a name right before its cue (林和青说), not between two surnames (张和李说)
        #expect(claims("「北京非常清楚，」政治分析人士林和青说。").first?.speaker == "林和青")
        #expect(claims("记者张和李说，他们看到了现场。").first?.speaker != "张和李")
    }

    /// A transliterated name that opens a clause before a cue and recurs is a person; a
    /// place written the same way is not.
    @Test func transliterationBeforeCue() {
        let c = claims("“对比是惊人的”，希尔曼写道。希尔曼是一位研究员。")
        #expect(c.first?.speaker == "希尔曼")
        let f = sharedExtractor.extract(document(["塔吉克斯坦表示，将继续合作。塔吉克斯坦是邻国。"]))
        #expect(!f.nodes.contains { $0.labels == ["Person"] })
    }

    /// A Chinese name opening a clause before a cue, written twice, is a person; a common
    /// word or a title in that place is not. Common titles (导演) introduce names too.
    @Test func chineseNameBeforeCue() {
        let c = claims(["王建军是医院的院长。", "王建军表示，「我们之前有应对非典的经验。」"])
        #expect(c.first?.speaker == "王建军")
        let f = sharedExtractor.extract(document(["文件指出，合作仍在继续。文件还说，局势稳定。", "陈医生说，病人在好转。陈医生说，明天出院。"]))
        #expect(!f.nodes.contains { $0.labels == ["Person"] })
        #expect(claims("韩国导演李沧东拍电影之前也写小说，他说，写作是因为孤独。").first?.speaker == "李沧东")
    }

    /// A Latin-script name led by an acronym is an organisation, and the person after it
    /// in the same title is the speaker.
    @Test func acronymLedNameIsAnOrganization() {
        let c = claims("在迈普街经营 ABC Glass 的德梅利尔 (Nancy Demellier) 说，「我们有点烦。」")
        #expect(c.first?.speaker == "德梅利尔")
        #expect(claims("微软高管凯瑟琳·格鲁克斯坦指出，玩家很多。").first?.speaker == "凯瑟琳·格鲁克斯坦")
    }

    /// After a title, a common word is the sentence going on, and a name keeps only the
    /// characters it is written with elsewhere.
    @Test func titleFollowedByCommonWordOrShortName() {
        let f = sharedExtractor.extract(document(["一位记者任何时候都不会承认。"]))
        #expect(!f.nodes.contains { $0.labels == ["Person"] })
        let c = claims(["首席宏观分析师张瑜估算，复工率在46%左右。", "张瑜称，复工正在加快。"])
        #expect(c.last?.speaker == "张瑜")
        #expect(!sharedExtractor.extract(document(["首席宏观分析师张瑜估算，复工率在46%左右。", "张瑜称，复工正在加快。"]))
            .nodes.contains { $0.properties["name"] == .string("张瑜估") })
    }

    /// An organisation's English name in parentheses names no person.
    @Test func organizationInParenthesesIsNoPerson() {
        let f = sharedExtractor.extract(document(["科姆斯托克与白宫总统人事办公室 (Presidential Personnel Office) 的官员会面。"]))
        #expect(!f.nodes.contains { $0.properties["name"] == .string("人事办公室") || $0.properties["name"] == .string("总统人事办公室") })
    }

    @Test func wrongEnglishInParenthesesIsNotTrusted() {
        let c = claims("哈萨克斯坦总统托卡耶夫（Nursultan Nazarbayev）表示，改革将继续推进。")
        #expect(c.first?.speaker == "Kassym-Jomart Tokayev")
    }

    @Test func affiliationFromOrganizationBeforeName() {
        let f = sharedExtractor.extract(document(["卡内基俄罗斯欧亚中心主任加布耶夫说，中国掌握着所有牌。"]))
        let edge = f.edges.first { $0.type == GraphSchema.RelType.affiliatedWith }
        #expect(edge?.from == "actor:Alexander Gabuev")
        #expect(edge?.to == "actor:Carnegie Russia Eurasia Center")
        #expect(edge?.properties["role"] == .string("主任"))
    }

    @Test func userCatalogAddsActors() throws {
        let yaml = "actors:\n  - {name: Test Person, type: person, aliases: [甲乙丙]}\n"
        let catalog = Catalog(entries: Catalog.bundled.entries + (try Catalog.parse(yaml, source: "test.yaml")))
        let f = Extractor(catalog: catalog).extract(document(["研究员甲乙丙说，局势正在缓和。"]))
        #expect(found(f).first?.speaker == "Test Person")
    }

    @Test func catalogAliasesPointToOneEntry() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for e in Catalog.bundled.entries {
            for alias in e.aliases {
                let k = CatalogIndex.fold(alias)
                if let o = owner[k], o != e.name { clashes.append("\(alias): \(o) / \(e.name)") }
                owner[k] = e.name
            }
        }
        #expect(Catalog.bundled.entries.count > 100)
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test func eventFromDateResolvedAgainstArticleDate() {
        let c = claims("习近平在9月15日与普京会面时强调，双方要加强协调。", date: "2022-09-16")
        #expect(c.first?.event == "2022 SCO Summit Samarkand")
        let w = claims("据新华社报道，中俄元首在周四会面时，普京表示，合作将继续深化。", date: "2022-09-16")
        #expect(w.first?.event == "2022 SCO Summit Samarkand")
    }
}

/// The five example articles, read by the real reader.
@Suite struct ExampleArticleTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/articles")

    func extract(_ name: String) throws -> [Found] {
        let doc = try ArticleReader.read(contentsOf: Self.dir.appendingPathComponent(name).path)[0]
        return found(sharedExtractor.extract(doc))
    }

    @Test func gabuevClaimIsOneNodeAcrossScripts() throws {
        let nyt = try extract("nytimes-2023-10-17-putin-china-xi.txt").filter { $0.speaker == "Alexander Gabuev" && $0.kind == "direct" }
        let yt = try extract("laoyang-2023-10-21-china-russia.txt").filter { $0.speaker == "Alexander Gabuev" && $0.kind == "direct" }
        let shared = Set(nyt.map(\.claimKey)).intersection(yt.map(\.claimKey))
        #expect(shared.count == 1)
    }

    @Test func bbcXinhuaIntermediaryAndSpeakers() throws {
        let c = try extract("bbc-2022-09-16-xi-putin-sco.txt")
        let xi = c.filter { $0.text.hasPrefix("中方愿同俄方") }
        #expect(xi.first?.speaker == "Xi Jinping")
        #expect(xi.first?.via == "Xinhua")
        #expect(c.contains { $0.speaker == "Kassym-Jomart Tokayev" && $0.via == "Global Times" })
        #expect(!c.contains { $0.speaker == "Nursultan Nazarbayev" })
    }

    @Test func rfaShoiguThroughRussianAgencies() throws {
        let c = try extract("rfa-2024-11-13-china-russia-alliance.txt")
        let quote = c.first { $0.text.hasPrefix("尽管这不是像冷战") }
        #expect(quote?.speaker == "Sergei Shoigu")
        #expect(quote?.via == "俄罗斯通讯社")
    }

    /// A dotted name keeps its given name and surname whole, with characters too common to
    /// mark a name alone (理查德, 克林顿, 阿卜杜拉赫布, 雪克来提), but not the title before it.
    @Test func dottedNamesStayWhole() {
        #expect(claims("美联储副主席理查德·克拉里达表示，经济前景依然良好。").first?.speaker == "理查德·克拉里达")
        #expect(claims("新疆维吾尔自治区主席雪克来提·扎克尔称，学员已全部结业。").first?.speaker == "雪克来提·扎克尔")
        #expect(claims("现居荷兰的维族女子哈斯叶·阿卜杜拉赫布说，她受到了骚扰和威胁。").first?.speaker == "哈斯叶·阿卜杜拉赫布")
        #expect(claims("前国务卿爱德华·斯诺克说，监控无处不在。").first?.speaker == "爱德华·斯诺克")
        #expect(claims("国务院总理理查德·克拉里达表示，经济前景依然良好。").first?.speaker == "理查德·克拉里达")
        // a double-barrelled surname stays whole
        #expect(claims("兰卡斯特大学教授迈克·伯纳斯-李 (Mike Berners-Lee) 表示，我们只能忍受。").first?.speaker == "迈克·伯纳斯-李")
        // a catalog name written whole makes its surname alone the same person
        let c = claims(["希拉里·克林顿可能不会这样做。", "克林顿国务卿曾警告说，中国人在复制早期的殖民者行为。"])
        #expect(c.first?.speaker == "Hillary Clinton")
    }

    /// An organization introduced with its Latin name or acronym in parentheses speaks under
    /// its Chinese name later; a country before the name stays with the subject rules.
    @Test func organizationIntroducedInParentheses() {
        let c = claims(["总部位于斯德哥尔摩附近的北欧航空 (SAS) 是欧洲的大型航空公司。", "北欧航空表示，到2030年将削减25%的碳排放。",
                        "美联航 (United Airlines) 则表示，将每年投入20亿美元用于节油飞机。"])
        #expect(c.map(\.speaker) == ["北欧航空", "美联航"])
        #expect(claims("右翼民族保守党瑞士人民党（SVP）表示，“这符合我们的利益。”").first?.speaker == "瑞士人民党")
    }

    /// Well-known people of the trade and tech news are catalogued: 华为创始人 is Ren Zhengfei, and
    /// 莫雷 / 达里尔·莫雷 are one node.
    @Test func tradeAndTechFigures() {
        let c = claims(["华为创始人本月表示，没有美国华为也能生存。", "火箭队总经理达里尔·莫雷发推文支持香港。莫雷称，他无意冒犯。"])
        #expect(c.map(\.speaker) == ["Ren Zhengfei", "Daryl Morey"], "\(c)")
    }

    /// A spelling the catalog lacks, glossed with a Latin name it has (肖华 (Adam Silver)), is
    /// the catalog's person: one node across both spellings.
    @Test func catalogPersonByTheirLatinName() {
        let c = claims(["NBA 总裁肖华 (Adam Silver) 表示，他不会道歉。", "萧华说，联盟支持言论自由。"])
        #expect(c.map(\.speaker) == ["Adam Silver", "Adam Silver"], "\(c)")
    }

    /// Business and media names the catalog holds are one node whatever the spelling
    /// (沃伦巴菲特 written without its dot, 巴菲特, 雅虎财经 as the outlet).
    @Test func catalogBusinessPeopleAndOutlets() {
        let c = claims(["2017年年中，沃伦巴菲特成为世界上第二大富豪，他指出，美国经济的问题在于回报不均。", "巴菲特说，市场终将恢复。", "雅虎财经报道称，亿万富翁的财富增长了12％。"])
        #expect(c.map(\.speaker) == ["Warren Buffett", "Warren Buffett", "Yahoo Finance"], "\(c)")
    }

    /// Essays quote the thinkers of the past by a short name the name finder cannot trust alone
    /// (尼采, 弗洛伊德): the catalog knows them. A word made from a name (马克思主义者, 林肯大学) is
    /// no mention of the person, and the name after a dot keeps its last character (戈培尔).
    @Test func thinkersOfThePastAndWordsMadeFromTheirNames() {
        let c = claims(["正如尼采所说，“凝视深渊的人，深渊也在凝视他。”", "弗洛伊德说“在进步、文明和不幸之间必然存在着某种联系”。",
                        "马克思主义者认为，历史有其规律。", "英国林肯大学表示，录音属于同一种蟋蟀。",
                        "宣传部长约瑟夫·戈培尔写道，重复足够多次，谎言就会成为真理。"])
        #expect(c.map { $0.speaker ?? "nil" } == ["Friedrich Nietzsche", "Sigmund Freud", "nil", "英国林肯大学", "约瑟夫·戈培尔"], "\(c)")
        // a longer name holding a shorter one is its own person (霍布斯鲍姆 is not 霍布斯)
        let h = claims(["霍布斯认为，人生是孤独、贫困、卑污、残忍而短寿的。", "史学家霍布斯鲍姆认为，革命改变了世界。", "阿克顿是一个自由主义者。他认为，判断是历史学家的责任。",
                        "这也是为什么维特根斯坦说：对不能言说之事只能保持沉默。"])
        #expect(h.map { $0.speaker ?? "nil" } == ["Thomas Hobbes", "Eric Hobsbawm", "Lord Acton", "Ludwig Wittgenstein"], "\(h)")
    }

    /// The same words credited in one article to two speakers are two statements, each with its
    /// own speaker; repeated by the same speaker they stay one claim.
    @Test func sameWordsOfTwoSpeakersInOneArticle() {
        let c = claims(["普京说，中俄关系处于最好时期。", "习近平也表示，中俄关系处于最好时期。", "普京又说，中俄关系处于最好时期。"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Xi Jinping", "Vladimir Putin"], "\(c)")
        #expect(c[0].claimKey == c[2].claimKey && c[0].claimKey != c[1].claimKey, "\(c)")
    }

    /// The Chinese Communist Party is in the catalog under 中共 and its full names; 中共中央 is
    /// its Central Committee, a body of its own.
    @Test func theCommunistPartyIsOneCatalogNode() {
        let c = claims(["中共认为现在的国际形势是“东升西降”。", "中國共產黨表示，時間對自己有利。", "中共中央认为，改革要继续。"])
        #expect(c.map(\.speaker) == ["Chinese Communist Party", "Chinese Communist Party", "Central Committee of the Chinese Communist Party"], "\(c)")
        #expect(c[0].speakerKey == c[1].speakerKey)
    }

    /// Oil majors and the foreign chambers of commerce in China are catalog nodes: 该商会 points
    /// back to the chamber named with an English gloss the catalog does not hold; 美国商会 alone
    /// is the U.S. Chamber, 上海美国商会 the one in Shanghai; 迈克庞培 is Pompeo without his dot.
    @Test func oilMajorsAndChambersOfCommerce() {
        let c = claims(["壳牌坚称情况并非如此。", "上海美国商会 (American Chamber Of Commerce) 周日表达了支持。不过该商会在声明中称，没有看到美国公司离开中国。",
                        "美国商会表示，关税会伤害企业。", "“政府的政策就是与其他政府接触，”国务卿迈克庞培在报告的序言中写道。"])
        #expect(c.map(\.speaker) == ["Shell", "American Chamber of Commerce in Shanghai", "U.S. Chamber of Commerce", "Mike Pompeo"], "\(c)")
    }

    /// Writers the catalog knows are one node in either script, and 他 goes on with them, not
    /// with the last person the text found (類似的話日本作家村上春樹也說過。他…提到).
    @Test func catalogWriters() {
        let c = claims(["已故希臘女高音 Maria Callas 說過，良好品味是在音樂訓練中培養起來的。類似的話日本作家村上春樹也說過。他在《世界末日與冷酷異境》當中提到，只有坐慣好沙發長大的人才知道什麼是好沙發。"])
        #expect(c.last?.speaker == "Haruki Murakami", "\(c)")
    }

    /// Mnuchin as 马努钦 too, the US ambassador Branstad and the World Bank's Malpass are the
    /// catalog's, one node across articles however the given name is spelled (戴维 / 大卫).
    @Test func mnuchinBranstadAndMalpass() {
        let c = claims(["财政部长史蒂文·马努钦称，协议即将达成。", "美国驻华大使布兰斯塔德表示，双方还在谈。", "世界银行行长戴维·马尔帕斯称，各国应推动改革。", "大卫·马尔帕斯表示担心，中国正在让一些国家背上债务。"])
        #expect(c.map(\.speaker) == ["Steven Mnuchin", "Terry Branstad", "David Malpass", "David Malpass"], "\(c)")
    }
}
