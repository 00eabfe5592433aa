// Q5, written well: students who never attended any session.
// Parameters: none.
MATCH (s:Student)
WHERE NOT (s)-[:ATTENDED]->(:Session)
RETURN s.student_id AS student_id, s.name AS name
ORDER BY student_id;
