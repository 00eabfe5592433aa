#pragma once
// The Cypher conversions the seed scripts apply to CSV cells, evaluated without the engine:
// trim(), toInteger() and date() on strings. They follow the engine's functions exactly (the
// seed-equivalence test compares the two graphs); the loader stays a client of storage only.
#include <cstdint>
#include <optional>
#include <string_view>

#include "storage/common/property_value.h"

namespace rollcall::loaders {

/// Cypher trim(): drops leading and trailing whitespace (isspace).
std::string_view trimSpace(std::string_view text);

/// Cypher toInteger() on a string, as Neo4j: an integer ("+7", "-3"), else a float truncated
/// toward zero ("1.9" -> 1, "1e3" -> 1000); nullopt when neither parses or it is out of range.
std::optional<int64_t> toInteger(std::string_view text);

/// Cypher date() on a string: ISO 8601 "2024-05-01" or "20240501"; nullopt when malformed.
std::optional<storage::Date> parseDate(std::string_view text);

}  // namespace rollcall::loaders
