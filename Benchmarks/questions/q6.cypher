// Q6 two-hop ego network of X: nodes within two hops (X included) and the relationships
// with an end among X's neighbours. The hop count is params.q6.hops (the harness checks it is 2).
MATCH (x {id: $actor})--(a)
WITH DISTINCT a
MATCH (a)-[e]-(b)
UNWIND [a, b] AS n
RETURN count(DISTINCT n) AS nodes, count(DISTINCT e) AS relationships
