// Q3. Count how many students attended each session (verbatim from the seed).
MATCH (s:Session)<-[:ATTENDED]-(st:Student)
RETURN s.session_id, COUNT(st) AS student_count
