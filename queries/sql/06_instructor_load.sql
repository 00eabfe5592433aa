-- Sessions taught and total attendance (student-session pairs) per instructor
-- (queries/attendance/06_instructor_load). Instructors without sessions are left out; a
-- session nobody attended counts as taught with no attendance.
-- Parameters: none.
SELECT sess.instructor AS instructor, count(DISTINCT sess.session_id) AS sessions,
       count(a.student_id) AS total_attendance
FROM sessions AS sess
LEFT JOIN attendance AS a ON a.session_id = sess.session_id
WHERE sess.instructor IS NOT NULL
GROUP BY sess.instructor
ORDER BY total_attendance DESC, sess.instructor;
