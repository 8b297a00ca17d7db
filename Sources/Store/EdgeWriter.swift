import ClaimGraphCore

/// How an article's relationships are stored: merged with an existing one of the same type
/// and ends, or inserted several rows per statement at the end of the article (see
/// `ChunkedInsert`; one statement per relationship row took 1.14 s of the corpus's ingest).
/// The new rows are numbered here as SQLite would number them one
/// by one (the highest id stored plus one, see `nextEdgeID`) and inserted with those ids, so
/// the stored rows are the same; a relationship's id is known before its row is written.
extension FragmentWriter {
    /// Extracted relationships are merged by (type, start, end): two articles that both
    /// say Putin SAID a claim add provenance to one relationship.
    mutating func upsertEdge(type: String, from: Int64, to: Int64, properties: [String: PropertyValue]) throws -> Int64 {
        let ends = EdgeEnds(type: type, from: from, to: to)
        let atCreated = cache.created.contains(from) || cache.created.contains(to)
        if !atCreated { try flushEdges() }  // the lookup below must see the article's new rows
        if let id = try atCreated ? cache.edgesAtCreated[ends] : storedEdgeID(ends) {
            if !properties.isEmpty { try mergeEdge(id, properties) }
            return id
        }
        let id = try nextEdgeID()
        newEdges.append(NewEdge(id: id, type: type, from: from, to: to, properties: PropertyValue.jsonObjectUTF8(properties)))
        edgesAdded += 1
        if atCreated { cache.edgesAtCreated[ends] = id }
        return id
    }

    /// Adds the properties the stored relationship lacks (its row written first, if new).
    private mutating func mergeEdge(_ id: Int64, _ properties: [String: PropertyValue]) throws {
        try flushEdges()
        let merge = statements.mergeEdge
        merge.bind(1, copying: PropertyValue.jsonObjectUTF8(properties))
        merge.bind(2, id)
        try merge.execute()
    }

    /// The id of the stored relationship with these ends, asked of the database.
    private func storedEdgeID(_ ends: EdgeEnds) throws -> Int64? {
        let find = statements.edgeByEnds
        find.bind(1, ends.from)
        find.bind(2, copying: ends.type)
        find.bind(3, ends.to)
        return try find.firstRow { $0.int64(0) }
    }

    /// The id SQLite would give the next relationship inserted without one: one more than
    /// the highest stored (the rows waiting in `newEdges` included), 1 in an empty table.
    /// Asked of the database once per write transaction, and again after a withdrawal
    /// (`WriteCache.clear`), which may delete the highest.
    private func nextEdgeID() throws -> Int64 {
        if cache.nextEdgeID == nil {
            let highest = try statements.highestEdgeID.firstRow { $0.int64(0) } ?? 0
            guard highest < Int64.max else { throw StoreError.edgeIDsExhausted }
            cache.nextEdgeID = highest + 1
        }
        let id = cache.nextEdgeID!
        cache.nextEdgeID = id + 1
        return id
    }

    /// Inserts the relationships waiting in `newEdges`, in their order.
    mutating func flushEdges() throws {
        let rows = newEdges
        try statements.insertEdges.insert(rows.count) { insert, column, i in
            insert.bind(column, rows[i].id)
            insert.bind(column + 1, copying: rows[i].type)
            insert.bind(column + 2, rows[i].from)
            insert.bind(column + 3, rows[i].to)
            insert.bind(column + 4, copying: rows[i].properties)
        }
        newEdges.removeAll(keepingCapacity: true)
    }
}

/// A relationship numbered but not inserted yet.
struct NewEdge {
    let id: Int64
    let type: String
    let from: Int64
    let to: Int64
    /// The properties as a JSON object.
    let properties: [UInt8]
}

/// What merges extracted relationships into one: type and end nodes.
struct EdgeEnds: Hashable {
    let type: String
    let from: Int64
    let to: Int64
}
