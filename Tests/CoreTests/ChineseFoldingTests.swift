import ClaimGraphCore
import Testing

@Suite struct ChineseFoldingTests {
    @Test func foldsTraditionalToSimplified() {
        #expect(ChineseFolding.shared.isAvailable)
        #expect(ChineseFolding.shared.toSimplified("中國還沒有做好甩掉俄羅斯的準備") == "中国还没有做好甩掉俄罗斯的准备")
    }

    @Test func comparisonKeyIgnoresScriptAndPunctuation() {
        let f = ChineseFolding.shared
        #expect(f.comparisonKey("「中國還沒有做好甩掉俄羅斯的準備」") == f.comparisonKey("“中国还没有做好甩掉俄罗斯的准备。”"))
        #expect(f.comparisonKey("中国") != f.comparisonKey("俄罗斯"))
    }

    @Test func spansCountUnicodeScalars() {
        let text = "普京说：“你好”。Putin"
        #expect(text.slice(TextSpan(start: 0, end: 2)) == "普京")
        #expect(text.slice(TextSpan(start: 9, end: 14)) == "Putin")
        #expect(text.scalarCount == 14)
    }
}
