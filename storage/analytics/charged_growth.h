#pragma once
// Growing a list under a memory limit: the growth is announced to the RunControl before the
// allocation happens, so a limit stops the run instead of the allocator.
#include <algorithm>
#include <string_view>
#include <vector>

#include "storage/analytics/run_control.h"

namespace rollcall::storage::analytics {

// Makes room for `extra` more items in `list`, doubling its capacity as push_back would and
// charging the added bytes first.
template <typename T>
void growCharged(std::vector<T>& list, size_t extra, RunControl& control, std::string_view what) {
  if (list.size() + extra <= list.capacity()) return;
  size_t want = std::max(list.size() + extra, 2 * list.capacity());
  control.reserve((want - list.capacity()) * sizeof(T), what);
  list.reserve(want);
}

}  // namespace rollcall::storage::analytics
