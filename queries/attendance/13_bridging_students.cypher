// Bridging students: who links students that share no session themselves (betweenness on the
// co-attendance graph: the share of shortest co-attendance paths between two others that pass
// through the student).
CALL algo.betweenness({coAttendance: {minShared: 1}}) YIELD node, score
WHERE score > 0
RETURN node.student_id AS student_id, node.name AS name, round(score, 2) AS betweenness
ORDER BY betweenness DESC, student_id
LIMIT 5;
