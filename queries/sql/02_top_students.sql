-- Q2: the 3 students who attended the most sessions (queries/attendance/02_top_students).
-- Grouped by student, not by name; ties broken by name (missing names last), then id.
-- Parameters: none.
SELECT s.student_id AS student_id, s.name AS name, count(*) AS sessions_attended
FROM students AS s
JOIN attendance AS a ON a.student_id = s.student_id
GROUP BY s.student_id, s.name
ORDER BY sessions_attended DESC, s.name NULLS LAST, s.student_id
LIMIT 3;
