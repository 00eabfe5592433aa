#pragma once
// A small graph and the write statements that change it, generated at random and applied to a
// model in C++: after a kill, the database must equal the model after exactly the statements
// it acknowledged, or after one more (committed, killed before printing).
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <tuple>

namespace rollcall::fault {

struct GraphModel {
  std::map<int64_t, int64_t> people;                           // :Person id -> v
  std::map<std::tuple<int64_t, int64_t, int64_t>, int> knows;  // (from id, to id, w) -> how many
  int64_t items = 0;                                           // :Item nodes
  int64_t nextId = 1;

  // The rows DUMP_SCRIPT's three queries return for this graph.
  std::vector<nlohmann::json> rows() const;
};

// Creates the unique constraint on :Person(id) and the index on :Person(v).
inline constexpr const char* SCHEMA_SCRIPT =
    "CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE;\n"
    "CREATE INDEX person_v FOR (p:Person) ON (p.v);\n";

// Reads back everything the statements change; rows in the order GraphModel::rows gives them.
inline constexpr const char* DUMP_SCRIPT =
    "MATCH (p:Person) RETURN p.id AS id, p.v AS v ORDER BY id;\n"
    "MATCH (a:Person)-[r:KNOWS]->(b:Person) RETURN a.id AS a, b.id AS b, r.w AS w "
    "ORDER BY a, b, w;\n"
    "MATCH (i:Item) RETURN count(i) AS n;\n";

// One random write statement (CREATE, MERGE, SET, DELETE, DETACH DELETE, a 40-node UNWIND)
// valid for `model`, which it then applies to it.
std::string nextStatement(GraphModel& model, std::mt19937_64& rng);

}  // namespace rollcall::fault
