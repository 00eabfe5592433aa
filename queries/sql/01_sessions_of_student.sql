-- Q1: the sessions a student attended, in date order (queries/attendance/01_sessions_of_student).
-- Parameters: :name (text) - the student's name, e.g. 'Alice'. Two students of that name give
-- one row per student and session, as the Cypher does. Sessions without a date come last.
SELECT sess.session_id AS session_id, sess."date" AS "date"
FROM students AS s
JOIN attendance AS a ON a.student_id = s.student_id
JOIN sessions AS sess ON sess.session_id = a.session_id
WHERE s.name = :name
ORDER BY sess."date" NULLS LAST, sess.session_id;
