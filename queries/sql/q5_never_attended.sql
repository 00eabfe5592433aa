-- Seed Q5: students who never attended any session (queries/seed/q5_never_attended). No ORDER BY.
-- Parameters: none.
SELECT s.name AS "s.name", s.student_id AS "s.student_id"
FROM students AS s
WHERE NOT EXISTS (SELECT 1 FROM attendance AS a WHERE a.student_id = s.student_id);
