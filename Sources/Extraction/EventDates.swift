import Foundation

/// Dates written in an article (9月15日, 15日, 周四), resolved against its publication
/// date, so a claim can be placed at the catalog event held that day.
struct EventDates {
    /// Calendar day as YYYY-MM-DD.
    struct Day: Hashable, Comparable {
        var year: Int, month: Int, day: Int
        var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
        static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

        init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        init?(iso: String) {
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            self.init(year: parts[0], month: parts[1], day: parts[2])
        }
    }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// Every date written in `r` of the folded text.
    static func days(in text: [Unicode.Scalar], _ r: Range<Int>, published: Date?) -> [Day] {
        // (every day read below ends in 日 or 号 or opens with 周 or 星: a statement with none,
        // most, spares taking the publication day apart, 3,000 instructions)
        guard let published, text[r].contains(where: { $0 == "日" || $0 == "号" || $0 == "周" || $0 == "星" }) else { return [] }
        let cal = utc
        let today = cal.dateComponents([.year, .month, .day, .weekday], from: published)
        guard let year = today.year, let month = today.month, let day = today.day, let weekday = today.weekday else { return [] }
        var out: [Day] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let (n, len) = number(text, i, r.upperBound) {
                var j = i + len
                if j < r.upperBound, text[j] == "月", let (d, dl) = number(text, j + 1, r.upperBound), j + 1 + dl < r.upperBound,
                   text[j + 1 + dl] == "日" || text[j + 1 + dl] == "号" {
                    var y = year
                    if n > month { y -= 1 }
                    out.append(Day(year: y, month: n, day: d))
                    j += 1 + dl + 1
                } else if j < r.upperBound, text[j] == "日" || text[j] == "号", n <= 31, i == r.lowerBound || text[i - 1] != "月" {
                    let m = n > day ? (month == 1 ? 12 : month - 1) : month
                    out.append(Day(year: m > month ? year - 1 : year, month: m, day: n))
                    j += 1
                }
                i = j
                continue
            }
            if (text[i] == "周" || text[i] == "星"), let w = weekdayNumber(text, i, r.upperBound) {
                // The most recent such weekday on or before the publication day.
                let back = (weekday - w + 7) % 7
                if let d = cal.date(byAdding: .day, value: -back, to: published) {
                    let c = cal.dateComponents([.year, .month, .day], from: d)
                    out.append(Day(year: c.year!, month: c.month!, day: c.day!))
                }
            }
            i += 1
        }
        return out
    }

    /// Every month written in `r` (5月, 五月, 十一月份), with or without a day; durations
    /// (三个月) and relative months (上月) are not months.
    static func months(in text: [Unicode.Scalar], _ r: Range<Int>) -> [Int] {
        r.compactMap { j in text[j] == "月" ? month(before: j, text, r.lowerBound) : nil }
    }

    private static func month(before j: Int, _ t: [Unicode.Scalar], _ lower: Int) -> Int? {
        func digit(_ k: Int) -> Int? {
            guard k >= lower else { return nil }
            let v = t[k].value
            if (0x30...0x39).contains(v) { return Int(v - 0x30) }
            if (0xFF10...0xFF19).contains(v) { return Int(v - 0xFF10) }
            return nil
        }
        let numerals: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
        func numeral(_ k: Int) -> Int? { k >= lower ? numerals[t[k]] : nil }
        if let units = digit(j - 1) {
            let n = (digit(j - 2) ?? 0) * 10 + units
            return (1...12).contains(n) && digit(j - 3) == nil ? n : nil
        }
        guard let last = numeral(j - 1) else { return nil }
        switch (numeral(j - 2), last) {
        case (10?, 1...2): return 10 + last       // 十一月, 十二月
        case (nil, _): return last                 // 五月, 十月
        default: return nil                        // 二十月 is no month
        }
    }

    private static func number(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Int, Int)? {
        var n = 0, len = 0
        while i + len < end, len < 2 {
            let v = t[i + len].value
            if (0x30...0x39).contains(v) { n = n * 10 + Int(v - 0x30) }
            else if (0xFF10...0xFF19).contains(v) { n = n * 10 + Int(v - 0xFF10) }
            else { break }
            len += 1
        }
        return len > 0 && n > 0 ? (n, len) : nil
    }

    /// 周一…周日 / 星期一…星期日 as Calendar weekdays (Sunday = 1).
    private static func weekdayNumber(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        var k = i + 1
        if t[i] == "星" {
            guard k < end, t[k] == "期" else { return nil }
            k += 1
        }
        guard k < end else { return nil }
        let names: [Unicode.Scalar: Int] = ["日": 1, "天": 1, "一": 2, "二": 3, "三": 4, "四": 5, "五": 6, "六": 7]
        return names[t[k]]
    }
}
