// Sessions that hold the cohort together: betweenness of sessions in the student-session graph
// (direction ignored). A session with a high score is the only common ground of many students.
// Sampled from 1,000 sources: exact on small data, bounded on big data.
CALL algo.betweenness({labels: ['Student', 'Session'], types: 'ATTENDED', direction: 'BOTH',
                       samplingSize: 1000, samplingSeed: 1}) YIELD node, score
WHERE node:Session
OPTIONAL MATCH (node)-[:BELONGS_TO]->(m:Module)
RETURN node.session_id AS session_id, m.module AS module, node.date AS date,
       round(score, 2) AS betweenness
ORDER BY betweenness DESC, session_id
LIMIT 5;
