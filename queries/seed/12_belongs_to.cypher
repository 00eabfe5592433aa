// Seed script 3: BELONGS_TO from sessions.csv (verbatim from the seed).
LOAD CSV WITH HEADERS FROM 'file:///sessions.csv' AS row
WITH row
WHERE NOT toInteger(trim(row.session_id)) IS NULL AND NOT row.module IS NULL
MATCH (s:Session { session_id: toInteger(trim(row.session_id)) })
MATCH (m:Module { module: row.module })
MERGE (s)-[:BELONGS_TO]->(m);
