#include "loaders/generate/names.h"

#include <array>
#include <cctype>

namespace rollcall::loaders {
namespace {

struct FirstName {
  std::string_view name;
  std::string_view gender;
};

// No "Alice" here: she is student 0, and questions look her up by name.
constexpr std::array<FirstName, 24> FIRST_NAMES = {{
    {"Amine", "M"}, {"Bilel", "M"},   {"Chloe", "F"},  {"Dmitri", "M"},  {"Emna", "F"},
    {"Farid", "M"}, {"Grace", "F"},   {"Hiro", "M"},   {"Ines", "F"},    {"Jamal", "M"},
    {"Karim", "M"}, {"Lina", "F"},    {"Maya", "F"},   {"Nour", "F"},    {"Omar", "M"},
    {"Priya", "F"}, {"Quentin", "M"}, {"Rania", "F"},  {"Sami", "M"},    {"Tara", "F"},
    {"Usman", "M"}, {"Vera", "F"},    {"Wassim", "M"}, {"Yasmine", "F"},
}};

constexpr std::array<std::string_view, 16> LAST_NAMES = {
    "Ben Ali", "Haddad", "Mansour", "Trabelsi", "Martin", "Okafor", "Silva", "Kowalski",
    "Nguyen",  "Sato",   "Garcia",  "Jaziri",   "Dubois", "Mensah", "Rossi", "Ivanova",
};

constexpr std::array<std::string_view, 10> COUNTRIES = {
    "Tunisia", "France", "Morocco",  "Algeria", "Egypt",
    "Kenya",   "Japan",  "Portugal", "Lebanon", "Ukraine",
};

constexpr std::array<std::string_view, 12> TOPICS = {
    "Databases",        "Graph Analytics", "Python ETL",       "Data Visualisation", "Statistics",
    "Machine Learning", "Cloud Basics",    "SQL Fundamentals", "Data Governance",    "Spark",
    "Dashboards",       "Data Modelling",
};

std::string lower(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// "Databases", then "Databases 2" once every topic is used, and so on.
std::string numbered(std::string_view base, uint64_t round) {
  std::string name(base);
  if (round > 0) name.append(" ").append(std::to_string(round + 1));
  return name;
}

}  // namespace

StudentProfile studentProfile(uint64_t index) {
  if (index == 0) return {"Alice", "alice.1@example.org", "F", "Tunisia"};
  const FirstName& first = FIRST_NAMES[index % FIRST_NAMES.size()];
  std::string_view last = LAST_NAMES[(index / FIRST_NAMES.size()) % LAST_NAMES.size()];
  uint64_t round = index / (FIRST_NAMES.size() * LAST_NAMES.size());
  std::string id = std::to_string(index + 1);
  return StudentProfile{
      numbered(std::string(first.name) + " " + std::string(last), round),
      lower(first.name) + "." + lower(last) + "." + id + "@example.org",
      first.gender,
      COUNTRIES[(index * 7) % COUNTRIES.size()],
  };
}

std::string moduleName(uint64_t index) {
  return numbered(TOPICS[index % TOPICS.size()], index / TOPICS.size());
}

std::string instructorName(uint64_t index) {
  // 5 is coprime with 24, so (first, last) differs for every index within a round.
  const FirstName& first = FIRST_NAMES[(index * 5 + 3) % FIRST_NAMES.size()];
  std::string_view last = LAST_NAMES[(index / FIRST_NAMES.size()) % LAST_NAMES.size()];
  uint64_t round = index / (FIRST_NAMES.size() * LAST_NAMES.size());
  return numbered(std::string(first.name) + " " + std::string(last), round);
}

}  // namespace rollcall::loaders
