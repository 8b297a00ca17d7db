// How many claims does each outlet carry, and how many of them are direct quotes?
MATCH (o:Outlet)-[:PUBLISHED]->(a:Article)-[r:REPORTED]->(:Claim)
RETURN o.name AS outlet, count(*) AS claims,
       sum(CASE WHEN r.kind = 'direct' THEN 1 ELSE 0 END) AS direct_quotes
ORDER BY claims DESC, outlet
