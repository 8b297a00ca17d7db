import Testing
@testable import Extraction

/// 觉得 (feels, finds) gives a view only where it is clearly someone's.
@Suite struct FeltViewTests {
    /// Straight after a person named or 他 / 她, past adverbs (还是觉得), 觉得 takes the clause after
    /// it as their view; after 我 or people at large it needs a comma first.
    @Test func whatSomeoneNamedFeels() {
        let c = claims(["郁萍是老闆。郁萍說，這是商業行為不是保護。但是看過幾個這樣的村子之後，她還是覺得風險太大。",
                        "我觉得这种做法很不合理。", "很多人觉得这种做法很不合理。"])
        #expect(c.map(\.description) == ["郁萍|indirect|-|這是商業行為不是保護", "郁萍|indirect|-|風險太大"], "\(c)")
    }
}
