import Foundation
@testable import Ingest
import Testing

@Suite struct SourceFilesTests {
    /// The `readdir` walk finds what FileManager's enumerator finds, links and hidden
    /// entries included, and leaves paths it cannot mirror exactly to the enumerator.
    @Test func walkFindsWhatTheEnumeratorFinds() throws {
        let dir = try TemporaryDirectory()
        let fm = FileManager.default
        for sub in ["a/b/c", ".hidden/d", "e/.git", "中文目录"] {
            try fm.createDirectory(atPath: dir.path + "/" + sub, withIntermediateDirectories: true)
        }
        for file in ["top.md", "a/one.md", "a/b/c/deep.md", ".hidden/d/x.md", ".hidden/y.md", "e/.git/z.md",
                     "e/.dotfile", "中文目录/文章.md"] {
            try dir.write(file, "text")
        }
        try fm.createSymbolicLink(atPath: dir.path + "/link-to-file.md", withDestinationPath: dir.path + "/top.md")
        try fm.createSymbolicLink(atPath: dir.path + "/link-to-dir", withDestinationPath: dir.path + "/a")
        try fm.createSymbolicLink(atPath: dir.path + "/broken.md", withDestinationPath: dir.path + "/nowhere")

        let walked = try #require(SourceFiles.walked(dir.path))
        #expect(walked.sorted() == SourceFiles.enumerated(dir.path).sorted())
        #expect(walked.count == 5)
        #expect(SourceFiles.expand([dir.path]).files == walked.sorted())

        #expect(SourceFiles.walked(dir.path + "/") == nil)
        #expect(SourceFiles.walked(dir.path + "/./a") == nil)
        #expect(SourceFiles.walked(dir.path + "/link-to-dir") == nil)
    }
}
