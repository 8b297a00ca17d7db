import COpenCC
import Foundation

/// Folds traditional Chinese to simplified with OpenCC, so that 「中國還沒有」 and
/// “中国还没有” compare equal and search finds either script.
///
/// The OpenCC handle is not thread-safe, so calls are serialised by a lock; one shared
/// instance is opened lazily because loading the dictionaries costs milliseconds.
public final class ChineseFolding: @unchecked Sendable {
    public static let shared = ChineseFolding()

    private let handle: opencc_t?
    private let lock = NSLock()

    public init(config: String = "t2s.json") {
        let h = opencc_open(config)
        handle = (h == nil || h == opencc_t(bitPattern: -1)) ? nil : h
    }

    deinit {
        if let handle { opencc_close(handle) }
        folds.deallocate()
    }

    /// Whether OpenCC's dictionaries loaded; without them folding is the identity.
    public var isAvailable: Bool { handle != nil }

    /// The simplified form of `text` (unchanged where it has no traditional characters).
    ///
    /// Most news text is already simplified: a character-by-character check against a
    /// remembered table skips OpenCC for it. A simplified article often has a stray
    /// character that folds (a quoted name, 著, 於), so only the runs of sentences that
    /// hold one go through OpenCC; phrases never span a sentence end, so the result is
    /// the same as converting the whole text, and folding costs almost nothing for
    /// simplified articles instead of a full conversion of each.
    public func toSimplified(_ text: String) -> String {
        simplifiedIfFolding(text) ?? text
    }

    /// `toSimplified(text)`, or nil when no character of `text` folds (the result would be
    /// `text` itself): a caller holding `text` decoded need not decode it again.
    public func simplifiedIfFolding(_ text: String) -> String? {
        guard handle != nil else { return nil }
        lock.lock()
        defer { lock.unlock() }
        var bytes = text
        return bytes.withUTF8(simplifiedLocked)
    }

    /// `toSimplified` on the UTF-8 bytes of a text, in one pass; nil when nothing folds.
    /// Walking the String's scalar view and building the result from its slices cost a
    /// quarter as much again as OpenCC itself.
    private func simplifiedLocked(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        var anyFolds = false
        var runStart = 0  // first sentence not yet copied or converted
        var sentenceStart = 0
        var runFolds = false  // whether the pending run (runStart..<sentenceStart) needs OpenCC
        var sentenceFolds = false
        func closeRun(at end: Int) {
            if out.isEmpty { out.reserveCapacity(bytes.count) }
            let run = UnsafeBufferPointer(rebasing: bytes[runStart..<end])
            if runFolds {
                out.append(contentsOf: convertLocked(String(decoding: run, as: UTF8.self)).utf8)
            } else {
                out.append(contentsOf: run)
            }
            runStart = end
        }
        ValidUTF8.forEachScalar(in: bytes) { s, range in
            if s.value >= 0x3400, !sentenceFolds, foldsLocked(s) {
                sentenceFolds = true
                anyFolds = true
            }
            guard Self.endsSentence(s.value) || range.upperBound == bytes.count else { return }
            if sentenceFolds != runFolds, sentenceStart > runStart { closeRun(at: sentenceStart) }
            runFolds = sentenceFolds
            sentenceFolds = false
            sentenceStart = range.upperBound
        }
        guard anyFolds else { return nil }
        closeRun(at: bytes.count)
        return String(decoding: out, as: UTF8.self)
    }

    /// Sentence and line ends: no OpenCC phrase spans one.
    private static func endsSentence(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2026, 0x21, 0x3F: return true
        default: return false
        }
    }

    /// How many of `scalars` fold to a different character on their own.
    public func countFolding(_ scalars: [Unicode.Scalar]) -> Int {
        guard handle != nil else { return 0 }
        lock.lock()
        defer { lock.unlock() }
        var count = 0
        for s in scalars where s.value >= 0x3400 && foldsLocked(s) { count += 1 }
        return count
    }

    /// Per-scalar memory of whether OpenCC changes the character: 0 unknown, 1 yes, 2 no.
    /// A flat table over the Basic Multilingual Plane (64 KiB): every character of every
    /// article is looked up, and a hash lookup per character cost more than the rest of
    /// folding a simplified article. Raw memory owned by this object, read without the
    /// exclusivity check and retain that an array property costs per access (they made a
    /// lookup 140 instructions).
    private let folds: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        return table
    }()
    /// The same memory for characters beyond the Basic Multilingual Plane (rare CJK).
    private var astralFolds: [UInt32: Bool] = [:]

    /// Inlined for the common case, a character already looked up.
    @inline(__always) private func foldsLocked(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x10000, folds[Int(s.value)] != 0 { return folds[Int(s.value)] == 1 }
        return learnFolds(s)
    }

    /// Asks OpenCC about a character not looked up before, and remembers the answer.
    private func learnFolds(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x10000 {
            let changes = changedByOpenCC(s)
            folds[Int(s.value)] = changes ? 1 : 2
            return changes
        }
        if let known = astralFolds[s.value] { return known }
        let changes = changedByOpenCC(s)
        astralFolds[s.value] = changes
        return changes
    }

    private func changedByOpenCC(_ s: Unicode.Scalar) -> Bool {
        let single = String(Character(s))
        return convertLocked(single) != single
    }

    private func convertLocked(_ text: String) -> String {
        guard let handle else { return text }
        return text.withCString { ptr -> String in
            guard let out = opencc_convert_utf8(handle, ptr, strlen(ptr)) else { return text }
            defer { opencc_convert_utf8_free(out) }
            return String(cString: out)
        }
    }

    /// A key for comparing statements: simplified, lower-cased, and with punctuation,
    /// quote marks and whitespace removed.
    public func comparisonKey(_ text: String) -> String {
        comparisonKey(simplified: toSimplified(text))
    }

    /// `comparisonKey` of a text already folded to simplified (skips OpenCC).
    public func comparisonKey(simplified text: String) -> String {
        String(scalars: text.lowercasedQuickly().unicodeScalars.lazy.filter { !Self.ignoredInComparison.contains($0) })
    }

    /// Built once: Foundation's `CharacterSet.punctuationCharacters` and friends build a
    /// new set on every access, which cost more than the rest of the key per character.
    private static let ignoredInComparison = CharacterSet.punctuationCharacters.union(.symbols)
        .union(.whitespacesAndNewlines)
}
