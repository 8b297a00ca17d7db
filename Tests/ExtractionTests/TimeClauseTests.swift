import Testing
@testable import Extraction

/// A cue inside a time clause (他说最后一句话时，…) tells when, not what was said.
@Suite struct TimeClauseTests {
    /// 在 opening the time right after the cue and its subject puts the time inside the words
    /// (王毅表示美方在访问期间，…); 当 opening the cue's own clause keeps it the speaking's.
    @Test func timeInsideTheWords() {
        let c = claims(["王毅表示美方在访问期间，破坏了地区和平与稳定。", "当王毅说美方在访问期间破坏了和平时，记者们都笑了。"])
        #expect(c.map(\.description) == ["Wang Yi|indirect|-|美方在访问期间，破坏了地区和平与稳定"], "\(c)")
    }

    /// After a cue of a view, someone named opening the clause makes the time theirs (王毅认为美方
    /// 提高关税时，…: when the US raises tariffs), not the time of the thinking.
    @Test func timeOfSomeoneNamedAfterAView() {
        let c = claims(["王毅认为美方提高关税时，世界其他地区的金融环境会收紧。", "王毅说这句话时，记者们都笑了。"])
        #expect(c.map(\.description) == ["Wang Yi|indirect|-|美方提高关税时，世界其他地区的金融环境会收紧"], "\(c)")
    }

    /// 说起 brings something up (母亲又说起杀生害命的事，…, 说起在池塘洗衣服时，…): no words follow it.
    @Test func shuoQiBringsUp() {
        let c = claims(["王毅又说起杀生害命的事，大为伤感，流出眼泪来。", "王毅又说起在池塘洗衣服时，碰到了邻居。"])
        #expect(c.isEmpty, "\(c)")
    }

    /// 出 right after a cue makes a verb of result with an object, no words reported (总结出几点
    /// 特征, 透露出一丝遗憾); 出 opening a word (表示出于安全考虑) or after estimating (估算出…为…) does not.
    @Test func resultativeChuReportsNothing() {
        let c = claims(["王毅总结出几点特征：他们的精神状态都不稳定。", "沈文荣透露出危机感。", "王毅表示出于安全考虑，不提供信息来源。",
                        "研究人员估算出新冠 R0 为 3.8。"])
        #expect(c.map(\.text) == ["出于安全考虑，不提供信息来源", "出新冠 R0 为 3.8"], "\(c)")
    }

    /// A lobbyist (说客) and lobbying (游说) hold no cue (以色列说客 Ari Ben-Menashe 则告诉…: he
    /// tells, not Israel says); 说 before 客户 or 起码 is one (旷视说客户合同禁止…).
    @Test func lobbyistHoldsNoCue() {
        let c = claims(["以色列说客 Ari Ben-Menashe 则告诉路透社，他已安排采访。", "旷视说客户合同禁止使用其技术侵犯人权。", "王毅说起码要三天。"])
        #expect(c.map(\.speaker) == ["Ari Ben-Menashe", "Megvii", "Wang Yi"], "\(c)")
        #expect(c.map(\.text) == ["他已安排采访", "客户合同禁止使用其技术侵犯人权", "起码要三天"], "\(c)")
    }

    /// A clause of the occasion opening the sentence (在…举行的吹风会上，) is passed as a clause of
    /// when is, to the person opening the next one, whose words a cue with no subject of its own
    /// then gives (…李斌…表达六个方面的考虑，其中提到，…).
    @Test func occasionBeforeThePersonSpeaking() {
        let c = claims("在 5 月 9 日国务院新闻办公室举行的吹风会上，国家卫健委副主任李斌针对应急体系建设表达六个方面的考虑，其中提到，将以重大传染病的防控为重点。")
        #expect(c.map(\.description) == ["李斌|indirect|-|将以重大传染病的防控为重点"], "\(c)")
    }

    /// A cue inside the time since an act (自特朗普宣布撤军以来，…) tells when, not what was said:
    /// the words are the outlet's report around it; 以来 inside the words (他表示自2019年以来，…) is theirs.
    @Test func sinceAnAct() {
        let c = claims("纽约时报证实，自特朗普宣布他的计划于12月完全撤军以来，美国军队总数现已超过3000人。")
        #expect(c.map(\.description) == ["The New York Times|report|-|自特朗普宣布他的计划于12月完全撤军以来，美国军队总数现已超过3000人"], "\(c)")
        #expect(claims("王毅表示自2019年以来，双方贸易增长了两倍。").map(\.text) == ["自2019年以来，双方贸易增长了两倍"])
    }

    /// A clause of purpose opening the sentence (为了…，) is passed as one of time is, even a
    /// longer one, to the person opening the next clause.
    @Test func purposeBeforeThePersonSpeaking() {
        let c = claims("为了证明维基百科对事实造成的脆弱性影响，主持人 Stephen Colbert 在 2006年要求观众编辑该网站的文章，并写道大象在过去六个月中增加了两倍。")
        #expect(c.map(\.speaker) == ["Stephen Colbert"], "\(c)")
    }
}
