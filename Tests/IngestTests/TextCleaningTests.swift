import ClaimGraphCore
@testable import Ingest
import Testing

@Suite struct TextCleaningTests {
    /// The byte search agrees with a plain scan of every position, for needles found at the
    /// start, the end, overlapping a false start, or not at all.
    @Test func includesIsASubstringSearchOnBytes() {
        let haystacks = ["", "a", "aab", "abab", "订阅频道", "欢迎订阅我们的频道 subscribe!", "訂訂閱", "x订"]
        let needles = ["", "a", "ab", "b", "abab", "aab", "订阅", "频道", "閱", "订阅我们", "subscribe", "subscribe!!", "订", "x"]
        for h in haystacks {
            for n in needles {
                let bytes = Array(h.utf8), word = Array(n.utf8)
                let expected = word.isEmpty || (word.count <= bytes.count
                    && (0...(bytes.count - word.count)).contains { bytes[$0..<($0 + word.count)].elementsEqual(word) })
                #expect(h.includes(n) == expected, "\(h) / \(n)")
            }
        }
    }

    /// Collapsing copies runs of bytes up to the next byte that may start whitespace; it
    /// agrees with collapsing scalar by scalar wherever the whitespace and the look-alike
    /// lead bytes (`，` EF, `。` E3, `©` C2) fall against the eight-byte words.
    @Test func collapsesWhitespaceWhereverItFalls() {
        func reference(_ text: String) -> String {
            var out = "", pending = false, lineBreak = false
            for s in text.unicodeScalars {
                if Whitespace.contains(s) {
                    pending = !out.isEmpty
                    lineBreak = lineBreak || s == "\n" || s == "\r"
                } else {
                    let joined = pending && lineBreak && Whitespace.isWide(out.unicodeScalars.last!.value) && Whitespace.isWide(s.value)
                    if pending && !joined { out += " " }
                    pending = false
                    lineBreak = false
                    out.unicodeScalars.append(s)
                }
            }
            return out
        }
        let pieces = ["中文字", "ab", "，", "。", "©", "\u{3000}", "\u{A0}", " \n\t", "\u{2028}", "\u{FEFF}", "x", "\r\n", "한", "𠀋"]
        for offset in 0..<9 {
            for a in pieces {
                for b in pieces {
                    let text = String(repeating: "字", count: offset) + a + "国" + b + a + String(repeating: "z", count: offset)
                    #expect(Whitespace.collapse(text) == reference(text), "\(text.debugDescription)")
                }
            }
        }
        // Every scalar led by a byte that may start whitespace, told apart on its bytes.
        for v in Array(0x80...0xBF) + Array(0x1000...0x3FFF) + Array(0xF000...0xFFFF) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let text = "字 " + String(Character(s)) + " 字" + String(Character(s))
            #expect(Whitespace.collapse(text) == reference(text), "\(v)")
        }
    }

    /// A line break between two Chinese characters joins them, as a browser shows a page
    /// pretty-printed with each inline element on its own line; between a Chinese and a
    /// Latin character, a quotation mark (East Asian width ambiguous) or Hangul, and for
    /// spaces without a line break, it stays one space.
    @Test func joinsChineseAcrossLineBreaks() {
        #expect(Whitespace.collapse("正如 EPIC 去年所\n   \n  指出的\n 那样，") == "正如 EPIC 去年所指出的那样，")
        #expect(Whitespace.collapse("Vice 报告\n   FBI 正在") == "Vice 报告 FBI 正在")
        #expect(Whitespace.collapse("他说\n  “走吧”") == "他说 “走吧”")
        #expect(Whitespace.collapse("所 指出的 那样") == "所 指出的 那样")
        #expect(Whitespace.collapse("한국\n사람") == "한국 사람")
        #expect(Whitespace.collapse("中国\r\n　人民，\n（全文）") == "中国人民，（全文）")
        #expect(Whitespace.collapse("\n  中文字字字字 文字") == "中文字字字字 文字")  // (a leading break is no break later)
    }

    /// The eight-bytes-at-a-time sniffing counts the control characters a byte-by-byte
    /// count finds, wherever they fall (0x1F and 0x7F next to 0x20 and 0x7E).
    @Test func sniffsControlCharactersWhereverTheyFall() {
        func reference(_ bytes: [UInt8]) -> Bool {
            let head = bytes.prefix(TextDecoder.sniffLength)
            if head.contains(0) { return true }
            let controls = head.filter { ($0 < 0x20 || $0 == 0x7F) && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
            return controls * 20 > head.count
        }
        let text = Array("中文 text~ \n".utf8)
        for control: UInt8 in [0x00, 0x01, 0x1F, 0x7F, 0x09, 0x20, 0x7E] {
            for every in [3, 19, 21, 40] {
                let bytes = (0..<200).map { $0 % every == every - 1 ? control : text[$0 % text.count] }
                #expect(TextDecoder.looksBinary(bytes) == reference(bytes), "\(control) every \(every)")
            }
        }
    }

    /// The eight-bytes-at-a-time test for "ASCII without capitals" agrees with a byte-by-byte
    /// one for every byte value at every place in a word and in the tail.
    @Test func tellsLowercaseASCIIWhereverTheCapitalFalls() {
        for b in UInt8(0)...255 {
            for at in 0..<11 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 11)
                bytes[at] = b
                let expected = b < 0x80 && !(0x41...0x5A).contains(b)
                #expect(bytes.withUnsafeBufferPointer(\.isLowercaseASCII) == expected, "\(b) at \(at)")
            }
        }
    }

    /// Measured eight bytes at a time, visible text is the scalars that are not ASCII
    /// space, tab, CR or LF, wherever those fall (0x0B, 0x0C and 0x21 count as visible).
    @Test func measuresVisibleTextWhereverTheSpacesFall() {
        let pieces = ["中文", "ab", " ", "\n", "\t", "\r", "\u{0B}", "\u{0C}", "!", "\u{3000}"]
        for offset in 0..<9 {
            for a in pieces {
                for b in pieces {
                    let text = String(repeating: "x", count: offset) + a + "字" + b + String(repeating: a, count: offset)
                    let expected = text.unicodeScalars.filter { ![" ", "\n", "\t", "\r"].contains($0) }.count
                    let measured = Array(text.utf8).withUnsafeBufferPointer(MarkupNode.visibleLength)
                    #expect(measured == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func splitsAtTypedRulesButNotAtChineseDashes() {
        #expect(ParagraphCleaner.splitAtRules("甲－－－－乙") == ["甲", "乙"])
        #expect(ParagraphCleaner.splitAtRules("上海合作组织——未来") == ["上海合作组织——未来"])
        #expect(ParagraphCleaner.splitAtRules("a-----b=====c") == ["a", "b", "c"])
    }

    /// The eight-bytes-at-a-time screen for rules finds them at every offset, in the body
    /// and in the tail, and lets Chinese runs of one lead byte and ASCII doubles through.
    @Test func findsRulesWhereverTheyFall() {
        for offset in 0..<17 {
            let lead = String(repeating: "字", count: offset / 3) + String(repeating: "x", count: offset % 3)
            #expect(ParagraphCleaner.splitAtRules(lead + "－－－乙") == [lead, "乙"].filter { !$0.isEmpty })
            #expect(ParagraphCleaner.splitAtRules(lead + "=====" + lead) == [lead].filter { !$0.isEmpty } + [lead].filter { !$0.isEmpty })
            let noRule = lead + "大大大aa--—— 中中"
            #expect(ParagraphCleaner.splitAtRules(noRule) == [noRule])
        }
    }

    /// The by-value answers for ASCII and CJK ideographs are the Unicode properties'.
    @Test func wordScalarsAreLettersAndDigits() {
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(ParagraphCleaner.isWordScalar(s) == (s.properties.isAlphabetic || s.properties.numericType != nil), "\(v)")
        }
    }

    @Test func stripsLeadingHashtagsAndUnglues() {
        #expect(ParagraphCleaner.stripHashtags("#中國 #中国") == nil)
        #expect(ParagraphCleaner.stripHashtags("#老楊 #楊錦麟論時政 #楊錦麟中国欢迎约130个国家的代表参加论坛") == "中国欢迎约130个国家的代表参加论坛")
        #expect(ParagraphCleaner.stripHashtags("正文 #标签") == "正文 #标签")
    }

    @Test func splitsWallsAtSentenceEndsOutsideQuotes() {
        let quote = "他说：“第一句。第二句。”"
        let sentences = ParagraphCleaner.sentences(quote + "然后。最后！")
        #expect(sentences.map { String(scalars: $0) } == [quote + "然后。", "最后！"])
    }

    @Test func dropsPromotionButKeepsDescription() {
        #expect(BoilerplateFilter.removingPromotion("訂閱楊錦麟頻道，每天免費收看最新影片。") == nil)
        #expect(BoilerplateFilter.removingPromotion("本期談江澤民時代。" + String(repeating: "老陳回憶往事。", count: 50) + "敬請訂閱本頻道。")?
            .hasSuffix("老陳回憶往事。") == true)
        #expect(BoilerplateFilter.removingPromotion("普京说订阅报纸的人变少了。") == "普京说订阅报纸的人变少了。")
    }

    @Test func parsesDateLayouts() {
        func iso(_ s: String) -> String? { DateParser.parse(s).map(ISO8601.dateTime) }
        #expect(iso("2023-10-17 04:39:29") == "2023-10-17T04:39:29Z")
        #expect(iso("2024-11-13T05:39:34.570Z") == "2024-11-13T05:39:34Z")
        #expect(iso("2014-03-17T16:45:28+01:00") == "2014-03-17T15:45:28Z")
        #expect(iso("Tue, 17 Oct 2023 04:39:29 GMT") == "2023-10-17T04:39:29Z")
        #expect(iso("17 Oct 2023 12:00:00 +0800") == "2023-10-17T04:00:00Z")
        #expect(iso("2023年10月17日") == "2023-10-17T00:00:00Z")
        #expect(iso("1697533621000") == "2023-10-17T09:07:01Z")
        #expect(iso("NaN") == nil)
        #expect(iso("19 分钟前") == nil)
    }

    @Test func namesOutletsFromHosts() {
        #expect(OutletTable.outlet(for: "https://www.bbc.com/zhongwen/trad/world-1") == "BBC中文")
        #expect(OutletTable.outlet(for: "https://www.bbc.com/news/world-1") == "BBC")
        #expect(OutletTable.outlet(for: "https://cn.nytimes.com/world/1/") == "纽约时报中文网")
        #expect(OutletTable.outlet(for: "https://www.rfa.org/mandarin/a.html") == "自由亚洲电台")
        #expect(OutletTable.outlet(for: "https://www.zaobao.com.sg/news/china/story1") == "联合早报")
        #expect(OutletTable.outlet(for: "https://example.org/zhongwen") == nil)
        // (Foundation parses a host with Chinese in it by encoding it: its ranges index that)
        #expect(OutletTable.outlet(for: "https://examN上的合作p") == nil)
        #expect(OutletTable.outlet(for: "https://www.bbc.com/zhongwen/simp/中国-1") == "BBC中文")
    }

    @Test func tellsScriptsApart() {
        #expect(LanguageDetector.language(of: "中国还没有做好甩掉俄罗斯的准备，专家说。") == "zh-Hans")
        #expect(LanguageDetector.language(of: "中國還沒有做好甩掉俄羅斯的準備，專家說。") == "zh-Hant")
        #expect(LanguageDetector.language(of: "China is not ready to drop Russia, experts said.") == "en")
        #expect(LanguageDetector.language(of: "12345") == "und")
    }
}

extension TextCleaningTests {
    @Test func removesSiteNameFromTitles() {
        #expect(SiteSuffix.removing(from: "涉嫌战争罪 - iYouPort", names: ["iYouPort"]) == "涉嫌战争罪")
        #expect(SiteSuffix.removing(from: "对话｜端传媒", names: [nil, "端传媒"]) == "对话")
        #expect(SiteSuffix.removing(from: "A - B", names: ["C"]) == "A - B")
        #expect(SiteSuffix.removing(from: " - iYouPort", names: ["iYouPort"]) == " - iYouPort")
    }
}
