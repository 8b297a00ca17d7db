/// A string hashed and compared by its UTF-8 bytes, for sets of long texts. `String`
/// hashes and compares the NFC form of non-ASCII text, which for the claim JSON remembered
/// per write transaction cost about 8k instructions per hash. Canonically equivalent but
/// differently encoded texts count as different here, as they do for SQLite.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
