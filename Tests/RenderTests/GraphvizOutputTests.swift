import CGraphviz
import Foundation
import Store
import Testing
@testable import Render

/// Pictures made by the Graphviz library, and names that try to break DOT or SVG.
extension RenderSuites {
    @Suite struct GraphvizOutputTests {
        let store: GraphStore
        init() throws { store = try RenderFixture.store() }

        @Test func svgPngAndPdfComeFromTheLibrary() throws {
            let d = try ClaimDiagram.build(store: store, claim: RenderFixture.gabuevSimplified)
            let svg = try GraphvizRenderer.shared.draw(d, format: .svg)
            let svgText = String(decoding: svg, as: UTF8.self)
            #expect(svgText.contains("<svg"))
            #expect(svgText.contains(RenderFixture.gabuevTraditional.prefix(8)), "CJK stays text in SVG")
            #expect(svgText.contains("font-family=\"Noto Sans CJK SC"))
            let png = try GraphvizRenderer.shared.draw(d, format: .png)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(png.count > 10_000)
            let pdf = try GraphvizRenderer.shared.draw(d, format: .pdf)
            #expect(pdf.starts(with: Array("%PDF".utf8)))
        }

        @Test(arguments: LayoutEngine.allCases)
        func everyLayoutEngineDraws(_ engine: LayoutEngine) throws {
            let d = try ActorDiagram.build(store: store, actor: "普京")
            let svg = String(decoding: try GraphvizRenderer.shared.draw(d, format: .svg, layout: engine), as: UTF8.self)
            #expect(svg.contains("<svg") && svg.contains("Vladimir Putin"))
        }

        @Test func sameInputGivesTheSameTextAndPicture() throws {
            let a = try EventDiagram.build(store: store, event: "撒马尔罕")
            let b = try EventDiagram.build(store: try RenderFixture.store(), event: "撒马尔罕")
            #expect(DOTWriter.dot(a) == DOTWriter.dot(b))
            #expect(try GraphvizRenderer.shared.draw(a, format: .svg) == GraphvizRenderer.shared.draw(b, format: .svg))
        }

        @Test func hostileNamesNeitherBreakDOTNorInjectMarkup() throws {
            let d = try ActorDiagram.build(store: store, actor: "Vladimir Putin")
            let dot = DOTWriter.dot(d)
            let parsed = try #require(agmemread(dot), "Graphviz parses the DOT back")
            #expect(agnnodes(parsed) == Int32(d.nodes.count + Set(d.nodes.map(\.kind)).count), "one node per diagram node and legend entry")
            agclose(parsed)
            let svg = String(decoding: try GraphvizRenderer.shared.draw(d, format: .svg), as: UTF8.self)
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("&lt;script&gt;alert"))
            // The tooltip keeps the full name: a backslash stays a backslash (`\N` is not
            // replaced by the node's DOT name), quotes and braces survive.
            #expect(svg.contains("Mr &quot;Quote&quot; \\N back\\slash &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {brace}")
                || svg.contains("Mr &quot;Quote&quot; \\N back\\slash &lt;script&gt;alert('x')&lt;/script&gt; &amp; {brace}"))
            let hostile = try #require(d.node(where: RenderFixture.hostileName))
            #expect(!svg.contains("Mr &quot;Quote&quot; \(hostile.id)"), "\\N was expanded to the node name")
        }

        @Test func hostileOutletAndClaimSurviveTheClaimDiagram() throws {
            let d = try ClaimDiagram.build(store: store, claim: "quoted")
            #expect(d.node(where: RenderFixture.hostileOutlet)?.kind == .outlet)
            let svg = String(decoding: try GraphvizRenderer.shared.draw(d, format: .svg), as: UTF8.self)
            #expect(!svg.contains("<script") && !svg.contains("<b>"))
            #expect(svg.contains("Evil &lt;b&gt;Outlet&lt;/b&gt; &quot;&amp;amp;&quot; {x}"), "the literal &amp; is shown as typed")
            let png = try GraphvizRenderer.shared.draw(d, format: .png)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }

        @Test func brokenDOTIsReportedNotCrashed() {
            #expect(throws: RenderError.self) { try GraphvizRenderer.shared.render(dot: "digraph { a -> [ }", format: .svg) }
        }

        @Test func formatFollowsTheFileExtension() throws {
            #expect(try OutputFormat(path: "out/putin.SVG") == .svg)
            #expect(try OutputFormat(path: "a.gv") == .dot)
            #expect(throws: RenderError.unknownFormat(path: "a.jpeg")) { try OutputFormat(path: "a.jpeg") }
        }

        @Test func longClaimsWrapAtSixteenChineseCharactersAndAreShortened() {
            let text = String(repeating: "中国还没有做好甩掉俄罗斯的准备", count: 6)
            let lines = TextLayout.wrap(text, maxLines: 4)
            #expect(lines.count == 4)
            #expect(lines.dropLast().allSatisfy { $0.count == 16 })
            #expect(lines.last?.hasSuffix("…") == true)
            #expect(TextLayout.wrap("「中国还没有做好甩掉俄罗斯的准备，」", maxLines: 2) == ["「中国还没有做好甩掉俄罗斯的准备，」"],
                "closing punctuation never starts a line")
        #expect(TextLayout.wrap("Vladimir Putin met Xi Jinping in Samarkand on Thursday", maxLines: 3)
                == ["Vladimir Putin met Xi Jinping in", "Samarkand on Thursday"])
        }
    }
}
