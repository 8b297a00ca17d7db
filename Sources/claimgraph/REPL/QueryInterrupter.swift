import Dispatch
import Foundation
import Store

/// Turns Ctrl-C into "cancel the running query": SIGINT is caught by a dispatch source
/// (not the default handler, which would end the REPL) and interrupts SQLite.
final class QueryInterrupter: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private let lock = NSLock()
    private var running = false
    private var cancelledFlag = false

    init(store: GraphStore) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            guard let self else { return }
            let interrupt = self.lock.withLock { () -> Bool in
                if self.running { self.cancelledFlag = true }
                return self.running
            }
            if interrupt { store.writer.interrupt() }
        }
        source.resume()
    }

    deinit { source.cancel() }

    /// Runs `body` as the query Ctrl-C may cancel; reports whether it was cancelled.
    func guarded<T>(_ body: () throws -> T) rethrows -> (T, cancelled: Bool) {
        lock.withLock { running = true; cancelledFlag = false }
        defer { lock.withLock { running = false } }
        let value = try body()
        return (value, lock.withLock { cancelledFlag })
    }

    var wasCancelled: Bool { lock.withLock { cancelledFlag } }
}
