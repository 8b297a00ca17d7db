import GRDB

/// `collect(x)`: the non-null values, in the order SQLite feeds them.
struct CollectAggregate: DatabaseAggregate {
    var items: [Value] = []
    mutating func step(_ values: [DatabaseValue]) throws {
        let v = try ValueCodec.value(values[0])
        if !v.isNull { items.append(v) }
    }
    func finalize() throws -> (any DatabaseValueConvertible)? { ValueCodec.databaseValue(.list(items)) }
}

/// The elements of a list comprehension, nulls included.
struct CollectAllAggregate: DatabaseAggregate {
    var items: [Value] = []
    mutating func step(_ values: [DatabaseValue]) throws { items.append(try ValueCodec.value(values[0])) }
    func finalize() throws -> (any DatabaseValueConvertible)? { ValueCodec.databaseValue(.list(items)) }
}

/// `sum(x)`: integers stay integers; 0 for no rows.
struct SumAggregate: DatabaseAggregate {
    var total: Value = .int(0)
    mutating func step(_ values: [DatabaseValue]) throws {
        let v = try ValueCodec.value(values[0])
        if v.isNull { return }
        guard v.number != nil else { throw ScalarFunctions.typeError("sum() needs numbers, not \(v.typeName)") }
        total = try ScalarFunctions.add(total, v)
    }
    func finalize() throws -> (any DatabaseValueConvertible)? { ValueCodec.databaseValue(total) }
}

/// `avg(x)`: a float; null for no rows.
struct AvgAggregate: DatabaseAggregate {
    var sum = 0.0, count = 0
    mutating func step(_ values: [DatabaseValue]) throws {
        let v = try ValueCodec.value(values[0])
        if v.isNull { return }
        guard let x = v.number else { throw ScalarFunctions.typeError("avg() needs numbers, not \(v.typeName)") }
        sum += x; count += 1
    }
    func finalize() throws -> (any DatabaseValueConvertible)? { count == 0 ? nil : ValueCodec.databaseValue(.float(sum / Double(count))) }
}

/// `min(x)` / `max(x)` in Cypher's global order, ignoring nulls.
protocol ExtremeAggregate: DatabaseAggregate {
    var best: Value? { get set }
    static var wantsSmaller: Bool { get }
}

extension ExtremeAggregate {
    mutating func step(_ values: [DatabaseValue]) throws {
        let v = try ValueCodec.value(values[0])
        if v.isNull { return }
        guard let b = best else { best = v; return }
        let smaller = ValueSemantics.sortKey(v).lexicographicallyPrecedes(ValueSemantics.sortKey(b))
        if smaller == Self.wantsSmaller && ValueSemantics.sortKey(v) != ValueSemantics.sortKey(b) { best = v }
    }
    func finalize() throws -> (any DatabaseValueConvertible)? { ValueCodec.databaseValue(best ?? .null) }
}

struct MinAggregate: ExtremeAggregate {
    var best: Value?
    static var wantsSmaller: Bool { true }
}

struct MaxAggregate: ExtremeAggregate {
    var best: Value?
    static var wantsSmaller: Bool { false }
}
