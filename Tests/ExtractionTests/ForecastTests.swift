import Testing
@testable import Extraction

/// 预计将 / 预测会: what a person or people forecast will be, where after a country, a body or a
/// thing it is what is expected of them.
@Suite struct ForecastTests {
    @Test func peopleForecastWhatWillBe() {
        let named = claims("Saildrone 公司创始人理查德·詹金斯说，这很好。展望未来，詹金斯预计将有大量无人船环绕南极洲航行。")
        #expect(named.last?.description == "理查德·詹金斯|indirect|-|将有大量无人船环绕南极洲航行", "\(named)")
        #expect(claims("其他许多企业的领导人也已老迈。专家预测将有一轮动荡。").map(\.description) == ["nil|indirect|-|将有一轮动荡"])
    }

    @Test func whatIsExpectedOfABody() {
        #expect(claims("今年，中国预计将超过美国，成为全球最大的消费市场。").isEmpty)
        #expect(claims("考虑到如此强劲的经济态势，美联储预计将继续加息。").isEmpty)
    }

    /// 预言，… prophesies words after its punctuation; a prophecy named as a noun (王建国的预言)
    /// or without punctuation (预言了危机) gives none.
    @Test func prophecyAfterPunctuation() {
        let c = claims(["学者王建国曾经预言，人类不久将生活在一个地球村里。", "王建国的预言，至今仍然有人讨论。", "王建国预言了这场危机。"])
        #expect(c.map(\.text) == ["人类不久将生活在一个地球村里"], "\(c)")
    }
}
