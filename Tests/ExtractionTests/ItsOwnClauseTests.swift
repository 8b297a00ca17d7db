import Testing
@testable import Extraction

/// 其 ("its") opening what an announcing verb takes without a comma.
@Suite struct ItsOwnClauseTests {
    /// 宣布其… as long as a clause is what was announced (微软宣布其 Edge 浏览器使用 Chromium 内核);
    /// short, it is an object (承认其错误).
    @Test func itsOwnClauseAnnounced() {
        let c = claims(["上个月，微软宣布其 Edge 浏览器使用 Chromium 内核。", "王明承认其错误。"])
        #expect(c.map(\.description) == ["Microsoft|indirect|-|其 Edge 浏览器使用 Chromium 内核"], "\(c)")
    }
}
