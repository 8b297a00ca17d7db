/// Longest-match lookup of many phrases in a text of Unicode scalars.
///
/// Phrases are bucketed by their first scalar and tried longest first, so a lookup at
/// one position costs a handful of comparisons; built once, it is shared by every
/// document (NSRegularExpression is far too slow on Linux for per-token work).
struct PhraseMatcher<Value: Sendable>: Sendable {
    private var buckets: [Unicode.Scalar: [(phrase: [Unicode.Scalar], value: Value)]] = [:]

    init() {}

    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs { insert(phrase, value) }
    }

    /// Adds a phrase; an earlier phrase with the same spelling keeps priority.
    mutating func insert(_ phrase: String, _ value: Value) {
        let scalars = Array(phrase.unicodeScalars)
        guard let first = scalars.first else { return }
        var bucket = buckets[first, default: []]
        guard !bucket.contains(where: { $0.phrase == scalars }) else { return }
        let at = bucket.firstIndex(where: { $0.phrase.count < scalars.count }) ?? bucket.count
        bucket.insert((scalars, value), at: at)
        buckets[first] = bucket
    }

    /// The longest phrase that starts at `i`, with its length.
    func match(_ text: [Unicode.Scalar], at i: Int) -> (length: Int, value: Value)? {
        guard i < text.count, let bucket = buckets[text[i]] else { return nil }
        for (phrase, value) in bucket where i + phrase.count <= text.count {
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
        guard let first = phrase.first else { return false }
        return buckets[first]?.contains(where: { $0.phrase == phrase }) ?? false
    }
}
