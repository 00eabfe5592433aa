#include "loaders/export/key_cache.h"

#include "engine/common/error.h"

namespace rollcall::loaders {

void KeyCache::add(storage::NodeId id, std::string_view rendered) {
  if (text_.size() + rendered.size() > UINT32_MAX) {
    throw CypherError(ErrorClass::EXPORT_ERROR, "KeysTooLarge",
                      "the keys of one table exceed 4 GiB of text");
  }
  ordinals_.add(id);
  text_.append(rendered);
  ends_.push_back(uint32_t(text_.size()));
}

std::optional<std::string_view> KeyCache::find(storage::NodeId id) const {
  uint32_t ordinal = ordinals_.find(id);
  if (ordinal == 0) return std::nullopt;
  uint32_t begin = ordinal == 1 ? 0 : ends_[ordinal - 2];
  return std::string_view(text_).substr(begin, ends_[ordinal - 1] - begin);
}

}  // namespace rollcall::loaders
