import Foundation
import GRDB
import Testing
@testable import Query

/// cy_prop and cy_propkey (Sources/CSQLFunctions) against what they replace: SQLite's JSON
/// functions for the value, ValueSemantics.sortKey for the order.
@Suite struct PropFunctionTests {
    static let props = [
        #"{"a":"plain","b":"quote \" and \\ back","c":"line\nbreak\ttab","d":"caf\u00e9 \ud83d\ude00","e":"中文","f":"\u0001\u001f"}"#,
        #"{"a":0,"b":-17,"c":9223372036854775807,"d":-9223372036854775808,"e":1.5,"f":-0.0,"g":1e3,"h":2.0,"i":-2.5e-3}"#,
        #"{"a":true,"b":false,"c":null,"d":[1,"x",[2.0]],"e":{"k":[true]},"f":[],"g":{}}"#,
        #"{ "a" : "spaced" , "b" : [ 1 , 2 ] }"#,
        #"{}"#,
    ]
    static let keys = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "missing"]

    private func queue() throws -> DatabaseQueue {
        let q = try DatabaseQueue()
        try q.write { SQLFunctions.register($0) }
        return q
    }

    @Test func cyPropReadsWhatTheJSONFunctionsRead() throws {
        let q = try queue()
        try q.read { db in
            for props in Self.props {
                for key in Self.keys {
                    let path = SQLCompiler.jsonPath(key)
                    let old = "CASE json_type(?1,\(path)) WHEN 'true' THEN x'74727565' WHEN 'false' THEN x'66616c7365' "
                        + "WHEN 'array' THEN CAST(json_extract(?1,\(path)) AS BLOB) WHEN 'object' THEN CAST(json_extract(?1,\(path)) AS BLOB) "
                        + "ELSE json_extract(?1,\(path)) END"
                    let row = try Row.fetchOne(db, sql: "SELECT cy_prop(?1, ?2), \(old)", arguments: [props, key])!
                    let new = try ValueCodec.value(row[0] as DatabaseValue)
                    let expected = try ValueCodec.value(row[1] as DatabaseValue)
                    #expect(new == expected, "\(key) in \(props)")
                }
            }
        }
    }

    @Test func cyPropkeyIsTheCypherSortKey() throws {
        let q = try queue()
        try q.read { db in
            for props in Self.props {
                for key in Self.keys {
                    let row = try Row.fetchOne(db, sql: "SELECT cy_propkey(?1, ?2), cy_prop(?1, ?2)", arguments: [props, key])!
                    let value = try ValueCodec.value(row[1] as DatabaseValue)
                    let key2: Data? = row[0]
                    switch value {
                    case .list, .map: #expect(key2 == nil)
                    default: #expect(key2.map { [UInt8]($0) } == ValueSemantics.sortKey(value), "\(key) in \(props)")
                    }
                }
            }
        }
    }

    /// SQLite 3.40's json_extract misses keys written with escapes; cy_prop reads them as text.
    @Test func escapedKeysAreReadAsTheirText() throws {
        let q = try queue()
        try q.read { db throws in
            let quoted = try Int.fetchOne(db, sql: #"SELECT cy_prop('{"k\"q":7,"\u0062":1}', 'k"q')"#)
            let escaped = try Int.fetchOne(db, sql: #"SELECT cy_prop('{"k\"q":7,"\u0062":1}', 'b')"#)
            #expect(quoted == 7 && escaped == 1)
        }
    }

    @Test func malformedPropsAreAnErrorNotAGuess() throws {
        let q = try queue()
        try q.read { db throws in
            #expect(throws: DatabaseError.self) { try DatabaseValue.fetchOne(db, sql: "SELECT cy_prop('{\"a\":', 'a')") }
            let noProps = try DatabaseValue.fetchOne(db, sql: "SELECT cy_prop(NULL, 'a')")
            let notAMap = try DatabaseValue.fetchOne(db, sql: "SELECT cy_prop('[1]', 'a')")
            #expect(noProps == .null && notAMap == .null)
        }
    }
}
