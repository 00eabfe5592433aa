#pragma once
// Hashes of property values for distinct-value sketches, and their numeric reading for
// min/max statistics.
#include <cstdint>
#include <optional>

#include "storage/common/property_value.h"

namespace rollcall::storage {

// A 64-bit hash whose every bit depends on every input bit (HyperLogLog reads the top bits for
// the register and the rest for the rank). A DOUBLE holding an integer hashes like that
// integer, so 1 and 1.0 count as one value, as they compare equal in Cypher.
uint64_t hashValue(const PropertyValue& value);

// INT, DOUBLE, and DATE as days since 1970-01-01; nothing for other types.
std::optional<double> numericValue(const PropertyValue& value);

}  // namespace rollcall::storage
