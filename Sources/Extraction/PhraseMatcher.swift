import ClaimGraphCore

/// Longest-match lookup of many phrases in a text of Unicode scalars.
///
/// The phrases form a trie: a lookup walks the text from a position while some phrase goes
/// on, remembering the last phrase that ended, so it costs one step per scalar matched
/// however many phrases share a start (the catalog has dozens of aliases starting with 中国,
/// and trying each in turn was most of finding actors). Of two phrases of one spelling the
/// earlier keeps its value. Built once, it is shared by every document (NSRegularExpression
/// is far too slow on Linux for per-token work).
struct PhraseMatcher<Value: Sendable>: Sendable {
    /// Node 0 is the root, the empty prefix.
    private var nodes = [Node()]
    private var values: [Value] = []
    private var edges = Edges()
    /// The root's child for each scalar of the Basic Multilingual Plane (0: none; `far`: a
    /// node numbered past 16 bits, found in `edges`), so the first step, taken at every
    /// position of every article, is an array read. Built only once the root has more than
    /// `fewFirsts` children: a matcher of a few names per document would spend more on
    /// zeroing its 65,536 slots than on all its lookups.
    private var firstSlot: [UInt16] = []
    private var firstCount = 0
    /// `Node.bit` of the root's children's scalars, in a stored word rather than in `nodes`.
    private var firstMask: UInt64 = 0
    /// The longest phrase's length: `match(_:endingAt:)` tries no longer ones.
    private var longest = 0
    /// Bit `s & 255` for each phrase's last scalar `s`, and bit `min(n, 63)` for each phrase
    /// length n: most places asked for a phrase ending there end none, and these say so
    /// before a walk from each of up to twelve starts (stored words: an exact set of
    /// scalars would cost each document's matcher 8 KiB to zero).
    private var lasts = SIMD4<UInt64>()
    private var lengths: UInt64 = 0

    private static var fewFirsts: Int { 16 }
    private static var far: UInt16 { .max }

    init() {}

    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs { insert(phrase, value) }
    }

    /// Adds a phrase; an earlier phrase with the same spelling keeps priority.
    mutating func insert(_ phrase: String, _ value: Value) {
        let phrase = phrase.scalarArray
        guard !phrase.isEmpty else { return }
        longest = max(longest, phrase.count)
        lasts[Self.lastWord(phrase[phrase.count - 1])] |= Node.bit(phrase[phrase.count - 1])
        lengths |= Self.lengthBit(phrase.count)
        var node = 0
        for s in phrase { node = step(node, s) ?? addChild(node, s) }
        guard nodes[node].value < 0 else { return }
        nodes[node].value = Int32(values.count)
        values.append(value)
    }

    private mutating func addChild(_ parent: Int, _ s: Unicode.Scalar) -> Int {
        let child = nodes.count
        nodes.append(Node())
        nodes[parent].childMask |= Node.bit(s)
        edges.add(parent, s, child)
        if parent == 0 { addFirst(s, child) }
        return child
    }

    private mutating func addFirst(_ s: Unicode.Scalar, _ child: Int) {
        firstCount += 1
        firstMask |= Node.bit(s)
        if !firstSlot.isEmpty {
            setFirstSlot(s, child)
        } else if firstCount > Self.fewFirsts {
            firstSlot = [UInt16](repeating: 0, count: 0x10000)
            for (s, c) in edges.children(of: 0) { setFirstSlot(s, c) }
        }
    }

    private mutating func setFirstSlot(_ s: Unicode.Scalar, _ child: Int) {
        if s.value < 0x10000 { firstSlot[Int(s.value)] = child < Int(Self.far) ? UInt16(child) : Self.far }
    }

    /// The root's child for `s`. Inlined: the finders ask at every position of every
    /// article, and most positions start no phrase, which the first-scalar table or the
    /// root's mask tells with a load or two.
    @inline(__always) private func first(_ s: Unicode.Scalar) -> Int? {
        if s.value < 0x10000, !firstSlot.isEmpty {
            // (a slot for every scalar below 0x10000: read without the array's bounds check)
            let c = firstSlot.withUnsafeBufferPointer { $0[Int(s.value)] }
            return c == 0 ? nil : c != Self.far ? Int(c) : edges.child(0, s)
        }
        guard firstMask & Node.bit(s) != 0 else { return nil }
        return edges.child(0, s)
    }

    /// The child of `node` for `s`.
    private func step(_ node: Int, _ s: Unicode.Scalar) -> Int? {
        node == 0 ? first(s) : child(node, s)
    }

    /// The child of `node`, not the root, for `s`.
    @inline(__always) private func child(_ node: Int, _ s: Unicode.Scalar) -> Int? {
        guard nodes[node].childMask & Node.bit(s) != 0 else { return nil }
        return edges.child(node, s)
    }

    private static func lengthBit(_ n: Int) -> UInt64 { 1 << UInt64(min(n, 63)) }

    private static func lastWord(_ s: Unicode.Scalar) -> Int { Int(s.value >> 6 & 3) }

    /// The longest phrase that starts at `i`, with its length. Inlined up to the first
    /// scalar, which most positions fail: the rest of the walk is only for those that pass.
    @inline(__always) func match(_ text: [Unicode.Scalar], at i: Int) -> (length: Int, value: Value)? {
        guard i >= 0, i < text.count, let node = first(text[i]) else { return nil }
        return longestMatch(text, from: i, at: node)
    }

    /// The longest phrase written from `start` whose first scalar led to `node`.
    private func longestMatch(_ text: [Unicode.Scalar], from start: Int, at node: Int) -> (length: Int, value: Value)? {
        var node = node, k = start + 1
        var best: (length: Int, value: Int32)? = nodes[node].value < 0 ? nil : (1, nodes[node].value)
        while k < text.count, let next = child(node, text[k]) {
            (node, k) = (next, k + 1)
            if nodes[node].value >= 0 { best = (k - start, nodes[node].value) }
        }
        return best.map { ($0.length, values[Int($0.value)]) }
    }

    /// The longest phrase that ends exactly at `end` (exclusive), with its length: 普京 ends
    /// before 说 in 普京总统说 even though the longer 普京总统 starts at the same place.
    func match(_ text: [Unicode.Scalar], endingAt end: Int, maxLength: Int = 12) -> (length: Int, value: Value)? {
        guard end > 0, end <= text.count, lasts[Self.lastWord(text[end - 1])] & Node.bit(text[end - 1]) != 0 else { return nil }
        for len in stride(from: min(maxLength, longest, end), through: 1, by: -1) where lengths & Self.lengthBit(len) != 0 {
            if let v = phrase(text, (end - len)..<end) { return (len, values[v]) }
        }
        return nil
    }

    /// The scalars phrases start with: a pass asking at every position whether a phrase
    /// starts there can find the positions where one may in one tight pass over the text
    /// (`positions(in:where:)`), and ask only there.
    var firstScalars: ScalarSet { ScalarSet(edges.children(of: 0).map(\.0)) }

    /// Whether `phrase` is exactly one of the phrases.
    func contains(_ phrase: [Unicode.Scalar]) -> Bool {
        self.phrase(phrase, 0..<phrase.count) != nil
    }

    /// Whether `text[range]` is exactly one of the phrases, read in place: a test asked at
    /// every cue of every sentence paid more for building the words as a String than for
    /// the rest of its work.
    func contains(_ text: [Unicode.Scalar], spelledAt range: Range<Int>) -> Bool {
        phrase(text, range.clamped(to: 0..<text.count)) != nil
    }

    /// The index in `values` of the phrase spelled `text[range]`, if it is one.
    private func phrase(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, var node = first(text[range.lowerBound]) else { return nil }
        for k in range.dropFirst() {
            guard let next = child(node, text[k]) else { return nil }
            node = next
        }
        return nodes[node].value < 0 ? nil : Int(nodes[node].value)
    }

    private struct Node: Sendable {
        /// Index in `values` of the phrase that ends here, or -1.
        var value: Int32 = -1
        /// `bit(s)` of every child's scalar `s`: most steps have no child to take, and this
        /// says so without hashing.
        var childMask: UInt64 = 0

        static func bit(_ s: Unicode.Scalar) -> UInt64 { 1 << UInt64(s.value & 63) }
    }
}

