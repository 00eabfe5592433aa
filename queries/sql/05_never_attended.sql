-- Q5: students who never attended any session (queries/attendance/05_never_attended).
-- Parameters: none.
SELECT s.student_id AS student_id, s.name AS name
FROM students AS s
WHERE NOT EXISTS (SELECT 1 FROM attendance AS a WHERE a.student_id = s.student_id)
ORDER BY s.student_id;
