/// The visual language shared by every diagram: one shape and colour per kind of node,
/// so a reader who has seen one diagram can read the next without the legend.
enum VisualStyle {
    /// A font with Chinese glyphs (Debian: fonts-noto-cjk); SVG keeps the name, so the
    /// viewer needs a CJK font too.
    static let fontName = "Noto Sans CJK SC"

    struct NodeStyle {
        var shape: String
        var style: String
        var fill: String
        var border: String
        /// Legend wording, for someone who never saw the tool.
        var legend: String
        /// How many lines of label the kind may take before it is shortened.
        var maxLines: Int
    }

    static func style(of kind: DiagramNode.Kind) -> NodeStyle {
        switch kind {
        case .person:
            NodeStyle(shape: "ellipse", style: "filled", fill: "#cfe2ff", border: "#3d6bb3", legend: "person", maxLines: 2)
        case .organization:
            NodeStyle(shape: "box", style: "filled", fill: "#d1e7dd", border: "#2f7a55", legend: "organization", maxLines: 2)
        case .outlet:
            NodeStyle(shape: "cylinder", style: "filled", fill: "#ffd8a8", border: "#b86a12", legend: "news outlet", maxLines: 2)
        case .article:
            NodeStyle(shape: "note", style: "filled", fill: "#ffffff", border: "#777777", legend: "article", maxLines: 3)
        case .claim:
            NodeStyle(shape: "box", style: "rounded,filled", fill: "#fff3bf", border: "#b08900", legend: "claim (what was said)", maxLines: 4)
        case .event:
            NodeStyle(shape: "hexagon", style: "filled", fill: "#e5dbff", border: "#6741d9", legend: "event", maxLines: 2)
        case .document:
            NodeStyle(shape: "folder", style: "filled", fill: "#f1e4d3", border: "#8a6a45", legend: "document", maxLines: 2)
        case .unnamed:
            NodeStyle(shape: "ellipse", style: "dashed,filled", fill: "#eeeeee", border: "#888888", legend: "unnamed source", maxLines: 2)
        case .other:
            NodeStyle(shape: "box", style: "filled,dotted", fill: "#f8f9fa", border: "#888888", legend: "other", maxLines: 2)
        }
    }
}
