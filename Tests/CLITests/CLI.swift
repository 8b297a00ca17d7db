import Foundation

/// Runs the built `claimgraph` binary as a user would, for end-to-end tests.
///
/// The binary is found from `$CLAIMGRAPH_BIN`, else next to the test bundle
/// (`.build/<config>/claimgraph`), because `swift test` builds it as a dependency.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var signalled: Bool
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var examples: String { packageRoot.appendingPathComponent("Examples/articles").path }

    static var binary: URL {
        if let env = ProcessInfo.processInfo.environment["CLAIMGRAPH_BIN"] { return URL(fileURLWithPath: env) }
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("claimgraph")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/claimgraph")
    }

    /// Starts the binary without waiting, for tests that kill or race it.
    static func start(_ arguments: [String], stdin: String? = nil) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        if let stdin {
            let inPipe = Pipe()
            p.standardInput = inPipe
            try p.run()
            inPipe.fileHandleForWriting.write(Data(stdin.utf8))
            try inPipe.fileHandleForWriting.close()
        } else {
            p.standardInput = FileHandle.nullDevice
            try p.run()
        }
        return (p, out, err)
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let (p, out, err) = try start(arguments, stdin: stdin)
        // Drain stderr on another thread so a chatty child cannot fill one pipe and stall.
        let errBox = DataBox()
        let reader = Thread { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !reader.isFinished { usleep(1_000) }
        return Result(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self), signalled: p.terminationReason == .uncaughtSignal)
    }

    private final class DataBox: @unchecked Sendable { var data = Data() }

    /// A fresh directory under the system temp folder, removed by the caller's `defer`.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
