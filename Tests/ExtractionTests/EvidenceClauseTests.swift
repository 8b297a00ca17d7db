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
}
