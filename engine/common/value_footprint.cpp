#include "engine/common/value_footprint.h"

namespace rollcall {
namespace {

// A shared_ptr's control block allocated with its object (make_shared).
constexpr size_t SHARED_BLOCK = 16;

size_t stringBytes(const std::string& s) {
  // Short strings live inside the std::string (SSO); longer ones in a buffer of capacity + 1.
  return s.capacity() > 15 ? s.capacity() + 1 : 0;
}

size_t snapshotBytes(const ValueMap& properties) {
  size_t bytes = properties.capacity() * sizeof(ValueMap::value_type);
  for (const auto& [key, value] : properties) bytes += stringBytes(key) + heapFootprint(value);
  return bytes;
}

}  // namespace

size_t heapFootprint(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::STRING: return stringBytes(value.asString());
    case Value::Kind::LIST: return SHARED_BLOCK + sizeof(ValueList) + footprint(value.asList());
    case Value::Kind::MAP: {
      const ValueMap& map = value.asMap();
      return SHARED_BLOCK + sizeof(ValueMap) + snapshotBytes(map);
    }
    case Value::Kind::NODE: {
      const auto& snapshot = value.asNode().snapshot;
      if (!snapshot) return 0;
      size_t bytes = SHARED_BLOCK + sizeof(NodeSnapshot) + snapshotBytes(snapshot->properties);
      for (const auto& label : snapshot->labels) bytes += sizeof(std::string) + stringBytes(label);
      return bytes;
    }
    case Value::Kind::REL: {
      const auto& snapshot = value.asRel().snapshot;
      if (!snapshot) return 0;
      return SHARED_BLOCK + sizeof(RelSnapshot) + stringBytes(snapshot->type) +
             snapshotBytes(snapshot->properties);
    }
    case Value::Kind::PATH: {
      const PathValue& path = value.asPath();
      return SHARED_BLOCK + sizeof(PathValue) + path.nodes.capacity() * sizeof(NodeValue) +
             path.rels.capacity() * sizeof(RelValue);
    }
    default: return 0;
  }
}

size_t footprint(const std::vector<Value>& values) {
  size_t bytes = values.capacity() * sizeof(Value);
  for (const Value& v : values) bytes += heapFootprint(v);
  return bytes;
}

}  // namespace rollcall
