import Foundation

/// UTF-8 bytes hashed and compared as bytes, for sets of long texts. `String` hashes and
/// compares the NFC form of non-ASCII text, which for the claim JSON remembered per write
/// transaction cost about 8k instructions per hash (and comparing `String.UTF8View`s goes
/// byte by byte). Canonically equivalent but differently encoded texts count as different
/// here, as they do for SQLite.
struct UTF8Key: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.bytes.count == b.bytes.count && a.bytes.withUnsafeBytes { x in
            b.bytes.withUnsafeBytes { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
