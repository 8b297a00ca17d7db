// Which agencies and outlets are credited as intermediaries (via), by whom, how often?
MATCH (a:Article)-[r:REPORTED]->(c:Claim)
WHERE r.via IS NOT NULL
RETURN r.via AS via, a.outlet AS reported_by, count(*) AS claims
ORDER BY claims DESC, via, reported_by
