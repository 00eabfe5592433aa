#pragma once
// Shared by the flat hash tables (IdSet, ShortKeyMap): deletion by backward shift. After slot
// `hole` is emptied, the entries of its probe run move up into it unless their home slot lies
// cyclically in (hole, j], where a lookup would no longer reach them; so no tombstones.
#include <cstddef>

namespace rollcall::storage {

// Whether the entry in slot `j`, whose home slot is `home`, must stay behind an emptied `hole`.
inline bool staysBehindHole(size_t home, size_t hole, size_t j) {
  return hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
}

}  // namespace rollcall::storage
