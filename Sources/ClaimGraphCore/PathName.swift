import Foundation

/// File-path pieces computed on the bytes of the path.
///
/// `NSString.lastPathComponent` bridges the path to NSString on Linux, which cost about
/// 100k instructions per call; ingest asks for every file (progress line, hidden-file
/// check, the stored file name).
public enum PathName {
    /// What `NSString.lastPathComponent` returns. Plain paths (not empty, no trailing or
    /// doubled `/`, each `/` between ASCII bytes so that it is a Character of its own) are
    /// cut after their last `/`; any other goes through NSString and its quirks (`//` → "").
    public static func lastComponent(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        let slashes = bytes.indices.filter { bytes[$0] == slash }
        let plain = !bytes.isEmpty && bytes.last != slash && slashes.allSatisfy { i in
            bytes[i + 1] != slash && bytes[i + 1] < 0x80 && (i == 0 || bytes[i - 1] < 0x80)
        }
        guard plain else { return (path as NSString).lastPathComponent }
        return String(decoding: bytes[(slashes.last.map { $0 + 1 } ?? 0)...], as: UTF8.self)
    }
}
