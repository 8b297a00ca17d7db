import Ingest

/// libFuzzer entry point for the article readers: any bytes must give documents or a
/// `ReadError`, never a crash, hang or sanitizer report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ArticleReader.readAll(bytes: Array(UnsafeBufferPointer(start: data, count: size)), source: "fuzz-input")
    return 0
}
