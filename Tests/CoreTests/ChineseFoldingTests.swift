@testable import ClaimGraphCore
import COpenCC
import COpenCCPhrases
import Foundation
import Testing
import TestSupport

@Suite struct ChineseFoldingTests {
    @Test func foldsTraditionalToSimplified() {
        #expect(ChineseFolding.shared.isAvailable)
        #expect(ChineseFolding.shared.toSimplified("中國還沒有做好甩掉俄羅斯的準備") == "中国还没有做好甩掉俄罗斯的准备")
    }

    /// Only clauses holding a traditional character go through OpenCC; the result is the
    /// same as folding each sentence alone, and simplified sentences come back untouched.
    @Test func foldsMixedTextSentenceBySentence() {
        let f = ChineseFolding.shared
        let sentences = ["他說：「我的頭髮白了。", "」\n", "这是简体句子！", "Putin said so? ", "乾隆和於是都在這裡。", "最后一句没有句号"]
        #expect(f.toSimplified(sentences.joined()) == sentences.map(f.toSimplified).joined())
        #expect(f.toSimplified("我的頭髮白了。") == "我的头发白了。")
        #expect(f.toSimplified("这是简体句子！") == "这是简体句子！")
        #expect(f.toSimplified(sentences.joined()).contains("这是简体句子！Putin said so? "))
    }

    /// Folding by character where no OpenCC phrase key is written, and by OpenCC where one
    /// is, gives what OpenCC gives for the whole text: on the example articles (two are in
    /// traditional script) and on sentences whose phrase changes a character that does not
    /// fold alone (瞭解 → 了解, 回覆 → 回复, 乾隆 stays).
    @Test func foldsLikeOpenCCOnTheWholeText() throws {
        let phrases = ["我們瞭解情況。", "他回覆了郵件。", "乾隆皇帝說：「計畫不變。」", "樊於期的故事", "反覆無常！"]
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
            .map { try String(contentsOf: Self.examples.appendingPathComponent($0), encoding: .utf8) }
        for text in phrases + articles + [phrases.joined(separator: "\n")] {
            #expect(ChineseFolding.shared.toSimplified(text) == Self.openCCWholeText(text))
        }
        #expect(ChineseFolding.shared.toSimplified("我們瞭解情況。") == "我们了解情况。")
        #expect(ChineseFolding.shared.toSimplified("瞭解。") == "了解。")  // no character folds alone
    }

    /// The bit table of plain characters and the remembered answers are filled as texts
    /// are folded, so random texts mixing simplified and traditional characters, phrase
    /// keys, Latin letters and every sentence end must each fold as OpenCC folds them whole,
    /// early (little learnt) and late (much learnt).
    @Test func foldsRandomMixedTextLikeOpenCC() {
        let pieces = ["中", "国", "國", "還", "说", "說", "頭", "髮", "瞭", "解", "計", "畫", "乾", "隆", "回", "覆",
                      "於", "是", "我", "們", "a", "Z", " ", "，", "「", "」", "。", "！", "？", "；", "…", "!", "?", "\n", "😀", "𠀋",
                      "、", "：", ",", ";", ":"]
        var random = SeededGenerator(seed: 11)
        let fresh = ChineseFolding()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(fresh.toSimplified(text) == Self.openCCWholeText(text), "\(text)")
            #expect(ChineseFolding.shared.toSimplified(text) == Self.openCCWholeText(text), "\(text)")
        }
    }

    /// Folding cuts the text at clause ends and converts each part alone, which gives
    /// OpenCC's result only because no phrase key of its dictionaries holds one.
    @Test func noPhraseKeyHoldsAClauseEnd() throws {
        let joined = try #require(cg_opencc_phrase_keys("t2s.json"))
        defer { free(joined) }
        let keys = String(cString: joined).split(separator: "\n")
        #expect(keys.count > 100)
        for key in keys { #expect(!key.unicodeScalars.contains { ChineseFolding.endsClause($0.value) }, "\(key)") }
    }

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/articles")

    /// OpenCC's t2s on `text` in one call, as a reference.
    static func openCCWholeText(_ text: String) -> String {
        let handle = opencc_open("t2s.json")
        defer { opencc_close(handle) }
        return text.withCString { ptr in
            let out = opencc_convert_utf8(handle, ptr, strlen(ptr))!
            defer { opencc_convert_utf8_free(out) }
            return String(cString: out)
        }
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
