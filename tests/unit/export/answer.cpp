#include "tests/unit/export/answer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "engine/common/date.h"

namespace rollcall::sqltest {

namespace {

std::string fixedFloat(double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", FLOAT_DIGITS, value);
  return text;
}

SqlCell normaliseValue(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::NUL:
      return std::nullopt;
    case Value::Kind::BOOL:
      return value.asBool() ? "true" : "false";
    case Value::Kind::INT:
      return std::to_string(value.asInt());
    case Value::Kind::FLOAT:
      return fixedFloat(value.asFloat());
    case Value::Kind::STRING:
      return value.asString();
    case Value::Kind::DATE:
      return formatIsoDate(value.asDate());
    default:
      throw std::invalid_argument("the SQL pack returns no lists, maps or graph values");
  }
}

// Text that is not what the kind expects stays as it is, so the comparison shows it.
SqlCell normaliseText(const SqlCell& cell, Value::Kind kind) {
  if (!cell) return std::nullopt;
  const std::string& text = *cell;
  if (kind == Value::Kind::FLOAT) {
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    return !text.empty() && *end == '\0' ? fixedFloat(value) : text;
  }
  if (kind == Value::Kind::BOOL) {
    if (text == "t" || text == "1" || text == "true") return "true";
    if (text == "f" || text == "0" || text == "false") return "false";
  }
  return text;
}

Answer keysOf(const Answer& rows, const std::vector<size_t>& keys) {
  Answer result;
  for (const auto& row : rows) {
    SqlRow key;
    for (size_t k : keys) key.push_back(k < row.size() ? row[k] : std::nullopt);
    result.push_back(std::move(key));
  }
  return result;
}

Answer sorted(Answer rows) {
  std::sort(rows.begin(), rows.end());
  return rows;
}

// Rows [begin, end) of both answers share one key; they must match as multisets.
bool runsMatch(const Answer& want, const Answer& got, size_t begin, size_t end) {
  Answer a(want.begin() + begin, want.begin() + end);
  Answer b(got.begin() + begin, got.begin() + end);
  return sorted(std::move(a)) == sorted(std::move(b));
}

}  // namespace

std::vector<Value::Kind> columnKinds(const QueryResult& result) {
  std::vector<Value::Kind> kinds(result.columns.size(), Value::Kind::NUL);
  for (const auto& row : result.rows) {
    for (size_t c = 0; c < row.size() && c < kinds.size(); ++c) {
      if (kinds[c] == Value::Kind::NUL) kinds[c] = row[c].kind();
    }
  }
  return kinds;
}

Answer normalise(const QueryResult& result) {
  Answer answer;
  for (const auto& row : result.rows) {
    SqlRow cells;
    for (const auto& value : row) cells.push_back(normaliseValue(value));
    answer.push_back(std::move(cells));
  }
  return answer;
}

Answer normalise(const SqlRows& rows, const std::vector<Value::Kind>& kinds) {
  Answer answer;
  for (const auto& row : rows) {
    SqlRow cells;
    for (size_t c = 0; c < row.size(); ++c) {
      cells.push_back(normaliseText(row[c], c < kinds.size() ? kinds[c] : Value::Kind::NUL));
    }
    answer.push_back(std::move(cells));
  }
  return answer;
}

std::string compareAnswers(const Answer& want, const Answer& got, const Ordering& ordering) {
  if (want.size() != got.size()) {
    return std::to_string(got.size()) + " rows instead of " + std::to_string(want.size());
  }
  if (ordering.keys.empty()) {
    return sorted(want) == sorted(got) ? "" : "different rows (compared unordered)";
  }
  Answer wantKeys = keysOf(want, ordering.keys);
  if (wantKeys != keysOf(got, ordering.keys)) return "different ORDER BY keys or key order";
  for (size_t begin = 0, end; begin < want.size(); begin = end) {
    for (end = begin + 1; end < want.size() && wantKeys[end] == wantKeys[begin];) ++end;
    bool cutByLimit = ordering.limited && end == want.size();
    if (!cutByLimit && !runsMatch(want, got, begin, end)) {
      return "different rows at " + std::to_string(begin) + ".." + std::to_string(end - 1);
    }
  }
  return "";
}

std::string show(const Answer& answer) {
  std::string text;
  for (const auto& row : answer) {
    std::string line;
    for (const auto& cell : row) line += (line.empty() ? "" : " | ") + cell.value_or("<NULL>");
    text += "  " + line + "\n";
  }
  return text;
}

}  // namespace rollcall::sqltest
