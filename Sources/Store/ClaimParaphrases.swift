import ClaimGraphCore

/// Two articles often word one statement differently (AFP's Bachulska quote appears as
/// 中国不希望俄罗斯被削弱… in one and 中国并不希望看到俄罗斯被严重削弱… in another). A claim
/// whose exact words are new, but whose speaker already said nearly the same words in
/// another article, joins that claim node instead of starting a new one.
extension FragmentWriter {
    /// Share of the shorter text's character pairs that the longer one also has.
    static let paraphraseOverlap = 0.55
    /// Texts shorter than this (in folded characters) only ever match exactly.
    static let paraphraseMinLength = 10
    /// How many of a speaker's latest claims are compared (walked backwards on the
    /// relationship index, newest first, without sorting all of them).
    static let paraphraseCandidates = 100

    func mergingParaphrases(_ fragment: GraphFragment) throws -> GraphFragment {
        var renamed: [String: String] = [:]
        // Claims carry `norm`: their words folded to simplified without punctuation.
        let texts = Dictionary(fragment.nodes.compactMap { n -> (String, String)? in
            guard n.labels.contains(GraphSchema.Label.claim), case .string(let t)? = n.properties["norm"] else { return nil }
            return (n.key, t)
        }, uniquingKeysWith: { a, _ in a })
        for edge in fragment.edges where edge.type == GraphSchema.RelType.said && renamed[edge.to] == nil {
            guard let text = texts[edge.to], try storedNodeID(key: edge.to) == nil else { continue }
            let mine = Self.pairs(text)
            guard mine.count + 1 >= Self.paraphraseMinLength else { continue }
            let candidates = statements.claimsSaidBy
            candidates.bind(1, copying: edge.from)
            candidates.bind(2, Int64(Self.paraphraseCandidates))
            try candidates.forEachRow { row in
                guard let key = row.text(0), let other = row.text(1) else { return true }
                let theirs = cachedPairs(key, other)
                guard theirs.count + 1 >= Self.paraphraseMinLength else { return true }
                let shared = Double(Self.sharedCount(mine, theirs)) / Double(min(mine.count, theirs.count))
                guard shared >= Self.paraphraseOverlap else { return true }
                renamed[edge.to] = key
                return false
            }
        }
        guard !renamed.isEmpty else { return fragment }
        var out = fragment
        for i in out.nodes.indices { if let k = renamed[out.nodes[i].key] { out.nodes[i].key = k } }
        for i in out.edges.indices {
            if let k = renamed[out.edges[i].from] { out.edges[i].from = k }
            if let k = renamed[out.edges[i].to] { out.edges[i].to = k }
        }
        return out
    }

    /// A claim's pairs, computed once per batch: a prolific speaker's latest claims are
    /// compared with every new claim of theirs.
    private func cachedPairs(_ key: String, _ norm: String) -> [UInt64] {
        if let known = cache.pairs[key] { return known }
        let computed = Self.pairs(norm)
        cache.pairs[key] = computed
        return computed
    }

    /// The distinct adjacent character pairs of a folded text, sorted: comparing two claims
    /// is then one merge walk, without hashing (with sets, checking the claims of 522
    /// articles took 149 M instructions; this way 103 M).
    static func pairs(_ s: String) -> [UInt64] {
        let v = s.scalarArray
        guard v.count > 1 else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(v.count - 1)
        for i in 0..<(v.count - 1) { out.append(UInt64(v[i].value) << 32 | UInt64(v[i + 1].value)) }
        out.sort()
        var distinct = 1
        for i in 1..<out.count where out[i] != out[distinct - 1] {
            out[distinct] = out[i]
            distinct += 1
        }
        out.removeLast(out.count - distinct)
        return out
    }

    /// How many pairs two sorted pair lists share.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { shared += 1; i += 1; j += 1 }
        }
        return shared
    }
}
