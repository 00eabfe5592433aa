// Q2. Top 3 students with the highest number of attended sessions (verbatim from the seed).
MATCH (s:Student)-[:ATTENDED]->(sess:Session)
RETURN s.name, COUNT(sess) AS session_count
ORDER BY session_count DESC
LIMIT 3
