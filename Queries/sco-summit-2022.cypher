// The 2022 SCO summit in Samarkand: who spoke there, what they said, and who reported it.
MATCH (e:Event)<-[:AT]-(c:Claim)<-[r:REPORTED]-(a:Article)
WHERE e.name CONTAINS 'SCO'
OPTIONAL MATCH (s)-[:SAID]->(c)
RETURN e.name AS event, s.name AS speaker, c.text AS claim, a.outlet AS outlet, r.via AS via
ORDER BY speaker, claim
