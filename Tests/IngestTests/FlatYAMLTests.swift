@testable import Ingest
import Testing
import Yams

@Suite struct FlatYAMLTests {
    /// Front matter in the flat subset is read into the nodes Yams composes for it: the same
    /// keys in order, values, styles and tags (under the resolver FrontMatter gives Yams).
    @Test func flatFrontMatterReadsAsYamsComposesIt() throws {
        let yaml = """
            layout: post
            title: "长平：没有自由就没有安全"
            date: 2014-02-28T13:48:50+01:00
            author: 长平
            from: https://pao-pao.net/article/41
            tags: [ 泡泡 ]
            categories: [ 泡泡, 评论 ]
            note: 'single quoted'
            empty:
            """
        let flat = try #require(FlatYAML.pairs(yaml[...]))
        let composed = try #require(try Yams.compose(yaml: yaml, FrontMatter.resolver)?.mapping)
        #expect(flat.map(\.key) == composed.map { $0.key.string ?? "" })
        for ((_, mine), (_, theirs)) in zip(flat, composed) {
            #expect(mine == theirs, "\(mine) vs \(theirs)")
        }
    }

    /// Anything YAML reads in its own way is left to Yams.
    @Test func otherYAMLIsLeftToYams() {
        for yaml in ["title: \"say \\\"hi\\\"\"", "title: a # comment", "nested:\n  key: v", "title: a: b",
                     "- a\n- b", "tags: [a, [b]]", "title: \"it's\" more", "\tkey: v"] {
            #expect(FlatYAML.pairs(yaml[...]) == nil, "\(yaml)")
        }
    }
}
