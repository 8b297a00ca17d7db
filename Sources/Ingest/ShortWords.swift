/// A set of words looked up by their UTF-8 bytes without making or hashing a String: words
/// of up to sixteen bytes are packed into an integer and found in a table (`PackedKeys`), longer
/// ones are looked up as Strings. The boilerplate rules look up every class name of every
/// element, and hashing a String per lookup cost more than the rest of the rule.
struct ShortWords {
    private let packed: PackedKeys
    private let long: Set<String>

    init(_ words: Set<String>) {
        packed = PackedKeys(words.compactMap { word in
            var word = word
            return word.withUTF8(Self.pack)
        })
        long = words.filter { $0.utf8.count > 16 }
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = Self.pack(word) else { return long.contains(String(decoding: word, as: UTF8.self)) }
        return packed.index(of: key) != nil
    }

    /// The bytes as a little-endian integer; nil for more than sixteen bytes. A word holds
    /// no NUL byte, so words of different lengths never pack alike.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt128? {
        guard bytes.count <= 16 else { return nil }
        var key: UInt128 = 0
        if !bytes.isEmpty { withUnsafeMutableBytes(of: &key) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) } }
        return UInt128(littleEndian: key)
    }
}

/// Packed words found by their position in a small open-addressed table: one multiply and
/// usually one comparison per lookup, where a binary search took seven (every element of
/// every page is looked up several times).
struct PackedKeys {
    /// Slot → position in the keys given to `init`, plus one (0: empty).
    private let slots: [Int]
    private let keys: [UInt128]
    private let shift: UInt64

    init(_ keys: [UInt128]) {
        var bits = 4
        while (1 << bits) < 4 * keys.count { bits += 1 }
        shift = UInt64(64 - bits)
        var slots = [Int](repeating: 0, count: 1 << bits)
        for (position, key) in keys.enumerated() {
            var slot = Self.hash(key, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = position + 1
        }
        (self.slots, self.keys) = (slots, keys)
    }

    /// Where `key` was in the keys given to `init`, or nil.
    func index(of key: UInt128) -> Int? {
        var slot = Self.hash(key, shift: shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    private static func hash(_ key: UInt128, shift: UInt64) -> Int {
        let mixed = (UInt64(truncatingIfNeeded: key) ^ UInt64(truncatingIfNeeded: key >> 64) &* 31) &* 0x9E37_79B9_7F4A_7C15
        return Int(mixed >> shift)
    }
}
