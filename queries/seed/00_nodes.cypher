// Creates the nodes the seed scripts 10-12 MATCH on, from students.csv and sessions.csv. Run first; MERGE makes re-runs idempotent.
CREATE CONSTRAINT student_id_unique IF NOT EXISTS FOR (s:Student) REQUIRE s.student_id IS UNIQUE;
CREATE CONSTRAINT session_id_unique IF NOT EXISTS FOR (s:Session) REQUIRE s.session_id IS UNIQUE;
CREATE CONSTRAINT instructor_unique IF NOT EXISTS FOR (i:Instructor) REQUIRE i.instructor IS UNIQUE;
CREATE CONSTRAINT module_unique IF NOT EXISTS FOR (m:Module) REQUIRE m.module IS UNIQUE;

// Ids are trimmed (' 7 ' is 7) and rows whose id is not an integer ('abc') are skipped, as in the seed scripts.
LOAD CSV WITH HEADERS FROM 'file:///students.csv' AS row
WITH row, toInteger(trim(row.student_id)) AS id
WHERE id IS NOT NULL
MERGE (s:Student {student_id: id})
SET s.name = row.name, s.email = row.email, s.gender = row.gender, s.country = row.country;

LOAD CSV WITH HEADERS FROM 'file:///sessions.csv' AS row
WITH row, toInteger(trim(row.session_id)) AS id
WHERE id IS NOT NULL
MERGE (s:Session {session_id: id})
SET s.date = date(row.date), s.duration = toInteger(trim(row.duration));

// An empty instructor or module cell is null in LOAD CSV: it names no node.
LOAD CSV WITH HEADERS FROM 'file:///sessions.csv' AS row
WITH DISTINCT row.instructor AS name
WHERE name IS NOT NULL
MERGE (:Instructor {instructor: name});

LOAD CSV WITH HEADERS FROM 'file:///sessions.csv' AS row
WITH DISTINCT row.module AS name
WHERE name IS NOT NULL
MERGE (:Module {module: name});
