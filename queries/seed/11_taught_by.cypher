// Seed script 2: TAUGHT_BY from sessions.csv (verbatim from the seed).
LOAD CSV WITH HEADERS FROM 'file:///sessions.csv' AS row
WITH row
WHERE NOT toInteger(trim(row.session_id)) IS NULL AND NOT row.instructor IS NULL
MATCH (s:Session { session_id: toInteger(trim(row.session_id)) })
MATCH (i:Instructor { instructor: row.instructor })
MERGE (s)-[:TAUGHT_BY]->(i);
