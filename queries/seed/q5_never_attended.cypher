// Q5. Students who never attended any session (verbatim from the seed).
MATCH (s:Student)
WHERE NOT (s)-[:ATTENDED]->()
RETURN s.name, s.student_id
