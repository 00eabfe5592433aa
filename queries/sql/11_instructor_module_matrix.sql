-- Instructor x module matrix: for each pair, the sessions the instructor taught in the module
-- and their total attendance (queries/attendance/11_instructor_module_matrix). Sessions without
-- an instructor or a module are left out; sessions nobody attended count with 0 attendance.
-- Parameters: none.
SELECT sess.instructor AS instructor, sess.module AS module,
       count(DISTINCT sess.session_id) AS sessions, count(a.student_id) AS attendance
FROM sessions AS sess
LEFT JOIN attendance AS a ON a.session_id = sess.session_id
WHERE sess.instructor IS NOT NULL AND sess.module IS NOT NULL
GROUP BY sess.instructor, sess.module
ORDER BY sess.instructor, sess.module;
