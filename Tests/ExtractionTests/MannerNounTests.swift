import Testing
@testable import Extraction

/// A cue after 的 and how the statement was made (的公开承诺, 的强烈否认) is a noun for a stance
/// someone took: the clause after it is the writer's, not that stance's words.
@Suite struct MannerNounTests {
    /// A notice so described (的公开通报) still reports what follows it.
    @Test func stanceNounsAfterDeAndAManner() {
        let c = claims(["为获得王毅的公开承诺，特朗普拒绝他到访白宫。", "美国指认伊朗为元凶，但遭到了伊朗方面的强烈否认。",
                        "武汉市卫健委的公开通报，确认了部分医疗机构接诊有 27 例病毒性肺炎。"])
        #expect(c.map(\.text) == ["确认了部分医疗机构接诊有 27 例病毒性肺炎"], "\(c)")
    }

    /// 任何 or 所有 before a cue make it a description of whoever holds the view (驳斥了任何认为
    /// 其决策具有政治动机的揣测): no one speaks there.
    @Test func everyoneWhoThinks() {
        #expect(claims("美联储发表声明严正驳斥了任何认为其决策具有政治动机的揣测。").isEmpty)
    }

    /// A cue inside a word of its own names a field or charges already told (他的文学批评眼光,
    /// 媒体批评是…, 华为对相关指控予以否认), or a belief only hoped for (她希望相信…): no words.
    @Test func cuesInsideWordsOfTheirOwn() {
        let c = claims(["燕卜逊早年学的是数学。他的精锐的文学批评眼光显然是受益于精密的数学头脑。",
                        "在现在，做媒体批评是一件非常困难的事情，因为媒体已经积贫积弱。",
                        "Ahmed 希望相信杭州事件会阻止其他公司。", "王毅批评美方的做法破坏了地区稳定。"])
        #expect(c.map(\.text) == ["美方的做法破坏了地区稳定"], "\(c)")
    }
}
