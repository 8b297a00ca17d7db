import ClaimGraphCore
import Foundation

/// Which Han characters OpenCC's traditional→simplified folding changes, learnt one
/// character at a time and remembered: running OpenCC over every article's text cost a
/// tenth of read time, and a news corpus uses only a few thousand distinct characters.
final class TraditionalCharacters: @unchecked Sendable {
    static let shared = TraditionalCharacters()

    private var known: [Unicode.Scalar: Bool] = [:]
    private let lock = NSLock()

    /// How many of `han` fold to a different character.
    func countChanged(_ han: [Unicode.Scalar]) -> Int {
        lock.lock()
        defer { lock.unlock() }
        var changed = 0
        for s in han {
            if let hit = known[s] {
                changed += hit ? 1 : 0
                continue
            }
            let single = String(Character(s))
            let folds = ChineseFolding.shared.toSimplified(single) != single
            known[s] = folds
            changed += folds ? 1 : 0
        }
        return changed
    }
}
