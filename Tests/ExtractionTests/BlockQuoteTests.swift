import Testing
@testable import Extraction

/// Paragraphs the page set as block quotations, with no quotation marks of their own.
@Suite struct BlockQuoteTests {
    static let intro = "王毅在致辞中谈到了他的工作以及他访问的原因："
    static let first = "我从19岁开始就在堪萨斯州的工厂工作，刚从高中毕业。"
    static let second = "37年后，我仍然被迫每周工作7天，每天工作12小时。"

    /// A sentence ending in a colon about one person introduces the blocks after it: each is
    /// that person's, a salutation between is passed over; the same paragraphs unmarked say nothing.
    @Test func blocksAfterAnIntroductionAreItsPersons() {
        let paragraphs = [Self.intro, "亲爱的朋友们：", Self.first, Self.second, "工人们向公司抗议这样的被迫加班。"]
        let c = claims(paragraphs, blockQuotes: ["亲爱的朋友们：", Self.first, Self.second])
        #expect(c.map(\.description) == ["Wang Yi|direct|-|\(Self.first)", "Wang Yi|direct|-|\(Self.second)"], "\(c)")
        #expect(claims(paragraphs).isEmpty)
    }

    /// An introduction opening with 他 names the person the sentence before is about.
    @Test func anIntroductionOpeningWithHeIsThePersonBefore() {
        let c = claims(["因疫情限制，王毅无法亲临现场。他事先将自己的致辞发送给了主办方：", Self.first], blockQuotes: [Self.first])
        #expect(c.map(\.description) == ["Wang Yi|direct|-|\(Self.first)"], "\(c)")
    }

    /// With no introduction ending in a colon nobody is credited (a law or a tender set as a
    /// block), nor is a transcript's turn, which names its own speaker.
    @Test func blocksWithoutAnIntroductionAreNobodys() {
        let narration = "王毅在工厂工作了37年。"
        #expect(claims([narration, Self.first], blockQuotes: [Self.first]).isEmpty)
        let turn = "父亲：我求他们不要这样做，因为我的一个孩子才一岁。"
        #expect(claims([Self.intro, turn], blockQuotes: [turn]).isEmpty)
    }

    /// A block quoting a news report keeps the report's own cues: its claims are read as the
    /// article's are, and the block is not also a quotation of whoever introduced it.
    @Test func aBlockWithItsOwnCueIsReadAsProse() {
        let report = "WTA主席史蒂夫·西蒙表示，他对彭帅的安全和下落更加担忧。"
        let c = claims(["王毅在讲话中引用了一段报道：", report], blockQuotes: [report])
        #expect(c.map(\.description) == ["史蒂夫·西蒙|indirect|-|他对彭帅的安全和下落更加担忧"], "\(c)")
    }

    /// An introduction whose 他 opens its second clause (在一次访谈中，他…，他的回答：) names the person
    /// 他 is; one naming a single person anywhere (…也是王毅所秉持的，于是我们看到这样的话：) names
    /// that person; a block whose own claim runs to its end goes on in the block after it.
    @Test func introductionsAndStatementsGoingOn() {
        let he = claims(["王毅出席了论坛。在一次访谈中，他曾被问起是否会写一本书，他的回答干脆有力：", Self.first], blockQuotes: [Self.first])
        #expect(he.map(\.speaker) == ["Wang Yi"], "\(he)")
        let named = claims(["这种思路显然也是王毅所秉持的，于是，我们就看到了这样的两段话：", Self.first], blockQuotes: [Self.first])
        #expect(named.map(\.speaker) == ["Wang Yi"], "\(named)")
        let statement = "下午，王毅发出一份声明回应，他不接受这封所谓的电邮。"
        let going = claims([statement, Self.second], blockQuotes: [statement, Self.second])
        #expect(going.map(\.description) == ["Wang Yi|indirect|-|他不接受这封所谓的电邮", "Wang Yi|direct|-|\(Self.second)"], "\(going)")
    }

    /// An epigraph is credited by a short block closing it (> 托马斯·潘恩); a short block with
    /// more blocks after it is a line of verse, not a credit.
    @Test func epigraphCreditedByTheBlockAfterIt() {
        let saying = "一个人如果极力宣扬他自己都不信的东西，那他就是做好了干任何坏事的准备。"
        let c = claims([saying, "托马斯·潘恩", "近年来，网络上流行一种说法。"], blockQuotes: [saying, "托马斯·潘恩"])
        #expect(c.map(\.description) == ["Thomas Paine|direct|-|\(saying)"], "\(c)")
        let verse = claims([saying, "托马斯·潘恩", "他们都去了远方。"], blockQuotes: [saying, "托马斯·潘恩", "他们都去了远方。"])
        #expect(verse.isEmpty, "\(verse)")
    }
}
