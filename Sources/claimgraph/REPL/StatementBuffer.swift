/// Collects input lines until a statement is complete.
///
/// A Cypher statement ends with `;` outside strings, comments and backquoted names; a
/// line starting with `:` is a REPL command and is complete by itself.
struct StatementBuffer {
    private(set) var pending = ""

    var isEmpty: Bool { pending.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// Adds a line; returns the complete statements it finished (without their `;`).
    mutating func add(_ line: String) -> [String] {
        if isEmpty, line.trimmingCharacters(in: .whitespaces).hasPrefix(":") {
            pending = ""
            return [line.trimmingCharacters(in: .whitespaces)]
        }
        pending += pending.isEmpty ? line : "\n" + line
        var complete: [String] = []
        while let end = StatementBuffer.terminator(in: pending) {
            let statement = String(pending[..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            if !statement.isEmpty { complete.append(statement) }
            pending = String(pending[pending.index(after: end)...])
        }
        return complete
    }

    /// Takes whatever is pending (at end of input a last statement may lack its `;`).
    mutating func flush() -> String? {
        defer { pending = "" }
        let rest = pending.trimmingCharacters(in: .whitespacesAndNewlines)
        return rest.isEmpty ? nil : rest
    }

    /// The index of the first `;` that is not inside a string, comment or backquotes.
    static func terminator(in text: String) -> String.Index? {
        var quote: Character? = nil
        var lineComment = false, blockComment = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            let n: Character? = next < text.endIndex ? text[next] : nil
            if lineComment {
                if c == "\n" { lineComment = false }
            } else if blockComment {
                if c == "*", n == "/" { blockComment = false; i = next }
            } else if let q = quote {
                if c == "\\", q != "`" { i = next } else if c == q { quote = nil }
            } else if c == "'" || c == "\"" || c == "`" {
                quote = c
            } else if c == "/", n == "/" {
                lineComment = true
            } else if c == "/", n == "*" {
                blockComment = true
                i = next
            } else if c == ";" {
                return i
            }
            if i < text.endIndex { i = text.index(after: i) }
        }
        return nil
    }
}
