import Testing
@testable import Extraction

/// Words reported inside a concession (虽然…表示…，但…) end where the writer's main clause answers it.
@Suite struct ConcessionTests {
    /// 虽然 / 尽管 in the cue's own clause: the clause after 但 is the writer's; a cue in the main
    /// clause itself (虽然谈判破裂，王毅表示…，但…) or after 尽管如此 keeps its words whole.
    @Test func theMainClauseAnsweringAConcessionIsTheWriters() {
        let c = claims(["虽然美国表示上述举动与贸易谈判无关，但仍可能激怒中国官员。",
                        "尽管大邱市政府强调称，这些患者只是暂时得不到床位，但此举会带来家庭聚集感染的风险。",
                        "虽然谈判破裂，王毅表示中国愿意对话，但美国必须停止施压。",
                        "尽管如此，王毅表示中国愿意对话，但美国必须停止施压。"])
        #expect(c.map(\.text) == ["上述举动与贸易谈判无关", "这些患者只是暂时得不到床位", "中国愿意对话，但美国必须停止施压",
                                  "中国愿意对话，但美国必须停止施压"], "\(c)")
    }
}
