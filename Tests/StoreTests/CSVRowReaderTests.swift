import Foundation
import Testing
@testable import Store

@Suite struct CSVRowReaderTests {
    private func rows(_ text: String, chunkSize: Int = 1 << 16) throws -> [(line: Int, fields: [String])] {
        let fixture = try CSVFixture()
        let reader = try CSVRowReader(path: try fixture.write("t.csv", text), chunkSize: chunkSize)
        var out: [(Int, [String])] = []
        while let fields = try reader.nextRow() { out.append((reader.line, fields.map(\.string))) }
        return out
    }

    @Test func quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws {
        let got = try rows("id:ID,text\n1,\"普京说：\"\"我们准备好了\"\", 然后离开\"\n2,\"two\nlines\"\n3,plain\n")
        #expect(got.map(\.fields) == [["id:ID", "text"], ["1", "普京说：\"我们准备好了\", 然后离开"], ["2", "two\nlines"], ["3", "plain"]])
        #expect(got.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfLineEndsBlankLinesAndNoFinalNewline() throws {
        let got = try rows("a,b\r\n\r\n1,\r\n,2")
        #expect(got.map(\.fields) == [["a", "b"], ["1", ""], ["", "2"]])
        #expect(got.map(\.line) == [1, 3, 4])
    }

    @Test func emptyQuotedFieldIsToldFromMissingOne() throws {
        let fixture = try CSVFixture()
        let reader = try CSVRowReader(path: try fixture.write("t.csv", "\"\",\n"))
        let fields = try #require(try reader.nextRow())
        #expect(fields.map(\.quoted) == [true, false])
        #expect(fields.allSatisfy { $0.isEmpty })
    }

    /// Rows longer than the read chunk make the reader grow its buffer and rescan.
    @Test func rowsSpanningManyChunksAreReadWhole() throws {
        let long = String(repeating: "长文本,\"\"", count: 200)
        let got = try rows("x\n\"\(long)\"\n2\n", chunkSize: 16)
        #expect(got.map(\.fields) == [["x"], [String(repeating: "长文本,\"", count: 200)], ["2"]])
    }

    @Test func unclosedQuoteIsReportedWithItsLine() throws {
        #expect {
            _ = try rows("a\n1\n\"never closed\n3\n")
        } throws: { error in
            (error as? CSVError)?.line == 3 && (error as? CSVError)?.description.contains("never closed") == true
        }
    }

    @Test func textAfterClosingQuoteIsAnError() throws {
        #expect {
            _ = try rows("a,b\n\"x\"y,2\n")
        } throws: { error in
            (error as? CSVError)?.line == 2
        }
    }
}
