import ClaimGraphCore
import Testing

@Suite struct ChineseFoldingTests {
    @Test func foldsTraditionalToSimplified() {
        #expect(ChineseFolding.shared.isAvailable)
        #expect(ChineseFolding.shared.toSimplified("中國還沒有做好甩掉俄羅斯的準備") == "中国还没有做好甩掉俄罗斯的准备")
    }

    /// Only sentences holding a traditional character go through OpenCC; the result is the
    /// same as folding each sentence alone, and simplified sentences come back untouched.
    @Test func foldsMixedTextSentenceBySentence() {
        let f = ChineseFolding.shared
        let sentences = ["他說：「我的頭髮白了。", "」\n", "这是简体句子！", "Putin said so? ", "乾隆和於是都在這裡。", "最后一句没有句号"]
        #expect(f.toSimplified(sentences.joined()) == sentences.map(f.toSimplified).joined())
        #expect(f.toSimplified("我的頭髮白了。") == "我的头发白了。")
        #expect(f.toSimplified("这是简体句子！") == "这是简体句子！")
        #expect(f.toSimplified(sentences.joined()).contains("这是简体句子！Putin said so? "))
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
