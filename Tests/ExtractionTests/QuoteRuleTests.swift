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

    @Test func speakerAfterQuote() {
        let c = claims("“合作不会因为外部压力而停止，”复旦大学研究员李华说。")
        #expect(c.map(\.speaker) == ["李华"])
        #expect(c.first?.text == "合作不会因为外部压力而停止，")
    }

    @Test func cueBetweenTwoQuotes() {
        let c = claims("“双方的分歧并没有消失，”清华大学教授张伟说，“但对话的大门依然敞开。”")
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.speaker == "张伟" && $0.kind == "direct" })
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
}
