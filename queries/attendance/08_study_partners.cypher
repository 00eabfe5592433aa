// The students who share the most sessions with a given student.
// Parameters: $name (string) - the student's name, e.g. 'Alice'.
MATCH (me:Student {name: $name})-[:ATTENDED]->(sess:Session)<-[:ATTENDED]-(other:Student)
WHERE other <> me
RETURN other.student_id AS student_id, other.name AS name, count(sess) AS shared_sessions
ORDER BY shared_sessions DESC, name, student_id
LIMIT 5;
