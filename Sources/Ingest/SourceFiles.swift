import ClaimGraphCore
import Foundation

/// Expands the paths given on the command line into the files to read, recursively and
/// in a stable (sorted) order, skipping hidden files.
public enum SourceFiles {
    public static func expand(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                missing.append(path)
                continue
            }
            if !isDir.boolValue {
                files.append(path)
                continue
            }
            files += (walked(path) ?? enumerated(path)).sorted()
        }
        return (files, missing)
    }

    /// The files below `directory` as FileManager's enumerator finds them: every entry but
    /// hidden ones and what lies below them, symbolic links not followed into, kept when
    /// the path (links followed) exists and is not a directory.
    static func enumerated(_ directory: String) -> [String] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            let name = PathName.lastComponent(rel)
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let full = (directory as NSString).appendingPathComponent(rel)
            var sub: ObjCBool = false
            if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
        }
        return found
    }

    /// What `enumerated` finds, read with `readdir`: the enumerator cost about 90k
    /// instructions per file (URLs, and a path rebuilt from each through NSString).
    /// Only for a plain path to a real directory (not a link; no empty, `.` or `..`
    /// component; no trailing `/`), whose files are then `directory/relative path`; nil for
    /// any other, left to the enumerator.
    static func walked(_ directory: String) -> [String]? {
        let components = directory.split(separator: "/", omittingEmptySubsequences: false).dropFirst(directory.hasPrefix("/") ? 1 : 0)
        guard !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
              kind(directory, following: false) == S_IFDIR else { return nil }
        var found: [String] = []
        walk(directory, into: &found)
        return found
    }

    private static func walk(_ directory: String, into found: inout [String]) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasPrefix(".") { continue }  // also `.` and `..`
            let full = directory + "/" + name
            if kind(full, following: false) == S_IFDIR {
                walk(full, into: &found)
            } else if let target = kind(full, following: true), target != S_IFDIR {
                found.append(full)
            }
        }
    }

    /// The file type bits of `path` (`lstat`, or `stat` when `following` links); nil when
    /// it cannot be read.
    private static func kind(_ path: String, following: Bool) -> mode_t? {
        var status = stat()
        guard (following ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }
}
