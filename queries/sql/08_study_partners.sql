-- The students who share the most sessions with a given student
-- (queries/attendance/08_study_partners). A session counts once per student called :name
-- who attended it, as in the Cypher pattern.
-- Parameters: :name (text) - the student's name, e.g. 'Alice'.
SELECT other.student_id AS student_id, other.name AS name, count(*) AS shared_sessions
FROM students AS me
JOIN attendance AS mine ON mine.student_id = me.student_id
JOIN attendance AS theirs
  ON theirs.session_id = mine.session_id AND theirs.student_id <> me.student_id
JOIN students AS other ON other.student_id = theirs.student_id
WHERE me.name = :name
GROUP BY other.student_id, other.name
ORDER BY shared_sessions DESC, other.name NULLS LAST, other.student_id
LIMIT 5;
