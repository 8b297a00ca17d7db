import CEditLine
import Foundation

/// Reads input lines with libedit: line editing and persistent history on a terminal,
/// plain line reading when standard input is a pipe (so sessions can be scripted).
final class LineEditor {
    let interactive: Bool
    private let historyPath: String?

    init(historyPath: String?) {
        interactive = isatty(0) != 0
        self.historyPath = historyPath
        // libedit drops every non-ASCII byte unless the locale's character type is UTF-8.
        if setlocale(LC_CTYPE, "") == nil || !LineEditor.localeIsUTF8 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        if interactive, let historyPath {
            using_history()
            read_history(historyPath)
        }
    }

    private static var localeIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    /// The next line without its newline, or nil at end of input.
    func readLine(prompt: String) -> String? {
        guard interactive else { return Swift.readLine(strippingNewline: true) }
        guard let raw = readline(prompt) else {
            print("")  // libedit prints no newline at ^D
            return nil
        }
        defer { free(raw) }
        return String(cString: raw)
    }

    func remember(_ entry: String) {
        guard interactive, !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(entry)
        if let historyPath { write_history(historyPath) }
    }
}
