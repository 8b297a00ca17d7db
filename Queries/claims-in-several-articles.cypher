// Which statements were reported by more than one article (in any script), and where?
MATCH (c:Claim)<-[r:REPORTED]-(a:Article)
WITH c, collect(a.outlet) AS outlets, collect(r.text) AS wordings
WHERE size(outlets) > 1
OPTIONAL MATCH (s)-[:SAID]->(c)
RETURN s.name AS speaker, c.text AS claim, outlets, wordings
ORDER BY speaker, claim
