import ClaimGraphCore
import Foundation
import Ingest
import Testing

@Suite struct FormatReaderTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>网页标题 - 某网站</title>
        <meta property="og:title" content="普京访华">
        <meta property="og:url" content="https://www.dw.com/zh/putin-visit/a-1">
        <meta property="article:published_time" content="2023-10-17T12:39:29+08:00">
        <meta name="author" content="张三, 李四"></head>
        <body><nav><a href="/">首页</a> <a href="/w">国际</a> <a href="/e">财经</a></nav>
        <div class="teaser"><p>侧栏里的一句话。</p></div>
        <article><h1>普京访华</h1><p>普京&amp;习近平  周二
        会面。</p><p>第二段<br>第三段</p>
        <figure><img src="a.jpg"><figcaption>图片说明</figcaption></figure>
        <div class="share">分享到微博</div>
        <ul><li><a href="/a">相关文章一</a></li><li><a href="/b">相关文章二</a></li></ul></article>
        <footer>版权所有</footer></body></html>
        """

    @Test func htmlPageUsesMetaAndArticleElement() throws {
        let dir = try TemporaryDirectory()
        let docs = try ArticleReader.read(contentsOf: dir.write("page.html", Self.page))
        try #require(docs.count == 1)
        let d = docs[0]
        #expect(d.format == "html")
        #expect(d.title == "普京访华")
        #expect(d.url == "https://www.dw.com/zh/putin-visit/a-1")
        #expect(d.outlet == "德国之声")
        #expect(d.authors == ["张三", "李四"])
        #expect(d.published.map(ISO8601.dateTime) == "2023-10-17T04:39:29Z")
        // (spaces collapse to one; the line break between 二 and 会 joins them, as a browser shows it)
        #expect(d.paragraphs.map(\.text) == ["普京&习近平 周二会面。", "第二段", "第三段"])
        #expect(d.language == "zh-Hans")
    }

    /// Paragraphs inside `<blockquote>` are marked, in pages and JSON Lines alike, each of
    /// them (a `<br>` inside one too); the paragraphs around are not.
    @Test func marksBlockQuotations() throws {
        let dir = try TemporaryDirectory()
        let body = "<p>他在信中写道：</p><blockquote><p>第一段引文。</p><div>第二段引文。<br>第三段引文。</div></blockquote><p>文章继续。</p>"
        let page = try #require(try ArticleReader.read(contentsOf: dir.write("q.html", "<html><body><article>\(body)</article></body></html>")).first)
        let escaped = body.replacingOccurrences(of: "\"", with: "\\\"")
        let line = try #require(try ArticleReader.read(contentsOf: dir.write("q.jsonl", "{\"title\": \"信\", \"html\": \"\(escaped)\"}\n")).first)
        for d in [page, line] {
            #expect(d.paragraphs.map(\.text) == ["他在信中写道：", "第一段引文。", "第二段引文。", "第三段引文。", "文章继续。"])
            #expect(d.paragraphs.map(\.isBlockQuote) == [false, true, true, true, false], "\(d.format)")
        }
    }

    @Test func readsUTF8WithBOMAndUTF16WithBOM() throws {
        let dir = try TemporaryDirectory()
        let html = "<html><body><p>中國還沒有做好甩掉俄羅斯的準備，專家說。</p></body></html>"
        let bom8 = try dir.write("bom8.html", bytes: [0xEF, 0xBB, 0xBF] + Array(html.utf8))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let bom16 = try dir.write("bom16.html", bytes: utf16)
        for file in [bom8, bom16] {
            let d = try #require(try ArticleReader.read(contentsOf: file).first)
            #expect(d.paragraphs.map(\.text) == ["中國還沒有做好甩掉俄羅斯的準備，專家說。"])
            #expect(d.language == "zh-Hant")
        }
    }

    @Test func readsDeclaredBig5Page() throws {
        let dir = try TemporaryDirectory()
        let html = "<html><head><meta charset=\"big5\"><title>臺灣新聞</title></head><body><p>行政院長說：「經濟穩定。」</p></body></html>"
        let d = try #require(try ArticleReader.read(contentsOf: dir.write("big5.html", html, encoding: "BIG5")).first)
        #expect(d.title == "臺灣新聞")
        #expect(d.paragraphs.map(\.text) == ["行政院長說：「經濟穩定。」"])
    }

    @Test func rssFeedGivesOneDocumentPerItem() throws {
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>测试频道</title>
            <item><title>第一条</title><link>https://example.org/1</link>
              <pubDate>Tue, 17 Oct 2023 04:39:29 +0000</pubDate><dc:creator>王五</dc:creator>
              <description>&lt;p&gt;摘要&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>正文一。</p><p>正文二。</p>]]></content:encoded></item>
            <item><title>第二条</title><link>https://www.voachinese.com/a/2.html</link>
              <description>&lt;p&gt;只有摘要。&lt;/p&gt;</description></item>
            <item><title>空条目</title></item>
            </channel></rss>
            """
        let dir = try TemporaryDirectory()
        let file = try dir.write("feed.xml", feed)
        let result = try ArticleReader.readAll(contentsOf: file)
        try #require(result.documents.map(\.title) == ["第一条", "第二条"])
        #expect(result.documents.map(\.source) == [file + "#item-1", file + "#item-2"])
        #expect(result.documents.map(\.format) == ["rss", "rss"])
        #expect(result.documents[0].paragraphs.map(\.text) == ["正文一。", "正文二。"])
        #expect(result.documents[0].authors == ["王五"])
        #expect(result.documents[0].published.map(ISO8601.dateTime) == "2023-10-17T04:39:29Z")
        #expect(result.documents[0].outlet == "测试频道")
        #expect(result.documents[1].outlet == "美国之音")
        #expect(result.problems.map(\.location) == ["item 3"])
    }

    /// A `#` in a file's own name (转载文章#14 …) is part of the name the claims cite; only
    /// the `#item-N` / `#line-N` a reader adds for one article of several comes off.
    @Test func hashInFileNameStaysInTheName() throws {
        let dir = try TemporaryDirectory()
        let page = "<html><head><title>转载</title></head><body><p>正文。</p></body></html>"
        let single = try #require(try ArticleReader.read(contentsOf: dir.write("转载文章#14 机场.html", page)).first)
        #expect(single.sourceFileName == "转载文章#14 机场.html")
        let lines = #"{"title":"一","text":"正文一。"}"# + "\n" + #"{"title":"二","text":"正文二。"}"#
        let docs = try ArticleReader.read(contentsOf: dir.write("周报#2.jsonl", lines))
        #expect(docs.map(\.source).map { PathName.lastComponent($0) } == ["周报#2.jsonl#line-1", "周报#2.jsonl#line-2"])
        #expect(docs.map(\.sourceFileName) == ["周报#2.jsonl", "周报#2.jsonl"])
    }

    @Test func gb2312FeedIsConverted() throws {
        let feed = """
            <?xml version="1.0" encoding="GB2312"?>
            <rss version="2.0"><channel><title>中文频道</title>
            <item><title>国务院总理会见外宾</title><link>https://www.xinhuanet.com/2024/a.htm</link>
            <description>&lt;p&gt;中华人民共和国国务院总理今天会见外宾。&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let dir = try TemporaryDirectory()
        let d = try #require(try ArticleReader.read(contentsOf: dir.write("gb.xml", feed, encoding: "GB2312")).first)
        #expect(d.title == "国务院总理会见外宾")
        #expect(d.outlet == "新华网")
        #expect(d.body == "中华人民共和国国务院总理今天会见外宾。")
    }

    @Test func atomFeedReadsHTMLXHTMLAndText() throws {
        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom 频道</title>
            <entry><title>甲条目</title><link rel="alternate" href="https://example.org/e1"/>
              <published>2024-01-02T03:04:05Z</published><author><name>王五</name></author>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>甲。</p><p>乙。</p></div></content></entry>
            <entry><title>乙条目</title><link href="https://example.org/e2"/><updated>2024-01-03</updated>
              <content type="text">第一行
            第二行</content></entry>
            <entry><title>丙条目</title><link href="https://example.org/e3"/>
              <summary type="html">&lt;p&gt;丙&lt;b&gt;粗&lt;/b&gt;。&lt;/p&gt;</summary></entry>
            </feed>
            """
        let dir = try TemporaryDirectory()
        let docs = try ArticleReader.read(contentsOf: dir.write("atom.xml", feed))
        try #require(docs.map(\.format) == ["atom", "atom", "atom"])
        #expect(docs.map(\.body) == ["甲。\n乙。", "第一行\n第二行", "丙粗。"])
        #expect(docs[0].authors == ["王五"])
        #expect(docs[1].published.map(ISO8601.dateTime) == "2024-01-03T00:00:00Z")
        #expect(docs.allSatisfy { $0.outlet == "Atom 频道" })
    }

    @Test func jsonLinesReportsBadLinesAndReadsTheRest() throws {
        let lines = [
            #"{"url":"https://example.org/j1","title":"甲","outlet":"某报","date":"2024-05-06","text":"一行\n二行"}"#,
            "not json",
            #"{"title":"乙","html":"<p>段落<img src=x.jpg></p><script>x()</script>"}"#,
            #"{"title":"丙"}"#,
            #"[1, 2]"#,
        ]
        let dir = try TemporaryDirectory()
        let result = try ArticleReader.readAll(contentsOf: dir.write("a.jsonl", lines.joined(separator: "\n")))
        try #require(result.documents.map(\.title) == ["甲", "乙"])
        #expect(result.documents[0].body == "一行\n二行")
        #expect(result.documents[0].outlet == "某报")
        #expect(result.documents[0].published.map(ISO8601.dateTime) == "2024-05-06T00:00:00Z")
        #expect(result.documents[1].body == "段落")
        #expect(result.problems.map(\.location) == ["line 2", "line 4", "line 5"])
    }

    @Test func archivedPostWithoutHeaderLinesUsesFrontMatter() throws {
        let post = """
            ---
            layout: post
            title: "一篇 "评论" 文章"
            date: 2020-01-02T03:04:05+08:00
            author: 某作者
            from: https://matters.town/@someone/123
            tags: [ 评论, 时事 ]
            categories: [ 某频道 ]
            ---
            <div class="entry-content"><p>正文第一段。</p><div class="sharedaddy">分享这篇文章</div></div>
            """
        let dir = try TemporaryDirectory()
        let d = try #require(try ArticleReader.read(contentsOf: dir.write("post.md", post)).first)
        #expect(d.title == "一篇 \"评论\" 文章")
        #expect(d.url == "https://matters.town/@someone/123")
        #expect(d.outlet == "Matters")
        #expect(d.authors == ["某作者"])
        #expect(d.published.map(ISO8601.dateTime) == "2020-01-01T19:04:05Z")
        #expect(d.metadata["tags"] == "评论, 时事")
        #expect(d.body == "正文第一段。")
    }

    @Test func videoItemWithoutDescriptionIsItsTitle() throws {
        let post = """
            <!--NaN-->
            [实拍街头现状](https://www.youtube.com/watch?v=abc)
            ------

            <div>

            </div>
            """
        let dir = try TemporaryDirectory()
        let d = try #require(try ArticleReader.read(contentsOf: dir.write("video.md", post)).first)
        #expect(d.body == "实拍街头现状")
        #expect(d.metadata["body"] == "title")
        #expect(d.published == nil)
    }
}

extension FormatReaderTests {
    @Test func truncatedFeedKeepsCompleteItemsAndSaysSo() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>断开的频道</title>
            <item><title>完整</title><link>https://example.org/ok</link><description>完整的条目。</description></item>
            <item><title>不完整</title><description>&lt;p&gt;写到一半
            """
        let dir = try TemporaryDirectory()
        let result = try ArticleReader.readAll(contentsOf: dir.write("cut.xml", feed))
        #expect(result.documents.first?.body == "完整的条目。")
        #expect(result.problems.contains { $0.location == "feed" })
    }
}
