// How often does each article rely on unnamed sources (分析人士称, 外界预计 …)?
MATCH (a:Article)-[r:REPORTED]->(c:Claim)
WHERE NOT ()-[:SAID]->(c)
RETURN a.outlet AS outlet, count(*) AS unnamed_claims, collect(DISTINCT r.source) AS described_as
ORDER BY unnamed_claims DESC, outlet
