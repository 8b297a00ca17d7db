// Q1 who said what about actor X: the $limit newest claims about X, with their speakers.
MATCH (x {id: $actor})<-[:ABOUT]-(c:Claim)
WITH c ORDER BY c.date DESC, c.id DESC LIMIT $limit
MATCH (c)<-[:SAID]-(s:Person)
RETURN c.id AS claim, c.date AS date, c.text AS text, s.id AS speaker, s.name AS speaker_name
ORDER BY date DESC, claim DESC
