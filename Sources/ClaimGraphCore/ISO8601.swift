import Foundation

/// ISO 8601 formatting in UTC, the one date format ClaimGraph stores and prints.
///
/// Written on `gmtime_r` because Foundation's formatters are neither cheap to create
/// nor Sendable, and ingest formats a date per article; the digits are written by hand
/// because `String(format:)` goes through Foundation's formatter (1% of ingest), into one
/// byte buffer (concatenating a dozen small strings cost ten thousand instructions a date,
/// and every claim carries its day).
public enum ISO8601 {
    /// `2023-10-17T04:39:29Z`
    public static func dateTime(_ date: Date) -> String {
        String(decoding: bytes(date), as: UTF8.self)
    }

    /// `2023-10-17`: the first ten characters of `dateTime`.
    public static func day(_ date: Date) -> String {
        String(decoding: bytes(date).prefix(10), as: UTF8.self)
    }

    /// The ASCII bytes of `dateTime`.
    private static func bytes(_ date: Date) -> [UInt8] {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var tm = tm()
        gmtime_r(&t, &tm)
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for (value, width, separator) in [(Int(tm.tm_year) + 1900, 4, "-"), (Int(tm.tm_mon) + 1, 2, "-"), (Int(tm.tm_mday), 2, "T"),
                                          (Int(tm.tm_hour), 2, ":"), (Int(tm.tm_min), 2, ":"), (Int(tm.tm_sec), 2, "Z")] {
            appendPadded(value, width, to: &out)
            out.append(contentsOf: separator.utf8)
        }
        return out
    }

    /// Appends `n` as `%0<width>d` prints it: zero-padded to `width` characters, a minus
    /// sign included.
    static func appendPadded(_ n: Int, _ width: Int, to out: inout [UInt8]) {
        var digits: [UInt8] = []
        var m = n.magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(m % 10))
            m /= 10
        } while m > 0
        if n < 0 { out.append(UInt8(ascii: "-")) }
        let zeros = max(0, width - digits.count - (n < 0 ? 1 : 0))
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeros))
        out.append(contentsOf: digits.reversed())
    }
}
