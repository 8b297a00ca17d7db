import ClaimGraphCore
import Foundation
import Store
import Testing

/// The claim-mention export and the joining of reworded claims, on hand-made fragments.
@Suite struct ClaimMentionsTests {
    func doc(_ body: String, url: String) -> Document {
        Document(title: "t", url: url, outlet: nil, authors: [], published: nil, language: "zh",
                 paragraphs: [body], source: "/x/" + url.split(separator: "/").last! + ".txt", format: "test")
    }

    /// A fragment in which `speaker` said `text`, found at `span` of the document.
    func fragment(_ d: Document, speaker: String, claim: String, norm: String, span: TextSpan, kind: String) -> GraphFragment {
        let article = GraphFragment.articleKey(d)
        let words = d.body.slice(span)
        return GraphFragment(
            nodes: [
                .init(key: speaker, labels: ["Person"], properties: ["name": .string(String(speaker.dropFirst(6)))]),
                .init(key: claim, labels: ["Claim"], properties: ["text": .string(words), "norm": .string(norm)], spans: [span]),
            ],
            edges: [
                .init(type: "SAID", from: speaker, to: claim, spans: [span]),
                .init(type: "REPORTED", from: article, to: claim,
                      properties: ["kind": .string(kind), "speaker": .string(speaker), "cue": "说"], spans: [span]),
            ])
    }

    @Test func oneRowPerMentionAndRewordingsShareAClaim() throws {
        let store = try GraphStore(path: ":memory:")
        let a = doc("巴楚斯卡说，中国不希望俄罗斯被削弱，如果意识到莫斯科可能会失败，中国可能会加大驰援力度。", url: "https://a.example/1")
        let b = doc("巴舒尔斯卡分析称，中国并不希望看到俄罗斯被严重削弱，如果意识到莫斯科可能输掉战争会加大支持。", url: "https://b.example/2")
        let aSpan = TextSpan(start: 6, end: 44)
        let bSpan = TextSpan(start: 9, end: 46)
        try store.store(a, fragment: fragment(a, speaker: "actor:Bachulska", claim: "claim:a",
                                              norm: "中国不希望俄罗斯被削弱如果意识到莫斯科可能会失败中国可能会加大驰援力度", span: aSpan, kind: "indirect"))
        try store.store(b, fragment: fragment(b, speaker: "actor:Bachulska", claim: "claim:b",
                                              norm: "中国并不希望看到俄罗斯被严重削弱如果意识到莫斯科可能输掉战争会加大支持", span: bSpan, kind: "indirect"))
        let rows = try store.claimMentions()
        #expect(rows.count == 2)
        #expect(Set(rows.map(\.claimID)).count == 1)
        #expect(Set(rows.map(\.speakerID)).count == 1)
        #expect(rows.map(\.speaker) == ["Bachulska", "Bachulska"])
        let first = try #require(rows.first { $0.article == "1.txt" })
        #expect(first.text == a.body.slice(aSpan))
        #expect((first.start, first.end) == (aSpan.start, aSpan.end))
    }

    @Test func differentStatementsOfOneSpeakerStayApart() throws {
        let store = try GraphStore(path: ":memory:")
        let a = doc("杜本说，中国在俄中关系中的主导地位显着增强。", url: "https://a.example/3")
        let b = doc("杜本说，北京一直小心翼翼地不向莫斯科提供武器。", url: "https://b.example/4")
        try store.store(a, fragment: fragment(a, speaker: "actor:Duben", claim: "claim:c",
                                              norm: "中国在俄中关系中的主导地位显着增强", span: TextSpan(start: 4, end: 21), kind: "indirect"))
        try store.store(b, fragment: fragment(b, speaker: "actor:Duben", claim: "claim:d",
                                              norm: "北京一直小心翼翼地不向莫斯科提供武器", span: TextSpan(start: 4, end: 22), kind: "indirect"))
        #expect(Set(try store.claimMentions().map(\.claimID)).count == 2)
    }
}
