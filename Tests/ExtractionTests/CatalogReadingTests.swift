import Foundation
import Testing
@testable import Extraction

/// The catalog read from YAML nodes (`CatalogNodes`) is the catalog `YAMLDecoder` reads,
/// and whatever the decoder treats otherwise is left to it.
@Suite struct CatalogReadingTests {
    private func decoded(_ yaml: String) throws -> [Catalog.Entry] { try Catalog.decoded(yaml) }

    @Test func bundledCatalogReadsAsTheDecoderReadsIt() throws {
        let yaml = try String(contentsOf: Catalog.bundledURL(), encoding: .utf8)
        let entries = try #require(CatalogNodes.entries(yaml))
        #expect(entries.count > 500)
        #expect(entries == (try decoded(yaml)))
    }

    @Test func nullsQuotesAndNumbersReadAsTheDecoderReadsThem() throws {
        let yaml = """
            actors:
              - {name: 2024, type: event, date: ~, end: 'null', place: "", role: null, aliases: [a, 'b', 3]}
              - name: Null
                type: person
                gender:
                wikidata: Q1
                aliases: []
            """
        let entries = try #require(CatalogNodes.entries(yaml))
        #expect(entries == (try decoded(yaml)))
        #expect(entries[0].end == "null" && entries[0].date == nil && entries[0].place == "")
    }

    @Test func whatTheDecoderRejectsOrMergesIsLeftToIt() {
        let odd = [
            "actors: {name: x}",
            "actors:\n  - {name: x, type: robot, aliases: []}",
            "actors:\n  - {name: x, type: person}",
            "actors:\n  - {name: x, type: person, aliases: a}",
            "actors:\n  - {name: [x], type: person, aliases: []}",
            "actors:\n  - {name: x, type: person, aliases: [], role: {a: b}}",
            "base: &b {type: person}\nactors:\n  - {<<: *b, name: x, aliases: []}",
            "",
        ]
        for yaml in odd { #expect(CatalogNodes.entries(yaml) == nil, "\(yaml)") }
    }
}
