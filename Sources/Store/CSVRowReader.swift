import Foundation

/// One field of a CSV row: its bytes (quotes removed, `""` undoubled) and whether it was
/// quoted, which tells an empty string (`""`) from a missing value (nothing).
///
/// The bytes point into the reader's buffer and are valid until the next `nextRow` call:
/// the importer binds them to SQLite and steps before reading on, so nothing is copied.
public struct CSVField {
    public let bytes: UnsafeBufferPointer<UInt8>
    public let quoted: Bool

    public var string: String { String(decoding: bytes, as: UTF8.self) }
    public var isEmpty: Bool { bytes.isEmpty }
}

/// Reads an RFC 4180 CSV file row by row, streaming it in large chunks so that a
/// gigabyte file costs a few megabytes of memory.
///
/// Fields may be quoted with `"`; a quote inside a quoted field is doubled. A quoted field
/// may hold the delimiter and line breaks. Line ends are `\n` or `\r\n`. `line` is the
/// 1-based line on which the current row starts, for error messages.
public final class CSVRowReader {
    public let path: String
    public private(set) var line = 0
    private let delimiter: UInt8
    private let fd: Int32
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var start = 0          // first unread byte
    private var end = 0            // one past the last byte read from the file
    private var eof = false
    private var nextLine = 1
    private var fields: [CSVField] = []

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    public init(path: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 22) throws(CSVError) {
        self.path = path
        self.delimiter = delimiter
        fd = open(path, O_RDONLY)
        if fd < 0 { throw CSVError(path: path, line: 0, problem: "cannot open: \(String(cString: strerror(errno)))") }
        buffer = .allocate(capacity: max(chunkSize, 16))
    }

    deinit {
        close(fd)
        buffer.deallocate()
    }

    /// The next row's fields, or nil at the end of the file. Blank lines are skipped.
    public func nextRow() throws(CSVError) -> [CSVField]? {
        while true {
            guard let rowEnd = try findRowEnd() else { return nil }
            let rowStart = start
            line = nextLine
            nextLine += newlines(from: rowStart, to: rowEnd) + 1
            start = min(rowEnd + 1, end)
            var last = rowEnd
            if last > rowStart, buffer[last - 1] == Self.carriageReturn { last -= 1 }
            if last == rowStart { continue }
            try split(from: rowStart, to: last)
            return fields
        }
    }

    /// The index of the newline (or end of file) that ends the row starting at `start`,
    /// reading more of the file as needed; nil when nothing is left.
    private func findRowEnd() throws(CSVError) -> Int? {
        var scanned = start
        var inQuotes = false
        while true {
            var i = scanned
            while i < end {
                let b = buffer[i]
                if b == Self.quote { inQuotes.toggle() } else if b == Self.newline, !inQuotes { return i }
                i += 1
            }
            if eof {
                if start >= end { return nil }
                if inQuotes { throw CSVError(path: path, line: nextLine, problem: "a quoted field is never closed") }
                return end
            }
            let offset = i - start
            try refill()
            scanned = start + offset
        }
    }

    /// Moves the unread tail to the front of the buffer (growing it for a row longer than
    /// the buffer) and appends the next chunk of the file.
    private func refill() throws(CSVError) {
        let pending = end - start
        if pending == buffer.count {
            let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
            _ = bigger.initialize(fromContentsOf: buffer)
            buffer.deallocate()
            buffer = bigger
        } else if start > 0 {
            buffer.baseAddress!.update(from: buffer.baseAddress! + start, count: pending)
        }
        start = 0
        end = pending
        let n = read(fd, buffer.baseAddress! + end, buffer.count - end)
        if n < 0 { throw CSVError(path: path, line: nextLine, problem: "read failed: \(String(cString: strerror(errno)))") }
        if n == 0 { eof = true }
        end += n
    }

    private func newlines(from a: Int, to b: Int) -> Int {
        var n = 0
        for i in a..<b where buffer[i] == Self.newline { n += 1 }
        return n
    }

    /// Splits buffer[a..<b] into fields, undoubling quotes in place.
    private func split(from a: Int, to b: Int) throws(CSVError) {
        fields.removeAll(keepingCapacity: true)
        let base = UnsafePointer(buffer.baseAddress!)
        var i = a
        while true {
            if i < b, buffer[i] == Self.quote {
                var write = i + 1
                var read = i + 1
                while true {
                    guard read < b else { throw CSVError(path: path, line: line, problem: "a quoted field is never closed") }
                    let c = buffer[read]
                    if c == Self.quote {
                        if read + 1 < b, buffer[read + 1] == Self.quote {
                            buffer[write] = Self.quote
                            write += 1
                            read += 2
                            continue
                        }
                        break
                    }
                    buffer[write] = c
                    write += 1
                    read += 1
                }
                fields.append(CSVField(bytes: UnsafeBufferPointer(start: base + i + 1, count: write - i - 1), quoted: true))
                i = read + 1
                if i < b, buffer[i] != delimiter {
                    throw CSVError(path: path, line: line, problem: "unexpected text after a closing quote in field \(fields.count)")
                }
            } else {
                var j = i
                while j < b, buffer[j] != delimiter { j += 1 }
                fields.append(CSVField(bytes: UnsafeBufferPointer(start: base + i, count: j - i), quoted: false))
                i = j
            }
            if i >= b { return }
            i += 1                       // past the delimiter
            if i == b {                   // a trailing delimiter: one more, empty field
                fields.append(CSVField(bytes: UnsafeBufferPointer(start: base + i, count: 0), quoted: false))
                return
            }
        }
    }
}

/// A malformed CSV file, located by file and line.
public struct CSVError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let problem: String
    public var description: String { "\(path):\(line): \(problem)" }
}
