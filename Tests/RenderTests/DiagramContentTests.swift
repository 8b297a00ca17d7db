import Foundation
import Query
import Store
import Testing
@testable import Render

/// What each kind of diagram shows for the fixture graph: nodes, arrows and words.
extension RenderSuites {
    @Suite struct DiagramContentTests {
        let store: GraphStore
        init() throws { store = try RenderFixture.store() }

        @Test func actorDiagramCollapsesParallelClaimsAndShowsEveryKindOfTie() throws {
            let d = try ActorDiagram.build(store: store, actor: "普京")
            #expect(d.nodes.first?.label == "Vladimir Putin")
            #expect(d.focus == d.nodes.first?.id)
            #expect(Set(d.nodes.map(\.label)) == [
                "Vladimir Putin", "习近平", "亚历山大·加布耶夫", "分析人士", RenderFixture.hostileName,
                "上海合作组织", "上海合作组织撒马尔罕峰会",
            ])
            let xiToPutin = try #require(d.arrow(from: "习近平", to: "Vladimir Putin"))
            #expect(xiToPutin.label == "claims about")
            #expect(xiToPutin.count == 2)
            #expect(xiToPutin.tooltip.contains(RenderFixture.supportText), "the tooltip quotes the earliest claim")
            #expect(d.arrow(from: "Vladimir Putin", to: "习近平")?.count == 1)
            #expect(d.arrow(from: "Vladimir Putin", to: "上海合作组织撒马尔罕峰会")?.label == "attended")
            #expect(d.arrow(from: "Vladimir Putin", to: "上海合作组织")?.label == "affiliated with")
            #expect(d.arrow(from: "分析人士", to: "Vladimir Putin")?.tooltip.contains(RenderFixture.unnamedText) == true)
            #expect(d.node(where: "分析人士")?.kind == .unnamed)
            #expect(d.node(where: "上海合作组织撒马尔罕峰会")?.kind == .event)
        }

        @Test func actorLookupAcceptsPartialNamesAndIdsAndReportsUnknownNames() throws {
            #expect(try ActorDiagram.build(store: store, actor: "putin").nodes.first?.label == "Vladimir Putin")
            #expect(try ActorDiagram.build(store: store, actor: "加布耶夫").nodes.first?.label == "亚历山大·加布耶夫")
            #expect(throws: LookupError.notFound(kind: "person or organization", query: "Nobody")) {
                try ActorDiagram.build(store: store, actor: "Nobody")
            }
        }

        @Test func depthFollowsTheActorsFoundInThePreviousStep() throws {
            let one = try ActorDiagram.build(store: store, actor: "加布耶夫", depth: 1)
            #expect(Set(one.nodes.map(\.label)) == ["亚历山大·加布耶夫", "Vladimir Putin", "卡内基国际和平基金会"])
            #expect(one.arrow(from: "亚历山大·加布耶夫", to: "卡内基国际和平基金会")?.label == "affiliated with · 主任")
            let two = try ActorDiagram.build(store: store, actor: "加布耶夫", depth: 2)
            #expect(two.node(where: "习近平") != nil)
            #expect(two.arrow(from: "习近平", to: "Vladimir Putin")?.count == 2)
            // Reached again from Putin's and Carnegie's side, a relationship is still counted once.
            #expect(two.arrow(from: "亚历山大·加布耶夫", to: "Vladimir Putin")?.count == 1)
            #expect(two.arrow(from: "亚历山大·加布耶夫", to: "卡内基国际和平基金会")?.count == 1)
            // With a budget of 3 nodes (Gabuev, Putin, Carnegie) the picture after the cut
            // is the same as without the budget.
            let limited = try ActorDiagram.build(store: store, actor: "加布耶夫", depth: 2, shown: 3)
            #expect(limited.cut(maxNodes: 3).nodes == two.cut(maxNodes: 3).nodes)
            #expect(limited.cut(maxNodes: 3).edges == two.cut(maxNodes: 3).edges)
            // Past the budget, nodes are counted, not read: the note still tells the truth.
            let narrow = try ActorDiagram.build(store: store, actor: "加布耶夫", depth: 2, shown: 2)
            #expect(narrow.nodes.map(\.label) == ["亚历山大·加布耶夫", "Vladimir Putin"])
            #expect(narrow.cut(maxNodes: 2).note == "showing 2 of \(two.nodes.count) nodes (raise --max-nodes to see more)")
            #expect(narrow.cut(maxNodes: 2).note == two.cut(maxNodes: 2).note)
        }

        @Test func claimDiagramTracesBothScriptsOldestFirst() throws {
            let d = try ClaimDiagram.build(store: store, claim: "「" + RenderFixture.gabuevTraditional + "」")
            #expect(d.nodes.first?.kind == .claim)
            #expect(d.nodes.first?.label == RenderFixture.gabuevSimplified)
            #expect(Set(d.nodes.map(\.label)) == [
                RenderFixture.gabuevSimplified, "亚历山大·加布耶夫", "Vladimir Putin",
                RenderFixture.bbc.title, RenderFixture.rfi.title, "BBC中文", "法廣 RFI",
            ])
            #expect(d.arrow(from: "亚历山大·加布耶夫", to: RenderFixture.gabuevSimplified)?.label == "said")
            let bbc = try #require(d.arrow(from: RenderFixture.bbc.title, to: RenderFixture.gabuevSimplified))
            let rfi = try #require(d.arrow(from: RenderFixture.rfi.title, to: RenderFixture.gabuevSimplified))
            #expect(bbc.quote == RenderFixture.gabuevSimplified && bbc.label == "reported")
            #expect(rfi.quote == RenderFixture.gabuevTraditional && rfi.label == "reported, citing 美國之音")
            #expect(d.node(where: RenderFixture.bbc.title)?.caption?.hasPrefix("report 1 · 2022-09-16") == true)
            #expect(d.node(where: RenderFixture.rfi.title)?.caption?.hasPrefix("report 2 · 2023-10-14") == true)
            #expect(d.arrow(from: "法廣 RFI", to: RenderFixture.rfi.title)?.label == "published")
            #expect(d.arrow(from: RenderFixture.gabuevSimplified, to: "Vladimir Putin")?.label == "about")
        }

        @Test func claimLookupBySimplifiedWordsShortWordsAndAmbiguity() throws {
            #expect(try ClaimDiagram.build(store: store, claim: "甩掉俄罗斯").nodes.first?.label == RenderFixture.gabuevSimplified)
            #expect(try ClaimDiagram.build(store: store, claim: "乌克").nodes.first?.label == RenderFixture.understandText)
            let error = #expect(throws: LookupError.self) { _ = try ClaimDiagram.build(store: store, claim: "支持") }
            guard case .ambiguous(_, _, let candidates)? = error else { Issue.record("expected ambiguity, got \(String(describing: error))"); return }
            #expect(candidates.count == 2)
            let unnamed = try ClaimDiagram.build(store: store, claim: RenderFixture.unnamedText)
            #expect(unnamed.arrow(from: "分析人士", to: RenderFixture.unnamedText)?.label == "said")
        }

        @Test func eventDiagramShowsAttendeesSpeakersAndReporters() throws {
            let d = try EventDiagram.build(store: store, event: "撒馬爾罕峰會")
            #expect(d.nodes.first?.label == "上海合作组织撒马尔罕峰会")
            #expect(d.nodes.first?.caption == "2022-09-15 · 撒马尔罕")
            #expect(Set(d.nodes.map(\.label)) == [
                "上海合作组织撒马尔罕峰会", "Vladimir Putin", "习近平",
                RenderFixture.supportText, RenderFixture.understandText, "BBC中文",
            ])
            #expect(d.arrow(from: "习近平", to: "上海合作组织撒马尔罕峰会")?.label == "attended")
            #expect(d.arrow(from: "习近平", to: RenderFixture.supportText)?.label == "said")
            #expect(d.arrow(from: RenderFixture.understandText, to: "上海合作组织撒马尔罕峰会")?.label == "said at")
            #expect(d.arrow(from: "BBC中文", to: RenderFixture.supportText)?.label == "reported")
            #expect(d.arrow(from: "BBC中文", to: "上海合作组织撒马尔罕峰会")?.label == "reported on")
        }

        @Test func queryAdapterDrawsGivenNodesAndBothEndsOfGivenRelationships() throws {
            let (putin, said) = try store.writer.read { db in
                (try Int64.fetchOne(db, sql: "SELECT id FROM nodes WHERE key = 'person:Vladimir Putin'")!,
                 try Int64.fetchOne(db, sql: "SELECT e.id FROM edges e JOIN nodes n ON n.id = e.src WHERE n.key = 'person:Alexander Gabuev' AND e.type = 'SAID'")!)
            }
            let d = try QueryDiagram.build(store: store, title: "MATCH …", nodeIDs: [putin], edgeIDs: [said])
            #expect(d.nodes.map(\.label) == ["Vladimir Putin", "亚历山大·加布耶夫", RenderFixture.gabuevSimplified])
            #expect(d.arrow(from: "亚历山大·加布耶夫", to: RenderFixture.gabuevSimplified)?.label == "said")
        }

        @Test func queryDiagramDrawsThePathsACypherQueryReturns() throws {
            let text = "MATCH p = (s:Person)-[:SAID]->(c:Claim)-[:ABOUT]->(t:Person {name: 'Vladimir Putin'}) RETURN p"
            let d = try QueryDiagram.build(store: store, query: text, result: QueryEngine(store: store).run(text))
            #expect(Set(d.nodes.map(\.label)) == [
                "Vladimir Putin", "习近平", "亚历山大·加布耶夫", RenderFixture.hostileName,
                RenderFixture.supportText, RenderFixture.coordinationText, RenderFixture.gabuevSimplified, RenderFixture.hostileClaim,
            ])
            #expect(d.arrow(from: "习近平", to: RenderFixture.coordinationText)?.label == "said")
            #expect(d.arrow(from: RenderFixture.supportText, to: "Vladimir Putin")?.label == "about")
            #expect(d.edges.count == 8)
            let scalars = "MATCH (p:Person) RETURN p.name"
            #expect(throws: RenderError.nothingToDraw(query: scalars)) {
                try QueryDiagram.build(store: store, query: scalars, result: QueryEngine(store: store).run(scalars))
            }
        }

        @Test func tooManyArrowsAreCutFocusFirstThenHeaviest() {
            var d = Diagram(title: "arrows")
            for id in ["a", "b", "c"] { d.add(DiagramNode(id: id, kind: .person, label: id)) }
            d.focus = "a"
            for i in 1...10 { d.add(DiagramEdge(from: "a", to: "b", label: "l\(i)")) }
            for i in 1...5 { d.add(DiagramEdge(from: "b", to: "c", label: "m\(i)", count: 7)) }
            d.add(DiagramEdge(from: "a", to: "c", label: "heavy", count: 3))
            let cut = d.cut(maxNodes: 3)
            #expect(cut.nodes.count == 3)
            #expect(cut.edges.count == 9)
            #expect(cut.edges.allSatisfy { $0.from == "a" }, "arrows touching the focus come first")
            #expect(cut.edges.contains { $0.label == "heavy" }, "then the heaviest")
            #expect(cut.note == "showing 3 of 3 nodes and 9 of 16 arrows between them (raise --max-nodes to see more)")
        }

        @Test func aGraphTooLargeIsCutWithANote() throws {
            let d = try ActorDiagram.build(store: store, actor: "普京")
            let cut = d.cut(maxNodes: 3)
            #expect(cut.nodes.count == 3)
            #expect(cut.nodes.first?.label == "Vladimir Putin", "the focus survives the cut")
            #expect(cut.note == "showing 3 of \(d.nodes.count) nodes (raise --max-nodes to see more)")
            let kept = Set(cut.nodes.map(\.id))
            #expect(cut.edges.allSatisfy { kept.contains($0.from) && kept.contains($0.to) })
            #expect(d.cut(maxNodes: 0) == d && d.cut(maxNodes: 100) == d)
            let svg = try String(decoding: GraphvizRenderer.shared.draw(cut, format: .svg), as: UTF8.self)
            #expect(svg.contains("showing 3 of \(d.nodes.count) nodes"))
        }
    }
}

extension Diagram {
    func node(where label: String) -> DiagramNode? { nodes.first { $0.label == label } }

    func arrow(from: String, to: String) -> DiagramEdge? {
        guard let a = node(where: from), let b = node(where: to) else { return nil }
        return edges.first { $0.from == a.id && $0.to == b.id }
    }
}
