import Foundation
@testable import Ingest
import Testing

/// Trees of HTML pages are built in a per-thread arena (markup_arena.c), which starts over
/// only once no tree built in it is alive.
@Suite struct MarkupArenaTests {
    private static func page(_ n: Int) -> String {
        let items = (0..<200).map { "<li class=\"item-\($0)\">第\(n)页，第\($0)段：“引语”</li>" }.joined()
        return "<html><head><title>标题 \(n)</title></head><body><ul>\(items)</ul></body></html>"
    }

    private static func text(_ tree: MarkupTree) -> String { tree.root?.allText ?? "" }

    /// A tree keeps its text while later pages are parsed and earlier trees dropped, in any
    /// order.
    @Test func treesOutliveLaterParsesAndEarlierTrees() throws {
        let expected = (0..<4).map { n in Self.text(MarkupTree.html(Self.page(n))!) }
        var first = Optional(try #require(MarkupTree.html(Self.page(0))))
        let second = try #require(MarkupTree.html(Self.page(1)))
        first = nil
        let third = try #require(MarkupTree.html(Self.page(2)))
        #expect(first == nil)
        #expect(Self.text(second) == expected[1])
        #expect(Self.text(third) == expected[2])
        let fourth = try #require(MarkupTree.html(Self.page(3)))
        #expect(Self.text(second) == expected[1])
        #expect(Self.text(fourth) == expected[3])
    }

    /// Threads parsing at once read what one thread reads.
    @Test func threadsParseAlike() async {
        let expected = (0..<8).map { n in Self.text(MarkupTree.html(Self.page(n))!) }
        await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    (0..<50).allSatisfy { round in
                        let n = (worker + round) % 8
                        return MarkupTree.html(Self.page(n)).map(Self.text) == expected[n]
                    }
                }
            }
            for await alike in group { #expect(alike) }
        }
    }

    /// A page whose tree outgrows a thread's arena (64 MiB: libxml2's copies of the page and
    /// of its text, as their buffers grew) is read whole, the rest of it on the heap.
    @Test func pagesLargerThanTheArenaAreReadWhole() throws {
        let paragraph = "<p>" + String(repeating: "长文本", count: 20_000) + "</p>"
        let html = "<html><body>" + String(repeating: paragraph, count: 300) + "</body></html>"
        let tree = try #require(MarkupTree.html(html))
        #expect(Self.text(tree).utf8.count == 300 * 20_000 * 9)
    }
}
