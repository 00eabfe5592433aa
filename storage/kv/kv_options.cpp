#include "storage/kv/kv_options.h"

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

namespace rollcall::storage::kv {

namespace {

constexpr size_t BLOCK_CACHE_BYTES = size_t{512} << 20;
constexpr size_t WRITE_BUFFER_BYTES = size_t{64} << 20;
constexpr size_t DB_WRITE_BUFFER_BYTES = size_t{192} << 20;

std::shared_ptr<rocksdb::Cache> sharedCache() {
  static auto cache = rocksdb::NewLRUCache(BLOCK_CACHE_BYTES);
  return cache;
}

rocksdb::ColumnFamilyOptions cfOptions(Cf which) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = sharedCache();
  // Small blocks for the families read by point lookups; large ones for scanned families.
  bool scanned = which == Cf::REL_TYPES || which == Cf::RELS;
  table.block_size = scanned ? 64 * 1024 : 4 * 1024;
  // Whole-key bloom filters make point reads of absent keys (existence checks, degrees) cheap.
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.cache_index_and_filter_blocks = false;
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  o.write_buffer_size = WRITE_BUFFER_BYTES;
  o.level_compaction_dynamic_level_bytes = true;
  // Ids and packed adjacency compress poorly; scans are faster uncompressed.
  bool compress = which == Cf::NODES;
  o.compression = compress ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
  return o;
}

}  // namespace

const char* cfName(Cf which) {
  static const char* names[CF_COUNT] = {rocksdb::kDefaultColumnFamilyName.c_str(),
                                        "nodes",
                                        "labels",
                                        "rels",
                                        "rel_types",
                                        "adjacency",
                                        "degree",
                                        "property_index"};
  return names[size_t(which)];
}

rocksdb::DBOptions dbOptions() {
  rocksdb::DBOptions o;
  o.max_background_jobs = 2;
  o.bytes_per_sync = 1 << 20;
  o.keep_log_file_num = 2;
  o.info_log_level = rocksdb::WARN_LEVEL;
  o.max_manifest_file_size = 64 << 20;
  // All column families' memtables together: without a cap each of the 8 may hold 64 MB plus
  // one being flushed, and a long load in many transactions (CALL { } IN TRANSACTIONS) grows
  // towards a gigabyte of memtables.
  o.db_write_buffer_size = DB_WRITE_BUFFER_BYTES;
  // After a crash the WAL may end in a commit cut short mid-write: it was never acknowledged,
  // so reopening drops it. Any other damage (a checksum mismatch anywhere in the WAL) fails
  // the open with a corruption error. kPointInTimeRecovery, the default, would instead stop
  // replaying at the damage and open without the acknowledged commits after it, silently;
  // kAbsoluteConsistency would refuse to open after an ordinary kill.
  o.wal_recovery_mode = rocksdb::WALRecoveryMode::kTolerateCorruptedTailRecords;
  o.paranoid_checks = true;  // the default, relied on: damage found while opening fails it
  return o;
}

std::vector<rocksdb::ColumnFamilyDescriptor> cfDescriptors() {
  std::vector<rocksdb::ColumnFamilyDescriptor> out;
  for (size_t i = 0; i < CF_COUNT; ++i) out.emplace_back(cfName(Cf(i)), cfOptions(Cf(i)));
  return out;
}

}  // namespace rollcall::storage::kv
