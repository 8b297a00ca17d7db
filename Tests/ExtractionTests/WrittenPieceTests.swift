import Testing
@testable import Extraction

/// Outlets and documents credited with what they wrote, when the catalog does not know them
/// or the sentence credits several in a row.
@Suite struct WrittenPieceTests {
    /// A one-word Latin name owning a report (TechCrunch 的报道说) is an outlet; a person's
    /// report (Joanna Stern 的报道) and a person named before (Travis Allen … Allen 的文章) stay people.
    @Test func pieceOfAnUnknownOutlet() {
        let c = claims("Axios 的文章称，白宫将推迟关税。")
        #expect(c.count == 1 && c[0].speaker == "Axios" && c[0].kind == "report", "\(c)")
        #expect(claims("Joanna Stern 的报道说，用户并不在乎。").first?.speaker == "Joanna Stern")
        let allen = claims("共和党议员Travis Allen发表了一篇文章。Allen的文章称，议会破坏了法治。")
        #expect(allen.first?.speaker == "Travis Allen" && allen.first?.kind == "indirect", "\(allen)")
    }

    /// A paper named by its kind in 《》 (…日报, …杂志, …纪事报) is the paper after the country
    /// it is published in and with a gloss after it, where the country alone would speak; a
    /// work that is no paper (《独立宣言》) leaves the country the subject.
    @Test func titledPaperAfterItsCountryOrWithAGloss() {
        #expect(claims("美国《明光杂志》认为，中国经济的增长会放缓。").map(\.speaker) == ["明光杂志"])
        let glossed = claims("「他可能是世界上最有影響力的人類學家。」《高等教育紀事報》（The Chronicle of Higher Education）說。")
        #expect(glossed.map(\.speaker) == ["高等教育紀事報"], "\(glossed)")
        #expect(claims("据韩国《中央日报》报道，大邱至少还需要300名医生。").map(\.speaker) == ["中央日报"])
        #expect(claims("美国《独立宣言》认为，人人生而平等是不言而喻的。").map(\.speaker) == ["United States"])
    }

    /// Each quotation of “A”，X说；“B”，Y说 is its speaker's: an outlet credited with the
    /// quotation before it is no intermediary of the next.
    @Test func severalOutletsInOneSentence() {
        let c = claims("“多数用户一无所知”，TechCrunch 的报道说；“这仍是一个谜”，纽约时报说；“广告如何运作无人知晓”，Wired 说。")
        #expect(c.map(\.speaker) == ["TechCrunch", "The New York Times", "Wired"], "\(c)")
        #expect(c.allSatisfy { $0.via == nil && $0.kind == "direct" }, "\(c)")
    }

    /// 评论道, 总结道, 回忆道 tag a quotation as 说道 does.
    @Test func cuesEndingInDao() {
        let c = claims("“亿万富翁热潮是经济失败的征兆，”乐施会执行董事 Winnie Byanyima 评论道，“做衣服的人正在受到剥削。”")
        #expect(c.count == 2 && c.allSatisfy { $0.speaker == "Winnie Byanyima" }, "\(c)")
        #expect(claims("“那是最难的一年。”王建国回忆道。").first?.speaker == "王建国")
    }

    /// A document is named past the date that places it and the word offering it as an
    /// example (比如 ASPCA 在9月份进行的一项研究: ASPCA's, its author opening the description),
    /// never by cutting into the words after a date that is no qualifier of it (2019 年 11 月公开的
    /// 判决书); one whose author is written right before it is that author's, past the date too
    /// (2018年11月底的雅虎财经报告: Yahoo Finance).
    @Test func documentsNamedPastDatesAndExamples() {
        let dated = claims("根据 2018年11月底的雅虎财经报告，美国亿万富翁的财富增长了12％。")
        #expect(dated.first?.speaker == "Yahoo Finance" && dated.first?.kind == "report", "\(dated)")
        let example = claims("比如 ASPCA 在9月份进行的一项研究发现，多数救援组织的关注者有所增加。")
        #expect(example.first?.speaker == "ASPCA", "\(example)")
        let published = claims("根据 2019 年 11 月公开的判决书，此事系评估公司误导。")
        #expect(published.first?.speaker == "2019 年 11 月公开的判决书", "\(published)")
    }

