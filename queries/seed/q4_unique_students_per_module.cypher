// Q4. For each module, count unique students who attended at least one session (verbatim from the seed).
MATCH (s:Session)-[:BELONGS_TO]->(m:Module)
MATCH (s)<-[:ATTENDED]-(st:Student)
RETURN m.module, COUNT(DISTINCT st) AS unique_students
