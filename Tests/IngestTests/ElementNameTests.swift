import CLibXML2
@testable import Ingest
import Testing

@Suite struct ElementNameTests {
    /// Known short names, long names and names no table holds all read as libxml2 spells them.
    @Test func namesAreLibxml2sBytes() throws {
        let html = """
            <html><head><title>t</title><meta name="x" content="y"></head><body><div><p>a<br>b</p>
            <figure><img src="i.png"><figcaption>c</figcaption></figure><blockquote>q</blockquote>
            <custom-element>x</custom-element><abcdefgh>8</abcdefgh><abcdefghi>9</abcdefghi><h6>h</h6>
            <ul><li>l</li></ul><table><tbody><tr><td>d</td></tr></tbody></table></div></body></html>
            """
        let tree = try #require(MarkupTree.html(html))
        let root = try #require(tree.root)
        let names = ([root] + root.descendants { _ in true }).map(\.name)
        let expected = ([root] + root.descendants { _ in true }).map { String(cString: $0.ptr.pointee.name!) }
        #expect(names == expected)
        #expect(names.contains("figcaption") && names.contains("custom-element") && names.contains("abcdefgh")
            && names.contains("abcdefghi") && names.contains("p"))
    }
}
