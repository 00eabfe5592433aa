#pragma once
// The questions planner_bench asks, each written several equivalent ways: the ways a user would
// naturally write it. A good planner gives every formulation of a question about the same time.
#include <string>
#include <vector>

namespace rollcall::bench {

struct Formulation {
  std::string label;
  std::string text;  // may use $name (always bound to 'Alice')
};

struct Question {
  std::string key;  // "A", "B", "C1", ...: what --only and the tables name
  std::string title;
  std::vector<Formulation> formulations;
  int runs = 0;  // 0: the bench's --runs
};

/// All questions; the seed's five (C1..C5) start from the exact texts of
/// `queriesDir`/01..05_*.cypher. Throws std::runtime_error when a file is missing.
std::vector<Question> plannerQuestions(const std::string& queriesDir);

/// The two questions about Alice (A and B), timed again after --with-index.
std::vector<Question> aliceQuestions(const std::vector<Question>& all);

}  // namespace rollcall::bench
