#include "storage/graph/pending_family.h"

#include <algorithm>

namespace rollcall::storage {

bool PendingLog::append(std::string_view key, const std::string* value) {
  if (!entries_.empty() && key <= keyOf(entries_.size() - 1)) {
    if (order_ == Order::ASCENDING) return false;
    ascending_ = false;
  }
  entries_.push_back({bytes_.size(), uint32_t(key.size()), value == nullptr});
  bytes_.append(key);
  if (value) bytes_.append(*value);
  return true;
}

std::string_view PendingLog::valueOf(size_t i) const {
  size_t begin = entries_[i].offset + entries_[i].keySize;
  size_t end = i + 1 == entries_.size() ? bytes_.size() : entries_[i + 1].offset;
  return {bytes_.data() + begin, end - begin};
}

// Written in key order, which is also the cheapest order for the batch's skip list.
void PendingLog::flush(PendingSink& sink) {
  if (entries_.empty()) return;
  for (size_t i = 0; i < entries_.size(); ++i) {
    entries_[i].deleted ? sink.del(keyOf(i)) : sink.put(keyOf(i), valueOf(i));
  }
  clear();
}

PendingRead PendingLog::read(std::string_view key, std::string* value) {
  if (entries_.empty()) return PendingRead::ABSENT;
  if (!ascending_) {
    for (size_t i = entries_.size(); i-- > 0;) {
      if (keyOf(i) == key) return readAt(i, value);
    }
    return PendingRead::ABSENT;
  }
  size_t lo = 0, hi = entries_.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (keyOf(mid) < key) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == entries_.size() || keyOf(lo) != key) return PendingRead::ABSENT;
  return readAt(lo, value);
}

PendingRead PendingLog::readAt(size_t i, std::string* value) const {
  if (entries_[i].deleted) return PendingRead::TOMBSTONE;
  value->assign(valueOf(i));
  return PendingRead::VALUE;
}

void PendingLog::clear() {
  ascending_ = true;
  std::vector<Entry>().swap(entries_);
  std::string().swap(bytes_);
}

}  // namespace rollcall::storage
