import Dispatch
import Foundation
import GRDB

/// Limits that keep one query from running away: the longest variable-length expansion
/// (an unbounded `*` means up to `maxHops`) and the wall-clock time a query may take.
public struct QueryLimits: Sendable {
    public var maxHops: Int
    public var timeout: TimeInterval

    public static let defaultMaxHops = 15
    public static let defaultTimeout: TimeInterval = 30

    public init(maxHops: Int = QueryLimits.defaultMaxHops, timeout: TimeInterval = QueryLimits.defaultTimeout) {
        self.maxHops = maxHops
        self.timeout = timeout
    }
}

/// Interrupts SQLite (GRDB's `interrupt()`, i.e. sqlite3_interrupt) when a query outlives its
/// time limit; the running statement then fails with SQLITE_INTERRUPT, which the engine
/// reports as a LimitExceeded error.
final class QueryGuard: @unchecked Sendable {
    private let item: DispatchWorkItem
    private let lock = NSLock()
    private var firedFlag = false

    init(writer: any DatabaseWriter, timeout: TimeInterval) {
        var fire: (() -> Void)!
        item = DispatchWorkItem { fire() }
        fire = { [weak self] in
            self?.lock.withLock { self?.firedFlag = true }
            writer.interrupt()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: item)
    }

    var fired: Bool { lock.withLock { firedFlag } }

    func cancel() { item.cancel() }
}
