#pragma once
// The entries of one adjacency chunk value (keys.h): (rel(8), other(8)) pairs sorted by rel. One
// decoder for the transaction's list reads and the column cache's adjacency chunks, so the two
// cannot disagree on the layout.
#include <string_view>

#include "storage/codec/big_endian.h"
#include "storage/codec/keys.h"

namespace rollcall::storage::codec {

// Calls visit(rel, other) for every entry of `value`, in order.
template <typename Visit>
void forEachAdjEntry(std::string_view value, Visit&& visit) {
  for (size_t at = 0; at + keys::ADJ_ENTRY_SIZE <= value.size(); at += keys::ADJ_ENTRY_SIZE) {
    visit(RelId{getU64(value, at)}, NodeId{getU64(value, at + 8)});
  }
}

}  // namespace rollcall::storage::codec
