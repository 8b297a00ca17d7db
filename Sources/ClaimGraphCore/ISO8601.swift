import Foundation

/// ISO 8601 formatting in UTC, the one date format ClaimGraph stores and prints.
///
/// Written on `gmtime_r` because Foundation's formatters are neither cheap to create
/// nor Sendable, and ingest formats a date per article; the digits are written by hand
/// because `String(format:)` goes through Foundation's formatter (1% of ingest).
public enum ISO8601 {
    /// `2023-10-17T04:39:29Z`
    public static func dateTime(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var tm = tm()
        gmtime_r(&t, &tm)
        return padded(Int(tm.tm_year) + 1900, 4) + "-" + padded(Int(tm.tm_mon) + 1, 2) + "-" + padded(Int(tm.tm_mday), 2)
            + "T" + padded(Int(tm.tm_hour), 2) + ":" + padded(Int(tm.tm_min), 2) + ":" + padded(Int(tm.tm_sec), 2) + "Z"
    }

    /// `n` as `%0<width>d` prints it: zero-padded to `width` characters, a minus sign included.
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        let zeros = max(0, width - digits.count - (n < 0 ? 1 : 0))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: zeros) + digits
    }

    /// `2023-10-17`
    public static func day(_ date: Date) -> String {
        String(dateTime(date).prefix(10))
    }
}
