import Testing
@testable import Extraction

/// Passages set as plain paragraphs and credited by a dash line after them.
@Suite struct ExcerptCreditTests {
    static let heading = "01 卡尔维诺"
    static let first = "我认为我写了一种东西，它就像是献给城市的最后一首爱情诗。"
    static let second = "这些城市是众多事物的一个整体：记忆的整体，欲望的整体。"
    static let credit = "——伊塔洛·卡尔维诺，1983年哥伦比亚大学讲座，中译：陆元昶"

    /// The paragraphs between a heading (or a labelled summary) and the credit line are the
    /// writer's, each a quotation of its own; the summary is not.
    @Test func paragraphsUpToTheHeadingAreTheWriters() {
        let c = claims([Self.heading, "概括：城市已不再是城市。", Self.first, Self.second, Self.credit])
        let expected = ["伊塔洛·卡尔维诺|direct|-|\(Self.first)", "伊塔洛·卡尔维诺|direct|-|\(Self.second)"]
        #expect(c.map(\.description) == expected, "\(c)")
        #expect(claims([Self.heading, Self.first, Self.second]).isEmpty)
    }

    /// After a block quotation the credit closes only the block, not the prose before it.
    @Test func aCreditAfterABlockClosesTheBlock() {
        let c = claims([Self.heading, "福柯曾多次写到城市。", Self.first, Self.credit], blockQuotes: [Self.first])
        #expect(c.map(\.description) == ["伊塔洛·卡尔维诺|direct|-|\(Self.first)"], "\(c)")
    }

    /// A section title between dashes names no writer, nor does a line closing more paragraphs
    /// than an excerpt holds (a signature under a whole piece).
    @Test func titlesAndSignaturesCreditNothing() {
        #expect(claims([Self.heading, Self.first, "— — 伊塔洛·卡尔维诺 — —", Self.second]).isEmpty)
        let piece = (1...7).map { "第\($0)段：城市是一些交换的地点，这些交换并不仅仅是货物的交换。" }
        #expect(claims([Self.heading] + piece + ["——伊塔洛·卡尔维诺"]).isEmpty)
    }
}
