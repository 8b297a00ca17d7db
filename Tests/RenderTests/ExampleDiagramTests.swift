import ClaimGraphCore
import Extraction
import Foundation
import Ingest
import Store
import Testing
@testable import Render

extension RenderSuites {
    /// The three diagrams of `Examples/diagrams`, built from `Examples/articles` read and
    /// extracted for real: what a reader of the README sees.
    @Suite struct ExampleDiagramTests {
        let store: GraphStore

        init() throws {
            store = try GraphStore(path: ":memory:")
            let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Examples/articles").standardizedFileURL
            let extractor = Extractor()
            for file in try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() where file.hasSuffix(".txt") {
                for document in try ArticleReader.read(contentsOf: articles.appendingPathComponent(file).path) {
                    try store.store(document, fragment: extractor.extract(document))
                }
            }
        }

        @Test func gabuevsClaimIsTracedThroughTwoOutletsInTwoScripts() throws {
            let d = try ClaimDiagram.build(store: store, claim: "中國還沒有做好甩掉俄羅斯的準備")
            #expect(d.arrow(from: "Alexander Gabuev", to: d.nodes[0].label)?.label == "said")
            let reports = d.edges.filter { $0.to == d.nodes[0].id && $0.label.hasPrefix("reported") }
            #expect(reports.count == 2)
            let wordings = Set(reports.compactMap(\.quote).map { $0.filter { !"，,。".contains($0) } })
            #expect(wordings == ["中国还没有做好甩掉俄罗斯的准备", "中國還沒有做好甩掉俄羅斯的準備"])
            let outlets = d.nodes.filter { $0.kind == .outlet }.map(\.label)
            #expect(outlets.count == 2)
            let captions = d.nodes.filter { $0.kind == .article }.compactMap(\.caption).sorted()
            #expect(captions.map { String($0.prefix(8)) } == ["report 1", "report 2"])
        }

        @Test func theSCOSummitShowsItsAttendeesWhatXiSaidAndWhoReportedIt() throws {
            let d = try EventDiagram.build(store: store, event: "2022 SCO Summit Samarkand")
            #expect(d.arrow(from: "Xi Jinping", to: "2022 SCO Summit Samarkand")?.label == "attended")
            #expect(d.arrow(from: "Vladimir Putin", to: "2022 SCO Summit Samarkand")?.label == "attended")
            let support = "中方愿同俄方在涉及彼此核心利益问题上相互有力支持"
            #expect(d.arrow(from: "Xi Jinping", to: support)?.label == "said")
            #expect(d.arrow(from: "BBC", to: support)?.label == "reported")
        }

        @Test func putinsDiagramShowsXisClaimsAboutHimAndTheSummit() throws {
            let d = try ActorDiagram.build(store: store, actor: "普京")
            #expect(d.nodes.first?.label == "Vladimir Putin")
            #expect(d.arrow(from: "Xi Jinping", to: "Vladimir Putin")?.label == "claims about")
            #expect(d.arrow(from: "Vladimir Putin", to: "2022 SCO Summit Samarkand")?.label == "attended")
            let png = try GraphvizRenderer.shared.draw(d, format: .png)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 50_000)
        }
    }
}
