import ClaimGraphCore

/// Longest-match lookup of many phrases in a text of Unicode scalars.
///
/// Phrases are bucketed by their first scalar and tried longest first, so a lookup at
/// one position costs a handful of comparisons; built once, it is shared by every
/// document (NSRegularExpression is far too slow on Linux for per-token work).
struct PhraseMatcher<Value: Sendable>: Sendable {
    private var buckets: [Bucket] = []
    /// Bucket index + 1 for each first scalar of the Basic Multilingual Plane (0: none),
    /// so a lookup is an array read, not a hash.
    private var slot: [UInt16] = []
    private var astral: [Unicode.Scalar: Int] = [:]
    /// The longest phrase's length: `match(_:endingAt:)` tries no longer ones.
    private var longest = 0

    init() {}

    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs { insert(phrase, value) }
    }

    /// Adds a phrase; an earlier phrase with the same spelling keeps priority.
    mutating func insert(_ phrase: String, _ value: Value) {
        let scalars = phrase.scalarArray
        guard let first = scalars.first else { return }
        longest = max(longest, scalars.count)
        let index: Int
        if let i = bucketIndex(first) {
            index = i
        } else {
            index = buckets.count
            buckets.append(Bucket())
            if first.value < 0x10000 {
                if slot.isEmpty { slot = [UInt16](repeating: 0, count: 0x10000) }
                slot[Int(first.value)] = UInt16(index + 1)
            } else {
                astral[first] = index
            }
        }
        buckets[index].insert(scalars, value)
    }

    /// Inlined: every lookup at every position of every article starts here.
    @inline(__always) private func bucketIndex(_ s: Unicode.Scalar) -> Int? {
        if s.value < 0x10000 {
            guard !slot.isEmpty else { return nil }
            let v = Int(slot[Int(s.value)])
            return v == 0 ? nil : v - 1
        }
        return astral[s]
    }

    /// The longest phrase that starts at `i`, with its length. Inlined: the finders ask
    /// several matchers at every position of every article, and most positions hold no
    /// phrase's first scalar, a two-load answer that cost a call, retains and checks.
    @inline(__always) func match(_ text: [Unicode.Scalar], at i: Int) -> (length: Int, value: Value)? {
        guard i >= 0, i < text.count, let b = bucketIndex(text[i]) else { return nil }
        let bucket = buckets[b]
        // Phrases of two or more scalars can only match when one has the next scalar second.
        let from = i + 1 < text.count && bucket.mayHaveSecond(text[i + 1]) ? 0 : bucket.firstSingle
        return bucket.entries[from...].first { i + $0.phrase.count <= text.count && matches($0.phrase, text, at: i) }
            .map { ($0.phrase.count, $0.value) }
    }

    /// The longest phrase that ends exactly at `end` (exclusive), with its length: 普京 ends
    /// before 说 in 普京总统说 even though the longer 普京总统 starts at the same place.
    func match(_ text: [Unicode.Scalar], endingAt end: Int, maxLength: Int = 12) -> (length: Int, value: Value)? {
        guard end > 0, end <= text.count else { return nil }
        for len in stride(from: min(maxLength, longest, end), through: 1, by: -1) {
            let i = end - len
            guard let b = bucketIndex(text[i]) else { continue }
            if let hit = buckets[b].entries.first(where: { $0.phrase.count == len && matches($0.phrase, text, at: i) }) {
                return (len, hit.value)
            }
        }
        return nil
    }

    @inline(__always) private func matches(_ phrase: [Unicode.Scalar], _ text: [Unicode.Scalar], at i: Int) -> Bool {
        for k in 1..<phrase.count where text[i + k] != phrase[k] { return false }
        return true
    }

    /// Whether `phrase` is exactly one of the phrases.
    func contains(_ phrase: [Unicode.Scalar]) -> Bool {
        guard let first = phrase.first, let b = bucketIndex(first) else { return false }
        return buckets[b].entries.contains(where: { $0.phrase == phrase })
    }

    /// The phrases that start with one scalar, longest first, and a 256-bit filter of their
    /// second scalars: the catalog has dozens of aliases starting with 中 or 美, and trying
    /// each at every such character of an article was most of finding actors.
    private struct Bucket: Sendable {
        private(set) var entries: [(phrase: [Unicode.Scalar], value: Value)] = []
        /// Index of the first one-scalar phrase (they come last), or `entries.count`.
        private(set) var firstSingle = 0
        private var seconds: [UInt64] = [0, 0, 0, 0]

        /// Adds a phrase after the longer ones and the earlier ones of its length, unless
        /// the same spelling is there already (which keeps priority).
        mutating func insert(_ phrase: [Unicode.Scalar], _ value: Value) {
            guard !entries.contains(where: { $0.phrase == phrase }) else { return }
            let at = entries.firstIndex(where: { $0.phrase.count < phrase.count }) ?? entries.count
            entries.insert((phrase, value), at: at)
            if phrase.count > 1 {
                let bit = phrase[1].value & 255
                seconds[Int(bit >> 6)] |= 1 << UInt64(bit & 63)
                firstSingle += 1
            }
        }

        /// False when no phrase of two or more scalars has `s` second.
        @inline(__always) func mayHaveSecond(_ s: Unicode.Scalar) -> Bool {
            let bit = s.value & 255
            return seconds[Int(bit >> 6)] & (1 << UInt64(bit & 63)) != 0
        }
    }
}
