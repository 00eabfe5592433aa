// Sessions taught and total attendance per instructor (attendance counts student-session pairs).
// Parameters: none.
MATCH (i:Instructor)<-[:TAUGHT_BY]-(sess:Session)
OPTIONAL MATCH (sess)<-[a:ATTENDED]-(:Student)
RETURN i.instructor AS instructor, count(DISTINCT sess) AS sessions, count(a) AS total_attendance
ORDER BY total_attendance DESC, instructor;
