import Testing
@testable import Extraction

/// A body's members speaking in the plural (野村控股的经济学家们, 阿里巴巴的高管们) speak for it as
/// in the singular; bare (科学家们发现) they are people in general, and two groups joined
/// (观察人士以及公司高管) are no body.
@Suite struct BodyMemberTests {
    /// A body's official of some department (中国证监会有关部门负责人) speaks for it, and credits the
    /// quotation before as a person does (「…。」汉阳医院有关负责人向财新记者回忆，…).
    @Test func officialsOfADepartment() {
        #expect(claims("中国证监会有关部门负责人 5 月 24 日表示，该法案直接针对中国。").map(\.speaker) == ["China Securities Regulatory Commission"])
        let c = claims(["民营医院协会会长马黎汉说，这是好事。", "「急缺而必不可少的医疗防护物资没有得到保障。」武汉市汉阳医院有关负责人向财新记者回忆，当时医院医护力量已经到了极限。"])
        #expect(c.filter { $0.text.hasPrefix("急缺") || $0.text.hasPrefix("当时") }.map(\.speaker) == ["武汉市汉阳医院", "武汉市汉阳医院"], "\(c)")
    }

    @Test func membersInThePlural() {
        let c = claims("野村控股的经济学家们最近警告说，有三大潜在诱因会推高食品价格。")
        #expect(c.map(\.speaker) == ["Nomura"], "\(c)")
        #expect(claims("阿里巴巴的高管们表示，公司估值应该向亚马逊看齐。").map(\.speaker) == ["Alibaba Group"])
        #expect(claims("这时联储局的银行家们认为，他们已经实现了最大就业率的目标。").map(\.speaker) == ["Federal Reserve"])
    }

    @Test func noBodyForPeopleInGeneral() {
        let bare = claims("高盛的研究人员上周发布了报告。八年前，科学家们发现，一些最成功的药物是借助垃圾收集器发挥作用的。")
        #expect(bare.map(\.speaker) == [nil], "\(bare)")
        #expect(claims("观察人士以及公司高管认为前景黯淡有三方面原因。").map(\.speaker) == [nil])
        let later = claims(["野村控股的经济学家们警告说，食品价格会上涨。", "中国的猪肉价格在十月上涨了一倍。经济学家预计明年一月通胀率将达到峰值。"])
        #expect(later.map(\.speaker) == ["Nomura", nil], "\(later)")
    }

    /// Members of a body pointed back to as described before (前述影视宣发公司高管) are unnamed: the
    /// description is no body's name.
    @Test func membersOfABodyDescribedBefore() {
        let c = claims(["一家影视宣发公司的高管曾告诉记者，合家欢电影是窄众的类型片。", "「追光的几部片都不差，但在宣发上确实难做。」前述影视宣发公司高管说。"])
        #expect(c.count == 2 && c.allSatisfy { $0.speaker == nil }, "\(c)")
    }

    /// A bare 研究人员表示 after a body the catalog does not know was named with its researchers
    /// (来自兰开斯特大学的一组研究人员发表了论文) is that body's; researchers titling a named one
    /// (柏林技术大学的研究人员 Altaf Shaik) are no group a bare noun goes back to.
    @Test func researchersOfAnUnknownBodyNamedBefore() {
        let c = claims(["来自兰开斯特大学的一组研究人员向 arXiv 发表了一篇论文。", "研究人员写道，在不久的未来，完全可以改善这一点。"])
        #expect(c.map(\.speaker) == ["兰开斯特大学"], "\(c)")
        let titled = claims(["柏林技术大学的研究人员 Altaf Shaik 也参与了测试。", "研究人员写道，他们可以阻止设备进入省电模式。"])
        #expect(titled.map(\.speaker) == [nil], "\(titled)")
    }

    /// One of a named body's spokesmen (一位杜邦公司的发言人, 一名任天堂发言人) speaks for the body;
    /// one of a body the phrase does not name (一位公司发言人) stays unnamed.
    @Test func oneOfANamedBodysSpokesmen() {
        #expect(claims("一位谷歌发言人表示，谷歌认识到自己的服务在当前这种时刻的重要性。").map(\.speaker) == ["Google"])
        #expect(claims("一名任天堂的发言人表示，中国的产能仍然有限而且很难扩大。").map(\.speaker) == ["Nintendo"])
        let bare = claims("一位公司发言人说，该部门正采取积极措施来应对疫情。")
        #expect(bare.count == 1 && bare.first?.speaker == nil, "\(bare)")
    }
}
