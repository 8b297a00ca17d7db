import CGraphviz
import Foundation

/// Lays out and draws DOT text with the Graphviz C library, in-process.
///
/// Graphviz keeps global state (the parser, the error buffer, plugin tables) and is not
/// thread-safe, so every call goes through one lock and one shared context, created on
/// first use because loading the plugins costs a few milliseconds.
public final class GraphvizRenderer: @unchecked Sendable {
    public static let shared = GraphvizRenderer()

    private let lock = NSLock()
    private var context: OpaquePointer?

    private init() {}

    /// The bytes of `dot` drawn as `format` with the `layout` engine. For `.dot` the text
    /// itself is returned, after checking that Graphviz parses it.
    public func render(dot: String, format: OutputFormat, layout: LayoutEngine = .dot) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        _ = agseterr(AGMAX)  // keep Graphviz quiet on stderr; errors come back through aglasterr
        guard let graph = agmemread(dot) else {
            throw RenderError.graphviz(stage: "parse", message: lastError())
        }
        defer { agclose(graph) }
        if format == .dot { return Data(dot.utf8) }
        let gvc = sharedContext()
        guard gvLayout(gvc, graph, layout.rawValue) == 0 else {
            throw RenderError.graphviz(stage: "layout (\(layout.rawValue))", message: lastError())
        }
        defer { gvFreeLayout(gvc, graph) }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, format.graphvizName, &result, &length) == 0, let result else {
            throw RenderError.graphviz(stage: "render (\(format.rawValue))", message: lastError())
        }
        defer { gvFreeRenderData(result) }
        return Data(bytes: result, count: Int(length))
    }

    private func sharedContext() -> OpaquePointer {
        if let context { return context }
        let made = gvContext()!
        context = made
        return made
    }

    private func lastError() -> String {
        guard let text = aglasterr() else { return "unknown error" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The picture formats `-o FILE` can ask for, chosen by the file's extension.
public enum OutputFormat: String, Sendable, CaseIterable {
    case dot, svg, png, pdf

    public init(path: String) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let format = OutputFormat(rawValue: ext == "gv" ? "dot" : ext) else {
            throw RenderError.unknownFormat(path: path)
        }
        self = format
    }

    /// The Graphviz renderer name: PNG and PDF through cairo, which draws CJK with pango.
    var graphvizName: String {
        switch self {
        case .dot: "dot"
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        }
    }
}

/// The Graphviz layout engines offered by `--layout`.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo
}

extension GraphvizRenderer {
    /// A diagram drawn as `format`: its DOT text, laid out and rendered by Graphviz.
    public func draw(_ diagram: Diagram, format: OutputFormat, layout: LayoutEngine = .dot) throws -> Data {
        try render(dot: DOTWriter.dot(diagram), format: format, layout: layout)
    }
}
