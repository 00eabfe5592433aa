// Study groups: students who keep attending the same sessions (two or more in common), found by
// Louvain community detection on the co-attendance graph, biggest groups first.
CALL algo.studyGroups({minShared: 2}) YIELD groupId, size, members
RETURN groupId, size, [m IN members | m.name] AS students
ORDER BY size DESC, groupId;
