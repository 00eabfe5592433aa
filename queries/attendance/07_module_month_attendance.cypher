// Attendance per module per month: student-session pairs, by the month of the session's date.
// Parameters: none.
MATCH (m:Module)<-[:BELONGS_TO]-(sess:Session)<-[:ATTENDED]-(:Student)
RETURN m.module AS module, sess.date.year AS year, sess.date.month AS month,
       count(*) AS attendance
ORDER BY module, year, month;
