// Who talks about whom: speaker → subject pairs with the number of claims.
MATCH (s)-[:SAID]->(c:Claim)-[:ABOUT]->(x)
WHERE s <> x
RETURN s.name AS speaker, x.name AS subject, count(DISTINCT c) AS claims
ORDER BY claims DESC, speaker, subject
LIMIT 25
