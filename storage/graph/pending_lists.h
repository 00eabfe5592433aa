#pragma once
// The pending state of packed lists (see txn_chunks.cpp, txn_adjacency.cpp), as PendingMap
// traits: the last chunk of each list a transaction appends to and the degree of each list it
// changes. Both stay remembered after their flush: while a transaction holds the write slot only
// its own writes change a list, so the next append (or the next batch of a CALL { } IN
// TRANSACTIONS) need not read them again.
#include <cstdint>
#include <string>

#include "storage/codec/big_endian.h"
#include "storage/common/types.h"
#include "storage/graph/pending_family.h"

namespace rollcall::storage {

// A list's degree key value: count and the key suffix (first rel) of its last chunk. A count of
// 0 is written as a delete of the degree key.
struct DegreeState {
  uint64_t count = 0;
  RelId lastChunk = 0;
};

struct DegreeTraits {
  using Value = DegreeState;
  static constexpr bool REMEMBERS = true;
  static constexpr size_t MAX_REMEMBERED = size_t{1} << 19;  // 72 MiB of slots
  static constexpr uint64_t VALUE_BYTES = 0;
  static std::string encode(const DegreeState& degree) {
    std::string value;
    codec::putU64(value, degree.count);
    codec::putU64(value, degree.lastChunk);
    return value;
  }
  static void write(std::string_view key, const DegreeState& degree, PendingSink& sink) {
    degree.count == 0 ? sink.del(key) : sink.put(key, encode(degree));
  }
  static PendingRead read(const DegreeState& degree, std::string* out) {
    if (degree.count == 0) return PendingRead::TOMBSTONE;
    *out = encode(degree);
    return PendingRead::VALUE;
  }
  static void committed(DegreeState&) {}
};

// The last chunk of a list, by list prefix (not by its own key, which changes when the list
// starts a new chunk).
struct PendingChunk {
  std::string key;  // empty: the list has no chunk yet
  std::string value;
  // Committed and large: the next append starts a new chunk; `value` is not kept.
  bool sealed = false;
};

struct ChunkTraits {
  using Value = PendingChunk;
  static constexpr bool REMEMBERS = true;
  static constexpr size_t MAX_REMEMBERED = size_t{1} << 17;  // unsealed chunks hold under 1 KiB
  static constexpr uint64_t VALUE_BYTES = 512;               // a chunk being appended to, typically
  static constexpr size_t SEAL_BYTES = 1024;
  static void write(std::string_view, const PendingChunk& chunk, PendingSink& sink) {
    sink.put(chunk.key, chunk.value);
  }
  // Point reads name a chunk by its own key; this family knows lists by prefix.
  static PendingRead read(const PendingChunk&, std::string*) { return PendingRead::ABSENT; }
  // Between the commits of one CALL { } IN TRANSACTIONS every list appended to would have its
  // last chunk rewritten at each commit: a session attended in every batch would put its whole
  // chunk (up to 8 KiB) into the memtable and the WAL again and again. Once committed, a chunk
  // that is already large is left as it is and the next append starts a new one; its bytes are
  // dropped from memory (reads find it in the DB), so what a long load keeps stays small.
  static void committed(PendingChunk& chunk) {
    if (chunk.value.size() < SEAL_BYTES) return;
    chunk.sealed = true;
    std::string().swap(chunk.value);
  }
};

}  // namespace rollcall::storage
