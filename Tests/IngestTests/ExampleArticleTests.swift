import ClaimGraphCore
import Foundation
import Ingest
import Testing

/// What a reader must find in each of the five example articles, read off the files.
struct ExampleExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String
    var url: String
    var outlet: String
    var published: String
    var first: String
    var last: String
    var testDescription: String { file }
}

let exampleExpectations = [
    ExampleExpectation(
        file: "bbc-2022-09-16-xi-putin-sco.txt",
        title: "习近平疫情后首次外访并与普京会面 为第三任期传递哪些外交信号",
        url: "https://www.bbc.com/zhongwen/simp/world-62912357",
        outlet: "BBC中文", published: "2022-09-16T02:13:02Z",
        first: "10年前，中国国家主席习近平甫一上任，便出访哈萨克斯坦，提出一项新经济倡议，后来发展为雄心勃勃的“一带一路”。10年后的今天，他在即将进入第三届任期之时，再次出访哈萨克斯坦，并将其设为疫情三年后的外访首站。",
        last: "“在这种背景下，鉴于俄罗斯是中国唯一能够扭转美中关系平衡的重要盟友，有理由期待中俄战略结盟进一步巩固。”"),
    ExampleExpectation(
        file: "nytimes-2023-10-17-putin-china-xi.txt",
        title: "普京访华参加“一带一路”论坛，中俄寻求加强伙伴关系",
        url: "https://cn.nytimes.com/world/20231017/putin-china-xi/",
        outlet: "纽约时报中文网", published: "2023-10-17T09:07:01Z",
        first: "俄罗斯总统普京本周访问北京期间将与中国最高领导人习近平会晤，届时两人可能都会寻求展示两国“没有止境”的伙伴关系在挑战西方主导的全球秩序方面的力量。",
        last: "“这段兄弟情很坚固，本质上没有受美中关系回暖的影响，”华盛顿史汀生中心中国项目主任孙云这样评价习近平与普京的关系。“中国显然不相信回暖是可持续的，因此俄罗斯仍然是反美同盟中的关键搭档。”"),
    ExampleExpectation(
        file: "rfi-2023-10-14-putin-visit.txt",
        title: "普京将访华 法新社称遭孤立愈加依赖中国",
        url: "https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20231014-%E6%99%AE%E4%BA%AC%E5%B0%86%E8%AE%BF%E5%8D%8E-%E6%B3%95%E6%96%B0%E7%A4%BE%E7%A7%B0%E9%81%AD%E5%AD%A4%E7%AB%8B%E6%84%88%E5%8A%A0%E4%BE%9D%E8%B5%96%E4%B8%AD%E5%9B%BD",
        outlet: "法广 RFI", published: "2023-10-14T08:45:01Z",
        first: "俄罗斯总统普京预计下周将在中国会见习近平，并宣称加强与其中国的战略伙伴关系。专家称，这是俄罗斯总统对中国日益依赖的新迹象。",
        last: "据杜本认为，“中国在俄中关系中的主导地位显着增强，而且这种关系正在逐渐转变为俄罗斯直接依赖中国的关系”。"),
    ExampleExpectation(
        file: "rfa-2024-11-13-china-russia-alliance.txt",
        title: "中俄联盟是否牢不可破？学者：抢夺中亚或成摩擦点",
        url: "https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/jw-russia-china-strategic-security-consultation-11122024134759.html",
        outlet: "自由亚洲电台", published: "2024-11-13T05:39:34Z",
        first: "随着中国与俄罗斯不断深化战略合作伙伴关系，外界亦关注这一联盟是否牢不可破。美国智库的一份最新报告指出，随着中国在中亚不断扩大经济与安全影响力，被战争拖累的俄罗斯虽可能会以对抗西方为主要目标，继续与中国保持合作，但中俄两国的地区经济和战略利益也存在潜在分歧。",
        last: "柯蒂斯还指出，上海合作组织（SCO）是中国试图在中亚扩大影响并削弱美国全球影响的一部分。这一组织为中国在中亚地区建立秩序和推动其战略提供了平台，但由于土耳其等国家的加入，上合组织不太可能发展成对抗西方的武器。"),
    ExampleExpectation(
        file: "laoyang-2023-10-21-china-russia.txt",
        title: "中俄相互借力各取所需？中俄關係｜一帶一路｜普京訪華｜烏克蘭戰爭｜地緣政治｜無人機供應｜國際局勢｜戰略聯盟｜中國外交｜中國經濟｜中美關係｜國際地位｜中亞地區｜俄烏戰爭｜軍事技術合作｜中俄貿易",
        url: "https://www.youtube.com/watch?v=C1FlKcdjvLc",
        outlet: "老楊到處說", published: "2023-10-21T12:00:09Z",
        first: "中俄相互借力各取所需？",
        last: "這場越拖越久、充滿不確定性的戰爭也讓俄羅斯在經濟和外交方面均依賴中國，並讓俄羅斯無暇分身，無法在中俄兩國地緣政治利益重疊的地區（例如中亞）與北京抗衡。「中國還沒有做好甩掉俄羅斯的準備，」卡內基俄羅斯歐亞中心主任亞歷山大·加布耶夫說。姑妄聽之，且行且驗證吧。"),
]

