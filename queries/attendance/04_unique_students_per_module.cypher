// Q4, written well: per module, the number of distinct students who attended at least one of its
// sessions.
// Parameters: none.
MATCH (m:Module)<-[:BELONGS_TO]-(:Session)<-[:ATTENDED]-(st:Student)
RETURN m.module AS module, count(DISTINCT st) AS unique_students
ORDER BY unique_students DESC, module;
