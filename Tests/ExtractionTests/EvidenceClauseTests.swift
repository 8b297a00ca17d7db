import Testing
@testable import Extraction

/// A cue of evidence with no subject of its own after a comma (，表明…) goes on with the words
/// before it: one statement, not two.
@Suite struct EvidenceClauseTests {
    /// A report with a subject of its own (数据显示，…) is still a statement of its own.
    @Test func showingGoesOnWithTheWords() {
        let c = claims(["王毅表示，这次会谈很成功，表明双方关系良好。", "李强表示，谈判取得了进展。数据显示，双方贸易增长了。"])
        #expect(c.map(\.text) == ["这次会谈很成功，表明双方关系良好", "谈判取得了进展", "双方贸易增长了"], "\(c)")
    }

    /// What happened or was seen shows without saying (历史表明, 一些迹象表明, 困境也表明), whoever
    /// the phrase names on the way; figures a body published (发布的运输情况显示) are its report.
    @Test func thingsShowWithoutSaying() {
        #expect(claims(["英国政府对极端分子的资助历史表明，叙利亚冲突中没有好人。", "瑞典的一些迹象表明，封城的影响将会持续。",
                        "其他基本面困境也表明刺激庞大的中国经济难度之大。"]).isEmpty)
        let published = claims("中国国航 3 月 18 日发布的 2 月运输情况显示，客运运力投入同比下降 68%。")
        #expect(published.map(\.text) == ["客运运力投入同比下降 68%"], "\(published)")
    }
}
