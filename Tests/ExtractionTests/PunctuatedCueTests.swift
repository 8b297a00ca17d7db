import Testing
@testable import Extraction

/// Cues whose words come only after punctuation, or a quotation closing the sentence.
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
}
