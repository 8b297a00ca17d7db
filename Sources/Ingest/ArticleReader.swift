import ClaimGraphCore
import Foundation

/// Reads files into documents, detecting the format from the content.
public enum ArticleReader {
    /// Files larger than this are refused rather than parsed (a 50 MB single line is not an article).
    public static let maxFileBytes = 16 * 1024 * 1024

    /// Reads every document a file holds (a feed or JSON Lines file holds several).
    public static func read(contentsOf path: String) throws -> [Document] {
        try readAll(contentsOf: path).documents
    }

    /// Reads every document a file holds, together with the problems of the parts that
    /// could not be read (a bad line of a JSON Lines file) when the rest could.
    public static func readAll(contentsOf path: String) throws -> ReadResult {
        try readAll(bytes: loadBytes(path), source: path)
    }

    /// Reads the documents held by `bytes` (already loaded; `source` names them in errors).
    public static func readAll(bytes: [UInt8], source path: String) throws -> ReadResult {
        guard bytes.count <= maxFileBytes else { throw ReadError.tooLarge(bytes: bytes.count, limit: maxFileBytes) }
        if let post = try ArchiveHead.read(bytes, source: path) { return ReadResult(documents: [post]) }
        let text = try TextDecoder.decode(bytes)
        guard text.contains(where: { !$0.isWhitespace }) else { throw ReadError.empty }
        switch FormatDetector.detect(text) {
        case .rssArchive: return ReadResult(documents: [try RSSArchiveReader.read(text, source: path)])
        case .html: return ReadResult(documents: [try HTMLPageReader.read(text, source: path)])
        case .feed: return try FeedReader.read(text, source: path)
        case .jsonLines: return try JSONLinesReader.read(text, source: path)
        case nil:
            throw ReadError.malformed("not an archived post, HTML page, RSS/Atom feed or JSON Lines file")
        }
    }

    static func loadBytes(_ path: String) throws -> [UInt8] {
        // `lstat`, as `FileManager.attributesOfItem` does, without the owner and group
        // name lookups (a read of /etc/passwd and /etc/group per file) it adds.
        var status = stat()
        guard lstat(path, &status) == 0 else {
            throw ReadError.unreadable(reason: "no such file or not accessible")
        }
        let size = Int(status.st_size)
        guard size <= maxFileBytes else { throw ReadError.tooLarge(bytes: size, limit: maxFileBytes) }
        // A plain read into the array: `FileHandle.readToEnd` read into Data, then copied.
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError.unreadable(reason: "permission denied or not a regular file") }
        defer { close(fd) }
        // One byte more than the size told, to see the end; a file that grew meanwhile is
        // read on in chunks as large as what was read so far.
        var wanted = size + 1
        var bytes = try readChunk(fd, count: wanted)
        var filled = bytes.count == wanted
        while filled {
            guard bytes.count <= maxFileBytes else { throw ReadError.tooLarge(bytes: bytes.count, limit: maxFileBytes) }
            wanted = bytes.count
            let more = try readChunk(fd, count: wanted)
            filled = more.count == wanted
            bytes += more
        }
        return bytes
    }

    /// Up to `count` bytes read from `fd` straight into a new array (not zero-filled first,
    /// which cost a pass over every file); fewer only at the end of the file.
    private static func readChunk(_ fd: Int32, count: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let n = systemRead(fd, buffer.baseAddress! + initialized, count - initialized)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ReadError.unreadable(reason: String(cString: strerror(errno)))
                }
                if n == 0 { break }
                initialized += n
            }
        }
    }
}

/// The C library's `read`, which `ArticleReader.read` hides inside the enum.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
