import Testing
@testable import Extraction

/// What a cue takes without a comma: a clause opening with 其 ("its"), or one holding a cue of its own.
@Suite struct ItsOwnClauseTests {
    /// 宣布其… as long as a clause is what was announced (微软宣布其 Edge 浏览器使用 Chromium 内核);
    /// short, it is an object (承认其错误).
    @Test func itsOwnClauseAnnounced() {
        let c = claims(["上个月，微软宣布其 Edge 浏览器使用 Chromium 内核。", "王明承认其错误。"])
        #expect(c.map(\.description) == ["Microsoft|indirect|-|其 Edge 浏览器使用 Chromium 内核"], "\(c)")
    }

    /// A cue after the words begin, in the same clause (王毅说美国表示将撤军, 谷歌强调其政策要求开发者
    /// 向用户披露…), is inside the words: they are the first cue's, not lost between the two.
    @Test func cueInsideTheWords() {
        let c = claims(["王毅说美国表示将撤军。", "谷歌发表声明强调其政策要求开发者向用户披露他们的信息将如何被收集。"])
        #expect(c.map(\.description) == ["Wang Yi|indirect|-|美国表示将撤军", "Google|indirect|-|其政策要求开发者向用户披露他们的信息将如何被收集"], "\(c)")
    }
}
