// What did Vladimir Putin say, when was it first reported, and by whom?
MATCH (p:Person {name: 'Vladimir Putin'})-[:SAID]->(c:Claim)<-[r:REPORTED]-(a:Article)
RETURN c.text AS claim, min(a.date) AS first_reported, collect(DISTINCT a.outlet) AS outlets
ORDER BY first_reported, claim
