-- Seed Q4: for each module, the number of unique students who attended at least one of its
-- sessions (queries/seed/q4_unique_students_per_module). No ORDER BY.
-- Parameters: none.
SELECT sess.module AS "m.module", count(DISTINCT a.student_id) AS unique_students
FROM sessions AS sess
JOIN attendance AS a ON a.session_id = sess.session_id
WHERE sess.module IS NOT NULL
GROUP BY sess.module;
