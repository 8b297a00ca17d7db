import ClaimGraphCore
import Foundation
import Store

/// A small hand-made graph in the shape of `GraphSchema`: three articles from three
/// outlets (one in traditional script), Putin, Xi, Gabuev, an unnamed source, the 2022
/// SCO summit, and a person and an outlet whose names try to break DOT and SVG.
enum RenderFixture {
    static let hostileName = "Mr \"Quote\" \\N back\\slash <script>alert('x')</script> & {brace}\nsecond line"
    static let hostileOutlet = "Evil <b>Outlet</b> \"&amp;\" {x}"
    static let hostileClaim = "<script>alert(\"x\")</script> & \"quoted\" \\N {}"
    static let gabuevSimplified = "中国还没有做好甩掉俄罗斯的准备"
    static let gabuevTraditional = "中國還沒有做好甩掉俄羅斯的準備"

    static func store(path: String = ":memory:") throws -> GraphStore {
        let store = try GraphStore(path: path)
        try store.store(bbc, fragment: bbcFragment)
        try store.store(rfi, fragment: rfiFragment)
        try store.store(evil, fragment: evilFragment)
        return store
    }

    static let bbc = Document(
        title: "习近平疫情后首次外访并与普京会面", url: "https://example.org/bbc", outlet: "BBC中文", authors: [],
        published: day("2022-09-16"), language: "zh-Hans",
        paragraphs: ["习近平与普京会面。", "加布耶夫说：“中国还没有做好甩掉俄罗斯的准备。”"], source: "bbc.txt", format: "rss-archive")
    static let rfi = Document(
        title: "普京訪華", url: "https://example.org/rfi", outlet: "法廣 RFI", authors: [],
        published: day("2023-10-14"), language: "zh-Hant",
        paragraphs: ["據美國之音報道，加布耶夫說：「中國還沒有做好甩掉俄羅斯的準備」。"], source: "rfi.txt", format: "rss-archive")
    static let evil = Document(
        title: "A <script> title & \"more\"", url: "https://example.org/evil", outlet: hostileOutlet, authors: [],
        published: day("2024-01-01"), language: "en",
        paragraphs: ["Hostile text."], source: "evil.txt", format: "rss-archive")

    static let putin = GraphFragment.Node(key: "person:Vladimir Putin", labels: ["Person"],
                                          properties: ["name": "Vladimir Putin", "aliases": .list(["普京", "普丁"])])
    static let xi = GraphFragment.Node(key: "person:Xi Jinping", labels: ["Person"], properties: ["name": "习近平"])
    static let gabuev = GraphFragment.Node(key: "person:Alexander Gabuev", labels: ["Person"], properties: ["name": "亚历山大·加布耶夫"])
    static let carnegie = GraphFragment.Node(key: "org:Carnegie", labels: ["Organization"], properties: ["name": "卡内基国际和平基金会"])
    static let sco = GraphFragment.Node(key: "org:SCO", labels: ["Organization"], properties: ["name": "上海合作组织"])
    static let summit = GraphFragment.Node(key: "event:SCO 2022", labels: ["Event"],
                                           properties: ["name": "上海合作组织撒马尔罕峰会", "date": "2022-09-15", "place": "撒马尔罕"])

