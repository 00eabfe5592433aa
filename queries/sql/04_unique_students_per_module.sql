-- Q4: per module, the number of distinct students who attended at least one of its sessions
-- (queries/attendance/04_unique_students_per_module). Modules nobody attended are left out.
-- Parameters: none.
SELECT sess.module AS module, count(DISTINCT a.student_id) AS unique_students
FROM sessions AS sess
JOIN attendance AS a ON a.session_id = sess.session_id
WHERE sess.module IS NOT NULL
GROUP BY sess.module
ORDER BY unique_students DESC, sess.module;
