import ClaimGraphCore
import Testing
@testable import Extraction

/// AFFILIATED_WITH edges and roles come only from title words, never from two names that
/// happen to stand close in different clauses.
@Suite struct AffiliationTests {
    private func affiliations(_ text: String) -> [(from: String, to: String, role: String?)] {
        sharedExtractor.extract(document([text])).edges.filter { $0.type == GraphSchema.RelType.affiliatedWith }.map { e in
            var role: String?
            if case .string(let r)? = e.properties["role"] { role = r }
            return (e.from, e.to, role)
        }
    }

    @Test func namesInDifferentClausesAreNotAffiliated() {
        let a = affiliations("国际刑事法院因“驱逐”乌克兰儿童而对普京发出逮捕令。")
        #expect(!a.contains { $0.from == "actor:Vladimir Putin" }, "\(a)")
        #expect(affiliations("美国等西方国家对普京实施了制裁。").isEmpty)
        #expect(affiliations("国际刑事法院以涉嫌战争罪对普京发出逮捕令。").isEmpty)
    }

    @Test func titleBetweenOrganizationAndPersonIsTheRole() {
        let a = affiliations("乌克兰总统泽连斯基表示，谈判不会在压力下进行。")
        #expect(a.first?.role == "总统", "\(a)")
        #expect(Lexicon.isRole(Array("国际关系系教授".unicodeScalars)))
        #expect(!Lexicon.isRole(Array("儿童而对".unicodeScalars)))
        #expect(!Lexicon.isRole(Array("以涉嫌战争罪对".unicodeScalars)))
    }

    /// Any 学家 is a title before a name (海洋学家, 语言学家), not only the ones listed.
    @Test func anyScientistIsATitle() {
        #expect(Lexicon.isRole(Array("物理海洋学家".unicodeScalars)))
        #expect(claims("物理海洋学家王芳表示，该计划很重要。").map(\.speaker) == ["王芳"])
    }

    @Test func discoveredRoleStopsAtFunctionWords() {
        let f = sharedExtractor.extract(document(["报道援引因此对该校教授刘大伟的采访说，局势正在缓和。"]))
        let person = f.nodes.first { $0.properties["name"] == .string("刘大伟") }
        #expect(person?.properties["role"] == .string("该校教授"))
    }

    /// 与 joining two fields of a title (健康与保健专家) keeps the person after it, not the
    /// body before it, as the one speaking; so does 和 joining two titles, a country inside the
    /// second (高级研究员和中国技术专家 Samm Sacks), though the clause goes on before its cue.
    @Test func titleOfTwoFieldsBeforeAName() {
        let c = claims("Maple Holistics 的健康与保健专家 Caleb Backe 表示：“低头看手机会拉伤你的脖子。”")
        #expect(c.map(\.speaker) == ["Caleb Backe"], "\(c)")
        let two = claims("新美国智囊团高级研究员和中国技术专家 Samm Sacks 评论了微软与中国军事大学之间合作的可能性问题，并指出，最近发表的论文引发了危险信号。")
        #expect(two.map(\.speaker) == ["Samm Sacks"], "\(two)")
    }
}
