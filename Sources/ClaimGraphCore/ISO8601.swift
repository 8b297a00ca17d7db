import Foundation

/// ISO 8601 formatting in UTC, the one date format ClaimGraph stores and prints.
///
/// Written on `gmtime_r` because Foundation's formatters are neither cheap to create
/// nor Sendable, and ingest formats a date per article.
public enum ISO8601 {
    /// `2023-10-17T04:39:29Z`
    public static func dateTime(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var tm = tm()
        gmtime_r(&t, &tm)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
                      Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1, Int(tm.tm_mday),
                      Int(tm.tm_hour), Int(tm.tm_min), Int(tm.tm_sec))
    }

    /// `2023-10-17`
    public static func day(_ date: Date) -> String {
        String(dateTime(date).prefix(10))
    }
}
