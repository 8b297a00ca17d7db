// Which statements of Xi Jinping did outlets take from Xinhua (据新华社报道 …)?
MATCH (:Person {name: 'Xi Jinping'})-[:SAID]->(c:Claim)<-[r:REPORTED]-(a:Article)
WHERE r.via = 'Xinhua'
RETURN a.outlet AS outlet, c.text AS claim, r.kind AS kind
ORDER BY outlet, claim
