// Q4 shortest connection between two actors within four hops, any type, any direction.
// The bound is the manifest's params.q4.max_hops (the harness checks it is 4).
MATCH (a {id: $from}), (b {id: $to})
MATCH p = shortestPath((a)-[*..4]-(b))
RETURN length(p) AS length, [n IN nodes(p) | n.id] AS path
