import Foundation

/// Which CSV files an import reads, and the label or type each one gives its rows.
///
/// Two ways to name them, as `neo4j-admin database import` and the bench kit do:
/// a directory laid out as `nodes/<Label>.csv` and `edges/<TYPE>.<From>-<To>.csv`
/// (label and type from the file name), or single files given as `[Label:Label2=]FILE`
/// and `[TYPE=]FILE`. A file given without a label (type) uses its `:LABEL` (`:TYPE`)
/// column when it has one, else its file name (the part before the first `.`).
public struct ImportPlan: Sendable, Equatable {
    public struct NodeFile: Sendable, Equatable {
        public var path: String
        /// Labels every row gets; nil: the `:LABEL` column, else the file name.
        public var labels: [String]?
        public init(path: String, labels: [String]? = nil) { self.path = path; self.labels = labels }
    }

    public struct RelationshipFile: Sendable, Equatable {
        public var path: String
        /// The type of every row; nil: the `:TYPE` column, else the file name.
        public var type: String?
        public init(path: String, type: String? = nil) { self.path = path; self.type = type }
    }

    public var nodes: [NodeFile] = []
    public var relationships: [RelationshipFile] = []

    public init(nodes: [NodeFile] = [], relationships: [RelationshipFile] = []) {
        self.nodes = nodes
        self.relationships = relationships
    }

    public var isEmpty: Bool { nodes.isEmpty && relationships.isEmpty }

    /// Adds the `nodes/*.csv` and `edges/*.csv` (or `relationships/*.csv`) of `directory`.
    public mutating func addDirectory(_ directory: String) throws(ImportError) {
        let before = nodes.count + relationships.count
        for path in Self.csvFiles(in: directory + "/nodes") {
            nodes.append(NodeFile(path: path, labels: [Self.stem(path)]))
        }
        for sub in ["edges", "relationships"] {
            for path in Self.csvFiles(in: directory + "/" + sub) {
                relationships.append(RelationshipFile(path: path, type: Self.stem(path)))
            }
        }
        if nodes.count + relationships.count == before { throw .noFiles(path: directory) }
    }

    /// `Person:Actor=people.csv` → labels Person and Actor; `people.csv` → nil (see `NodeFile.labels`).
    public static func nodeFile(_ spec: String) -> NodeFile {
        let (names, path) = split(spec)
        return NodeFile(path: path, labels: names.map { $0.split(separator: ":").map(String.init) })
    }

    /// `SAID=said.csv` → type SAID; `said.csv` → nil (see `RelationshipFile.type`).
    public static func relationshipFile(_ spec: String) -> RelationshipFile {
        let (name, path) = split(spec)
        return RelationshipFile(path: path, type: name)
    }

    /// The file name up to its first dot: `SAID.Person-Claim.csv` → `SAID`.
    static func stem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return String(name.prefix { $0 != "." })
    }

    private static func split(_ spec: String) -> (String?, String) {
        guard let eq = spec.firstIndex(of: "="), !FileManager.default.fileExists(atPath: spec) else { return (nil, spec) }
        return (String(spec[..<eq]), String(spec[spec.index(after: eq)...]))
    }

    private static func csvFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { directory + "/" + $0 }
    }
}