    /// The one named before 等 speaks for the kind (BBC 等英国媒体均报道称, 美国等西方国家认为),
    /// and a report set against a later speaker (虽然…报道称…，但…表示) is no intermediary of theirs.
    @Test func firstOfAKindAndReportsSetAgainstSpeakers() {
        let c = claims("虽然目前 BBC 等英国媒体均报道称，遇难者均为中国籍，但英国警方表示，正在核实遇难者身份。")
        #expect(c.map(\.speaker) == ["BBC", "英国警方"] && c.allSatisfy { $0.via == nil }, "\(c)")
        #expect(claims("美国等西方国家认为，这是违反国际法的行为。").first?.speaker == "United States")
        let relayed = claims("据新华社报道，习近平强调，要加强合作。")
        #expect(relayed.first?.speaker == "Xi Jinping" && relayed.first?.via == "Xinhua", "\(relayed)")
    }

    /// An outlet of the catalog written as a title is the outlet, not a work of that title,
    /// and a manner adverb after a name (《纽约客》俏皮地表示, 脸书自相矛盾地认为) says how, not who.
    @Test func titledOutletsAndMannerAdverbs() {
        let c = claims(["对此，《纽约客》俏皮地表示，柏克莱浪费掉了机会。", "脸书自相矛盾地认为隐私本身没有价格。", "Facebook 自相矛盾地认为隐私没有价格。"])
        #expect(c.map(\.speaker) == ["The New Yorker", "Facebook", "Facebook"], "\(c)")
        // (no name or space before the adverb: two characters and 地, after a word that ends
        // like a source; not after one that does not, 班主任好好地批评)
        let report = claims(["一份新报告惊人地显示，边境的人道主义团体记录到了数千个水壶遭到破坏。"])
        #expect(report.map(\.speaker) == ["一份新报告"], "\(report)")
        let insider = claims(["「我们没有办法。」前述知情人士无奈地说。"])
        #expect(insider.map(\.description) == ["nil|direct|-|我们没有办法。"], "\(insider)")
        // (a subject too short to mark where the adverb starts, and how much before it: 外公很生气地说)
        let kin = claims(["外公很生气地说：「喝这种东西，自讨苦吃！」", "姑姑无奈地说，老人想听日本歌。"])
        #expect(kin.map(\.text) == ["喝这种东西，自讨苦吃！", "老人想听日本歌"] && kin.map(\.source) == ["外公", "姑姑"], "\(kin)")
    }

    /// A record reports what it holds after a comma or colon (据《史记》记载，…; 《护城纪实》中记载，…,
    /// the work the record is in), not as a noun (历史上有不少记载).
    @Test func recordsReport() {
        let c = claims(["2003年的《護城紀實》中記載，阮儀三在1985年到黎里古鎮呼籲保留古建築。", "据《史记》记载，秦始皇统一了六国。", "历史上有不少记载，说明这一点。"])
        #expect(c.map(\.speaker) == ["《護城紀實》", "《史记》"], "\(c)")
        #expect(c.allSatisfy { $0.kind == "report" }, "\(c)")
    }

    /// A title named again by its kind (《思想与文学》一文, 《…》一书) is the work, past where in it
    /// the words are (开篇即声言).
    @Test func titleNamedAgainByItsKind() {
        let c = claims(["《思想与文学》一文开篇即声言，这世界上有所谓的人性文学。", "《病毒来袭》一书指出，天花可能源自骆驼。"])
        #expect(c.map(\.speaker) == ["《思想与文学》", "《病毒来袭》"], "\(c)")
    }

    /// A book or paper pointed to (本书指出, 该论文称) is a document that reports, and 揭露 / 揭示
    /// report what a document reveals (这份报告揭露，…).
    @Test func booksPapersAndRevelations() {
        let c = claims(["本书指出，第三个阶段较之前进步了。", "该论文称，病毒来自武汉。", "这份报告揭露，政府对嫌疑人严酷审讯。"])
        #expect(c.map(\.speaker) == ["本书", "该论文", "这份报告"], "\(c)")
        #expect(c.allSatisfy { $0.kind == "report" }, "\(c)")
    }

