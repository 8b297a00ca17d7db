/// The label sets seen at each end of each relationship type during an import, from which
/// the `edge_end_labels` facts follow: a label every set at an end shares holds for that end.
struct EndLabelTracker {
    /// The distinct label sets of one type's starts and ends.
    struct Ends {
        var src: Set<Int32> = []
        var dst: Set<Int32> = []
        private var last: (Int32, Int32) = (-1, -1)

        mutating func add(src s: Int32, dst d: Int32) {
            if (s, d) == last { return }    // files are usually grouped by end labels
            last = (s, d)
            src.insert(s)
            dst.insert(d)
        }
    }

    private var ids: [[String]: Int32] = [:]
    private var sets: [Set<String>] = []
    private var types: [String: Ends] = [:]

    /// A small number standing for this set of labels.
    mutating func intern(_ labels: [String]) -> Int32 {
        if let id = ids[labels] { return id }    // already sorted and distinct (one label, mostly)
        let key = Array(Set(labels.filter { !$0.isEmpty })).sorted()
        if let id = ids[key] { return id }
        let id = Int32(sets.count)
        sets.append(Set(key))
        ids[key] = id
        return id
    }

    mutating func merge(_ ends: Ends, type: String) {
        types[type, default: Ends()].src.formUnion(ends.src)
        types[type, default: Ends()].dst.formUnion(ends.dst)
    }

    var facts: [(String, EdgeEndLabels.Side, String)] {
        var out: [(String, EdgeEndLabels.Side, String)] = []
        for (type, ends) in types {
            for (side, found) in [(EdgeEndLabels.Side.src, ends.src), (.dst, ends.dst)] {
                guard let first = found.first else { continue }
                let shared = found.reduce(sets[Int(first)]) { $0.intersection(sets[Int($1)]) }
                for label in shared.sorted() { out.append((type, side, label)) }
            }
        }
        return out
    }
}
