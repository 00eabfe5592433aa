#include "engine/common/nearest_name.h"

#include <algorithm>
#include <cctype>

namespace rollcall {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string nearestName(std::string_view wanted, const std::vector<std::string_view>& candidates) {
  std::string target = lower(wanted);
  std::string_view best;
  size_t bestDistance = std::max<size_t>(2, wanted.size() / 4) + 1;  // a few typos at most
  for (std::string_view candidate : candidates) {
    size_t d = editDistance(target, lower(candidate));
    if (d < bestDistance) best = candidate, bestDistance = d;
  }
  return std::string(best);
}

}  // namespace rollcall
