// The Top's candidates: exactly the items whose key ranks within the first k (every tie with
// the k-th kept), in the order offered, whatever the order of the offers and however many ties.
#include "engine/exec/operators/top_candidates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <random>

namespace rollcall {
namespace {

using Candidates = std::vector<std::pair<int, int>>;  // (key, item)

Candidates choose(size_t k, const std::vector<int>& keys, bool descending) {
  auto better = [descending](int a, int b) { return descending ? a > b : a < b; };
  TopCandidates<int, int, decltype(better)> top(k, better);
  for (size_t i = 0; i < keys.size(); ++i) top.offer(keys[i], int(i));
  return top.take();
}

// By sorting: the k-th best key is the bar; every item not worse than it, in offer order.
Candidates reference(size_t k, const std::vector<int>& keys, bool descending) {
  if (k == 0 || keys.empty()) return {};
  std::vector<int> sorted = keys;
  if (descending) {
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
  } else {
    std::sort(sorted.begin(), sorted.end());
  }
  int bar = sorted[std::min(k, sorted.size()) - 1];
  Candidates out;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (descending ? keys[i] >= bar : keys[i] <= bar) out.emplace_back(keys[i], int(i));
  }
  return out;
}

TEST(TopCandidates, KeepsTiesWithTheLastPlace) {
  EXPECT_EQ(choose(2, {5, 9, 7, 9, 7, 1}, true), (Candidates{{9, 1}, {9, 3}}));
  EXPECT_EQ(choose(3, {5, 9, 7, 9, 7, 1}, true), (Candidates{{9, 1}, {7, 2}, {9, 3}, {7, 4}}));
  EXPECT_EQ(choose(1, {5, 9, 7, 9, 7, 1}, false), (Candidates{{1, 5}}));
}

TEST(TopCandidates, ZeroKeepsNothingAndFewerItemsThanKKeepsAll) {
  EXPECT_TRUE(choose(0, {3, 2, 1}, true).empty());
  EXPECT_EQ(choose(5, {3, 2, 1}, false), (Candidates{{3, 0}, {2, 1}, {1, 2}}));
}

TEST(TopCandidates, MatchesSortingOnRandomInput) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    size_t n = rng() % 5000;
    int range = 1 + int(rng() % (round % 2 ? 10 : 100000));  // many ties, then few
    std::vector<int> keys(n);
    for (int& key : keys) key = int(rng() % range);
    size_t k = rng() % 20;
    bool descending = rng() % 2;
    ASSERT_EQ(choose(k, keys, descending), reference(k, keys, descending))
        << "round " << round << " k " << k;
  }
}

// What its owner reserves for kept items it gives back through onDrop: every item kept at
// offer() is either among the candidates at the end or reported dropped, once.
TEST(TopCandidates, ReportsEveryKeptItemItDrops) {
  std::mt19937 rng(11);
  auto better = [](int a, int b) { return a > b; };
  TopCandidates<int, int, decltype(better)> top(3, better);
  std::vector<int> dropped;
  top.onDrop([&](const int& item) { dropped.push_back(item); });
  std::vector<int> kept;
  for (int i = 0; i < 20000; ++i) {
    if (top.offer(i / 7 + int(rng() % 3), int(i))) kept.push_back(i);  // rising keys
  }
  auto candidates = top.take();  // its last prune reports drops too
  std::vector<int> accounted = dropped;
  for (const auto& [key, item] : candidates) accounted.push_back(item);
  std::sort(accounted.begin(), accounted.end());
  EXPECT_EQ(accounted, kept);
  EXPECT_GT(dropped.size(), 1000u);
}

TEST(TopCandidates, AllTiedKeepsEveryItem) {
  std::vector<int> keys(100000, 4);
  EXPECT_EQ(choose(3, keys, true).size(), keys.size());
}

}  // namespace
}  // namespace rollcall
