// Q2 audit of claim C: every article that reported it and its outlet, oldest first.
MATCH (c:Claim {id: $claim})<-[r:REPORTED]-(a:Article)<-[:PUBLISHED]-(o:Outlet)
RETURN a.id AS article, a.date AS date, r.via AS via, o.id AS outlet, o.name AS outlet_name
ORDER BY a.date, a.id
