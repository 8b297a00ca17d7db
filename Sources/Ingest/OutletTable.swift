import Foundation

/// Names the outlet behind an article URL, for sources that do not name themselves.
///
/// Matched on the host (ignoring `www.`/`m.` and matching subdomains) and, where one host
/// serves several outlets or languages, a path prefix. Longer, more specific entries win.
enum OutletTable {
    struct Entry {
        let host: String
        let pathPrefix: String
        let outlet: String
        /// `.host` and `pathPrefix/`, made once rather than at every lookup.
        let dottedHost: String
        let directory: String

        init(host: String, pathPrefix: String, outlet: String) {
            (self.host, self.pathPrefix, self.outlet) = (host, pathPrefix, outlet)
            (dottedHost, directory) = ("." + host, pathPrefix + "/")
        }
    }

    static let entries: [Entry] = [
        Entry(host: "bbc.com", pathPrefix: "/zhongwen", outlet: "BBC中文"),
        Entry(host: "bbc.co.uk", pathPrefix: "/zhongwen", outlet: "BBC中文"),
        Entry(host: "bbc.com", pathPrefix: "", outlet: "BBC"),
        Entry(host: "rfi.fr", pathPrefix: "/cn", outlet: "法广 RFI"),
        Entry(host: "rfi.fr", pathPrefix: "", outlet: "RFI"),
        Entry(host: "cn.nytimes.com", pathPrefix: "", outlet: "纽约时报中文网"),
        Entry(host: "nytimes.com", pathPrefix: "", outlet: "The New York Times"),
        Entry(host: "rfa.org", pathPrefix: "/mandarin", outlet: "自由亚洲电台"),
        Entry(host: "rfa.org", pathPrefix: "/cantonese", outlet: "自由亚洲电台粤语部"),
        Entry(host: "rfa.org", pathPrefix: "", outlet: "Radio Free Asia"),
        Entry(host: "dw.com", pathPrefix: "/zh", outlet: "德国之声"),
        Entry(host: "voachinese.com", pathPrefix: "", outlet: "美国之音"),
        Entry(host: "voacantonese.com", pathPrefix: "", outlet: "美国之音粤语"),
        Entry(host: "zaobao.com", pathPrefix: "", outlet: "联合早报"),
        Entry(host: "zaobao.com.sg", pathPrefix: "", outlet: "联合早报"),
        Entry(host: "xinhuanet.com", pathPrefix: "", outlet: "新华网"),
        Entry(host: "news.cn", pathPrefix: "", outlet: "新华网"),
        Entry(host: "people.com.cn", pathPrefix: "", outlet: "人民网"),
        Entry(host: "chinadaily.com.cn", pathPrefix: "", outlet: "中国日报"),
        Entry(host: "cctv.com", pathPrefix: "", outlet: "央视网"),
        Entry(host: "chinanews.com.cn", pathPrefix: "", outlet: "中国新闻网"),
        Entry(host: "chinanews.com", pathPrefix: "", outlet: "中国新闻网"),
        Entry(host: "thepaper.cn", pathPrefix: "", outlet: "澎湃新闻"),
        Entry(host: "caixin.com", pathPrefix: "", outlet: "财新网"),
        Entry(host: "globaltimes.cn", pathPrefix: "", outlet: "环球时报"),
        Entry(host: "huanqiu.com", pathPrefix: "", outlet: "环球网"),
        Entry(host: "ftchinese.com", pathPrefix: "", outlet: "FT中文网"),
        Entry(host: "wsj.com", pathPrefix: "", outlet: "华尔街日报"),
        Entry(host: "cn.wsj.com", pathPrefix: "", outlet: "华尔街日报中文网"),
        Entry(host: "theinitium.com", pathPrefix: "", outlet: "端传媒"),
        Entry(host: "initium.com", pathPrefix: "", outlet: "端传媒"),
        Entry(host: "cna.com.tw", pathPrefix: "", outlet: "中央社"),
        Entry(host: "udn.com", pathPrefix: "", outlet: "联合新闻网"),
        Entry(host: "ltn.com.tw", pathPrefix: "", outlet: "自由时报"),
        Entry(host: "hk01.com", pathPrefix: "", outlet: "香港01"),
        Entry(host: "mingpao.com", pathPrefix: "", outlet: "明报"),
        Entry(host: "scmp.com", pathPrefix: "", outlet: "南华早报"),
        Entry(host: "storm.mg", pathPrefix: "", outlet: "风传媒"),
        Entry(host: "twreporter.org", pathPrefix: "", outlet: "报导者"),
        Entry(host: "chinadigitaltimes.net", pathPrefix: "", outlet: "中国数字时代"),
        Entry(host: "rsdn.com", pathPrefix: "", outlet: "RSDN"),
        Entry(host: "ntdtv.com", pathPrefix: "", outlet: "新唐人"),
        Entry(host: "epochtimes.com", pathPrefix: "", outlet: "大纪元"),
        Entry(host: "aboluowang.com", pathPrefix: "", outlet: "阿波罗新闻网"),
        Entry(host: "sputniknews.cn", pathPrefix: "", outlet: "俄罗斯卫星通讯社"),
        Entry(host: "kyodonews.net", pathPrefix: "/chinese", outlet: "共同社"),
        Entry(host: "nikkei.com", pathPrefix: "", outlet: "日经中文网"),
        Entry(host: "abc.net.au", pathPrefix: "/chinese", outlet: "ABC中文"),
        Entry(host: "matters.news", pathPrefix: "", outlet: "Matters"),
        Entry(host: "matters.town", pathPrefix: "", outlet: "Matters"),
        Entry(host: "iyouport.org", pathPrefix: "", outlet: "iYouPort"),
        Entry(host: "nei.st", pathPrefix: "", outlet: "Nei.st"),
        Entry(host: "youtube.com", pathPrefix: "", outlet: "YouTube"),
        Entry(host: "youtu.be", pathPrefix: "", outlet: "YouTube"),
    ]

