import Foundation
import COpenCCPhrases

/// The phrase keys of an OpenCC configuration (計畫, 瞭解, 一目瞭然 …): the only places
/// where OpenCC's conversion of a text differs from converting it character by character.
///
/// Read once through OpenCC's own dictionaries, so the fast path of `ChineseFolding`
/// follows whatever OpenCC data is installed rather than a copy of it.
struct OpenCCPhraseKeys {
    /// Whether the keys could be read; without them no text may be folded by character.
    let isKnown: Bool
    /// Bucket index + 1 for each first scalar of the Basic Multilingual Plane (0: none).
    private var slot: [UInt16] = []
    private var buckets: [[[UInt8]]] = []
    /// Keys starting beyond the Basic Multilingual Plane (none in OpenCC's data so far).
    private var astral: [UInt32: Int] = [:]

    init(config: String) {
        guard let joined = cg_opencc_phrase_keys(config) else {
            isKnown = false
            return
        }
        defer { free(joined) }
        isKnown = true
        for key in String(cString: joined).split(separator: "\n") {
            guard let first = key.unicodeScalars.first else { continue }
            add(Array(key.utf8), first: first.value)
        }
    }

    private mutating func add(_ key: [UInt8], first: UInt32) {
        if let b = bucket(first) {
            buckets[b].append(key)
            return
        }
        buckets.append([key])
        if first < 0x10000 {
            if slot.isEmpty { slot = [UInt16](repeating: 0, count: 0x10000) }
            slot[Int(first)] = UInt16(buckets.count)
        } else {
            astral[first] = buckets.count - 1
        }
    }

    @inline(__always) private func bucket(_ value: UInt32) -> Int? {
        if value < 0x10000 {
            guard !slot.isEmpty, slot[Int(value)] != 0 else { return nil }
            return Int(slot[Int(value)]) - 1
        }
        return astral[value]
    }

    /// Whether some key starts with `s`.
    func startsKey(_ s: Unicode.Scalar) -> Bool { bucket(s.value) != nil }

    /// Whether some key is written at byte `i` of `bytes`, the start of `s`.
    @inline(__always) func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, startingWith s: Unicode.Scalar) -> Bool {
        guard let b = bucket(s.value) else { return false }
        return buckets[b].contains { key in
            i + key.count <= bytes.count && key.indices.allSatisfy { bytes[i + $0] == key[$0] }
        }
    }
}