/// The trie's edges, (parent, scalar) → child, in one open-addressing table
/// (linear probing, at most half full): a step costs a multiplication and a load or two,
/// and no node holds an array of its own.
private struct Edges: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        /// 0 for an empty slot: the root is nobody's child.
        var child: Int32
    }

    private var slots = [Slot](repeating: Slot(key: 0, child: 0), count: 16)
    private var shift: UInt64 = 60
    private var count = 0

    private static func key(_ parent: Int, _ s: Unicode.Scalar) -> UInt64 { UInt64(parent) << 32 | UInt64(s.value) }

    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Probes through a buffer pointer: `home` and the mask keep every probe inside the
    /// table, so the array's bounds checks (a step of every phrase lookup) were pure cost.
    func child(_ parent: Int, _ s: Unicode.Scalar) -> Int? {
        let key = Self.key(parent, s)
        return slots.withUnsafeBufferPointer { slots in
            var h = home(key)
            while slots[h].child != 0 {
                if slots[h].key == key { return Int(slots[h].child) }
                h = (h + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    mutating func add(_ parent: Int, _ s: Unicode.Scalar, _ child: Int) {
        if 2 * (count + 1) > slots.count { grow() }
        place(Slot(key: Self.key(parent, s), child: Int32(child)))
    }

    /// The children of `parent`, with their scalars.
    func children(of parent: Int) -> [(Unicode.Scalar, Int)] {
        slots.filter { $0.child != 0 && $0.key >> 32 == UInt64(parent) }
            .map { (Unicode.Scalar(UInt32(truncatingIfNeeded: $0.key))!, Int($0.child)) }
    }

    private mutating func place(_ slot: Slot) {
        var h = home(slot.key)
        while slots[h].child != 0 { h = (h + 1) & (slots.count - 1) }
        slots[h] = slot
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, child: 0), count: 2 * old.count)
        shift -= 1
        count = 0
        for slot in old where slot.child != 0 { place(slot) }
    }
}