    /// 作者 in a review is the writer of the piece named as theirs (羅賓遜在他的新書《創意學院》中,
    /// 罗斯巴德在《美国大萧条》一书中);
    /// not a person a title only names (依序评介《论语》《孟子》…。作者认为).
    @Test func theAuthorOfAReviewedBook() {
        let c = claims(["肯·羅賓遜在他的新書《創意學院》中，分享了對於學校的想法。", "學校只是訓練機器。因此，作者認為，學校不會使我們變得更聰明。"])
        #expect(c.map(\.speaker) == ["肯·羅賓遜"], "\(c)")
        let titles = claims(["本书依序评介《论语》《孟子》《易经》。", "作者认为，孔子以“承礼启仁”为志业，去化解价值上的虚无主义。"])
        #expect(!titles.contains { $0.speaker == "Mencius" }, "\(titles)")
        // (罗斯巴德在《美国大萧条》一书中: 在 alone between the writer and the title; not a
        // writer named after the title, 在《…》一书中，Matthew Alford 博士…)
        let within = claims("经济学者罗斯巴德在《美国大萧条》一书中提出了相反的解释。作者还认为，罗斯福新政继承了对经济的政府干预。")
        #expect(within.map(\.speaker) == ["罗斯巴德"], "\(within)")
    }

    /// A theory holds views as a document does (该理论认为), but relays no one's words: 根据这一
    /// 理论，正如他所说 has no intermediary.
    @Test func aTheoryHoldsViews() {
        let c = claims(["这就是所谓的现代货币理论 (MMT)。该理论认为，货币起源于债权债务关系并对其记账。"])
        #expect(c.count == 1 && c[0].speaker != nil && c[0].kind == "report", "\(c)")
        let relayed = claims(["罗伯特·塔利斯持有一种信念。根据这一理论，正如他所说，「实现民主的方法是坚持不断地去做。」"])
        #expect(relayed.allSatisfy { $0.via == nil }, "\(relayed)")
    }

    /// A document opening the first clause goes on speaking after the comma (该报告今天发布，
    /// 称…); one the clause ends with was acted on (如果您得到一个文件，担心…: its reader worries).
    @Test func documentOpeningTheFirstClause() {
        let c = claims("该报告今天发布，称康鹭片区将进行综合治理。")
        #expect(c.count == 1 && c[0].speaker == "该报告" && c[0].kind == "report", "\(c)")
        #expect(claims("如果您得到一个文件，担心它可能是恶意的。").isEmpty)
    }

    /// A named site the words are on speaks (维基百科上写道: Wikipedia), as a titled work does
    /// (《护城纪实》中记载); a body's own piece does not take its place (ABB 集团在财报中表示: ABB).
    @Test func siteTheWordsAreOn() {
        let c = claims(["维基百科上写道，自由是最重要的。", "《护城纪实》中记载，自由是最重要的。", "微软在财报中表示，自由是最重要的。"])
        #expect(c.map(\.speaker) == ["Wikipedia", "《护城纪实》", "Microsoft"], "\(c)")
    }

    /// A transliterated name written twice speaks before the piece it wrote in (弗里德曼在《美国货币史》
    /// 一书中认为), as before an interview it gave.
    @Test func nameBeforeThePieceItWroteIn() {
        let c = claims(["弗里德曼在《美国货币史》一书中认为，银行破产导致了通货紧缩。", "弗里德曼是货币学派的学者。"])
        #expect(c.count == 1 && c[0].speaker == "弗里德曼" && c[0].text == "银行破产导致了通货紧缩", "\(c)")
    }

    /// 得出的结论是 reports as 的结论是 does: the study reaching it speaks, not a body named
    /// 这项研究得出.
    @Test func conclusionReached() {
        let c = claims("这项研究得出的结论是，饮用咖啡因后人类的认知能力会得到增强。")
        #expect(c.map(\.speaker) == ["这项研究"] && c.first?.text == "饮用咖啡因后人类的认知能力会得到增强", "\(c)")
    }

