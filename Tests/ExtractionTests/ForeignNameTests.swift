import Testing
@testable import Extraction

/// Transliterated names read whole around their middle dot.
@Suite struct ForeignNameTests {
    /// 得 inside a surname (彼得斯, 彼得森) is part of the name; 得 opening a word after it
    /// (得到) is not.
    @Test func deInsideASurname() {
        let c = claims(["反对派人士林登·彼得斯称，他的行为捍卫了公共领域。", "汤姆·彼得森说，这是一个好消息。"])
        #expect(c.map(\.speaker) == ["林登·彼得斯", "汤姆·彼得森"], "\(c)")
        let got = claims("尼古拉斯·萨科齐得到了支持。尼古拉斯·萨科齐说，这是一个好消息。")
        #expect(got.map(\.speaker) == ["尼古拉斯·萨科齐"], "\(got)")
    }
}
