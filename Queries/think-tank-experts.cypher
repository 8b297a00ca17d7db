// Which experts from think tanks and universities are quoted, with their institution and role?
MATCH (p:Person)-[w:AFFILIATED_WITH]->(o:Organization)
WHERE o.name =~ '.*(中心|研究|大学|大學|学院|委员会|委員會|Center|Centre|Institute|University|Council|Foundation).*'
MATCH (p)-[:SAID]->(c:Claim)
RETURN p.name AS expert, o.name AS institution, w.role AS role, count(DISTINCT c) AS claims
ORDER BY claims DESC, expert
