#pragma once
// The rendered key of every node of one table, by node id: what a foreign key column or a join
// table writes for a relationship's end. Built by one scan of the label, so relationships can be
// written in their own order without a point read per end. Memory: the keys' text, 4 bytes of
// offset a key, and the ordinals' table (node_ordinals.h).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/export/node_ordinals.h"

namespace rollcall::loaders {

class KeyCache {
 public:
  // Keys must be added in ascending node id order (a label scan's order).
  void add(storage::NodeId id, std::string_view rendered);
  // Call once every key is added.
  void seal() { ordinals_.seal(); }
  std::optional<std::string_view> find(storage::NodeId id) const;

 private:
  NodeOrdinals ordinals_;
  std::vector<uint32_t> ends_;  // text_ end offset of key i
  std::string text_;
};

}  // namespace rollcall::loaders
