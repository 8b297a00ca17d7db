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
        let scalars = Array(phrase.unicodeScalars)
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

    private func bucketIndex(_ s: Unicode.Scalar) -> Int? {
        if s.value < 0x10000 {
            guard !slot.isEmpty else { return nil }
            let v = Int(slot[Int(s.value)])
            return v == 0 ? nil : v - 1
        }
        return astral[s]
    }

    /// The longest phrase that starts at `i`, with its length.
    func match(_ text: [Unicode.Scalar], at i: Int) -> (length: Int, value: Value)? {
        guard i < text.count, let b = bucketIndex(text[i]) else { return nil }
        for (phrase, value) in buckets[b] where i + phrase.count <= text.count {
            var ok = true
            for k in 1..<phrase.count where text[i + k] != phrase[k] {
                ok = false
                break
            }
            if ok { return (phrase.count, value) }
        }
        return nil
    }

    /// The longest phrase that ends exactly at `end` (exclusive), with its length.
    func match(_ text: [Unicode.Scalar], endingAt end: Int, maxLength: Int = 12) -> (length: Int, value: Value)? {
        var best: (Int, Value)?
        for len in 1...max(1, min(maxLength, end)) {
            if let m = match(text, at: end - len), m.length == len { best = (len, m.value) }
        }
        return best
    }

    /// Whether `phrase` is exactly one of the phrases.
    func contains(_ phrase: [Unicode.Scalar]) -> Bool {
        guard let first = phrase.first, let b = bucketIndex(first) else { return false }
        return buckets[b].contains(where: { $0.phrase == phrase })
    }
}
