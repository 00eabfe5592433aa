#include "tests/unit/fault/statement_model.h"

#include <iterator>

namespace rollcall::fault {
namespace {

using std::to_string;

constexpr int64_t ITEMS_PER_UNWIND = 40;

int64_t uniform(std::mt19937_64& rng, int64_t lo, int64_t hi) {
  return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
}

// An id of an existing person, or a fresh one when there is none.
int64_t someone(const GraphModel& m, std::mt19937_64& rng) {
  if (m.people.empty()) return m.nextId;
  auto it = m.people.begin();
  std::advance(it, uniform(rng, 0, int64_t(m.people.size()) - 1));
  return it->first;
}

std::string person(int64_t id, int64_t v) {
  return "{id: " + to_string(id) + ", v: " + to_string(v) + "}";
}

std::string createPair(GraphModel& m, std::mt19937_64& rng) {
  int64_t a = m.nextId++, b = m.nextId++;
  int64_t va = uniform(rng, 0, 9), vb = uniform(rng, 0, 9), w = uniform(rng, 0, 99);
  m.people[a] = va;
  m.people[b] = vb;
  ++m.knows[{a, b, w}];
  return "CREATE (a:Person " + person(a, va) + "), (b:Person " + person(b, vb) +
         "), (a)-[:KNOWS {w: " + to_string(w) + "}]->(b)";
}

std::string mergeSet(GraphModel& m, std::mt19937_64& rng) {
  int64_t id = uniform(rng, 0, 3) == 0 ? m.nextId++ : someone(m, rng);
  int64_t v = uniform(rng, 0, 9);
  m.people[id] = v;
  return "MERGE (p:Person {id: " + to_string(id) + "}) SET p.v = " + to_string(v);
}

std::string link(GraphModel& m, std::mt19937_64& rng) {
  int64_t a = someone(m, rng), b = someone(m, rng), w = uniform(rng, 0, 99);
  if (m.people.count(a) && m.people.count(b)) ++m.knows[{a, b, w}];
  return "MATCH (a:Person {id: " + to_string(a) + "}), (b:Person {id: " + to_string(b) +
         "}) CREATE (a)-[:KNOWS {w: " + to_string(w) + "}]->(b)";
}

// Changes many nodes (and index entries) in one statement.
std::string bump(GraphModel& m, std::mt19937_64& rng) {
  int64_t r = uniform(rng, 0, 2);
  for (auto& [id, v] : m.people) {
    if (id % 3 == r) ++v;
  }
  return "MATCH (p:Person) WHERE p.id % 3 = " + to_string(r) + " SET p.v = p.v + 1";
}

std::string detachDelete(GraphModel& m, std::mt19937_64& rng) {
  int64_t id = someone(m, rng);
  m.people.erase(id);
  std::erase_if(m.knows, [&](const auto& e) {
    return std::get<0>(e.first) == id || std::get<1>(e.first) == id;
  });
  return "MATCH (p:Person {id: " + to_string(id) + "}) DETACH DELETE p";
}

std::string deleteRels(GraphModel& m, std::mt19937_64& rng) {
  if (m.knows.empty()) return link(m, rng);
  auto it = m.knows.begin();
  std::advance(it, uniform(rng, 0, int64_t(m.knows.size()) - 1));
  auto [a, b, w] = it->first;
  std::erase_if(m.knows, [&](const auto& e) {
    return std::get<0>(e.first) == a && std::get<1>(e.first) == b;
  });
  return "MATCH (:Person {id: " + to_string(a) + "})-[r:KNOWS]->(:Person {id: " + to_string(b) +
         "}) DELETE r";
}

std::string items(GraphModel& m, std::mt19937_64&) {
  m.items += ITEMS_PER_UNWIND;
  return "UNWIND range(1, " + to_string(ITEMS_PER_UNWIND) + ") AS i CREATE (:Item {k: i})";
}

}  // namespace

std::string nextStatement(GraphModel& model, std::mt19937_64& rng) {
  using Maker = std::string (*)(GraphModel&, std::mt19937_64&);
  static const Maker makers[] = {createPair, createPair,   mergeSet,   link,
                                 bump,       detachDelete, deleteRels, items};
  if (model.people.size() < 4) return createPair(model, rng);
  return makers[uniform(rng, 0, std::size(makers) - 1)](model, rng);
}

std::vector<nlohmann::json> GraphModel::rows() const {
  nlohmann::json persons = nlohmann::json::array(), rels = nlohmann::json::array();
  for (const auto& [id, v] : people) persons.push_back({id, v});
  for (const auto& [edge, count] : knows) {
    for (int i = 0; i < count; ++i) {
      rels.push_back({std::get<0>(edge), std::get<1>(edge), std::get<2>(edge)});
    }
  }
  return {persons, rels, nlohmann::json::array({nlohmann::json::array({items})})};
}

}  // namespace rollcall::fault
