import Testing
@testable import Extraction

/// 其 right before a cue stands for a speaker, as 他 or 它 would (其表示, 但其强调).
@Suite struct QiSubjectTests {
    /// The one its sentence named last: the one who goes on (王毅声称A，但其强调B), the one
    /// reached (财新记者联系…律师马西蒙，其表示); opening its sentence, the last speaker (。据其介绍，…);
    /// nobody named stays unresolved, not the reporter.
    @Test func qiPointsToTheLastNamed() {
        let c = claims(["王毅在会上声称行政权不是关键，但其强调赋予机构在专业事务领域的决定权。",
                        "财新记者联系丰瑞律所律师马西蒙，其表示不接受采访。"])
        #expect(c.map(\.description) == ["Wang Yi|indirect|-|行政权不是关键", "Wang Yi|indirect|-|赋予机构在专业事务领域的决定权",
                                          "马西蒙|indirect|-|不接受采访"], "\(c)")
        let opening = claims(["塔里克·哈默德曾向美国《新闻周刊》回忆，「年幼的巴格达迪非常好学。」前者曾是巴格达迪的邻居。",
                              "据其介绍，「巴格达迪几乎不穿年轻人的服装。」"])
        #expect(opening.map(\.speaker) == ["塔里克·哈默德", "塔里克·哈默德"], "\(opening)")
        let unnamed = claims("财新记者联系上在事发小区收废品的老板，其回忆说，蔡晓明和他妈妈来卖废品。")
        #expect(unnamed.map { $0.speaker ?? "nil" } == ["nil"], "\(unnamed)")
    }

    /// A view in one word before 观点 (的核心观点是「…」) is still the view its owner gives.
    @Test func coreViewIsOwned() {
        let c = claims("谈及外交，王毅的核心观点是「加强核心能力建设，提升专业话语权」。")
        #expect(c.map(\.description) == ["Wang Yi|direct|-|加强核心能力建设，提升专业话语权"], "\(c)")
    }
}
