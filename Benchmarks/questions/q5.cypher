// Q5 most widely carried speakers: the $limit speakers reported by the most distinct outlets.
MATCH (s:Person)-[:SAID]->(:Claim)<-[:REPORTED]-(:Article)<-[:PUBLISHED]-(o:Outlet)
WITH s, count(DISTINCT o) AS outlets
ORDER BY outlets DESC, s.id
LIMIT $limit
RETURN s.id AS speaker, s.name AS name, outlets
