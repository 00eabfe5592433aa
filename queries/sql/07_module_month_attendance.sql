-- Attendance (student-session pairs) per module per month of the session's date
-- (queries/attendance/07_module_month_attendance). Year and month are cut from the ISO text of
-- the date, which works in both PostgreSQL (DateStyle ISO, the default) and SQLite (dates are
-- 'YYYY-MM-DD' text); sessions without a date make one group with NULL year and month, last.
-- Parameters: none.
SELECT module, year, month, count(*) AS attendance
FROM (SELECT sess.module AS module,
             CAST(substr(CAST(sess."date" AS TEXT), 1, 4) AS INTEGER) AS year,
             CAST(substr(CAST(sess."date" AS TEXT), 6, 2) AS INTEGER) AS month
      FROM sessions AS sess
      JOIN attendance AS a ON a.session_id = sess.session_id
      WHERE sess.module IS NOT NULL) AS pairs
GROUP BY module, year, month
ORDER BY module, year NULLS LAST, month NULLS LAST;
