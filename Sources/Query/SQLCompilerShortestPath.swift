extension SQLCompiler {
    func compileShortest(_ part: PatternPart, index: Int, _ sb: inout SelectBuilder) throws {
        throw QueryError(.syntax, "shortestPath is not supported yet", at: part.position, code: "UnsupportedSyntax")
    }
}