    /// A document its author's words describe, with 中 and no 在 (兰德公司的报告中写道), records
    /// what follows as its author's; reasoning from something (从理论上说) records nothing.
    @Test func describedDocumentHoldingWords() {
        let c = claims("兰德公司的报告中写道：「首席数据官本应去解决这些问题。」")
        #expect(c.map(\.speaker) == ["RAND Corporation"], "\(c)")
        #expect(claims("从理论上说，赤字不断扩大会导致美国国债供应增加。").isEmpty)
    }

    /// Reporters of a titled paper the catalog does not know report for it (《萨尔布吕肯日报》的记者说),
    /// as those of a known one do.
    @Test func reportersOfATitledPaper() {
        let c = claims(["《萨尔布吕肯日报》的记者说，他们看到的机器似乎在边境搜索 iPhone。", "《纽约时报》的记者说，这些机器是新的。"])
        #expect(c.map(\.speaker) == ["萨尔布吕肯日报", "The New York Times"], "\(c)")
        #expect(c.allSatisfy { $0.kind == "report" }, "\(c)")
    }

    /// 作者 alone is the person the article named right after the word 作者 before (作者张宏杰，);
    /// not one a verb follows there (作者明知…), and nobody when none was named.
    @Test func theAuthorNamedBefore() {
        let c = claims("我读过《中国国民性演变历程》，作者张宏杰，这是一本通俗历史著作。作者认为，近代以来中国人的国民性在历史上有过变化。")
        #expect(c.map(\.speaker) == ["张宏杰"], "\(c)")
        #expect(claims("作者明知这种说法不妥。作者认为，台湾读者不值得尊重。").allSatisfy { $0.speaker == nil }, "")
    }

    /// 作者 in a review is also the person the review places in the book (馬科維茨在本書中…);
    /// not one merely named before (王毅在会上…).
    @Test func theAuthorPlacedInTheBook() {
        let c = claims(["法学教授馬科維茨在本書中更像是一本政治经济的批判。", "作者認為，現今的美國出現一種類似的狀況。"])
        #expect(c.map(\.speaker) == ["馬科維茨"], "\(c)")
        #expect(claims(["法学教授馬科維茨在会上发表演讲。", "作者認為，現今的美國出現一種類似的狀況。"]).allSatisfy { $0.speaker != "馬科維茨" })
    }

    /// A piece in or of a titled paper the catalog does not know is the paper's report
    /// (科幻杂志《Strange Horizons》中的一篇文章认为); reports only counted are nobody's (很多报道称).
    @Test func piecesOfTitledPapersAndCountedReports() {
        let c = claims(["科幻杂志《Strange Horizons》中的一篇文章则认为，《流浪苍穹》是一部非常细致的作品。",
                        "有很多报道称，大量返回的外地人员被拒绝进入住宅区。"])
        #expect(c.map(\.speaker) == ["Strange Horizons", nil], "\(c)")
        #expect(c.map(\.kind) == ["report", "report"], "\(c)")
    }

    /// The body written right before a document is its author, whatever describes that body
    /// (另一家大型房地产开发商绿地控股的年度报告显示), an outlet's in title marks too (官方报刊《中国
    /// 青年报》的一项调查), past when it came out (麦肯锡最近一项调查, 去年的调查); a country's office is
    /// not another country's (美国商务部数据, not China's Ministry of Commerce).
    @Test func bodyRightBeforeItsDocument() {
        let c = claims(["另一家大型房地产开发商绿地控股的年度报告显示，截至去年年底，绿地尚未向供应商支付欠款。",
                        "美国商务部数据显示，这部分出口在过去一年半的时间里大幅下滑。",
                        "官方报刊《中国青年报》的一项调查显示，超过六成的受访者更想要稳定的工作。",
                        "咨询公司麦肯锡最近一项调查显示，AI 可以增加收入和利润。"])
        #expect(c.map(\.speaker) == ["Greenland Holdings", "U.S. Department of Commerce", "China Youth Daily", "McKinsey & Company"], "\(c)")
    }