    static func day(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text + "T00:00:00Z")
    }

    static func claim(_ key: String, _ text: String, date: String) -> GraphFragment.Node {
        GraphFragment.Node(key: "claim:" + key, labels: ["Claim"], properties: ["text": .string(text), "date": .string(date)])
    }

    static func reported(_ d: Document, _ claim: String, _ text: String, via: String? = nil, source: String? = nil) -> GraphFragment.Edge {
        var props: [String: PropertyValue] = ["text": .string(text)]
        if let via { props["via"] = .string(via) }
        if let source { props["source"] = .string(source) }
        return GraphFragment.Edge(type: "REPORTED", from: GraphFragment.articleKey(d), to: "claim:" + claim, properties: props)
    }

    static let supportText = "中方愿同俄方在涉及彼此核心利益问题上相互有力支持"
    static let coordinationText = "双方要加强在上海合作组织、亚信、金砖国家等多边框架内的协调和配合"
    static let understandText = "理解中国对乌克兰局势的疑问和担心"
    static let unnamedText = "普京此行意在寻求中国支持"

    static var bbcFragment: GraphFragment {
        let article = GraphFragment.Node(key: GraphFragment.articleKey(bbc), labels: ["Article"], properties: [:])
        return GraphFragment(
            nodes: [article, putin, xi, gabuev, carnegie, sco, summit,
                    claim("support", supportText, date: "2022-09-15"),
                    claim("coordination", coordinationText, date: "2022-09-16"),
                    claim("understand", understandText, date: "2022-09-15"),
                    claim("gabuev", gabuevSimplified, date: "2022-09-16"),
                    claim("unnamed", unnamedText, date: "2022-09-16")],
            edges: [
                GraphFragment.Edge(type: "SAID", from: xi.key, to: "claim:support"),
                GraphFragment.Edge(type: "SAID", from: xi.key, to: "claim:coordination"),
                GraphFragment.Edge(type: "SAID", from: putin.key, to: "claim:understand"),
                GraphFragment.Edge(type: "SAID", from: gabuev.key, to: "claim:gabuev"),
                GraphFragment.Edge(type: "ABOUT", from: "claim:support", to: putin.key),
                GraphFragment.Edge(type: "ABOUT", from: "claim:coordination", to: putin.key),
                GraphFragment.Edge(type: "ABOUT", from: "claim:understand", to: xi.key),
                GraphFragment.Edge(type: "ABOUT", from: "claim:gabuev", to: putin.key),
                GraphFragment.Edge(type: "ABOUT", from: "claim:unnamed", to: putin.key),
                GraphFragment.Edge(type: "AT", from: "claim:support", to: summit.key),
                GraphFragment.Edge(type: "AT", from: "claim:understand", to: summit.key),
                GraphFragment.Edge(type: "ATTENDED", from: putin.key, to: summit.key),
                GraphFragment.Edge(type: "ATTENDED", from: xi.key, to: summit.key),
                GraphFragment.Edge(type: "AFFILIATED_WITH", from: gabuev.key, to: carnegie.key, properties: ["role": "主任"]),
                GraphFragment.Edge(type: "AFFILIATED_WITH", from: putin.key, to: sco.key),
                GraphFragment.Edge(type: "MENTIONS", from: article.key, to: summit.key),
                reported(bbc, "support", supportText, via: "新华社"),
                reported(bbc, "coordination", coordinationText, via: "新华社"),
                reported(bbc, "understand", understandText),
                reported(bbc, "gabuev", gabuevSimplified),
                reported(bbc, "unnamed", unnamedText, source: "分析人士"),
            ])
    }

    static var rfiFragment: GraphFragment {
        let article = GraphFragment.Node(key: GraphFragment.articleKey(rfi), labels: ["Article"], properties: [:])
        return GraphFragment(
            nodes: [article, gabuev, putin, claim("gabuev", gabuevTraditional, date: "2023-10-14")],
            edges: [
                GraphFragment.Edge(type: "SAID", from: gabuev.key, to: "claim:gabuev"),
                reported(rfi, "gabuev", gabuevTraditional, via: "美國之音"),
            ])
    }

    static var evilFragment: GraphFragment {
        let article = GraphFragment.Node(key: GraphFragment.articleKey(evil), labels: ["Article"], properties: [:])
        let hostile = GraphFragment.Node(key: "person:hostile", labels: ["Person"], properties: ["name": .string(hostileName)])
        return GraphFragment(
            nodes: [article, hostile, putin, claim("hostile", hostileClaim, date: "2024-01-01")],
            edges: [
                GraphFragment.Edge(type: "SAID", from: hostile.key, to: "claim:hostile"),
                GraphFragment.Edge(type: "ABOUT", from: "claim:hostile", to: putin.key),
                reported(evil, "hostile", hostileClaim),
            ])
    }
}
