// Who is quoted by more than one outlet?
MATCH (s)-[:SAID]->(:Claim)<-[:REPORTED]-(a:Article)
WITH s, collect(DISTINCT a.outlet) AS outlets
WHERE size(outlets) > 1
RETURN s.name AS speaker, labels(s)[0] AS kind, size(outlets) AS outlet_count, outlets
ORDER BY outlet_count DESC, speaker