    /// The outlet for `url`, or nil when the host is not in the table. The host is taken as
    /// written in the URL: `host` (and `percentEncodedHost`) decode it through ICU's IDNA,
    /// which cost more than the rest of the lookup, and the table's hosts are ASCII either way.
    static func outlet(for url: String) -> String? {
        guard let (parts, parsed) = components(url), let hostRange = parts.rangeOfHost else { return nil }
        var host = parsed[hostRange].lowercased()
        for prefix in ["www.", "m."] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
        let path = parts.percentEncodedPath.lowercased()
        let matches = entries.filter { e in
            (host == e.host || host.hasSuffix(e.dottedHost))
                && (e.pathPrefix.isEmpty || path == e.pathPrefix || path.hasPrefix(e.directory))
        }
        return matches.max { ($0.host.count, $0.pathPrefix.count) < ($1.host.count, $1.pathPrefix.count) }?.outlet
    }

    /// `url` parsed, percent-encoded first when it does not parse as it is or is not all ASCII,
    /// with the string that was parsed (which the ranges of the parts index). Foundation parses
    /// `https://examN上的合作p` by encoding it itself, and its ranges then index that encoding,
    /// past the end of the text given (the readers' fuzzer found it).
    private static func components(_ url: String) -> (URLComponents, String)? {
        if url.utf8.allSatisfy({ $0 < 0x80 }), let parts = URLComponents(string: url) { return (parts, url) }
        let encoded = url.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? ""
        return URLComponents(string: encoded).map { ($0, encoded) }
    }

    /// Whether `outlet` (as `outlet(for:)` names it) is a video site, whose pages' outlet is
    /// the channel rather than the host.
    static func isVideoSite(_ outlet: String) -> Bool {
        outlet == "YouTube"
    }
}
