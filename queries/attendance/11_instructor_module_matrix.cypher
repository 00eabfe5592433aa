// Instructor x module matrix: for each pair, the sessions the instructor taught in the module
// and their total attendance.
// Parameters: none.
MATCH (i:Instructor)<-[:TAUGHT_BY]-(sess:Session)-[:BELONGS_TO]->(m:Module)
OPTIONAL MATCH (sess)<-[a:ATTENDED]-(:Student)
RETURN i.instructor AS instructor, m.module AS module, count(DISTINCT sess) AS sessions,
       count(a) AS attendance
ORDER BY instructor, module;
