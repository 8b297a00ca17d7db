import Foundation

/// Reads the dates found in articles and feeds into UTC instants: ISO 8601 and its
/// relatives (`2023-10-17 04:39:29`, `2022-09-16`, `2023年10月17日`), RFC 822 feed dates
/// (`Tue, 17 Oct 2023 04:39:29 +0000`) and Unix times. A date without a zone is taken as UTC.
///
/// Hand-written on `timegm` because Foundation's date formatters are slow to create, not
/// Sendable, and each accepts only one layout.
enum DateParser {
    static func parse(_ raw: String) -> Date? {
        let text = Whitespace.trim(raw)
        guard !text.isEmpty else { return nil }
        if text.allSatisfy(\.isNumber), let n = Double(text) { return unix(n) }
        var iso = DateScanner(text), rfc = DateScanner(text)
        return iso.isoDate() ?? rfc.rfc822Date()
    }

    /// Unix seconds or, when implausibly large for seconds, milliseconds.
    static func unix(_ n: Double) -> Date? {
        guard n.isFinite, n > 0 else { return nil }
        return Date(timeIntervalSince1970: n > 1e11 ? n / 1000 : n)
    }

    static func utc(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                    offsetSeconds: Int = 0) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        var t = tm()
        t.tm_year = Int32(year - 1900)
        t.tm_mon = Int32(month - 1)
        t.tm_mday = Int32(day)
        t.tm_hour = Int32(hour)
        t.tm_min = Int32(minute)
        t.tm_sec = Int32(second)
        let seconds = timegm(&t)
        return Date(timeIntervalSince1970: TimeInterval(Int(seconds) - offsetSeconds))
    }
}

/// A cursor over the characters of a date string.
private struct DateScanner {
    let chars: [Character]
    var i = 0

    init(_ text: String) { chars = Array(text) }

    var atEnd: Bool { i >= chars.count }
    var current: Character? { atEnd ? nil : chars[i] }

    mutating func number(maxDigits: Int = 4) -> Int? {
        var value = 0, digits = 0
        // An ASCII digit, asked of its byte (`wholeNumberValue` looks up Unicode properties).
        while let c = current, let a = c.asciiValue, a &- 0x30 < 10, digits < maxDigits {
            value = value * 10 + Int(a - 0x30)
            digits += 1
            i += 1
        }
        return digits > 0 ? value : nil
    }

    mutating func skip(_ set: String) -> Bool {
        guard let c = current, set.contains(c) else { return false }
        i += 1
        return true
    }

    mutating func skipSpaces() { while let c = current, c == " " { i += 1 } }

    /// `YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][Z|±hh[:mm]| UTC| GMT]`, also with `/`, `.` or `年月日`.
    mutating func isoDate() -> Date? {
        guard let year = number(), year >= 1000, skip("-/.年"), let month = number(maxDigits: 2),
              skip("-/.月"), let day = number(maxDigits: 2) else { return nil }
        _ = skip("日")
        var hour = 0, minute = 0, second = 0
        if skip("T ") || (current == " ") {
            skipSpaces()
            if let h = number(maxDigits: 2), skip(":"), let m = number(maxDigits: 2) {
                hour = h
                minute = m
                if skip(":"), let s = number(maxDigits: 2) { second = s }
                if skip(".,") { _ = number(maxDigits: 9) }
            }
        }
        skipSpaces()
        return DateParser.utc(year: year, month: month, day: day, hour: hour, minute: minute,
                              second: second, offsetSeconds: zoneOffset() ?? 0)
    }

    /// `Tue, 17 Oct 2023 04:39:29 +0000` (the weekday is optional, the zone may be a name).
    mutating func rfc822Date() -> Date? {
        while let c = current, !c.isNumber { i += 1 }
        guard let day = number(maxDigits: 2) else { return nil }
        skipSpaces()
        let start = i
        while let c = current, c.isLetter { i += 1 }
        let monthName = String(chars[start..<i]).lowercased().prefix(3)
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let month = months.firstIndex(of: String(monthName)).map({ $0 + 1 }) else { return nil }
        skipSpaces()
        guard var year = number() else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        skipSpaces()
        var hour = 0, minute = 0, second = 0
        if let h = number(maxDigits: 2), skip(":"), let m = number(maxDigits: 2) {
            hour = h
            minute = m
            if skip(":"), let s = number(maxDigits: 2) { second = s }
        }
        skipSpaces()
        return DateParser.utc(year: year, month: month, day: day, hour: hour, minute: minute,
                              second: second, offsetSeconds: zoneOffset() ?? 0)
    }

    /// Seconds east of UTC from `Z`, `±hh`, `±hhmm`, `±hh:mm`, `UTC`, `GMT` or a US zone name.
    mutating func zoneOffset() -> Int? {
        skipSpaces()
        guard let c = current else { return nil }
        if c == "Z" || c == "z" { return 0 }
        if c == "+" || c == "-" {
            i += 1
            let sign = c == "-" ? -1 : 1
            let start = i
            guard let first = number(maxDigits: 4) else { return nil }
            var hours = first, minutes = 0
            if i - start > 2 {
                hours = first / 100
                minutes = first % 100
            } else if skip(":"), let m = number(maxDigits: 2) {
                minutes = m
            }
            return sign * (hours * 3600 + minutes * 60)
        }
        let rest = String(chars[i...]).uppercased()
        let named = ["UT": 0, "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
                     "MDT": -6, "PST": -8, "PDT": -7]
        let word = String(rest.prefix { $0.isLetter })
        return named[word].map { $0 * 3600 }
    }
}
