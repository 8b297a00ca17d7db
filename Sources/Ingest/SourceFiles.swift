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
            guard let walker = fm.enumerator(atPath: path) else { continue }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let name = PathName.lastComponent(rel)
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let full = (path as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
            }
            files += found.sorted()
        }
        return (files, missing)
    }
}
