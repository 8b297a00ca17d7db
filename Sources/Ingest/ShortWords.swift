/// A set of words looked up by their UTF-8 bytes without making or hashing a String: words
/// of up to sixteen bytes are packed into an integer and found by binary search, longer
/// ones are looked up as Strings. The boilerplate rules look up every class name of every
/// element, and hashing a String per lookup cost more than the rest of the rule.
struct ShortWords {
    private let packed: [UInt128]
    private let long: Set<String>

    init(_ words: Set<String>) {
        packed = words.compactMap { word in
            var word = word
            return word.withUTF8(Self.pack)
        }.sorted()
        long = words.filter { $0.utf8.count > 16 }
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = Self.pack(word) else { return long.contains(String(decoding: word, as: UTF8.self)) }
        return Self.index(of: key, in: packed) != nil
    }

    /// The bytes as a little-endian integer; nil for more than sixteen bytes. A word holds
    /// no NUL byte, so words of different lengths never pack alike.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt128? {
        guard bytes.count <= 16 else { return nil }
        var key: UInt128 = 0
        for (k, byte) in bytes.enumerated() { key |= UInt128(byte) << UInt128(8 * k) }
        return key
    }

    /// Where `key` is in the sorted `keys`, by binary search.
    static func index(of key: UInt128, in keys: [UInt128]) -> Int? {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }
}
