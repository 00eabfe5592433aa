#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rollcall::loaders {

/// Deterministic, human-looking attributes for generated entities; index is 0-based. Only
/// student 0 is named "Alice"; names are unique within each kind (a numeric suffix once the
/// first/last name combinations run out), so questions grouping by name stay unambiguous.
struct StudentProfile {
  std::string name;
  std::string email;
  std::string_view gender;
  std::string_view country;
};
StudentProfile studentProfile(uint64_t index);

std::string moduleName(uint64_t index);
std::string instructorName(uint64_t index);

}  // namespace rollcall::loaders
