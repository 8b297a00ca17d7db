// Q3 two hops of who-talks-about-whom: distinct actors that X's speakers talk about.
MATCH (x {id: $actor})<-[:ABOUT]-(:Claim)<-[:SAID]-(s:Person)
WITH DISTINCT s, x
MATCH (s)-[:SAID]->(:Claim)-[:ABOUT]->(b)
WITH DISTINCT b, x
WHERE b <> x AND (b:Person OR b:Organization)
RETURN count(b) AS count
