import Testing
@testable import Extraction

/// Dashes that open a clause of its own, with its own subject.
@Suite struct DashClauseTests {
    /// Spaced dashes, as translated copy sets them, and a word joining the clause (— — 直到法新社
    /// 承认…) still open a clause whose subject is the one named after them, not one named before.
    @Test func subjectAfterSpacedDashes() {
        let c = claims("2010年，总理 Julia Gillard 甚至命令澳大利亚联邦警察调查并希望起诉 Assange — — 直到法新社承认 Assange 根本没有犯罪。")
        #expect(c.map(\.speaker) == ["AFP"], "\(c)")
    }
}
