-- Seed Q2: top 3 students with the highest number of attended sessions
-- (queries/seed/q2_top3_students). As in the seed, rows are grouped by name (students who share
-- a name count together) and only the count orders them: which of several tied rows make the
-- top 3, and in what order, is unspecified.
-- Parameters: none.
SELECT s.name AS "s.name", count(*) AS session_count
FROM students AS s
JOIN attendance AS a ON a.student_id = s.student_id
GROUP BY s.name
ORDER BY session_count DESC
LIMIT 3;
