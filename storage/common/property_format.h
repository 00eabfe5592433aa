#pragma once
// Human-readable rendering of stored values, for error messages (strings quoted, dates ISO).
#include <string>

#include "storage/common/property_value.h"

namespace rollcall::storage {

std::string formatValue(const PropertyValue& value);
std::string formatDate(Date date);

// Sorts by key, drops nulls (null means absent) and keeps the last value of a repeated key.
void normaliseProperties(Properties& properties);

}  // namespace rollcall::storage
