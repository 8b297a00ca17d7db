// Which outlets carried Alexander Gabuev's claim that China is not ready to drop Russia,
// in which wording and on which date? (The same claim node, whatever the script.)
MATCH (:Person {name: 'Alexander Gabuev'})-[:SAID]->(c:Claim)<-[r:REPORTED]-(a:Article)
WHERE c.text CONTAINS '甩掉' 
RETURN a.outlet AS outlet, a.date AS date, r.text AS wording, id(c) AS claim
ORDER BY date
