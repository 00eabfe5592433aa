#pragma once
// Identifiers shared by every storage component.
#include <cstdint>
#include <limits>

namespace rollcall::storage {

using NodeId = uint64_t;
using RelId = uint64_t;
// Interned names: labels, relationship types and property keys are small ids in the catalog.
using LabelId = uint32_t;
using RelTypeId = uint32_t;
using PropKeyId = uint32_t;

inline constexpr uint32_t INVALID_TOKEN = std::numeric_limits<uint32_t>::max();

enum class Direction : uint8_t { OUT = 0, IN = 1 };

}  // namespace rollcall::storage
