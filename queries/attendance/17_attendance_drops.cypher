// Students whose attendance dropped from one month to the next: for every pair of consecutive
// months that have sessions, the students who attended fewer sessions in the later one (a
// month without any attendance counts 0, so a student who stopped coming is listed).
// Parameters: none.
MATCH (sess:Session)
WITH date.truncate('month', sess.date) AS month ORDER BY month
WITH collect(DISTINCT month) AS months
MATCH (s:Student)
WITH s, months, [(s)-[:ATTENDED]->(x:Session) | date.truncate('month', x.date)] AS attended
WITH s, months, [m IN months | size([a IN attended WHERE a = m])] AS counts
UNWIND range(1, size(months) - 1) AS i
WITH s, months[i] AS month, counts[i - 1] AS before, counts[i] AS after
WHERE after < before
RETURN s.student_id AS student_id, s.name AS name, month.year AS year, month.month AS month,
       before, after
ORDER BY year, month, student_id;
