import ClaimGraphCore
import Testing
@testable import Extraction

/// Gatherings the catalog does not know, named where someone spoke at them (在例行记者会上表示).
@Suite struct AdHocEventTests {
    /// The press conference, hearing or interview named before the cue is where the words were
    /// given, named as the article writes it, past when it was held (周四的) and who was
    /// interviewed where (在北京接受…).
    @Test func aGatheringNamedBeforeTheCue() {
        let c = claims(["外交部发言人耿爽在周四的例行记者会上表示，中方坚决反对。", "刘鹤在北京接受央视采访时说，谈判取得了进展。"])
        #expect(c.map(\.event) == ["例行记者会", "央视采访"], "\(c)")
        #expect(claims("他在这个问题上表示，双方分歧很大。").first?.event == nil)
    }

    /// An article's own press conference is not another article's: the key holds the article.
    @Test func eachArticleHasItsOwnGathering() {
        let keys = ["周一", "周二"].map { day in
            sharedExtractor.extract(document(["耿爽\(day)在例行记者会上表示，中方坚决反对。"]))
                .edges.first { $0.type == GraphSchema.RelType.at }?.to
        }
        #expect(keys[0] != nil && keys[1] != nil && keys[0] != keys[1], "\(keys)")
    }

    /// A gathering inside the words reported (据CNN，在…听证会上…) is what they tell of, not where
    /// they were given.
    @Test func aGatheringInsideTheWordsIsNotTheirPlace() {
        let c = claims("据CNN报道，在当地时间周五结束的法庭听证会上，法官驳回了请求。")
        #expect(!c.isEmpty && c.allSatisfy { $0.event == nil }, "\(c)")
    }
}
