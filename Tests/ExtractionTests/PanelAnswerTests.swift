import Testing
@testable import Extraction

/// A question put to a panel, each answer a paragraph opening with its speaker's name and a colon.
@Suite struct PanelAnswerTests {
    /// Four names or more, each once, are a panel: each answer is its speaker's words. Numbered
    /// or dated headings (方法一：, 周二：) and fewer names are no panel.
    @Test func eachAnswerIsItsSpeakers() {
        let c = claims(["汽油车仍将是未来的主流", "张平：在全球范围内全部换代是件遥远得多的事情。", "魏英杰：纯电动车总量超过汽油车，这完全有可能。",
                        "徐迅雷：否。部分替代而已。", "陈季冰：会。各国从民间到政府都在积极推动。"])
        #expect(c.map(\.speaker) == ["张平", "魏英杰", "徐迅雷", "陈季冰"], "\(c)")
        #expect(c.first?.text == "在全球范围内全部换代是件遥远得多的事情", "\(c)")
        let headings = claims(["方法一：打开设置页面。", "方法二：选择下载选项。", "周一：准备好背包和水。", "周二：检查所有的装备。"])
        #expect(headings.isEmpty, "\(headings)")
        let few = claims(["张平：在全球范围内全部换代是件遥远得多的事情。", "魏英杰：纯电动车总量超过汽油车，这完全有可能。"])
        #expect(few.isEmpty, "\(few)")
    }
}
