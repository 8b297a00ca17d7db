import Query

/// libFuzzer entry point for the Cypher front end (lexer, parser, semantic checks): any
/// text must parse or fail with a `QueryError`, never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    try? CypherSyntax.check(text)
    return 0
}
