#pragma once
// Turns a closed database back into format 3 for migration tests: its index entries are
// rewritten in the format 3 encoding, which kept each number's exact type (int tag 2 with a
// sign-flipped int64, double tag 3 with sign-ordered bits), and "meta:format" says 3. Only the
// value types the tests index (ints, doubles, strings) are written.
#include <gtest/gtest.h>
#include <rocksdb/write_batch.h>

#include <cstring>
#include <string>
#include <vector>

#include "storage/codec/big_endian.h"
#include "storage/codec/keys.h"
#include "storage/graph/graph_store.h"
#include "storage/kv/kv_store.h"

namespace rollcall::storage::testing {

inline std::string formatThreeValue(const PropertyValue& v) {
  constexpr uint64_t SIGN = uint64_t{1} << 63;
  std::string out(1, char(v.type()));
  if (v.type() == PropertyValue::Type::INT) {
    codec::putU64(out, uint64_t(v.asInt()) ^ SIGN);
  } else if (v.type() == PropertyValue::Type::DOUBLE) {
    double d = v.asDouble();
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    codec::putU64(out, (bits & SIGN) ? ~bits : bits | SIGN);
  } else if (v.type() == PropertyValue::Type::STRING) {
    out += v.asString();  // the tests' strings hold no 0 byte, which would need escaping
    out += std::string("\0\1", 2);
  } else {
    ADD_FAILURE() << "formatThreeValue: type not written by the tests";
  }
  return out;
}

// The format 3 index entries of every index of the database at `dir`.
inline std::vector<std::string> formatThreeEntries(const std::string& dir) {
  auto store = GraphStore::open(dir, {.createIfMissing = false});
  auto txn = store->begin();
  std::vector<std::string> out;
  for (const auto& index : store->catalog().indexes()) {
    auto nodes = txn->scanNodeRecords(index.label);
    NodeRecord record;
    while (nodes->next(&record, 1)) {
      for (const auto& [key, value] : record.properties) {
        if (key != index.key) continue;
        out.push_back(keys::indexPrefix(index.label, index.key) + formatThreeValue(value));
        codec::putU64(out.back(), record.id);
      }
    }
  }
  return out;
}

inline void downgradeToFormatThree(const std::string& dir) {
  auto entries = formatThreeEntries(dir);
  kv::KvStore kv(dir, /*createIfMissing=*/false, /*readOnly=*/false);
  rocksdb::WriteBatch batch;
  batch.DeleteRange(kv.cf(kv::Cf::INDEX), std::string(), std::string(8, char(0xff)));
  for (const auto& key : entries) batch.Put(kv.cf(kv::Cf::INDEX), key, "");
  std::string three;
  codec::putU32(three, 3);
  batch.Put(kv.cf(kv::Cf::META), keys::META_FORMAT, three);
  kv.write(batch);
}

// Every entry of the index family, in key order.
inline std::vector<std::string> indexFamily(const std::string& dir) {
  kv::KvStore kv(dir, /*createIfMissing=*/false, /*readOnly=*/true);
  std::unique_ptr<rocksdb::Iterator> it(kv.db().NewIterator({}, kv.cf(kv::Cf::INDEX)));
  std::vector<std::string> out;
  for (it->SeekToFirst(); it->Valid(); it->Next()) out.push_back(it->key().ToString());
  return out;
}

}  // namespace rollcall::storage::testing