    /// A program or piece named in 《》 and glossed in Latin letters (在 ESPN 特别节目《决定》(The
    /// Decision) 中说) is still only where the words were given: the subject before it speaks.
    @Test func placeOfWordsPastTitleAndGloss() {
        let c = claims(["勒布朗·詹姆斯 (LeBron James) 是球星。",
                        "詹姆斯在克利夫兰打了七个赛季后，在 ESPN 特别节目《决定》(The Decision) 中说，他要把自己的天赋带到迈阿密。"])
        #expect(c.map(\.speaker) == ["勒布朗·詹姆斯"] && c.map(\.text) == ["他要把自己的天赋带到迈阿密"], "\(c)")
    }

    /// Descriptions of one person joined by 、 head the sentence as one subject: 俱乐部成员之一、
    /// 格里高利大学的马西尼教授，在纪念文章中写道 is Masini's; a list of bodies is not read so.
    @Test func describedTwiceBeforeAPlaceOfWords() {
        let c = claims("俱乐部成员之一、格里高利大学的巴比耶利·马西尼教授，在 2007 年的纪念文章中写道，佩西将罗马俱乐部当作一种精神冒险。")
        #expect(c.map(\.speaker) == ["巴比耶利·马西尼"], "\(c)")
    }

    /// Results show as a report does (PISA 最近几次结果显示, 调查结果显示): whose results they are
    /// reports them.
    @Test func resultsShow() {
        let c = claims("PISA 最近几次结果显示，自 2006 年以来，芬兰每次测试的平均得分都在下降。")
        #expect(c.count == 1 && c[0].kind == "report" && (c[0].speaker ?? "").hasPrefix("PISA"), "\(c)")
    }

    /// A place in a titled work (《五杂组》卷三, 《宾退录》卷十, 《资本论》第一卷) is still the
    /// work that says it.
    @Test func locatorsInTitledWorks() {
        let c = claims(["《五杂组》卷三提到，山东有阳起石。", "据《宾退录》卷十，齐州岁贡阳起石十斤。", "《资本论》第一卷写道，资本来到世间。"])
        #expect(c.map(\.speaker) == ["《五杂组》", "《宾退录》", "《资本论》"], "\(c)")
    }

    /// A body named in Latin script opening a document's description (Canalys 最近的研究,
    /// NewYorker 数据) is its author, who reports; not Latin letters a Chinese name goes on
    /// with (AC 尼尔森的数据).
    @Test func latinBodyOpeningADescription() {
        let c = claims(["Canalys 最近的研究证实，该市场继续强劲增长。", "根据 NewYorker 数据，其客户通常被收取 20 万美元的费用。"])
        #expect(c.map(\.speaker) == ["Canalys", "NewYorker"], "\(c)")
        #expect(claims("AC 尼尔森的数据显示，植物奶已抢占美国 15% 的市场。").allSatisfy { $0.speaker != "AC" })
    }

    /// A notice (公告) is a place of words as a statement is: who put it out speaks, also after a
    /// description of them (总部位于华盛顿州的 Costco 在一份公告中表示).
    @Test func inANotice() {
        let c = claims(["总部位于华盛顿州的 Costco 在一份公告中表示，开张后迎来了破纪录的客流量。", "阿里巴巴在一份公告中称，2 月份销售额出现首次下滑。"])
        #expect(c.map(\.speaker) == ["Costco", "Alibaba Group"], "\(c)")
    }

    /// Documents described only by when they came out (最近几日发布的研究报告称) or counted after
    /// their description (科学家最近发表的几项研究估计) name no one who wrote them: unnamed sources;
    /// a body writing them (哈佛大学最近发表的几项研究) or a day named (周一发布的最新数据) keeps them named.
    @Test func documentsDescribedOnlyByWhenTheyCameOut() {
        let c = claims(["最近几日发布的研究报告称，这种新型病毒的传染性似乎比季节性流感更强。", "科学家最近发表的几项研究估计，平均每个感染者将感染另外两到三个人。",
                        "哈佛大学最近发表的几项研究显示，戴口罩可以降低感染风险。", "周一发布的最新数据显示，失业率上升到百分之五。"])
        #expect(c.map(\.speaker) == [nil, nil, "Harvard University", "周一发布的最新数据"], "\(c)")
    }
}
