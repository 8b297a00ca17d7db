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
        let said = GraphSchema.RelType.said
        // (by index: a loop over the relationships copied every one to read its type)
        for i in fragment.edges.indices where fragment.edges[i].type == said && renamed[fragment.edges[i].to] == nil {
            let edge = fragment.edges[i]
            // A text has fewer pairs than characters, so a short one is passed before its pairs
            // are made, and the speaker's earlier claims are asked before whether this one is
            // stored: a speaker without any (most new people) spares the pairs and the lookup.
            guard let text = texts[edge.to], text.scalarCount >= Self.paraphraseMinLength,
                  case let candidates = try latestClaims(of: edge.from), !candidates.isEmpty,
                  try storedNodeID(key: edge.to) == nil else { continue }
            let mine = Self.pairs(text)
            guard mine.count + 1 >= Self.paraphraseMinLength else { continue }
            for claim in candidates {
                let theirs = cachedPairs(claim.id, claim.norm)
                guard theirs.count + 1 >= Self.paraphraseMinLength else { continue }
                let shared = Double(Self.sharedCount(mine, theirs)) / Double(min(mine.count, theirs.count))
                guard shared >= Self.paraphraseOverlap else { continue }
                renamed[edge.to] = claim.key
                break
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

    /// The speaker's latest claims, newest first, as stored now. Read from the database
    /// once per batch and kept up to date by `noteSaid` as the batch writes: a prolific
    /// speaker has a claim in most articles of a batch, and reading their 100 latest
    /// claims again for each one took 35,000 queries to ingest the corpus.
    private func latestClaims(of speaker: String) throws -> [SaidClaim] {
        if let known = cache.claimsSaid[speaker] { return known }
        var found: [SaidClaim] = []
        let candidates = statements.claimsSaidBy
        candidates.bind(1, copying: speaker)
        candidates.bind(2, Int64(Self.paraphraseCandidates))
        try candidates.forEachRow { row in
            if let key = row.text(1), let norm = row.text(2) { found.append(SaidClaim(id: row.int64(0), key: key, norm: norm)) }
            return true
        }
        cache.claimsSaid[speaker] = found
        return found
    }

    /// Records a SAID relationship just written in the speaker's cached latest claims.
    /// `norm` is nil unless this article created the claim: an older claim's stored words
    /// may differ from the fragment's (a paraphrase keeps the first wording), so a list
    /// that would gain one is dropped and read again when next asked.
    func noteSaid(speaker: String, claim: (id: Int64, key: String, norm: String?)) {
        // (changed in place through its index: the key is hashed once, and the list, copied
        // out and stored back, was copied whole to take the new claim)
        guard let i = cache.claimsSaid.index(forKey: speaker) else { return }
        let list = cache.claimsSaid.values[i]
        let at = list.firstIndex { $0.id <= claim.id } ?? list.endIndex
        if at < list.endIndex, list[at].id == claim.id { return }
        guard let norm = claim.norm else {
            cache.claimsSaid.remove(at: i)
            return
        }
        cache.claimsSaid.values[i].insert(SaidClaim(id: claim.id, key: claim.key, norm: norm), at: at)
        if cache.claimsSaid.values[i].count > Self.paraphraseCandidates { cache.claimsSaid.values[i].removeLast() }
    }

    /// A claim's pairs, computed once per batch: a prolific speaker's latest claims are
    /// compared with every new claim of theirs.
    private func cachedPairs(_ id: Int64, _ norm: String) -> [UInt64] {
        if let known = cache.pairs[id] { return known }
        let computed = Self.pairs(norm)
        cache.pairs[id] = computed
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

/// A claim a speaker said, as the paraphrase check compares it.
struct SaidClaim {
    let id: Int64
    let key: String
    /// The claim's words folded to simplified, without punctuation.
    let norm: String
}
