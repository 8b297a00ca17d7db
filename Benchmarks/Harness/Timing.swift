import Foundation

/// The bench kit's timing rule (bench_common.measure): one warm-up run, then the median
/// of `repeat` runs, wall clock, every row materialised inside the timed region.
struct Timing: Sendable {
    var warmupMS: Double
    var runsMS: [Double]

    var medianMS: Double {
        let s = runsMS.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func measure<T>(repeat n: Int, _ body: () throws -> T) rethrows -> (Timing, T) {
        let (warm, first) = try time(body)
        var result = first
        var runs: [Double] = []
        for _ in 0..<max(n, 1) {
            let (ms, r) = try time(body)
            runs.append(ms)
            result = r
        }
        return (Timing(warmupMS: warm, runsMS: runs), result)
    }

    static func time<T>(_ body: () throws -> T) rethrows -> (Double, T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, result)
    }

    var json: JSONValue {
        let round2 = { (v: Double) in JSONValue.double((v * 100).rounded() / 100) }
        return .object([("median_ms", round2(medianMS)), ("runs_ms", .array(runsMS.map(round2))), ("warmup_ms", round2(warmupMS))])
    }
}