/// The repository's example articles, found from this source file's location.
func examplePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/articles/\(name)").path
}

func readExample(_ name: String) throws -> Document {
    let docs = try ArticleReader.read(contentsOf: examplePath(name))
    try #require(docs.count == 1)
    return docs[0]
}

@Suite struct ExampleArticleTests {
    @Test(arguments: exampleExpectations)
    func readsMetadataAndBody(_ e: ExampleExpectation) throws {
        let d = try readExample(e.file)
        #expect(d.format == "rss-archive")
        #expect(d.title == e.title)
        #expect(d.url == e.url)
        #expect(d.outlet == e.outlet)
        #expect(d.published.map(ISO8601.dateTime) == e.published)
        #expect(d.paragraphs.first?.text == e.first)
        #expect(d.paragraphs.last?.text == e.last)
    }

    @Test(arguments: exampleExpectations)
    func spansPointIntoTheBody(_ e: ExampleExpectation) throws {
        let d = try readExample(e.file)
        #expect(!d.paragraphs.isEmpty)
        for p in d.paragraphs {
            #expect(d.body.slice(p.span) == p.text)
            #expect(!p.text.isEmpty && p.text == p.text.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(!p.text.contains("  "))
        }
    }

    @Test(arguments: exampleExpectations)
    func dropsFurniture(_ e: ExampleExpectation) throws {
        let body = try readExample(e.file).body
        let furniture = [
            "图像来源", "Pool photo", "订阅", "訂閱", "获取更多RSS", "PayPal", "feedx", "分享 :", "二維碼",
            "#老楊到處說", "－－－", "https://", "14/10/2023",
            // related-article links of BBC and RFA
            "习近平访中亚 中国和国际媒体上的各种声音", "普京与习近平会谈 称“理解中国对乌克兰局势的疑问和担心”",
            "中俄就乌克兰局势举行会谈 西方谴责朝鲜部队现身俄境", "朝鲜增援俄军之际",
            // captions and credits
            "9月15日，在乌兹别克斯坦撒马尔罕举行", "普京上周在吉尔吉斯斯坦的比什凯克与其他前苏联国家领导人会面",
            "中俄两国国旗", "美联社图片", "视频截图", "责编", "点击查看本文英文版",
        ]
        for text in furniture {
            #expect(!body.contains(text), "\(e.file) still contains \(text)")
        }
    }

    @Test func bylinesBecomeAuthors() throws {
        #expect(try readExample("bbc-2022-09-16-xi-putin-sco.txt").authors == ["斯影"])
        #expect(try readExample("nytimes-2023-10-17-putin-china-xi.txt").authors == ["DAVID PIERSON", "ANATOLY KURMANAEV"])
        #expect(try readExample("rfa-2024-11-13-china-russia-alliance.txt").authors == [])
    }

    @Test func keepsHeadingsAndQuotedClaims() throws {
        let bbc = try readExample("bbc-2022-09-16-xi-putin-sco.txt").paragraphs.map(\.text)
        #expect(bbc.contains("中俄在维持底线上加强合作"))
        let nyt = try readExample("nytimes-2023-10-17-putin-china-xi.txt").paragraphs.map(\.text)
        #expect(nyt.contains("“中国还没有做好甩掉俄罗斯的准备，”卡内基俄罗斯欧亚中心主任亚历山大·加布耶夫说。"))
    }

    @Test func frontMatterBecomesMetadata() throws {
        let rfa = try readExample("rfa-2024-11-13-china-russia-alliance.txt")
        #expect(rfa.metadata["tags"] == "自由亚洲电台")
        #expect(rfa.metadata["categories"] == "自由亚洲电台")
        #expect(rfa.language == "zh-Hans")
    }

    @Test func videoDescriptionIsSplitAtRulesAndSentences() throws {
        let d = try readExample("laoyang-2023-10-21-china-russia.txt")
        #expect(d.paragraphs.count > 5)
        #expect(d.paragraphs[1].text.hasPrefix("中国欢迎约130个国家的代表参加“一带一路”高峰论坛"))
        #expect(d.paragraphs.allSatisfy { $0.text.hasSuffix("。") || $0.text.hasSuffix("？") || $0.text.hasSuffix("吧。") })
    }
}
