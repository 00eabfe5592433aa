// Seed script 1: ATTENDED from attendance.csv (verbatim from the seed).
LOAD CSV WITH HEADERS FROM 'file:///attendance.csv' AS row
WITH row
WHERE NOT toInteger(trim(row.student_id)) IS NULL AND NOT toInteger(trim(row.session_id)) IS NULL
MATCH (st:Student { student_id: toInteger(trim(row.student_id)) })
MATCH (se:Session { session_id: toInteger(trim(row.session_id)) })
MERGE (st)-[:ATTENDED]->(se);
