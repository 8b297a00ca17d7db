import Foundation
@testable import Ingest
import Testing
import Yams

@Suite struct FrontMatterTests {
    /// Timestamps written the usual ways are read to the very instant Yams's calendar gives
    /// (the stored date is the instant rounded down to the second, so an instant a hair
    /// early would print a second early).
    @Test func plainTimestampsAreYamsTimestamps() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        for _ in 0..<3_000 {
            let zone = next(3) == 0 ? "Z" : "\(next(2) == 0 ? "+" : "-")\(two(next(15))):\(two(next(4) * 15))"
            let fraction = next(2) == 0 ? "" : "." + String(String(state).prefix(1 + next(9)))
            let day = "\(1600 + next(8400))-\(two(1 + next(12)))-\(two(1 + next(28)))"
            let text = next(10) == 0 ? day : "\(day)T\(two(next(24))):\(two(next(60))):\(two(next(60)))\(fraction)\(zone)"
            let mine = try #require(FrontMatter.plainTimestamp(text), "\(text)")
            let theirs = try #require(Node(text).timestamp, "\(text)")
            #expect(mine.timeIntervalSinceReferenceDate == theirs.timeIntervalSinceReferenceDate, "\(text)")
        }
    }

    /// Any other form, and fields out of range, are left to Yams.
    @Test func otherTimestampsAreLeftToYams() {
        for text in ["2014-02-04 09:36:39+01:00", "2014-02-04t09:36:39Z", "2014-02-04T09:36:39.Z", "2014-02-04T09:36:39",
                     "2014-02-04T09:36:39.1234567890Z",
                     "2014-2-04T09:36:39Z", "2014-02-30T00:00:00Z", "2014-13-01T00:00:00Z", "2014-02-04T24:00:00Z",
                     "2014-02-04T09:60:00Z", "2014-02-04T09:36:60Z", "2014-02-04T09:36:39+1:00", "2014-02-04T09:36:39+19:00",
                     "2014-02-04T09:36:39+0100", "1500-02-04T09:36:39Z", "2014-02-04T09:36:39Z "] {
            #expect(FrontMatter.plainTimestamp(text) == nil, "\(text)")
        }
    }
}
