/// Writes a `Diagram` as DOT text in the shared visual language.
///
/// Node names are synthetic (`n42`), every piece of user text goes through
/// `DOTEscaping`, and the output depends only on the diagram (nodes in the builder's
/// order, edges sorted by their ends), so the same graph gives the same text and layout.
public enum DOTWriter {
    public static func dot(_ diagram: Diagram) -> String {
        var out = ["digraph claimgraph {"]
        out.append("  graph [" + graphAttributes(diagram) + "];")
        out.append("  node [fontname=\"\(VisualStyle.fontName)\", fontsize=11, margin=\"0.12,0.06\", penwidth=1.2];")
        out.append("  edge [fontname=\"\(VisualStyle.fontName)\", fontsize=9, color=\"#666666\", fontcolor=\"#333333\", arrowsize=0.7, len=2.2];")
        out += legend(diagram).map { "  " + $0 }
        for node in diagram.nodes { out.append("  " + statement(node, focus: node.id == diagram.focus)) }
        let order = Dictionary(uniqueKeysWithValues: diagram.nodes.enumerated().map { ($1.id, $0) })
        let edges = diagram.edges.sorted {
            (order[$0.from] ?? 0, order[$0.to] ?? 0, $0.label) < (order[$1.from] ?? 0, order[$1.to] ?? 0, $1.label)
        }
        for edge in edges { out.append("  " + statement(edge)) }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    private static func graphAttributes(_ d: Diagram) -> String {
        var title = "<B>" + TextLayout.wrap(d.title, columns: 110, maxLines: 2).map(DOTEscaping.html).joined(separator: "<BR/>") + "</B>"
        // The cut note goes under the headline, where nobody can miss it.
        if let note = d.note { title += "<BR/><FONT COLOR=\"#c92a2a\" POINT-SIZE=\"12\">" + DOTEscaping.html(note) + "</FONT>" }
        return [
            "label=<\(title)>", "labelloc=t", "fontsize=15", "fontname=\"\(VisualStyle.fontName)\"",
            "rankdir=\(d.direction.rawValue)", "nodesep=0.3", "ranksep=0.6", "pad=0.3", "bgcolor=white",
            // neato/fdp/sfdp: a fixed seed for a stable layout, room around boxes and labels.
            "start=1", "overlap=false", "sep=\"+18\"", "K=1.6", "splines=true", "outputorder=edgesfirst",
        ].joined(separator: ", ")
    }

    /// A cluster naming the kinds of node the diagram uses.
    private static func legend(_ d: Diagram) -> [String] {
        let kinds = DiagramNode.Kind.allCases.filter { k in d.nodes.contains { $0.kind == k } }
        var lines = ["subgraph cluster_legend {", "  label=<<B>Legend</B>>; fontsize=10; style=\"rounded,dashed\"; color=\"#aaaaaa\"; margin=8;"]
        for kind in kinds {
            let s = VisualStyle.style(of: kind)
            lines.append("  legend_\(kind.rawValue) [" + shapeAttributes(s) + ", fontsize=9, label=<\(DOTEscaping.html(s.legend))>, tooltip=\(DOTEscaping.quoted(s.legend))];")
        }
        // Left to right, unlinked legend nodes would stack into one tall column; a chain
        // of invisible arrows lays them out in a row, as they are top to bottom.
        if d.direction == .leftToRight, kinds.count > 1 {
            lines.append("  " + kinds.map { "legend_\($0.rawValue)" }.joined(separator: " -> ") + " [style=invis];")
        }
        lines.append("}")
        return lines
    }

    private static func shapeAttributes(_ s: VisualStyle.NodeStyle) -> String {
        "shape=\(s.shape), style=\"\(s.style)\", fillcolor=\"\(s.fill)\", color=\"\(s.border)\""
    }

    private static func statement(_ node: DiagramNode, focus: Bool) -> String {
        let s = VisualStyle.style(of: node.kind)
        // One table row per line: with `<BR/>` Graphviz packs CJK lines so tightly that
        // they touch, and the smaller caption overlapped the line above.
        let wrapped = TextLayout.wrap(node.label, maxLines: s.maxLines)
        var rows = (wrapped.isEmpty ? [" "] : wrapped).map { "<TR><TD>" + DOTEscaping.html($0) + "</TD></TR>" }
        if let caption = node.caption, !caption.isEmpty {
            rows.append("<TR><TD><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">" + lines(caption, columns: 44, maxLines: 2) + "</FONT></TD></TR>")
        }
        let label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
        let emphasis = focus ? ", penwidth=3, fontsize=14" : ""
        return "\(node.id) [" + shapeAttributes(s) + emphasis + ", label=<\(label)>, tooltip=\(DOTEscaping.quoted(node.tooltip))];"
    }

    private static func statement(_ edge: DiagramEdge) -> String {
        var label = DOTEscaping.html(edge.count > 1 ? "\(edge.label) ×\(edge.count)" : edge.label)
        if let quote = edge.quote, !quote.isEmpty {
            label += "<BR/><FONT COLOR=\"#7a5c00\">" + lines("「" + quote + "」", maxLines: 3) + "</FONT>"
        }
        let tooltip = DOTEscaping.quoted(edge.tooltip)
        let weight = edge.count > 1 ? ", penwidth=\(min(1 + Double(edge.count) * 0.4, 4))" : ""
        return "\(edge.from) -> \(edge.to) [label=<\(label)>, tooltip=\(tooltip), labeltooltip=\(tooltip)\(weight)];"
    }

    /// Wrapped, shortened and escaped lines joined with HTML line breaks.
    private static func lines(_ text: String, columns: Int = TextLayout.lineColumns, maxLines: Int) -> String {
        TextLayout.wrap(text, columns: columns, maxLines: maxLines).map(DOTEscaping.html).joined(separator: "<BR/>")
    }
}
