import Testing
@testable import Extraction

/// 他们 and pair words (两位作者, 二人, 他俩) pointing back to two people named together: the first
/// of them speaks for both; anyone else named in between, or a pair only owning something, is
/// not pointed back to.
@Suite struct PairReferenceTests {
    /// Each name qualified by where the person works, with the English name in brackets.
    @Test func theyAfterAPairHeadingTheSentenceBefore() {
        let c = claims("加州理工学院的埃文斯 (Michael Ewens) 和伊利诺伊大学芝加哥校区的法雷门萨 (Joan Farre-Mensa) 发表了论文。他们指出，放松管制让资金涌入私募市场。")
        #expect(c.map(\.speaker) == ["埃文斯"], "\(c)")
    }

    /// A pair word opening the sentence before (这两位学者发现…。他们认为) names the pair that 他们
    /// goes on with, though no pair heads a sentence.
    @Test func theyAfterAPairWordOpeningTheSentenceBefore() {
        let c = claims("会上还有埃文斯 (Michael Ewens) 和法雷门萨 (Joan Farre-Mensa) 的研究结果。这两位学者发现，溢价会上升。他们认为，这是因为供应即将减少。")
        #expect(c.map(\.speaker) == ["埃文斯", "埃文斯"], "\(c)")
    }

    /// Names listed with 、 before the last one's 和 head the sentence together (A、B 和 C认为); a
    /// Latin name may hold a typographic apostrophe (O’Brien).
    @Test func theyAfterAListHeadingTheSentenceBefore() {
        let c = claims(["蓬佩奥结束了系列演讲。", "国家安全顾问 Robert O’Brien、联邦调查局局长 Christopher Wray 和司法部长 William Barr 认为，中国试图输出意识形态。",
                        "他们指责美国企业负责人向北京屈服。"])
        #expect(c.last?.speaker == "Robert O’Brien", "\(c)")
    }

    /// One name with a word for its family (奥巴马夫妇, Rajapaksa 兄弟) heads the sentence as a pair does.
    @Test func theyAfterAFamilyHeadingTheSentenceBefore() {
        let c = claims(["斯里兰卡的新政府更加亲西方。", "奥巴马夫妇否认了这些指控。他们说，当时他们别无选择。"])
        #expect(c.last?.speaker == "Barack Obama", "\(c)")
    }

    /// 他们发现…。他们认为…: the chain of 他们 goes back to the pair that opened it.
    @Test func theyChainsBackToThePair() {
        let c = claims("2006 年，史蒂夫·詹姆斯 (Steve James) 和蒂姆·萨金特 (Tim Sargent) 写了一篇论文。他们发现，流感对工业生产有一定影响。他们认为，产值只下降了 0.5%。")
        #expect(c.map(\.speaker) == ["史蒂夫·詹姆斯", "史蒂夫·詹姆斯"], "\(c)")
    }

    /// 两位领导人 three sentences after the pair; 二人 in the next paragraph is too far for the
    /// pair heading a sentence, but still names the last pair.
    @Test func pairWordsNameTheLastPair() {
        let c = claims(["普京和拜登在日内瓦举行了会谈。会谈持续了四个小时。双方交换了意见。两位领导人都表示，会谈富有成效。",
                        "二人认为，两国应继续对话。"])
        #expect(c.map(\.speaker) == ["Vladimir Putin", "Vladimir Putin"], "\(c)")
    }

    /// Someone else named between the pair and 他们 (by whom they were refused) is whom 他们 is.
    @Test func someoneNamedInBetweenIsNotThePair() {
        let c = claims("普京和拜登与北约代表团一起前往会场，但被抗议者拦住了，他们说这条路不能走。")
        #expect(!c.contains { $0.speaker == "Vladimir Putin" }, "\(c)")
    }

    /// A pair owning the subject (普京和拜登的顾问们) is not who 他们 are.
    @Test func aPairOwningTheSubjectIsNotThem() {
        let c = claims("普京和拜登的顾问们在会后留了下来。他们表示，细节还要再谈。")
        #expect(!c.contains { $0.speaker == "Vladimir Putin" }, "\(c)")
    }

    /// 他们 opening a paragraph goes on with the pair heading the last sentence of the paragraph
    /// before (学者 Li-hao Gan 和 Bin-Ting Weng 认为：…。⏎他们继续说).
    @Test func theyOpeningAParagraphGoesOnWithThePairBefore() {
        let c = claims(["其中，学者 Li-hao Gan 和 Bin-Ting Weng 认为：“维基百科条目对中国政府有很多偏见。”", "他们继续说：“我们必须制定有针对性的对外交流策略。”"])
        #expect(c.map(\.speaker) == ["Li-hao Gan", "Li-hao Gan"], "\(c)")
    }

    /// A person named with 等人 ("and others") heads the 他们 later in the sentence (李立明等人…，
    /// 他们认为); the last of a list with 等人 does not (弗里德曼、哈耶克等人…，他们认为).
    @Test func personAndOthers() {
        let c = claims("钟南山认为，赋予疾控更大的权力有好处。来自北京大学公共卫生学院教授李立明等人观点更为极端，他们认为，应在卫生健康委之外设立疾病预防控制局。")
        #expect(c.map(\.speaker) == ["Zhong Nanshan", "李立明"], "\(c)")
        let list = claims("这套思想体系遭到了弥尔顿·弗里德曼、弗里德里希·哈耶克等人的抨击，他们认为凯恩斯主义导致政府干预过多。")
        #expect(!list.contains { $0.speaker == "Friedrich Hayek" }, "\(list)")
    }
}
