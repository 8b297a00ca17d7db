/// File-path pieces computed on the bytes of the path.
///
/// `NSString.lastPathComponent` bridges the path to NSString on Linux, which cost about
/// 100k instructions per call; ingest asks for every file (progress line, hidden-file
/// check, the stored file name).
public enum PathName {
    /// What `NSString.lastPathComponent` returns: the part after the last `/`, trailing
    /// slashes ignored, `/` for the root, empty for an empty path.
    public static func lastComponent(_ path: String) -> String {
        let bytes = Array(path.utf8)  // `/` is one byte, never inside a longer character
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        if end == 0 { return bytes.isEmpty ? "" : "/" }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
