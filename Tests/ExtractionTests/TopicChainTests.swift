import Testing
@testable import Extraction

/// A cue with no subject of its own (并称, 并告诉记者) goes on with whom the clause before it opens with.
@Suite struct TopicChainTests {
    /// 他 opening the clause right before the cue, past a first clause naming no one who speaks
    /// (我和一个朋友聊天, a long clause of where), is the subject; 说不定 ("maybe") is no cue.
    @Test func heOpeningTheClauseBeforeTheCue() {
        let c = claims(["史蒂文·巴卡是一名警官。史蒂文·巴卡说，他支持警察。",
                        "在2014年针对警察杀人事件的大规模抗议活动中，他在网上创建了一个页面，并告诉记者，他有一个叔叔与该部门合作。",
                        "我和一个朋友聊天，他很赞成这种政策，并对我说，中国不会改变立场。",
                        "對他個人來說，或許頗為無奈；但他日後的親民形象，說不定還是受了這個經驗的砥礪。"])
        #expect(c.map(\.description) == ["史蒂文·巴卡|indirect|-|他支持警察", "史蒂文·巴卡|indirect|-|他有一个叔叔与该部门合作",
                                         "nil|indirect|-|中国不会改变立场"], "\(c)")
    }

    /// After a semicolon, a clause with a cue and a subject the rules do not know (老公则坚持认为)
    /// is someone else: the words before stop there; one going on (；还发来短信说, ；二是认为) is not.
    @Test func anUnknownSpeakerAfterASemicolon() {
        let c = claims(["孙欢是妈妈。孙欢说既然已经学会，停课没问题；老公则坚持认为停课就是教孩子放弃。",
                        "北京大学教授刘俏认为，定位有两大误区：一是将公积金和购房绑定在一起；二是认为公积金只满足需求端。"])
        #expect(c.map(\.text) == ["既然已经学会，停课没问题", "定位有两大误区：一是将公积金和购房绑定在一起；二是认为公积金只满足需求端"], "\(c)")
    }

    /// Past a first clause that is only the topic (針對…，对于…，), the next clause heads the cue's
    /// when it comes right before it or before appositions (，即…，); not past more clauses
    /// (…斯特恩犹记，2007 年两人交流时，盖茨…，认为: Gates's view, not Stern's).
    @Test func theSubjectAfterATopic() {
        let c = claims(["針對東協緊急峰會共識，主席敏昂萊，即發動政變的軍事領袖，在26日表示，只有緬甸的局勢平穩，他才考慮東協特使的訪問。",
                        "对于硅谷常用的那些陈词滥调，Facebook 也按捺不住地拿将过来，声称其使命是为数十亿人赋权。",
                        "对于盖茨在环境问题上的投入，教授斯特恩犹记，2007 年两人交流时，盖茨对此还很怀疑，认为这会让他分心。"])
        #expect(c.map(\.speaker) == ["Min Aung Hlaing", "Facebook"], "\(c)")
    }

    /// A clause that only says where the words were given (在听证会上, 在电影中, 在论坛上) goes on with
    /// whom the clause before it opens with, as 在记者会上 does.
    @Test func whereTheWordsWereGiven() {
        let c = claims(["李克强通过镜头讲故事，在电影中解释说，这可能就像一种药，可以治愈某人。",
                        "王毅出席会议，在论坛上强调，中国不会改变立场。"])
        #expect(c.map(\.speaker) == ["Li Keqiang", "Wang Yi"], "\(c)")
    }

    /// A clause opening with a one-character verb in progress (瞇着眼睛, 指着袋子) says how the
    /// subject of the clause before spoke; a pronoun before the verb (他笑着说) is its own subject.
    @Test func aVerbInProgressGoesOnWithTheSubject() {
        let c = claims(["化学家布鲁姆支持一项决议。她手拿写字板，瞇着眼睛看着小组成员说，这些化学物质不能提高安全性。",
                        "商人马永茂将编织袋放在门口，指着袋子说：“过年了，领导自己买点东西。”"])
        #expect(c.map(\.speaker) == ["布鲁姆", "马永茂"], "\(c)")
        #expect(claims("王建国站在台上，随着掌声响起，有着多年经验的分析师说，这些化学物质不能提高安全性。").map(\.speaker) != ["王建国"])
    }

    /// Unnamed people opening the first clause go on though a country says whose they are
    /// (一个中国男子接了电话，说…): nobody named, not the country.
    @Test func unnamedPeopleOfACountryGoOn() {
        let c = claims("一个中国男子接了电话，说刚刚捡到手机，正在琢磨怎么交还。")
        #expect(c.count == 1 && c.first?.speaker == nil, "\(c)")
    }
}
