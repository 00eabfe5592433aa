// Attendance per ISO week: student-session pairs by the week of the session's date (weeks start
// on Monday; the week-numbering year can differ from the calendar year around New Year).
// Parameters: none.
MATCH (sess:Session)<-[:ATTENDED]-(:Student)
WITH date.truncate('week', sess.date) AS monday, count(*) AS attendance
RETURN monday.weekYear AS week_year, monday.week AS week, monday, attendance
ORDER BY week_year, week;
