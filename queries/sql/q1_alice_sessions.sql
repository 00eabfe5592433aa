-- Seed Q1: all sessions attended by "Alice" (queries/seed/q1_alice_sessions). No ORDER BY, as in
-- the seed: the row order is unspecified. Columns are named like the Cypher's.
-- Parameters: none (the name is part of the seed's question).
SELECT sess.session_id AS "sess.session_id", sess."date" AS "sess.date"
FROM students AS s
JOIN attendance AS a ON a.student_id = s.student_id
JOIN sessions AS sess ON sess.session_id = a.session_id
WHERE s.name = 'Alice';
