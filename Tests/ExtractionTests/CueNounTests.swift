import Testing
@testable import Extraction

/// Cue words used as nouns, and countries that only qualify the speaker.
@Suite struct CueNounTests {
    @Test func reportNounWithoutContentIsNoClaim() {
        #expect(claims("多家媒体对此进行头条报道。").isEmpty)
        #expect(claims("在媒体报道中似乎都与间谍案有关。").isEmpty)
        #expect(claims("俄罗斯对该软件的封锁一直是社交媒体上的热门消息，活动人士纷纷发帖谴责。").allSatisfy { $0.speaker != "Russia" })
        #expect(claims("路透社报道，俄罗斯将在明年增加石油出口。").map(\.speaker) == ["Reuters"])
        #expect(claims("路透社报道说，俄罗斯将在明年增加石油出口。").map(\.speaker) == ["Reuters"])
    }

    @Test func countryBeforePeopleIsAnUnnamedSource() {
        let c = claims("有些美国精英认为，俄罗斯和中国是威胁。")
        #expect(c.count == 1)
        #expect(c.first?.speaker == nil)
        #expect(c.first?.speakerKey == nil)
    }

    @Test func countryBeforeAnotherBodyIsThatBody() {
        #expect(claims("中国法院表示，被告的行为已构成犯罪。").first?.speaker == "中国法院")
        #expect(claims("美国政府表示，制裁将继续。").first?.speaker == "United States")
    }

    @Test func reportFollowedByASpeakerIsTheIntermediary() {
        let c = claims("路透社报道也说，有些专家认为，中国不会放弃俄罗斯。")
        #expect(c.first?.via == "Reuters", "\(c)")
    }
}
