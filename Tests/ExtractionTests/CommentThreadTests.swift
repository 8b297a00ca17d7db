import ClaimGraphCore
import Testing
@testable import Extraction

/// Comment threads a post reproduces: the paragraphs under `name@handle` are that writer's
/// words, up to the next header or a handle inside a comment; the post's author's own replies are
/// read as the rest of the post is.
@Suite struct CommentThreadTests {
    private func thread(_ paragraphs: [String]) -> [Found] {
        let doc = Document(title: "说理", url: nil, outlet: nil, authors: ["津轻海峡"], published: nil, language: "zh",
                           paragraphs: paragraphs, source: "thread.md", format: "test")
        return found(sharedExtractor.extract(doc))
    }

    @Test func commentsUnderTheirHeaders() {
        let c = thread(["鬼撞墙选择对我提出的问题置之不理。对话记录贴在下面。",
                        "鬼撞墙@smog_again", "津老不要这么看不起中文维基，至少那上面的词条还是符合真相的。", "作为你们俩共同的敌人，我今天就来当个和事佬。",
                        "津轻海峡@tsugaru_strait", "亲爱的，您真是不学无术又感觉良好。",
                        "MsTong@mstong語言是存在的直接現實。維基百科的淪陷就是題中應有之義。唉，華語版就衹好隨他去了吧？津轻海峡@tsugaru_strait谢谢评论。我有一点不同意见。"])
        #expect(c.filter { $0.speaker == "鬼撞墙" }.map(\.text) == ["津老不要这么看不起中文维基，至少那上面的词条还是符合真相的", "作为你们俩共同的敌人，我今天就来当个和事佬"], "\(c)")
        #expect(c.filter { $0.speaker == "MsTong" }.map(\.text) == ["語言是存在的直接現實。維基百科的淪陷就是題中應有之義。唉，華語版就衹好隨他去了吧"], "\(c)")
        #expect(!c.contains { $0.speaker == "津轻海峡" || $0.text.contains("不学无术") }, "\(c)")
    }

    /// One handle in a credit (封面圖片來自推特：@MissOtt) or a lone header is no thread.
    @Test func creditsAndALoneHeaderAreNoThread() {
        let c = thread(["封面圖片來自推特：@MissOtt", "鬼撞墙@smog_again", "津老不要这么看不起中文维基，至少那上面的词条还是符合真相的。"])
        #expect(c.isEmpty, "\(c)")
    }
}
