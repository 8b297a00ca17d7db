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
        phrases = OpenCCPhraseKeys(config: config)
    }

    deinit {
        if let handle { opencc_close(handle) }
        answers.deallocate()
        plain.deallocate()
    }

    /// Whether OpenCC's dictionaries loaded; without them folding is the identity.
    public var isAvailable: Bool { handle != nil }

    /// The simplified form of `text` (unchanged where it has no traditional characters).
    ///
    /// The result is OpenCC's for the whole text, at a fraction of the cost: OpenCC is
    /// asked once per character and per clause holding one of its phrase keys (see
    /// `simplifiedLocked`); a simplified article costs one table lookup per character.
    public func toSimplified(_ text: String) -> String {
        simplifiedIfFolding(text) ?? text
    }

    /// `toSimplified(text)`, or nil when nothing in `text` folds (the result would be
    /// `text` itself): a caller holding `text` decoded need not decode it again.
    public func simplifiedIfFolding(_ text: String) -> String? {
        guard handle != nil else { return nil }
        lock.lock()
        defer { lock.unlock() }
        var bytes = text
        return bytes.withUTF8(simplifiedLocked)
    }

    /// How a clause is folded: copied (no character folds and no phrase applies), one
    /// character at a time from the remembered single-character answers, or by OpenCC.
    private enum ClauseFolding: Comparable {
        case copy, characters, openCC
    }

    /// `toSimplified` on the UTF-8 bytes of a text, in one pass; nil when nothing folds.
    /// Walking the String's scalar view and building the result from its slices cost a
    /// quarter as much again as OpenCC itself.
    ///
    /// OpenCC's t2s converts by phrase only where one of its phrase keys is written
    /// (計畫 → 计划, 瞭解 → 了解); everywhere else its answer is each character's own.
    /// So a clause with no phrase key is folded from the remembered answers, and only a
    /// clause holding one goes through OpenCC: the result is OpenCC's on the whole text,
    /// since no phrase spans a clause end (see `endsClause`), and the trie lookups OpenCC
    /// makes for every character (most of the cost of a traditional article) are spent on
    /// a few clauses. (Cut at sentence ends only, OpenCC converted three times as much.)
    private func simplifiedLocked(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8]?  // nil while nothing has folded
        var clauseStart = 0
        var clause = ClauseFolding.copy
        var i = 0
        while i < bytes.count {
            let (s, length) = ValidUTF8.decode(bytes, at: i)
            i += length
            if isPlain(s) { continue }
            if s.value >= 0x3400, clause != .openCC {
                if phrases.matches(bytes, at: i - length, startingWith: s) {
                    clause = .openCC
                } else if foldsLocked(s) {
                    // by character only when OpenCC's phrases are known and its answer is one character
                    clause = phrases.isKnown && singleFold(s) != nil ? max(clause, .characters) : .openCC
                }
            }
            if Self.endsClause(s.value) {
                append(bytes, clauseStart..<i, folding: clause, to: &out)
                (clauseStart, clause) = (i, .copy)
            }
        }
        if clauseStart < bytes.count { append(bytes, clauseStart..<bytes.count, folding: clause, to: &out) }
        return out.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the clause at `run` of `bytes` to `out`, folded as `folding` says; `out`
    /// is made, with the text before the clause, when the first clause folds.
    private func append(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, folding: ClauseFolding, to out: inout [UInt8]?) {
        let clause = UnsafeBufferPointer(rebasing: bytes[run])
        if folding == .copy {
            out?.append(contentsOf: clause)
            return
        }
        if out == nil {
            out = []
            out!.reserveCapacity(bytes.count)
            out!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<run.lowerBound]))
        }
        if folding == .characters {
            appendFoldedCharacters(clause, to: &out!)
        } else {
            out!.append(contentsOf: convertLocked(String(decoding: clause, as: UTF8.self)).utf8)
        }
    }

    /// Appends `run` with each character replaced by OpenCC's answer for it alone.
    private func appendFoldedCharacters(_ run: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        ValidUTF8.forEachScalar(in: run) { s, range in
            if s.value >= 0x3400, let folded = singleFold(s) {
                out.append(contentsOf: UTF8.encode(folded)!)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: run[range]))
            }
        }
    }

    /// Line, sentence and clause ends (。！？；…，、：and their ASCII forms): OpenCC matches
    /// its phrase keys left to right, and no key holds one of these (a test reads them all),
    /// so none is ever inside a phrase and the text on either side converts alone.
    static func endsClause(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2026, 0xFF0C, 0x3001, 0xFF1A, 0x21, 0x3F, 0x3B, 0x2C, 0x3A: return true
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

    /// Per-scalar memory of OpenCC's answer for the character alone: 0 not asked yet,
    /// `unchanged`, `severalScalars`, or the one scalar it folds to. A flat table over the
    /// Basic Multilingual Plane (256 KiB): every character of every article is looked up,
    /// and a hash lookup per character cost more than the rest of folding a simplified
    /// article. Raw memory owned by this object, read without the exclusivity check and
    /// retain that an array property costs per access (they made a lookup 140 instructions).
    private let answers: UnsafeMutablePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        return table
    }()
    /// One bit per scalar of the Basic Multilingual Plane: set when folding has nothing to
    /// do for it (no clause end, no fold, no phrase key starting with it). Every character
    /// of every article is tested here, and in a simplified article nearly all are plain,
    /// so the common character costs one bit test instead of a phrase and an answer lookup.
    /// Characters below U+3400 are set from the start, the others once OpenCC's answer for
    /// them is learnt.
    private let plain: UnsafeMutablePointer<UInt64> = {
        let words = UnsafeMutablePointer<UInt64>.allocate(capacity: 0x10000 / 64)
        words.initialize(repeating: 0, count: 0x10000 / 64)
        for value in 0..<UInt32(0x3400) where !ChineseFolding.endsClause(value) { markPlain(value, in: words) }
        return words
    }()

    private static func markPlain(_ value: UInt32, in words: UnsafeMutablePointer<UInt64>) {
        words[Int(value >> 6)] |= 1 << (value & 63)
    }

    @inline(__always) private func isPlain(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && plain[Int(s.value >> 6)] & (1 << (s.value & 63)) != 0
    }

    private static let unchanged: UInt32 = 0xFFFF_FFFF
    private static let severalScalars: UInt32 = 0xFFFF_FFFE
    /// The same memory for characters beyond the Basic Multilingual Plane (rare CJK).
    private var astralAnswers: [UInt32: UInt32] = [:]
    /// See `OpenCCPhraseKeys`: read with the handle, for the same configuration.
    private let phrases: OpenCCPhraseKeys

    /// Inlined for the common case, a character already looked up.
    @inline(__always) private func answerLocked(_ s: Unicode.Scalar) -> UInt32 {
        if s.value < 0x10000, answers[Int(s.value)] != 0 { return answers[Int(s.value)] }
        return learnAnswer(s)
    }

    @inline(__always) private func foldsLocked(_ s: Unicode.Scalar) -> Bool {
        answerLocked(s) != Self.unchanged
    }

    /// OpenCC's answer for a character that folds, when it is one character (all of t2s's).
    @inline(__always) private func singleFold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let answer = answerLocked(s)
        return answer == Self.unchanged || answer == Self.severalScalars ? nil : Unicode.Scalar(answer)
    }

    /// Asks OpenCC about a character not looked up before, and remembers the answer.
    private func learnAnswer(_ s: Unicode.Scalar) -> UInt32 {
        if s.value >= 0x10000, let known = astralAnswers[s.value] { return known }
        let single = String(Character(s))
        let folded = convertLocked(single)
        let answer = folded == single ? Self.unchanged
            : folded.unicodeScalars.count == 1 ? folded.unicodeScalars.first!.value : Self.severalScalars
        if s.value < 0x10000 { answers[Int(s.value)] = answer } else { astralAnswers[s.value] = answer }
        if s.value < 0x10000, answer == Self.unchanged, !phrases.startsKey(s), !Self.endsClause(s.value) {
            Self.markPlain(s.value, in: plain)
        }
        return answer
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
        ComparisonKey.of(text)
    }
}
