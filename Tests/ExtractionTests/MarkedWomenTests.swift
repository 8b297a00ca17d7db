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

    /// 她 after a sentence naming a man and a person who may be a woman is her (就在习近平…的同时，
    /// …米歇尔·奥巴马…。尽管她宣称); not a woman only listed among men (挂着 Rosa Luxemburg、Karl Marx
    /// 的画像).
    @Test func sheIsTheOneWhoMayBeAWomanBesideMen() {
        let c = claims(["国际特赦的发言人Sprokel女士并不认同这种说法。", "就在习近平访问荷兰的同时，美国第一夫人米歇尔·奥巴马在北大发表演讲。尽管她宣称此次中国之行不谈政治，言语中仍在敲打中国。"])
        #expect(c.last?.speaker == "米歇尔·奥巴马", "\(c)")
        let listed = claims(["我们身后墙上挂着 Rosa Luxemburg、Friedrich Engels、Karl Marx 的印制画像。", "“我们曾经想改变德国社会，”她悲伤地说。"])
        #expect(listed.map(\.speaker) == [nil], "\(listed)")
    }

    /// 她 opening a paragraph that names no one before her is the one person the paragraph
    /// before names; with two named there, she stays unresolved.
    @Test func sheOpeningAParagraphIsWhomThePreviousOneNames() {
        let one = claims(["收藏家郁萍说，老房子越来越少了。", "郁萍回忆自己接触过的中介，形容对方十分刁钻。", "她记得当年在东阳见到过卖零件的铺子。「所以他们早就发了。」她摇着头说。"])
        #expect(one.map(\.speaker) == ["郁萍", "郁萍"], "\(one)")
        let two = claims(["收藏家郁萍说，老房子越来越少了。", "郁萍和秦同千回忆自己接触过的中介，形容对方十分刁钻。", "她记得当年在东阳见到过卖零件的铺子。「所以他们早就发了。」她摇着头说。"])
        #expect(two.last?.text == "所以他们早就发了。" && two.last?.speaker == nil, "\(two)")
    }

    /// Her name given after 她 (她的名字叫Nellie Bly) marks a woman, whom a later 她 opening a
    /// paragraph points back to.
    @Test func herNameGivenAfterShe() {
        let c = claims(["当时的一位卧底记者却是一名女性。她的名字叫Nellie Bly。", "她从不惧怕危险。", "她觉得自己的报道意义重大。"])
        #expect(c.map(\.speaker) == ["Nellie Bly"], "\(c)")
    }

    /// Whom 她 was taken to before, she may be again in the next paragraph past men named since
    /// (歐威爾（George Orwell）); not past another who may be a woman (王建國).
    @Test func sheGoesBackToWhomSheWasTakenTo() {
        let opening = ["美國作家迪迪安說，「我們跟自己說故事，以不斷活下去。」", "在那之後，她愈來愈具影響力。彼時戰事升高，她跟編輯說想去越南採訪。",
                       "迪迪安不愛接受媒體訪問，卻頗喜歡談寫作這件事。"]
        let past = claims(opening + ["在文章《我為何寫作》（標題借自歐威爾（George Orwell））中，她說：「我寫作是為了要發現我在想什麼。」"])
        #expect(past.map(\.speaker) == ["迪迪安", "迪迪安", "迪迪安"], "\(past)")
        let other = claims(opening + ["在文章中，迪迪安見到了作家王建國。她說：「我寫作是為了要發現我在想什麼。」"])
        #expect(other.last?.text == "我寫作是為了要發現我在想什麼。" && other.last?.speaker == nil, "\(other)")
    }

    /// A profile's woman, whom the text shows as 她 right after her name (對迪迪安來說，她…), is
    /// whom a 她 far from her name goes back to; not when an unnamed woman came in (一名女士), nor
    /// a man's given name (比尔·朗格卢瓦…，她是一只猫).
    @Test func theWomanOfTheStory() {
        let profile = ["作家迪迪安出生於加州。對迪迪安來說，她的內心深處住着一個記者魂。", "迪迪安在1956年搬去紐約。迪迪安寫了兩本文集。",
                       "彼時越戰戰事升高。", "在一部紀錄片中，她坐在沙發上停頓了一會，說：「這令人害怕，我想要叫救護車。」"]
        #expect(claims(profile).map(\.speaker) == ["迪迪安"], "\(claims(profile))")
        var unnamed = profile
        unnamed[3] = "一名女士來到這裏。她坐在沙發上停頓了一會，說：「這令人害怕，我想要叫救護車。」"
        #expect(claims(unnamed).allSatisfy { $0.speaker != "迪迪安" }, "\(claims(unnamed))")
    }
}
