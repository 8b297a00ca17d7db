import Testing
@testable import Extraction

/// A reason given inside reported words (…，因为他认为…) is part of them.
@Suite struct ReasonClauseTests {
    /// A cue in a clause opening with 因为 or 由于 after someone's words says why they hold: the
    /// words run on past it to the sentence's end, and the view in it is still a claim of its own.
    @Test func reasonRunsOnInTheWords() {
        let c = claims("本·汤普森说，它只是一款花哨的手机，因为他认为颠覆应该是一种节俭朴素、自下而上的过程。")
        #expect(c.map(\.description).contains("本·汤普森|indirect|-|它只是一款花哨的手机，因为他认为颠覆应该是一种节俭朴素、自下而上的过程"), "\(c)")
    }
}
