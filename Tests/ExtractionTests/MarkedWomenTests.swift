import Testing
@testable import Extraction

/// 她 and the women the text marks as such where it names them.
@Suite struct MarkedWomenTests {
    /// 她 after a sentence's subject of unknown gender is a woman the text marks as one (a name
    /// ending in 娅) named after that subject, not the subject; a man named there leaves 她 to
    /// the subject.
    @Test func sheIsTheMarkedWomanAfterTheSubject() {
        let woman = claims(["戈德史密斯 (George Goldsmith) 和马里耶夫斯卡娅 (Ekaterina Malievskaia) 经营着一家公司。",
                            "温文尔雅的戈德史密斯创办了数家企业，严肃的马里耶夫斯卡娅是一名医生，她说在创办公司之前从未碰到毒品。"])
        #expect(woman.map(\.speaker) == ["马里耶夫斯卡娅"], "\(woman)")
        let man = claims(["戈德史密斯 (George Goldsmith) 和彼得罗夫 (Ivan Petrov) 经营着一家公司。",
                          "温文尔雅的戈德史密斯创办了数家企业，严肃的彼得罗夫是一名医生，她说在创办公司之前从未碰到毒品。"])
        #expect(man.map(\.speaker) == ["戈德史密斯"], "\(man)")
    }
}
