// Q1. List all sessions attended by "Alice" (verbatim from the seed).
MATCH (s:Student {name: 'Alice'})-[:ATTENDED]->(sess:Session)
RETURN sess.session_id, sess.date
