// Instructor x module: for each pair, the sessions in scope the instructor taught in the module
// and their student-session pairs.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (i:Instructor)<-[:TAUGHT_BY]-(sess:Session)-[:BELONGS_TO]->(m:Module)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR m.module = $module)
OPTIONAL MATCH (sess)<-[a:ATTENDED]-(:Student)
RETURN i.instructor AS instructor, m.module AS module, count(DISTINCT sess) AS sessions,
       count(a) AS attendance
ORDER BY instructor, module;
