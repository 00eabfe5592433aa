// Report headline: the sessions in scope, and the modules and instructors they involve.
// In scope: a session dated from $from to $to (inclusive) of the module named $module; a null
// parameter does not filter.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null).
MATCH (sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
OPTIONAL MATCH (sess)-[:BELONGS_TO]->(m:Module)
OPTIONAL MATCH (sess)-[:TAUGHT_BY]->(i:Instructor)
RETURN count(DISTINCT sess) AS sessions, count(DISTINCT m) AS modules,
       count(DISTINCT i) AS instructors;
