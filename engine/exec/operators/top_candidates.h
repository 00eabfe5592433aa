#pragma once
// Choosing a Top's candidates (TopCandidatesOp): the items whose key ranks within the first k,
// ties included, in the order they were offered. A heap holds the k best keys seen so far; its
// front is the bar an item must reach. Items kept earlier that fall below a rising bar are
// dropped in batches, so memory stays near k plus the ties.
#include <algorithm>
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace rollcall {

// `Better(a, b)`: key a ranks before key b.
template <typename Key, typename Item, typename Better>
class TopCandidates {
 public:
  TopCandidates(size_t k, Better better) : k_(k), better_(std::move(better)) {}

  // The item as kept (valid until the next offer), or null when it is below the bar.
  const Item* offer(const Key& key, Item&& item) {
    if (k_ == 0) return nullptr;
    if (best_.size() < k_) {
      best_.push_back(key);
      std::push_heap(best_.begin(), best_.end(), better_);
    } else if (better_(key, best_.front())) {
      std::pop_heap(best_.begin(), best_.end(), better_);
      best_.back() = key;
      std::push_heap(best_.begin(), best_.end(), better_);
    } else if (better_(best_.front(), key)) {
      return nullptr;  // below the bar
    }
    if (kept_.size() >= pruneAt_) {
      prune();
      // Many ties survive a prune: wait for as many again, so offers stay amortised O(log k).
      pruneAt_ = std::max(pruneAt_, 2 * kept_.size());
    }
    return &kept_.emplace_back(key, std::move(item)).second;
  }

  // Called with each kept item that a rising bar drops, so its owner can give back its memory.
  void onDrop(std::function<void(const Item&)> dropped) { dropped_ = std::move(dropped); }

  // The candidates, in the order offered; the selector is empty afterwards.
  std::vector<std::pair<Key, Item>> take() {
    prune();
    best_.clear();
    return std::move(kept_);
  }

 private:
  void prune() {
    if (best_.empty() || best_.size() < k_) return;  // no bar yet (k = 0: nothing kept)
    const Key& bar = best_.front();
    std::erase_if(kept_, [&](const auto& kept) {
      bool below = better_(bar, kept.first);
      if (below && dropped_) dropped_(kept.second);
      return below;
    });
  }

  size_t k_;
  Better better_;
  std::vector<Key> best_;  // a heap whose front is the worst of the k best
  std::vector<std::pair<Key, Item>> kept_;
  std::function<void(const Item&)> dropped_;
  size_t pruneAt_ = 2 * k_ + 1024;
};

}  // namespace rollcall
