#pragma once
// "Did you mean ...?": the candidate closest to a mistyped name, by edit distance ignoring case,
// when it is within a few typos (at most max(2, length / 4) edits). Used for unknown procedures
// and for the notifications about labels, types and property keys that do not exist.
#include <string>
#include <string_view>
#include <vector>

namespace rollcall {

std::string nearestName(std::string_view wanted, const std::vector<std::string_view>& candidates);

}  // namespace rollcall
