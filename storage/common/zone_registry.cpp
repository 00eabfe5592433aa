#include <deque>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

#include "storage/common/temporal_types.h"

namespace rollcall::storage {
namespace {

struct ZoneRegistry {
  std::mutex mutex;
  std::deque<std::string> names{std::string()};  // id 0: no zone; a deque keeps references
  std::unordered_map<std::string, uint32_t> ids;
};

ZoneRegistry& registry() {
  static ZoneRegistry instance;
  return instance;
}

}  // namespace

uint32_t internZone(std::string_view name) {
  ZoneRegistry& r = registry();
  std::lock_guard lock(r.mutex);
  auto [it, added] = r.ids.try_emplace(std::string(name), uint32_t(r.names.size()));
  if (added) r.names.emplace_back(name);
  return it->second;
}

const std::string& zoneName(uint32_t id) {
  ZoneRegistry& r = registry();
  std::lock_guard lock(r.mutex);
  if (id == 0 || id >= r.names.size()) throw std::out_of_range("unknown time zone id");
  return r.names[id];
}

}  // namespace rollcall::storage
