import Testing
@testable import Extraction

/// Cues whose words come only after punctuation, or a quotation closing the sentence, or the
/// paragraph a colon announces.
@Suite struct PunctuatedCueTests {
    /// 反映，… complains of what follows; 这反映了… and …的反映 are what something shows.
    @Test func complaintsAfterAComma() {
        #expect(claims("一些商家反映，要想做好线上，负担更重了。").map(\.text) == ["要想做好线上，负担更重了"])
        #expect(claims(["这反映了市场的变化。", "这是他一贯乐观性格的反映，也说明了问题。"]).isEmpty)
    }

    /// A quotation of four Han characters or more closing the sentence right after such a cue
    /// is its words (注意到“…”。); a term the sentence goes on from (提出“一带一路”倡议) or a word
    /// or two (形容“讽刺”) is not.
    @Test func quotationClosingTheSentence() {
        #expect(claims("微博用户注意到“现在很多地方都在强行收集个人信息”。").map(\.text) == ["现在很多地方都在强行收集个人信息"])
        #expect(claims(["习近平2013年提出“一带一路”倡议。", "他们形容“讽刺”。"]).isEmpty)
    }

    /// A colon closing the paragraph after whom the words were told (告诉 Motherboard:⏎…)
    /// announces the next paragraph as the statement, as one right after the cue does.
    @Test func colonAfterWhomTheWordsWereTold() {
        let told = claims(["T-Mobile 的一位发言人在一封电子邮件中告诉 Motherboard:", "我们一直在努力改善安全措施，这样我们就能防止客户被欺诈。"])
        #expect(told.map(\.description) == ["T-Mobile|indirect|Motherboard|我们一直在努力改善安全措施，这样我们就能防止客户被欺诈。"], "\(told)")
    }

    /// After a word pointing back to the quotation before (如此形容, 这样描述) the cue takes an
    /// object closing the sentence: the quotation is what was said of it, and the object (a
    /// space after the cue changes nothing) is no statement.
    @Test func objectAfterACuePointingBack() {
        let named = claims("「里程碑式判案，很新的变化。」助理教授杨鸣宇如此形容这椿案件。")
        #expect(named.map(\.description) == ["杨鸣宇|direct|-|里程碑式判案，很新的变化。"], "\(named)")
        let unnamed = claims("「不像保险公司，更像个大基金。」有业内人士这样形容 安邦给外界的印象。")
        #expect(unnamed.map(\.text) == ["不像保险公司，更像个大基金。"], "\(unnamed)")
        #expect(claims("「节前是狂欢，节后是严冬。」从业者林智杰如此形容 2020 年的春节。").allSatisfy { !$0.text.contains("春节") })
    }

    /// 有很多话要说 is having much to say, no statement, unless a colon announces the words.
    @Test func somethingToSay() {
        #expect(claims("如果凯恩斯今天还活着，他将有很多话要说，不仅仅关于花多少钱。").isEmpty)
        #expect(claims("投资者也有话要说：把自己经营得好一点之前，离华尔街远一点。").map(\.text) == ["把自己经营得好一点之前，离华尔街远一点"])
    }
}
