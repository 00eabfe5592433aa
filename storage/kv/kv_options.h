#pragma once
// RocksDB options per column family. Only .cpp files include this header.
#include <rocksdb/options.h>

#include <vector>

#include "storage/kv/kv_store.h"

namespace rollcall::storage::kv {

const char* cfName(Cf which);
rocksdb::DBOptions dbOptions();
std::vector<rocksdb::ColumnFamilyDescriptor> cfDescriptors();

}  // namespace rollcall::storage::kv
