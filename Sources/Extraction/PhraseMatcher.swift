import ClaimGraphCore

/// Longest-match lookup of many phrases in a text of Unicode scalars.
///
/// Phrases are bucketed by their first scalar and tried longest first, so a lookup at
/// one position costs a handful of comparisons; built once, it is shared by every
/// document (NSRegularExpression is far too slow on Linux for per-token work).
struct PhraseMatcher<Value: Sendable>: Sendable {
    private typealias Bucket = [(phrase: [Unicode.Scalar], value: Value)]
    private var buckets: [Bucket] = []
    /// Bucket index + 1 for each first scalar of the Basic Multilingual Plane (0: none),
    /// so a lookup is an array read, not a hash.
    private var slot: [UInt16] = []
    private var astral: [Unicode.Scalar: Int] = [:]

    init() {}

    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs { insert(phrase, value) }
    }

    /// Adds a phrase; an earlier phrase with the same spelling keeps priority.
    mutating func insert(_ phrase: String, _ value: Value) {
        let scalars = phrase.scalarArray
        guard let first = scalars.first else { return }
        let index: Int
        if let i = bucketIndex(first) {
            index = i
        } else {
            index = buckets.count
            buckets.append([])
            if first.value < 0x10000 {
                if slot.isEmpty { slot = [UInt16](repeating: 0, count: 0x10000) }
                slot[Int(first.value)] = UInt16(index + 1)
            } else {
                astral[first] = index
            }
        }
        guard !buckets[index].contains(where: { $0.phrase == scalars }) else { return }
        let at = buckets[index].firstIndex(where: { $0.phrase.count < scalars.count }) ?? buckets[index].count
        buckets[index].insert((scalars, value), at: at)
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
        return buckets[b].first { i + $0.phrase.count <= text.count && matches($0.phrase, text, at: i) }
            .map { ($0.phrase.count, $0.value) }
    }

    /// The longest phrase that ends exactly at `end` (exclusive), with its length: 普京 ends
    /// before 说 in 普京总统说 even though the longer 普京总统 starts at the same place.
    func match(_ text: [Unicode.Scalar], endingAt end: Int, maxLength: Int = 12) -> (length: Int, value: Value)? {
        guard end > 0, end <= text.count else { return nil }
        for len in stride(from: min(maxLength, end), through: 1, by: -1) {
            let i = end - len
            guard let b = bucketIndex(text[i]) else { continue }
            if let hit = buckets[b].first(where: { $0.phrase.count == len && matches($0.phrase, text, at: i) }) {
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
        return buckets[b].contains(where: { $0.phrase == phrase })
    }
}
