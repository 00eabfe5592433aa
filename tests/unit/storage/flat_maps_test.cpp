// The flat hash structures of write transactions, checked against std containers on the same
// random operations: inserts, lookups and erasures (whose backward shifts must keep every other
// entry findable), through growth, with keys that collide in their home slot.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>

#include "storage/common/id_map.h"
#include "storage/common/id_set.h"
#include "storage/common/short_key_map.h"

namespace rollcall::storage::testing {
namespace {

std::string keyOf(uint64_t n) {
  // Storage-shaped keys: a fixed prefix, then big-endian bytes; lengths 9 to 16.
  std::string k = "\x01prefix:";
  for (uint64_t v = n; v; v >>= 8) k.push_back(char(v & 0xff));
  return k;
}

TEST(ShortKeyMap, AgreesWithStdMapUnderInsertsAndErasures) {
  ShortKeyMap<uint64_t> map;
  std::map<std::string, uint64_t> expected;
  std::mt19937_64 rng(11);
  for (int i = 0; i < 50000; ++i) {
    std::string k = keyOf(rng() % 3000);
    switch (rng() % 3) {
      case 0: {
        auto [value, added] = map.tryEmplace(k);
        EXPECT_EQ(added, !expected.count(k)) << i;
        *value = uint64_t(i);
        expected[k] = uint64_t(i);
        break;
      }
      case 1:
        map.erase(k);
        expected.erase(k);
        break;
      default: {
        const uint64_t* found = map.find(k);
        auto it = expected.find(k);
        ASSERT_EQ(found != nullptr, it != expected.end()) << i;
        if (found) {
          EXPECT_EQ(*found, it->second) << i;
        }
      }
    }
    ASSERT_EQ(map.size(), expected.size());
  }
  for (const auto& [k, v] : expected) {
    ASSERT_NE(map.find(k), nullptr);
    EXPECT_EQ(*map.find(k), v);
  }
}

TEST(ShortKeyMap, KeysUpToTheLimitAndEmptyKeys) {
  ShortKeyMap<std::string> map;
  std::string longest(ShortKeyMap<std::string>::MAX_KEY, 'x');
  *map.tryEmplace(longest).first = "long";
  *map.tryEmplace("").first = "empty";
  EXPECT_EQ(*map.find(longest), "long");
  EXPECT_EQ(*map.find(""), "empty");
  EXPECT_EQ(map.find(longest.substr(1)), nullptr);
  EXPECT_FALSE(map.fits(longest + "x"));
  EXPECT_THROW(map.tryEmplace(longest + "x"), std::length_error);
  map.clear();
  EXPECT_EQ(map.size(), 0u);
  EXPECT_EQ(map.find(""), nullptr);
}

TEST(IdSet, AgreesWithStdSetUnderInsertsAndErasures) {
  IdSet ids;
  std::set<uint64_t> expected;
  std::mt19937_64 rng(5);
  for (int i = 0; i < 50000; ++i) {
    // Multiples of 64 share low bits; UINT64_MAX is the table's empty marker.
    uint64_t id = rng() % 7 == 0 ? UINT64_MAX : (rng() % 2000) * 64;
    switch (rng() % 3) {
      case 0:
        EXPECT_EQ(ids.insert(id), expected.insert(id).second) << i;
        break;
      case 1:
        ids.erase(id);
        expected.erase(id);
        break;
      default:
        ASSERT_EQ(ids.contains(id), expected.count(id) == 1) << i;
    }
    ASSERT_EQ(ids.size(), expected.size());
  }
  for (uint64_t id : expected) EXPECT_TRUE(ids.contains(id));
}

TEST(IdMap, AgreesWithStdMapUnderSetsAndErasures) {
  IdMap<uint32_t> ids;
  std::map<uint64_t, uint32_t> expected;
  std::mt19937_64 rng(7);
  for (int i = 0; i < 50000; ++i) {
    uint64_t id = (rng() % 2000) * 64;  // multiples of 64 share low bits
    switch (rng() % 3) {
      case 0:
        ids.set(id, uint32_t(i));
        expected[id] = uint32_t(i);
        break;
      case 1:
        ids.erase(id);
        expected.erase(id);
        break;
      default: {
        const uint32_t* found = ids.find(id);
        auto it = expected.find(id);
        ASSERT_EQ(found != nullptr, it != expected.end()) << i;
        if (found) ASSERT_EQ(*found, it->second) << i;
      }
    }
    ASSERT_EQ(ids.size(), expected.size());
  }
}

}  // namespace
}  // namespace rollcall::storage::testing
