// Who said what about Vladimir Putin at the Belt and Road Forum, and who reported it?
MATCH (c:Claim)-[:ABOUT]->(p:Person {name: 'Vladimir Putin'})
MATCH (c)-[:AT]->(e:Event)
WHERE e.name CONTAINS 'Belt and Road'
MATCH (a:Article)-[r:REPORTED]->(c)
OPTIONAL MATCH (s)-[:SAID]->(c)
RETURN coalesce(s.name, r.source) AS speaker, c.text AS claim, e.name AS event,
       collect(DISTINCT a.outlet) AS outlets
ORDER BY speaker, claim
